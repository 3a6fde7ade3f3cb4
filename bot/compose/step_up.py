"""The step up from a career whose guide has no levels of its own ("security guard, nights.
how do i move up from here"): the supervisors or managers among its related careers, each
with the experience it asks, its entry education and its pay, rather than the bare list."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.pay import fact_piece
from bot.understand.needs import Need
from knowledge.model import Fact, Guide

# Careers that lead others of the same work
LEADS = re.compile(r"^First-Line Supervisors\b|\bManagers\b")
MAX_STEPS = 2


def step_up_draft(need: Need | None, guide: Guide, related: list[Guide]) -> Draft | None:
    """For a question of moving up, ``guide``'s ``related`` careers that lead its work;
    ``None`` for another question, a guide with levels, or none among them."""
    if need is not Need.ADVANCE or len(guide.facts.tiers) > 1 or LEADS.search(guide.career):
        return None
    steps = [other for other in related if LEADS.search(other.career)][:MAX_STEPS]
    if not steps:
        return None
    names = " and ".join(other.career for other in steps)
    said = f"The step up among the careers the {guide.career} guide lists as related: {names}."
    pieces = [Piece(said, Source(guide.slug, guide.title, "", ""), "", "lead")]
    for other in steps:
        pieces.append(Piece(other.career, Source(other.slug, other.title, "", ""), "", "heading"))
        pieces += [fact_piece(other, fact, text, fact.value) for fact, text in _figures(other)]
    draft = Draft(Mode.CITED, pieces, topic="Related Roles")
    draft.retrieved, draft.retrieved_guides = (
        ["Related Roles"],
        [guide.slug, *(o.slug for o in steps)],
    )
    return draft


def _figures(other: Guide) -> list[tuple[Fact, str]]:
    """The experience, entry education and median pay ``other``'s guide states, as said."""
    facts = other.facts
    said = [
        (facts.work_experience, "Work experience in a related job: {lower}."),
        (facts.entry_education, "Typical entry education: {lower}."),
        (facts.median_salary, "Median pay: {value} a year."),
    ]
    return [
        (fact, text.format(value=fact.value, lower=fact.value.lower()))
        for fact, text in said
        if fact is not None
    ]
