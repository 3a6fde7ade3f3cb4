"""Everything stored about one visitor: export it, or erase it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.orm import Session

from store.tables import ConversationRow, FeedbackRow, MessageRow, ProfileRow, UsageRow


def export_owner(engine: Engine, owner: str) -> dict[str, Any]:
    """The owner's profile, conversations with messages, feedback and usage, as plain data."""
    with Session(engine) as session:
        profile = session.get(ProfileRow, owner)
        conversations = session.scalars(
            select(ConversationRow).where(ConversationRow.owner == owner)
        ).all()
        ids = [c.id for c in conversations]
        messages = session.scalars(
            select(MessageRow).where(MessageRow.conversation_id.in_(ids)).order_by(MessageRow.seq)
        ).all()
        feedback = session.scalars(
            select(FeedbackRow).where(FeedbackRow.conversation_id.in_(ids))
        ).all()
        usage = session.scalars(select(UsageRow).where(UsageRow.owner == owner)).all()
        return {
            "owner": owner,
            "profile": profile.data if profile else None,
            "conversations": [
                {
                    "id": c.id,
                    "career": c.career,
                    "created_at": c.created_at.isoformat(),
                    "messages": [
                        {
                            "id": m.id,
                            "role": m.role,
                            "text": m.text,
                            "mode": m.mode,
                            "citations": m.citations or [],
                            "created_at": m.created_at.isoformat(),
                        }
                        for m in messages
                        if m.conversation_id == c.id
                    ],
                }
                for c in conversations
            ],
            "feedback": [
                {
                    "id": f.id,
                    "conversation_id": f.conversation_id,
                    "message_id": f.message_id,
                    "rating": f.rating,
                    "comment": f.comment,
                    "created_at": f.created_at.isoformat(),
                }
                for f in feedback
            ],
            "usage": [
                {"plan": u.plan, "kind": u.kind, "mode": u.mode, "at": u.created_at.isoformat()}
                for u in usage
            ],
        }


def erase_owner(engine: Engine, owner: str) -> None:
    """Delete the owner's profile, conversations, messages, feedback and usage, in one commit."""
    with engine.begin() as connection:
        ids = select(ConversationRow.id).where(ConversationRow.owner == owner)
        connection.execute(delete(FeedbackRow).where(FeedbackRow.conversation_id.in_(ids)))
        connection.execute(delete(MessageRow).where(MessageRow.conversation_id.in_(ids)))
        connection.execute(delete(ConversationRow).where(ConversationRow.owner == owner))
        connection.execute(delete(ProfileRow).where(ProfileRow.owner == owner))
        connection.execute(delete(UsageRow).where(UsageRow.owner == owner))
