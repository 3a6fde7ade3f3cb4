"""A failing or unusable chat model never fails a Plus answer: the guide's own words answer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGenerationChunk

from api.components import Components
from bot.answer import Mode
from bot.chat.service import CareerBot, Visitor
from bot.generate.grounding import GroundingGuard
from bot.generate.llm import LanguageModelError, build_chat_model
from bot.generate.writer import SYSTEM_PROMPT, AnswerWriter

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


def bot_with(components: Components, llm: GenericFakeChatModel) -> CareerBot:
    guard = GroundingGuard(components.embeddings, forbidden=[SYSTEM_PROMPT])
    writer = AnswerWriter(llm, guard, timeout_s=5)
    return CareerBot(components.bot.drafter, components.conversations, writer)


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


def test_unknown_providers_fail_with_a_clear_message() -> None:
    with pytest.raises(LanguageModelError, match="provider:model"):
        build_chat_model("gpt-4o", max_tokens=50)
    with pytest.raises(LanguageModelError, match="pip install langchain-openai"):
        build_chat_model("openai:gpt-4o-mini", max_tokens=50)
    with pytest.raises(LanguageModelError, match="does not know the provider 'nosuchprovider'"):
        build_chat_model("nosuchprovider:model", max_tokens=50)
