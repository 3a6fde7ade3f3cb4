"""Many Plus visitors at once share one embedded SmolLM2: the server never dies, all answer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.auth import mint_token
from tests.bot.services.test_plus import PROFILE
from tests.live_server import ServerProcess

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

SECRET = "llm-concurrency-secret-0123456789abcdef-0123456789"
QUESTIONS = [
    "What training do I need to become a production technician?",
    "What tools does a production technician use?",
    "How do production technicians advance to a senior role?",
    "What does a typical day look like for a production technician?",
]
PLUS_REQUESTS = 16


def plus_server(data_dir: Path, queue: int) -> ServerProcess:
    """``careerbot serve`` with the embedded model and a model queue of ``queue``."""
    return ServerProcess(
        data_dir,
        CAREERBOT_JWT_SECRET=SECRET,
        CAREERBOT_QUOTA_PLUS="10000/minute",
        CAREERBOT_LLM_MAX_TOKENS="60",
        CAREERBOT_LLM_QUEUE=str(queue),
        WEB_CONCURRENCY="1",  # a host's setting for one process is served as usual
    )


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = plus_server(tmp_path, queue=4)
    process.start()
    yield process
    process.stop()


def headers(user: str) -> dict[str, str]:
    token = mint_token(SECRET, user, "plus", timedelta(minutes=10))
    return {"Authorization": f"Bearer {token}"}


def ask(url: str, n: int) -> tuple[int, dict[str, Any]]:
    """One Plus request (chat, advice, whole or streamed); the status and the final reply
    (status 0 when the connection broke)."""
    try:
        return _ask(url, n)
    except httpx.TransportError as error:
        return 0, {"error": repr(error)}


def _ask(url: str, n: int) -> tuple[int, dict[str, Any]]:
    kind = ("chat", "chat/stream", "advice", "advice/stream")[n % 4]
    body = {"message": QUESTIONS[n % len(QUESTIONS)]} if kind.startswith("chat") else {}
    with httpx.Client(base_url=url, headers=headers(f"plus-{n}"), timeout=180) as client:
        if kind.startswith("advice"):
            client.put("/v1/profile", json=PROFILE).raise_for_status()
        if not kind.endswith("stream"):
            response = client.post(f"/v1/{kind}", json=body)
            return response.status_code, response.json() if response.is_success else {}
        with client.stream("POST", f"/v1/{kind}", json=body) as response:
            text = "".join(response.iter_text())
        names = re.findall(r"^event: (\w+)", text, re.MULTILINE)
        if names[-1:] != ["done"] or "error" in names:
            return response.status_code, {"events": names}
        pieces = re.findall(r"^event: delta\r?\ndata: (.*)$", text, re.MULTILINE)
        answer = "".join(json.loads(p)["text"] for p in pieces)
        cited = re.search(r"^event: citations\r?\ndata: (.*)$", text, re.MULTILINE)
        citations = json.loads(cited[1])["citations"] if cited else []
        return response.status_code, {"answer": answer, "citations": citations}


def test_sixteen_concurrent_plus_requests_all_answer_and_the_server_lives(
    server: ServerProcess,
) -> None:
    with ThreadPoolExecutor(PLUS_REQUESTS) as pool:
        results = list(pool.map(lambda n: ask(server.url, n), range(PLUS_REQUESTS)))
    assert server.process is not None
    died = server.process.poll()
    assert died is None, f"server died with status {died}:\n{server.output()}"
    assert [status for status, _ in results] == [200] * PLUS_REQUESTS
    for _, reply in results:
        assert reply.get("answer"), reply
        used = {int(n) for n in re.findall(r"\[(\d+)\]", reply["answer"])}
        assert used
        assert used <= {c["id"] for c in reply["citations"]}
    assert "chat model failed" not in server.output()  # the model wrote, never crashed
    after = ask(server.url, 0)
    assert after[0] == 200
    assert after[1]["answer"]
