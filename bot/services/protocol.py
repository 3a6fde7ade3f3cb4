"""The answer protocol chat and advice share: the career check, the conversation opened with the
visitor's message committed, and the answer recorded before its last events."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass

from bot.answer import Citation, Event, Figure, Mode, Visitor
from knowledge.model import Guide
from store.conversations import ConversationStore, Turn, Usage


class UnknownCareerError(LookupError):
    """The ``career`` given is not one of the guides; the message lists the known ones."""


def require_career(guides: Mapping[str, Guide], career: str | None) -> None:
    """Raise :class:`UnknownCareerError` unless ``career`` is None or a guide's slug."""
    if career is not None and career not in guides:
        known = ", ".join(sorted(guides))
        raise UnknownCareerError(f"unknown career {career!r}; use one of: {known}")


@dataclass(frozen=True)
class Answering:
    """An answer under way: the conversation it goes to, its id, who asked, what it counts as."""

    conversation_id: str
    message_id: str
    visitor: Visitor
    usage: str  # "chat" or "advice", for the visitor's usage record
    turns: list[Turn]  # the conversation before this message

    def meta(self, mode: Mode) -> Event:
        """The first event of every answer."""
        ids = {"conversation_id": self.conversation_id, "message_id": self.message_id}
        return "meta", ids | {"mode": mode.value}


class AnswerRecorder:
    """Opens conversations and records answers, the same way for chat and advice."""

    def __init__(self, conversations: ConversationStore) -> None:
        self._conversations = conversations

    def require(self, conversation_id: str | None, visitor: Visitor) -> None:
        """Raise if the conversation is someone else's or does not exist."""
        if conversation_id is not None:
            self._conversations.require(conversation_id, visitor.owner)

    def begin(
        self,
        message: str,
        conversation_id: str | None,
        career: str | None,
        visitor: Visitor,
        usage: str,
    ) -> Answering:
        """Start or continue a conversation, committing the visitor's message first."""
        if conversation_id is None:
            conversation_id, turns = self._conversations.start(career, message, visitor.owner), []
        else:
            self._conversations.require(conversation_id, visitor.owner)
            turns = self._conversations.recent_turns(conversation_id)
            self._conversations.add(conversation_id, "user", message)
        return Answering(conversation_id, uuid.uuid4().hex, visitor, usage, turns)

    def finish(
        self,
        answering: Answering,
        answer: str,
        mode: Mode,
        topic: str,
        citations: Sequence[Citation],
        suggestions: list[str],
        figures: Sequence[Figure] = (),
    ) -> Iterator[Event]:
        """Events ``figures`` (if any), ``citations``, ``suggestions``; the answer is stored
        before ``citations``, so a visitor who sees them can find the answer in the history."""
        if figures:
            yield "figures", {"figures": [asdict(f) for f in figures]}
        visitor = answering.visitor
        self._conversations.add(
            answering.conversation_id,
            "assistant",
            answer,
            message_id=answering.message_id,
            mode=mode.value,
            topic=topic,
            citations=[asdict(c) for c in citations],
            suggestions=suggestions,
            figures=[asdict(f) for f in figures],
            usage=Usage(visitor.owner, visitor.plan, answering.usage),
        )
        yield "citations", {"citations": [asdict(c) for c in citations]}
        yield "suggestions", {"suggestions": suggestions}
