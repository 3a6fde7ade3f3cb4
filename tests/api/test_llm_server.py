"""Plus answers from an LLM service: llama.cpp's OpenAI-compatible server on SmolLM2, reached
with ``CAREERBOT_LLM=openai:smollm2`` and ``CAREERBOT_LLM_BASE_URL``. Written and streamed
when it answers; the guide's own cited answer, never a 5xx, when it is slow, hangs, dies
mid-answer or is not there."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from api.auth import Plan, mint_token
from api.components import Components, hosted_model
from api.settings import Settings
from bot.generate.grounding import GroundingGuard
from bot.generate.writer import SYSTEM_PROMPT, AnswerWriter, Writing, numbered_sources, prompt
from knowledge.model import Guide
from tests.bot.services.test_plus import assert_cited_from_guide
from tests.live_server import LiveServer, LlamaServer, free_port

pytestmark = pytest.mark.slow  # a real server and the LLM

SECRET = "llm-server-tests-secret-0123456789abcdef-0123456789"
KEY = "llm-service-key-5f1c2a9e7b"  # the llama.cpp server refuses requests without it
WRITTEN = "What training do I need to become a production technician?"  # lines the guard keeps
PLAIN = "What training do I need to become a production technician?"
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="session")
def llama(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    """One llama.cpp server for the session, with an API key."""
    server = LlamaServer(tmp_path_factory.mktemp("llama"), api_key=KEY).start()
    yield server
    server.stop()


def hosted(settings: Settings, base_url: str, **changes: object) -> Settings:
    """The session's settings with the LLM service as the Plus model."""
    return settings.model_copy(
        update={
            "jwt_secret": SecretStr(SECRET),
            "llm": f"openai:{LlamaServer.MODEL}",
            "llm_base_url": base_url,
            "llm_api_key": SecretStr(KEY),
            "llm_max_tokens": 60,
            "llm_timeout_s": 120.0,  # 2 shared cores: a slow answer still counts as written
            **changes,
        }
    )


@contextmanager
def served(settings: Settings) -> Iterator[LiveServer]:
    server = LiveServer(settings).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def app(settings: Settings, llama: LlamaServer) -> Iterator[LiveServer]:
    with served(hosted(settings, llama.url)) as server:
        yield server


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="bot.generate.writer")
    return caplog


def auth(plan: Plan) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {mint_token(SECRET, f'{plan}-visitor', plan, timedelta(hours=1))}"
    }


def ask(server: LiveServer, message: str, plan: Plan = "plus") -> dict[str, Any]:
    response = httpx.post(
        f"{server.url}/v1/chat", json={"message": message}, headers=auth(plan), timeout=180
    )
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def ask_streamed(server: LiveServer, message: str) -> list[tuple[str, dict[str, Any]]]:
    """The events of a Plus ``/v1/chat/stream``, in order."""
    with httpx.stream(
        "POST",
        f"{server.url}/v1/chat/stream",
        json={"message": message},
        headers=auth("plus"),
        timeout=180,
    ) as response:
        assert response.status_code == 200
        text = "".join(response.iter_text())
    found = re.findall(r"^event: (\w+)\r?\ndata: (.*)$", text, re.MULTILINE)
    return [(name, json.loads(data)) for name, data in found]


def streamed_answer(events: list[tuple[str, dict[str, Any]]]) -> tuple[str, list[dict[str, Any]]]:
    """The answer a visitor saw (its deltas joined) and its citations, once the stream is done."""
    names = [name for name, _ in events]
    assert names[0] == "meta"
    assert names[-1] == "done"
    assert "error" not in names
    answer = "".join(data["text"] for name, data in events if name == "delta")
    citations = next(data["citations"] for name, data in events if name == "citations")
    return answer, citations


def assert_cited(answer: str, citations: list[dict[str, Any]]) -> None:
    used = {int(n) for n in MARKER.findall(answer)}
    assert used
    assert used <= {c["id"] for c in citations}


def test_plus_chat_is_written_by_the_llm_server_and_cited(
    app: LiveServer, llama: LlamaServer, guide: Guide, logs: pytest.LogCaptureFixture
) -> None:
    begun = llama.answers_begun()
    plus = ask(app, WRITTEN)
    assert llama.answers_begun() == begun + 1
    free = ask(app, WRITTEN, "free")
    assert llama.answers_begun() == begun + 1  # Free answers never reach the model
    assert plus["mode"] == "cited"
    assert plus["answer"] != free["answer"]  # the model's sentences, not the guide's
    assert_cited_from_guide(plus, guide)
    assert KEY not in json.dumps(plus)
    assert KEY not in logs.text


