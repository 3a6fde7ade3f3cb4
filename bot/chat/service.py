"""The chat service: a message in, a cited answer out (streamed or whole), remembered."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Generator, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.answer import Draft, Figure, Mode, Piece
from bot.compose.citations import Citation, Renderer, render
from bot.compose.drafter import Drafted, Drafter
from bot.compose.suggestions import suggest
from bot.generate.writer import AnswerWriter, Writing, prompt, sources_from_hits
from knowledge.model import Guide
from store.conversations import ConversationStore, Turn, Usage

PLUS_NOTE = (
    "Personalised advice for your own situation is part of careerbot Plus; "
    "this answer comes straight from the guide."
)
ASKS_FOR_ADVICE = re.compile(
    r"\b(?:for me|my (?:situation|experience|background|career|skills)|should i|advise|advice|"
    r"personali[sz]ed|i have \d+|i'?m (?:a|an|currently)|in my case)\b",
    re.IGNORECASE,
)


class UnknownCareerError(LookupError):
    """The ``career`` given is not one of the guides; the message lists the known ones."""


@dataclass(frozen=True)
class Visitor:
    """Who is asking: the owner key of their data and their plan (from a verified token)."""

    owner: str | None = None
    plan: str = "free"


ANONYMOUS = Visitor()
Event = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class Reply:
    """What the chat API returns for one message."""

    conversation_id: str
    message_id: str
    answer: str
    mode: Mode
    citations: list[Citation]
    suggestions: list[str]
    retrieved: list[str]
    figures: list[Figure] = field(default_factory=list)
    retrieved_guides: list[str] = field(default_factory=list)


class CareerBot:
    """Answers career questions from the guides, citing the sections it used."""

    def __init__(
        self,
        drafter: Drafter,
        conversations: ConversationStore,
        writer: AnswerWriter | None = None,
    ) -> None:
        self.guides = drafter.guides
        self.drafter = drafter
        self.writer = writer
        self._conversations = conversations

    def reply(
        self,
        message: str,
        conversation_id: str | None,
        career: str | None,
        visitor: Visitor = ANONYMOUS,
    ) -> Reply:
        """Answer ``message`` whole (see :meth:`stream`)."""
        *_, (_, done) = self.stream(message, conversation_id, career, visitor)
        reply: Reply = done["reply"]
        return reply

    def stream(
        self,
        message: str,
        conversation_id: str | None,
        career: str | None,
        visitor: Visitor = ANONYMOUS,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Event]:
        """Events ``meta``, ``delta``…, ``figures``, ``citations``, ``suggestions``, ``done``.

        The visitor's message is committed before any work on the answer, the answer before
        ``done``. Bad input raises on the first ``next()``, before any event.
        """
        self.check(conversation_id, career, visitor)
        conversation_id, turns = self._open(message, conversation_id, career, visitor)
        message_id = uuid.uuid4().hex
        drafted = self.drafter.draft(message, turns, career)
        draft = drafted.draft
        meta = {"conversation_id": conversation_id, "message_id": message_id}
        yield "meta", meta | {"mode": draft.mode.value}
        written: list[str] = []
        if self._writes_for(visitor, drafted):
            pieces = yield from self._written(message, drafted, written, stop)
            if pieces:
                draft = Draft(
                    Mode.CITED,
                    pieces,
                    topic=draft.topic,
                    retrieved=draft.retrieved,
                    retrieved_guides=draft.retrieved_guides,
                    cite_each=True,
                )
        # Rendering the final draft gives exactly the text already streamed for a written
        # answer (a marker after every piece); otherwise it is the whole answer.
        answer, citations = render(draft)
        if not written:  # the guide's own words: extractive, facts or refusal
            yield "delta", {"text": answer}
        if visitor.plan != "plus" and draft.mode is Mode.CITED and ASKS_FOR_ADVICE.search(message):
            yield "delta", {"text": f"\n\n{PLUS_NOTE}"}
            answer = f"{answer}\n\n{PLUS_NOTE}"
        yield from self._finish(
            message, turns, draft, answer, citations, conversation_id, message_id, visitor
        )

    def check(
        self, conversation_id: str | None, career: str | None, visitor: Visitor = ANONYMOUS
    ) -> None:
        """Raise what :meth:`stream` raises for an unknown career or someone else's conversation."""
        if career is not None and career not in self.guides:
            known = ", ".join(sorted(self.guides))
            raise UnknownCareerError(f"unknown career {career!r}; use one of: {known}")
        if conversation_id is not None:
            self._conversations.require(conversation_id, visitor.owner)

    def _open(
        self, message: str, conversation_id: str | None, career: str | None, visitor: Visitor
    ) -> tuple[str, list[Turn]]:
        if conversation_id is None:
            return self._conversations.start(career, message, visitor.owner), []
        turns = self._conversations.recent_turns(conversation_id)
        self._conversations.add(conversation_id, "user", message)
        return conversation_id, turns

    def _writes_for(self, visitor: Visitor, drafted: Drafted) -> bool:
        """Plus answers are written by the LLM, unless this is a refusal or a facts answer."""
        return (
            visitor.plan == "plus"
            and self.writer is not None
            and drafted.draft.mode is Mode.CITED
            and bool(drafted.hits)
            and drafted.intent is None
        )

    def _written(
        self,
        message: str,
        drafted: Drafted,
        written: list[str],
        stop: Callable[[], bool],
    ) -> Generator[Event, None, list[Piece]]:
        """Stream the LLM's supported sentences once enough is supported; return the pieces."""
        assert self.writer is not None
        renderer = Renderer()
        sources = sources_from_hits(drafted.hits, self.drafter.bank)
        writing = Writing()
        held: list[Piece] = []
        minimum = self.writer.guard.min_kept_chars
        for piece in self.writer.stream(prompt(message, sources), sources, writing, stop):
            held.append(piece)
            if written or sum(len(p.text) for p in held) >= minimum:
                for kept in held:
                    text = renderer.add(kept)
                    written.append(text)
                    yield "delta", {"text": text}
                held.clear()
        return writing.pieces if written else []

    def _finish(
        self,
        message: str,
        turns: list[Turn],
        draft: Draft,
        answer: str,
        citations: list[Citation],
        conversation_id: str,
        message_id: str,
        visitor: Visitor,
    ) -> Iterator[Event]:
        guide = self._guide_of(citations)
        asked = {_normal(t.question) for t in turns} | {_normal(message)}
        suggestions = self._offers(draft) or suggest(guide, draft.topic, asked)
        if draft.mode is Mode.SUPPORT:
            suggestions = []  # crisis resources only, no career content
        if draft.figures:
            yield "figures", {"figures": [asdict(f) for f in draft.figures]}
        self._conversations.add(
            conversation_id,
            "assistant",
            answer,
            message_id=message_id,
            mode=draft.mode.value,
            topic=draft.topic,
            citations=[asdict(c) for c in citations],
            suggestions=suggestions,
            figures=[asdict(f) for f in draft.figures],
            usage=Usage(visitor.owner, visitor.plan, "chat"),
        )
        yield "citations", {"citations": [asdict(c) for c in citations]}
        yield "suggestions", {"suggestions": suggestions}
        cited = [c.section for c in citations]
        retrieved = cited + [s for s in draft.retrieved if s not in cited]
        guides = list(dict.fromkeys([c.guide for c in citations] + draft.retrieved_guides))
        reply = Reply(
            conversation_id,
            message_id,
            answer,
            draft.mode,
            citations,
            suggestions,
            retrieved,
            draft.figures,
            guides,
        )
        yield "done", {"message_id": message_id, "reply": reply}

    def _offers(self, draft: Draft) -> list[str]:
        """Replies that pick an offered career: its name, or a question about it."""
        names = [self.guides[slug].career for slug in draft.options]
        if draft.mode is Mode.CLARIFY:
            return names
        return [f"Tell me about {name}" for name in names]

    def _guide_of(self, citations: list[Citation]) -> Guide:
        if citations:
            return self.guides[citations[0].guide]
        return next(iter(self.guides.values()))


def _normal(text: str) -> str:
    return " ".join(text.lower().strip(" ?!.").split())
