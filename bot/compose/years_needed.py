"""The visitor's years in their own job set against the related work experience a career
typically asks ("been a laborer 8 years… what does it take to be a foreman": 5 years or more
is typical, so 8 meet it; "4 yrs in the warehouse, is that enough": one short)."""

from __future__ import annotations

import re

from bot.answer import Piece, Source
from bot.understand.experience import OWN_YEARS, own_years
from bot.understand.needs import SENTENCE_END
from knowledge.model import Guide
from knowledge.onet_sections import RELATED_EXPERIENCE

TYPICAL_YEARS = {"5 years or more": 5, "less than 5 years": 1}  # BLS's categories, at least
LESS_THAN = 5
# Years told away from work ("a stay at home mom for 8 years", "out of work 2 years")
AWAY = re.compile(
    r"\b(?:at home|stay[- ]at[- ]home|home with|off work|out of work|unemployed|raising|"
    r"in school|retired|in prison|locked up)\b",
    re.IGNORECASE,
)


def years_against_typical(message: str, guide: Guide, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with, after the one giving the related work experience ``guide``'s career
    typically asks, how the years ``message`` tells of the visitor's own job stand against
    it; unchanged when no years are told or no such piece is drafted."""
    years = own_years(message)
    if any(AWAY.search(s) for s in SENTENCE_END.split(message) if OWN_YEARS.search(s)):
        years = None  # "a stay at home mom for 8 years": no years of work
    fact = guide.facts.work_experience
    typical = TYPICAL_YEARS.get(fact.value.lower()) if fact else None
    at = next((n for n, p in enumerate(pieces) if RELATED_EXPERIENCE in p.text), None)
    if years is None or typical is None or at is None or fact is None:
        return pieces
    if typical > 1:
        short = typical - years
        verdict = "you meet that" if short <= 0 else f"you are {_years(short)} short of that"
    else:  # less than 5 years
        verdict = "you have more than that" if years >= LESS_THAN else "you are in that range"
    said = (
        f"With your {_years(years)}, {verdict}, if your work counts as related "
        f"(typical: {fact.value.lower()})."
    )
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    piece = Piece(said, source, f"Work Experience: {fact.value}", "sentence")
    return [*pieces[: at + 1], piece, *pieces[at + 1 :]]


def _years(count: int) -> str:
    return f"{count} year" if count == 1 else f"{count} years"