def test_a_streamed_answer_arrives_piece_by_piece_and_is_stored_whole(
    app: LiveServer, llama: LlamaServer, guide: Guide
) -> None:
    begun = llama.answers_begun()
    events = ask_streamed(app, WRITTEN)
    answer, citations = streamed_answer(events)
    assert llama.answers_begun() == begun + 1
    assert answer != ask(app, WRITTEN, "free")["answer"]
    assert sum(name == "delta" for name, _ in events) > 3
    conversation = events[0][1]["conversation_id"]
    history = httpx.get(
        f"{app.url}/v1/conversations/{conversation}", headers=auth("plus"), timeout=30
    ).json()
    stored = history["messages"][-1]
    assert (stored["text"], stored["citations"]) == (answer, citations)
    assert_cited_from_guide({"answer": answer, "citations": citations}, guide)


def test_the_service_streams_token_by_token_within_max_tokens(
    settings: Settings, llama: LlamaServer
) -> None:
    llm = hosted_model(hosted(settings, llama.url, llm_max_tokens=24))
    chunks = [str(chunk.content) for chunk in llm.stream("Name three tools a technician uses.")]
    assert len([c for c in chunks if c]) > 10  # pieces as they are written, not one reply
    answer = llm.invoke("Describe the work of a production technician in detail.")
    assert answer.usage_metadata is not None
    assert answer.usage_metadata["output_tokens"] <= 24  # CAREERBOT_LLM_MAX_TOKENS holds


def test_a_model_slower_than_the_timeout_answers_from_the_guide(
    settings: Settings, llama: LlamaServer, logs: pytest.LogCaptureFixture
) -> None:
    with served(hosted(settings, llama.url, llm_timeout_s=0.01)) as quick:
        plus, free = ask(quick, PLAIN), ask(quick, PLAIN, "free")
        assert (plus["answer"], plus["citations"]) == (free["answer"], free["citations"])
        llama.pause()  # hung: connections accepted, never a word back
        try:
            hung = ask(quick, PLAIN)
            streamed = streamed_answer(ask_streamed(quick, PLAIN))
        finally:
            llama.resume()
    assert (hung["answer"], hung["citations"]) == (free["answer"], free["citations"])
    assert streamed == (free["answer"], free["citations"])
    assert "timed out" in logs.text


def test_a_server_killed_mid_answer_still_answers_then_is_used_again(
    app: LiveServer, llama: LlamaServer, logs: pytest.LogCaptureFixture
) -> None:
    begun = llama.answers_begun()
    events: list[tuple[str, dict[str, Any]]] = []
    asking = threading.Thread(target=lambda: events.extend(ask_streamed(app, PLAIN)))
    asking.start()
    try:
        while llama.answers_begun() == begun:  # the server has started this answer
            assert asking.is_alive()
            time.sleep(0.02)
        llama.kill()
        asking.join(timeout=180)
        assert_cited(*streamed_answer(events))
        assert "chat model failed" in logs.text  # it died while writing
        down = ask(app, PLAIN)  # nothing listens at the base URL now
        assert_cited(down["answer"], down["citations"])
        assert down["answer"] == ask(app, PLAIN, "free")["answer"]
    finally:
        llama.start()
    again = ask(app, WRITTEN)
    assert llama.answers_begun() == begun + 2
    assert again["answer"] != ask(app, WRITTEN, "free")["answer"]
    assert_cited(again["answer"], again["citations"])


def test_a_base_url_where_nothing_listens_answers_from_the_guide(settings: Settings) -> None:
    with served(hosted(settings, f"http://127.0.0.1:{free_port()}/v1")) as lost:
        plus, free = ask(lost, PLAIN), ask(lost, PLAIN, "free")
        streamed = streamed_answer(ask_streamed(lost, PLAIN))
    assert (plus["answer"], plus["citations"]) == (free["answer"], free["citations"])
    assert streamed == (free["answer"], free["citations"])


def test_a_refused_key_writes_nothing_and_is_never_shown(
    settings: Settings,
    llama: LlamaServer,
    components: Components,
    logs: pytest.LogCaptureFixture,
) -> None:
    wrong = "sk-refused-key-31c9e0"
    llm = hosted_model(hosted(settings, llama.url, llm_api_key=SecretStr(wrong)))
    writer = AnswerWriter(llm, GroundingGuard(components.embeddings, forbidden=[SYSTEM_PROMPT]), 60)
    drafter = components.bot.drafter
    sources = numbered_sources(drafter.section_texts(drafter.draft(PLAIN, [], None).hits))
    writing = Writing()
    assert list(writer.stream(prompt(PLAIN, sources), sources, writing)) == []  # guide answers
    assert writing.failed.startswith("model error: ")
    assert "AuthenticationError" in writing.failed
    assert "chat model failed" in logs.text
    assert wrong not in logs.text
