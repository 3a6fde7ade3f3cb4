"""What a message, or one part of it, asks for: a facts intent, else a kind of section, or
for a part, a trait of the job weighed ("and is it boring?")."""

from __future__ import annotations

from bot.compose.sides_weighed import asks_trait
from bot.understand.intents import Intent, detect_intent
from bot.understand.needs import Need, part_need


def asks_for(text: str) -> Intent | Need | None:
    """What a text asks for: a facts intent, else a kind of section."""
    return detect_intent(text) or part_need(text)


def asks_part(text: str) -> Intent | Need | str | None:
    """What a part of a message asks for, a trait weighed too ("and is it boring?")."""
    return asks_for(text) or ("trait" if asks_trait(text) else None)
