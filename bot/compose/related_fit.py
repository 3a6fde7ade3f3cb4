"""Related careers that pay more ("anything similar to HVAC that pays more?"): the careers a
guide lists as related whose median pay is above its own, best paid first, each cited to
its own pay figure."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.understand.needs import Need, detect_need
from bot.understand.wishes import dollars
from knowledge.model import Guide

MAX_LISTED = 4
# "…that pays more", "better paying", "for more money": more pay is asked of the others
PAYS_MORE = re.compile(
    r"\b(?:pays?|paying|earns?|makes?) (?:\w+ )?(?:more|better)\b|\b(?:better|higher)[- ]paying\b"
    r"|\bmore (?:money|pay)\b|\bpays? (?:a (?:little|bit) )?(?:more|better)\b",
    re.IGNORECASE,
)


def related_paying_more(question: str, guide: Guide, related: list[Guide]) -> Draft | None:
    """For a ``question`` asking for careers like ``guide``'s that pay more: of its
    ``related`` careers, those paid more than it, best paid first; when none pays more, that
    is said with the best paid of them. ``None`` for another question or none with pay."""
    if not PAYS_MORE.search(question) or detect_need(question) is not Need.RELATED:
        return None
    own = _median(guide)
    paid = sorted(
        ((pay, g) for g in related if (pay := _median(g)) is not None),
        key=lambda pair: pair[0],
        reverse=True,
    )
    if own is None or not paid:
        return None
    more = [(pay, g) for pay, g in paid if pay > own] or paid[:1]
    fact = guide.facts.median_salary
    assert fact is not None  # own is its value
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    said = "pay more than" if more[0][0] > own else "pay no more than"
    lead = (
        f"Of the careers the {guide.title} lists as related, these {said} its median of "
        f"{fact.value} a year:"
    )
    pieces = [Piece(lead, source, f"Median: {fact.value}", "intro")]
    for _, other in more[:MAX_LISTED]:
        theirs = other.facts.median_salary
        assert theirs is not None
        cited = Source(other.slug, other.title, theirs.section, theirs.anchor)
        text = f"{other.career}: a median of {theirs.value} a year"
        pieces.append(Piece(text, cited, f"Median: {theirs.value}", "item"))
    draft = Draft(Mode.CITED, pieces, topic=fact.section)
    draft.retrieved = [fact.section]
    draft.retrieved_guides = [guide.slug, *(g.slug for _, g in more[:MAX_LISTED])]
    return draft


def _median(guide: Guide) -> float | None:
    fact = guide.facts.median_salary
    return dollars(fact.value) if fact is not None else None
