"""Visitors' thumbs up or down on answers, stored durably."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from store.conversations import ConversationNotFoundError
from store.tables import ConversationRow, FeedbackRow, MessageRow


class AnswerNotFoundError(LookupError):
    """The message id is not an answer of that conversation."""


class AlreadyVotedError(ValueError):
    """The answer already has this visitor's vote; one vote per answer."""


class FeedbackStore:
    """Ratings of answers."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def add(
        self,
        conversation_id: str,
        message_id: str,
        rating: str,
        comment: str | None,
        owner: str | None = None,
    ) -> str:
        """Commit ``owner``'s rating of one answer of their conversation; return its id."""
        with Session(self._engine) as session:
            conversation = session.get(ConversationRow, conversation_id)
            if conversation is None or conversation.owner != owner:
                raise ConversationNotFoundError(
                    f"no conversation has id {conversation_id!r}; rate answers you received"
                )
            answer = session.scalar(
                select(MessageRow.id).where(
                    MessageRow.id == message_id,
                    MessageRow.conversation_id == conversation_id,
                    MessageRow.role == "assistant",
                )
            )
        if answer is None:
            raise AnswerNotFoundError(
                f"message {message_id!r} is not an answer in conversation {conversation_id!r}"
            )
        already = AlreadyVotedError(
            f"answer {message_id!r} already has your rating; each answer takes one vote"
        )
        with Session(self._engine) as session:
            if session.scalar(select(FeedbackRow.id).where(FeedbackRow.message_id == message_id)):
                raise already
        feedback_id = uuid.uuid4().hex
        try:
            with self._engine.begin() as connection:
                connection.execute(
                    insert(FeedbackRow),
                    {
                        "id": feedback_id,
                        "conversation_id": conversation_id,
                        "message_id": message_id,
                        "rating": rating,
                        "comment": comment,
                        "created_at": datetime.now(UTC),
                    },
                )
        except IntegrityError as error:  # a concurrent vote on the same answer got there first
            raise already from error
        return feedback_id

    def of_conversation(self, conversation_id: str) -> list[FeedbackRow]:
        """All feedback given in a conversation, oldest first."""
        with Session(self._engine) as session:
            query = select(FeedbackRow).where(FeedbackRow.conversation_id == conversation_id)
            return list(session.scalars(query.order_by(FeedbackRow.created_at)).all())
