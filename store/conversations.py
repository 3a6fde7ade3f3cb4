"""Durable conversation memory in SQL (SQLite by default): every message committed as it comes."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from store.tables import ConversationRow, MessageRow, UsageRow

CONTEXT_TURNS = 3
HISTORY_LIMIT = 200


class ConversationNotFoundError(LookupError):
    """No conversation has this id; start a new one by sending ``conversation_id: null``."""


@dataclass(frozen=True)
class Usage:
    """Who an answer was for, on which plan, and what kind of answer (``chat``, ``advice``)."""

    owner: str | None
    plan: str
    kind: str


@dataclass(frozen=True)
class Turn:
    """A question and the answer it got."""

    question: str
    answer: str
    topic: str
    sections: list[str]
    guides: list[str] = field(default_factory=list)  # the careers the answer cited
    mode: str = ""


def _new_id() -> str:
    return uuid.uuid4().hex


def _message(conversation_id: str, role: str, text: str) -> dict[str, Any]:
    return {
        "id": _new_id(),
        "conversation_id": conversation_id,
        "role": role,
        "text": text,
        "created_at": datetime.now(UTC),
    }


class ConversationStore:
    """Conversations and their messages."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def start(self, career: str | None, first_message: str, owner: str | None = None) -> str:
        """A new conversation of ``owner`` holding their first message, in one commit."""
        now = datetime.now(UTC)
        conversation_id = _new_id()
        with self._engine.begin() as connection:
            connection.execute(
                insert(ConversationRow),
                {"id": conversation_id, "career": career, "owner": owner, "created_at": now},
            )
            connection.execute(insert(MessageRow), _message(conversation_id, "user", first_message))
        return conversation_id

    def require(self, conversation_id: str, owner: str | None = None) -> None:
        """Raise :class:`ConversationNotFoundError` unless ``owner`` has this conversation.

        Someone else's conversation is reported exactly like one that does not exist.
        """
        with Session(self._engine) as session:
            row = session.get(ConversationRow, conversation_id)
            if row is None or row.owner != owner:
                raise ConversationNotFoundError(
                    f"no conversation has id {conversation_id!r}; "
                    "send conversation_id null to start a new one"
                )

    def add(
        self,
        conversation_id: str,
        role: str,
        text: str,
        *,
        mode: str | None = None,
        topic: str | None = None,
        citations: list[dict[str, Any]] | None = None,
        suggestions: list[str] | None = None,
        figures: list[dict[str, Any]] | None = None,
        usage: Usage | None = None,
        message_id: str | None = None,
    ) -> str:
        """Commit one message (and the usage it counts as) and return its id."""
        row = _message(conversation_id, role, text)
        if message_id:
            row["id"] = message_id
        row |= {
            "mode": mode,
            "topic": topic,
            "citations": citations,
            "suggestions": suggestions,
            "figures": figures,
        }
        with self._engine.begin() as connection:
            connection.execute(insert(MessageRow), row)
            if usage is not None:
                connection.execute(
                    insert(UsageRow),
                    {**asdict(usage), "mode": mode or "", "created_at": row["created_at"]},
                )
        return str(row["id"])

    def recent_turns(self, conversation_id: str, turns: int = CONTEXT_TURNS) -> list[Turn]:
        """The last answered turns, oldest first."""
        rows = self._latest(conversation_id, turns * 2 + 1)
        result = []
        for question, answer in itertools.pairwise(rows):
            if question.role == "user" and answer.role == "assistant":
                cited = answer.citations or []
                sections = [c["section"] for c in cited]
                guides = list(dict.fromkeys(c["guide"] for c in cited))
                topic, mode = answer.topic or "", answer.mode or ""
                result.append(Turn(question.text, answer.text, topic, sections, guides, mode))
        return result[-turns:]

    def messages(self, conversation_id: str) -> list[MessageRow]:
        """The conversation's messages, oldest first (at most the last 200)."""
        return self._latest(conversation_id, HISTORY_LIMIT)

    @staticmethod
    def unanswered(rows: list[MessageRow]) -> set[str]:
        """Ids of visitor messages no answer was stored for (the next message is not one)."""
        following = [*rows[1:], None]
        return {
            row.id
            for row, after in zip(rows, following, strict=True)
            if row.role == "user" and (after is None or after.role != "assistant")
        }

    def _latest(self, conversation_id: str, limit: int) -> list[MessageRow]:
        with Session(self._engine) as session:
            query = (
                select(MessageRow)
                .where(MessageRow.conversation_id == conversation_id)
                .order_by(MessageRow.seq.desc())
                .limit(limit)
            )
            return list(reversed(session.scalars(query).all()))
