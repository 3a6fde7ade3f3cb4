"""Plus answers stream the computed, cited text first; written text follows only where the
guard keeps it, and the stream ends without waiting for a model that adds nothing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from pydantic import Field

from api.components import Components
from bot.answer import Event, Visitor
from bot.compose.plan import AdvicePlanner
from bot.generate.grounding import GroundingGuard
from bot.generate.writer import SYSTEM_PROMPT, AnswerWriter, numbered_sources
from bot.services.advice import Adviser
from bot.services.chat import CareerBot
from bot.services.protocol import AnswerRecorder
from store.profiles import Profile

PLUS = Visitor(owner="user:plus-order", plan="plus")
FREE = Visitor(owner="user:free-order", plan="free")
QUESTION = "What training do I need to become a production technician?"
INVENTED = "Production technicians usually work on the Moon and are paid in gold [1]."
ALSO_INVENTED = "Most technicians need a PhD in astrophysics [1]."
PROFILE = Profile(
    current_role="Assembly line operator",
    years_experience=3,
    skills=["PLC programming", "teamwork"],
    goal_career="Senior production technician",
)


class StallingChatModel(GenericFakeChatModel):
    """Writes its message, then, like a slow model still writing, goes on (with ``late``)
    only after ``release``; ``waited_out`` records that someone waited for it that long."""

    release: threading.Event = Field(default_factory=threading.Event)
    late: str = ""
    waited_out: bool = False

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        yield from super()._stream(messages, stop, run_manager, **kwargs)
        if not self.release.wait(timeout=20):
            self.waited_out = True
        yield ChatGenerationChunk(message=AIMessageChunk(content=self.late))


def writer_of(components: Components, llm: GenericFakeChatModel) -> AnswerWriter:
    return AnswerWriter(llm, GroundingGuard(components.embeddings, forbidden=[SYSTEM_PROMPT]), 30)


def bot_with(components: Components, llm: GenericFakeChatModel) -> CareerBot:
    recorder = AnswerRecorder(components.conversations)
    return CareerBot(
        components.guides, components.bot.drafter, recorder, writer_of(components, llm)
    )


def new_sentence(components: Components, question: str) -> str:
    """A sentence of the retrieved sections that the guide's own answer does not show."""
    drafted = components.bot.drafter.draft(question, [], None)
    shown = [t for p in drafted.draft.pieces for t in (p.text, p.evidence) if t]
    sources = numbered_sources(components.bot.drafter.section_texts(drafted.hits), shown)
    sentence = sources[0].text.split(". ")[0].rstrip(".")
    return f"{sentence} [1]."


def deltas(events: list[Event]) -> list[str]:
    return [data["text"] for name, data in events if name == "delta"]


def test_plus_chat_streams_the_guide_answer_first_then_only_kept_sentences(
    components: Components,
) -> None:
    kept = new_sentence(components, QUESTION)
    script = AIMessage(content=f"{INVENTED} {kept}")
    events = list(
        bot_with(components, GenericFakeChatModel(messages=iter([script]))).stream(
            QUESTION, None, None, PLUS
        )
    )
    free = components.bot.reply(QUESTION, None, None, FREE)
    names = [name for name, _ in events]
    assert names[0] == "meta"
    assert names[1] == "delta"
    assert events[1][1]["text"] == free.answer  # at once, whole
    texts = deltas(events)
    assert "Moon" not in "".join(texts)  # the rejected sentence never reaches the client
    written = "".join(texts[1:])
    assert written.startswith("\n\n")  # a paragraph of its own, after the guide's words
    assert kept.split(" [")[0][:40] in written
    reply = events[-1][1]["reply"]
    assert reply.answer == free.answer + written
    assert reply.citations[: len(free.citations)] == free.citations  # numbers kept
    assert names.index("citations") > max(i for i, n in enumerate(names) if n == "delta")


def test_plus_chat_ends_without_waiting_for_a_model_that_adds_nothing(
    components: Components,
) -> None:
    good = new_sentence(components, QUESTION)
    stalling = StallingChatModel(  # two rejected sentences, then the start of a good one
        messages=iter([AIMessage(content=f"{INVENTED} {ALSO_INVENTED} {good.split()[0]}")]),
        late=" " + " ".join(good.split()[1:]),
    )
    events = list(bot_with(components, stalling).stream(QUESTION, None, None, PLUS))
    stalling.release.set()
    assert not stalling.waited_out  # the answer ended while the model was still going
    free = components.bot.reply(QUESTION, None, None, FREE)
    assert events[-1][0] == "done"
    assert deltas(events) == [free.answer]  # nothing added, nothing retracted
    assert events[-1][1]["reply"].citations == free.citations


def test_a_written_sentence_that_repeats_the_guide_answer_is_not_streamed(
    components: Components,
) -> None:
    free = components.bot.reply(QUESTION, None, None, FREE)
    drafted = components.bot.drafter.draft(QUESTION, [], None)
    first = next(p.text for p in drafted.draft.pieces if p.kind == "sentence")
    script = AIMessage(content=f"{first.rstrip('.')} [1].")
    events = list(
        bot_with(components, GenericFakeChatModel(messages=iter([script]))).stream(
            QUESTION, None, None, PLUS
        )
    )
    assert deltas(events) == [free.answer]


@pytest.fixture
def adviser_with(components: Components) -> Any:
    def build(llm: GenericFakeChatModel) -> Adviser:
        recorder = AnswerRecorder(components.conversations)
        planner = AdvicePlanner(components.embeddings)
        writer = writer_of(components, llm)
        return Adviser(components.guides, components.bot.drafter, planner, writer, recorder)

    return build


def test_plus_advice_streams_the_plan_before_written_text(
    components: Components, adviser_with: Any
) -> None:
    guide = components.guides[0]
    plain = adviser_with(GenericFakeChatModel(messages=iter([AIMessage(content=INVENTED)])))
    computed = deltas(list(plain.stream(PROFILE, None, guide, PLUS)))
    plan = plain._planner.plan(guide, PROFILE)
    assert [t.split(" [")[0].lstrip("\n- ") for t in computed] == [p.text for p in plan.pieces()]
    stalling = StallingChatModel(
        messages=iter([AIMessage(content=f"{INVENTED} {ALSO_INVENTED} Technicians")]),
        late=" calibrate machines [1].",
    )
    events = list(adviser_with(stalling).stream(PROFILE, None, guide, PLUS))
    stalling.release.set()
    assert not stalling.waited_out
    assert deltas(events) == computed  # the plan, at once; the model added nothing
    names = [name for name, _ in events]
    assert names[0] == "meta"
    assert names[-4:] == ["plan", "citations", "suggestions", "done"]


def test_plus_advice_answers_the_question_first_then_the_plan(
    components: Components, adviser_with: Any
) -> None:
    guide = components.guides[0]
    adviser = adviser_with(GenericFakeChatModel(messages=iter([AIMessage(content=INVENTED)])))
    events = list(adviser.stream(PROFILE, QUESTION, guide, PLUS))
    text = "".join(deltas(events))
    free = components.bot.reply(QUESTION, None, guide.slug, FREE)
    first_sentence = free.answer.split(" [")[0][:60]  # markers may follow each piece here
    assert text.startswith(first_sentence)
    plan = adviser._planner.plan(guide, PROFILE)
    assert text.index(plan.pieces()[0].text) > text.index(first_sentence)
    assert "Moon" not in text
