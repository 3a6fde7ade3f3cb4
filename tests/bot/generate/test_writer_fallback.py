"""A failing or unusable chat model never fails a Plus answer: the guide's own words answer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from api.components import Components
from bot.answer import Mode, Visitor
from bot.generate.grounding import GroundingGuard
from bot.generate.llm import LanguageModelError, build_chat_model
from bot.generate.llm_queue import ModelQueue, in_thread
from bot.generate.writer import SYSTEM_PROMPT, AnswerWriter
from bot.services.chat import CareerBot
from bot.services.protocol import AnswerRecorder

PLUS = Visitor(owner="user:plus-tester", plan="plus")
QUESTION = "What training do I need to become a production technician?"


class BrokenChatModel(GenericFakeChatModel):
    """A chat model whose service fails mid-answer."""

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        raise ConnectionError("model service unavailable")


class HeldChatModel(GenericFakeChatModel):
    """A chat model that starts answering only once ``release`` is set."""

    started: threading.Event = Field(default_factory=threading.Event)
    release: threading.Event = Field(default_factory=threading.Event)
    calls: int = 0

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        self.calls += 1
        self.started.set()
        self.release.wait(timeout=60)
        yield from super()._stream(messages, stop, run_manager, **kwargs)


def bot_with(
    components: Components, llm: GenericFakeChatModel, max_waiting: int | None = None
) -> CareerBot:
    guard = GroundingGuard(components.embeddings, forbidden=[SYSTEM_PROMPT])
    queued = llm if max_waiting is None else ModelQueue(in_thread(llm), max_waiting)
    writer = AnswerWriter(queued, guard, timeout_s=30)
    recorder = AnswerRecorder(components.conversations)
    return CareerBot(components.guides, components.bot.drafter, recorder, writer)


def test_model_failure_falls_back_to_the_extractive_answer(components: Components) -> None:
    reply = bot_with(components, BrokenChatModel(messages=iter([]))).reply(
        QUESTION, None, None, PLUS
    )
    free = components.bot.reply(QUESTION, None, None)
    assert reply.mode is Mode.CITED
    assert reply.answer == free.answer
    assert reply.citations == free.citations


def test_invented_answer_falls_back_and_leaks_nothing(components: Components) -> None:
    invented = AIMessage(
        content=f"{SYSTEM_PROMPT} Production technicians are paid $250,000 to work on the Moon [1]."
    )
    reply = bot_with(components, GenericFakeChatModel(messages=iter([invented]))).reply(
        QUESTION, None, None, PLUS
    )
    assert "Moon" not in reply.answer
    assert "$250,000" not in reply.answer
    assert "write the source number" not in reply.answer  # the system prompt never leaks
    assert reply.citations


def test_unknown_providers_fail_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(LanguageModelError, match="provider:model"):
        build_chat_model("gpt-4o", max_tokens=50)
    with pytest.raises(LanguageModelError, match="pip install langchain-anthropic"):
        build_chat_model("anthropic:claude-haiku-4-5", max_tokens=50)
    with pytest.raises(LanguageModelError, match="set CAREERBOT_LLM_API_KEY"):
        build_chat_model("openai:gpt-4o-mini", max_tokens=50)
    with pytest.raises(LanguageModelError, match="does not know the provider 'nosuchprovider'"):
        build_chat_model("nosuchprovider:model", max_tokens=50)


def test_a_full_model_queue_answers_from_the_guide_at_once(components: Components) -> None:
    llm = HeldChatModel(messages=iter(["Working on it.", "Still working on it."]))
    bot = bot_with(components, llm, max_waiting=1)
    assert bot.writer is not None
    line = bot.writer.llm
    assert isinstance(line, ModelQueue)
    replies: list[str] = []
    asking = [
        threading.Thread(
            target=lambda: replies.append(bot.reply(QUESTION, None, None, PLUS).answer)
        )
        for _ in range(2)
    ]
    asking[0].start()
    assert llm.started.wait(timeout=60)  # the first visitor's answer is being written
    asking[1].start()
    while line.waiting() < 1:  # the second visitor waits in line
        time.sleep(0.01)
    busy = bot.reply(QUESTION, None, None, PLUS)  # the third finds the line full
    free = components.bot.reply(QUESTION, None, None)
    assert (busy.mode, busy.answer, busy.citations) == (Mode.CITED, free.answer, free.citations)
    llm.release.set()
    for thread in asking:
        thread.join(timeout=60)
    assert len(replies) == 2
    assert llm.calls == 2  # the waiting visitor was served in turn; the third never was
    bot.writer.close()
