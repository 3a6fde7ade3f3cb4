"""What a message, or one part of it, asks for: a facts intent, else a kind of section, or
for a part, a trait of the job weighed ("and is it boring?")."""

from __future__ import annotations

from bot.compose.sides_weighed import asks_trait
from bot.text import whole_words
from bot.understand.intents import Intent, detect_intent
from bot.understand.needs import Need, part_need

# A question of which level a visitor is at, by the levels' names ("is it lead or senior at
# 7 yrs?")
LEVEL_NAMED = whole_words(
    r"(?:is|am|would|will) (?:it|i|that|this) (?:be )?(?:a |at )?(?:junior|mid|senior|lead|entry)"
)


def asks_for(text: str) -> Intent | Need | None:
    """What a text asks for: a facts intent, else a kind of section."""
    return detect_intent(text) or part_need(text)


def asks_part(text: str) -> Intent | Need | str | None:
    """What a part of a message asks for, a trait weighed too ("and is it boring?"), or a
    level named ("is it lead or senior at 7 yrs?")."""
    if found := asks_for(text) or ("trait" if asks_trait(text) else None):
        return found
    return "levels" if LEVEL_NAMED.search(text) else None
