"""The SQL tables (SQLAlchemy 2.0) and the engine that holds them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    """Tables of careerbot."""


class ConversationRow(Base):
    """A conversation and who it belongs to (``None``: whoever holds its id)."""

    __tablename__ = "conversations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[str | None] = mapped_column(String(100), index=True)
    career: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class MessageRow(Base):
    """A visitor's message or the bot's answer."""

    __tablename__ = "messages"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(32), unique=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    role: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    mode: Mapped[str | None] = mapped_column(String(16))
    topic: Mapped[str | None] = mapped_column(String(300))
    citations: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    suggestions: Mapped[list[str] | None] = mapped_column(JSON)
    figures: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FeedbackRow(Base):
    """A visitor's rating of one answer (one per answer: only its visitor may rate it)."""

    __tablename__ = "feedback"
    __table_args__ = (Index("uq_feedback_message", "message_id", unique=True),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("conversations.id"), index=True)
    message_id: Mapped[str] = mapped_column(ForeignKey("messages.id"))
    rating: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ProfileRow(Base):
    """What a visitor told us about themselves, for personalised advice."""

    __tablename__ = "profiles"
    owner: Mapped[str] = mapped_column(String(100), primary_key=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class UsageRow(Base):
    """One answered request: who, on which plan, which kind of answer."""

    __tablename__ = "usage"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    owner: Mapped[str | None] = mapped_column(String(100), index=True)
    plan: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


def open_database(url: str) -> Engine:
    """An engine for the database at ``url`` (its schema is ``store.schema``'s business);
    SQLite runs in WAL mode."""
    engine = create_engine(url, json_serializer=lambda v: json.dumps(v, ensure_ascii=False))
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _pragmas(connection: Any, _record: Any) -> None:
            cursor = connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def upsert(
    engine: Engine, table: type[Base], values: dict[str, Any], key: str
) -> postgresql.Insert | sqlite.Insert:
    """One atomic ``INSERT … ON CONFLICT (key) DO UPDATE`` in the engine's dialect."""
    statement: postgresql.Insert | sqlite.Insert
    if engine.dialect.name == "postgresql":
        statement = postgresql.insert(table).values(values)
    elif engine.dialect.name == "sqlite":
        statement = sqlite.insert(table).values(values)
    else:
        raise ValueError(
            f"careerbot stores data in SQLite or PostgreSQL, not {engine.dialect.name}; "
            "set CAREERBOT_DATABASE_URL to a sqlite:// or postgresql:// URL"
        )
    changed = {name: statement.excluded[name] for name in values if name != key}
    return statement.on_conflict_do_update(index_elements=[key], set_=changed)
