"""Talking to the bot as a visitor does: each turn in the same conversation, and what the
replies cite."""

from __future__ import annotations

from bot.answer import Reply
from bot.services.chat import CareerBot


def replies(bot: CareerBot, *turns: str, page: str | None = None) -> list[Reply]:
    """Every reply of a conversation of ``turns``, held on ``page``'s guide when given (the
    widget sends it)."""
    conversation = None
    said = []
    for turn in turns:
        said.append(bot.reply(turn, conversation, page))
        conversation = said[-1].conversation_id
    return said


def on_page(bot: CareerBot, page: str | None, *turns: str) -> Reply:
    """The last reply of a conversation of ``turns`` held on ``page``'s guide."""
    return replies(bot, *turns, page=page)[-1]


def talk(bot: CareerBot, *turns: str) -> Reply:
    """The last reply of a conversation of ``turns``."""
    return replies(bot, *turns)[-1]


def sections(reply: Reply) -> list[str]:
    return [c.section for c in reply.citations]


def guides_cited(reply: Reply) -> set[str]:
    return {c.guide for c in reply.citations}


def cited(reply: Reply) -> set[tuple[str, str]]:
    return {(c.guide, c.section) for c in reply.citations}
