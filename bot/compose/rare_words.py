"""A question of no kind the bot knows, naming a thing its guide writes of in one or two
sections only ("how high up do they climb?": the duty "Climb wind turbine towers…"), is
about those sections, however near other sections' vectors come."""

from __future__ import annotations

from collections.abc import Callable

from bot.compose.bearing import PLAIN
from bot.compose.mentioned import EVERYDAY
from bot.retrieval.units import UnitBank
from bot.text import FUNCTION_WORDS, english_stemmer, search_terms
from bot.understand.asks import asking_text
from bot.understand.needs import Need, answers, is_credits

MIN_LETTERS = 5  # shorter words ("hard", "test") are too common to pick a section
FEWEST_SECTIONS = 2  # a word more sections hold names no one of them


def rare_sections(
    message: str, bank: UnitBank, guide: str, career: str, rare: Callable[[str], bool]
) -> set[str]:
    """The sections of ``guide`` holding a word of ``message``'s asking part that ``rare``
    finds few chunks of any guide hold and at most :data:`FEWEST_SECTIONS` of its sections
    hold (the career's name and everyday words aside): "climb", not "program"."""
    stem = english_stemmer().stemWord
    skipped = FUNCTION_WORDS | EVERYDAY | PLAIN
    own = {stem(w) for w in search_terms(career)}
    asked = {
        stem(w)
        for w in search_terms(asking_text(message))
        if len(w) >= MIN_LETTERS and w not in skipped
    } - own
    asked = {s for s in asked if rare(s)}
    if not asked:
        return set()
    holding: dict[str, set[str]] = {s: set() for s in asked}
    for i in bank.of_guide(guide):
        unit = bank.units[i]
        if answers(Need.ALIASES, unit.chunk.section) or is_credits(unit.chunk.section):
            continue  # its other titles and sources say nothing of the work
        for s in asked & {stem(w) for w in search_terms(unit.text)}:
            holding[s].add(unit.chunk.section)
    return {
        section
        for sections in holding.values()
        if 0 < len(sections) <= FEWEST_SECTIONS
        for section in sections
    }
