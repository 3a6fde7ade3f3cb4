"""An answer to which school classes prepare for a career ("what should he take in high
school?", "what subjects?"): the guide's own sentence naming the courses, else plainly that
it names none and the knowledge areas O*NET rates most important, which are subjects."""

from __future__ import annotations

import re

from bot.answer import Draft, Piece, Source
from bot.compose.extractive import cited_draft, unit_piece
from bot.retrieval.units import Unit, UnitBank
from bot.text import whole_words
from bot.understand.asks import asking_text
from knowledge.model import Guide

SCHOOL = r"(?:high ?school|hs|school|secondary school)"
ASKS_COURSES = whole_words(
    rf"(?:which|what) (?:\w+ )?(?:classes|courses|subjects)(?: \w+){{0,5}} (?:in|at|during) "
    rf"{SCHOOL}",
    rf"{SCHOOL} (?:classes|courses|subjects)", r"(?:which|what) (?:school )?subjects",
    r"(?:what|which) (?:\w+ )?(?:should|could|can|do|does) (?:i|he|she|they|my (?:son|daughter|"
    rf"kid|child)) (?:\w+ )?take (?:now|(?:this|next) (?:year|semester|term|spring|fall|summer"
    rf"|winter)|(?:\w+ ){{0,3}}to (?:get ready|prepare)|(?:in|at|during) "
    rf"(?:\w+ ){{0,4}}{SCHOOL})",  # "what should he take in his senior year of high school"
    rf"(?:take|study|focus on) (?:\w+ ){{0,5}}(?:in|at|of|during) {SCHOOL}\b",
)  # fmt: skip
# A sentence naming school courses ("…focusing on courses in mathematics, physics…").
NAMES_COURSES = re.compile(r"\b(?:courses|classes|subjects) (?:in|like|such as)\b", re.I)
IN_SCHOOL = re.compile(r"\bhigh school\b", re.I)
KNOWLEDGE = "Knowledge"
MAX_AREAS = 5


def school_courses_draft(question: str, guide: Guide, bank: UnitBank) -> Draft | None:
    """The school courses ``guide`` names for its career, or its knowledge areas said as the
    nearest; ``None`` when ``question`` asks no such thing or the guide has neither."""
    if not ASKS_COURSES.search(asking_text(question)):
        return None
    units = [bank.units[i] for i in bank.of_guide(guide.slug)]
    named = [u for u in units if NAMES_COURSES.search(u.text)]
    named.sort(key=lambda u: not IN_SCHOOL.search(u.text))  # school's own courses first
    if named:
        return cited_draft([unit_piece(named[0])])
    areas = [u for u in units if u.chunk.section == KNOWLEDGE and u.is_item][:MAX_AREAS]
    if not areas:
        return None
    source = Source(guide.slug, guide.title, "", "")
    lead = (
        f"The {guide.career} guide names no school courses; the knowledge areas O*NET rates "
        f"most important for {guide.career.lower()} are the subjects to build:"
    )
    return cited_draft([Piece(lead, source, "", "lead"), *(_area(u) for u in areas)])


def _area(unit: Unit) -> Piece:
    """A knowledge area by its name and what it covers, without its ratings."""
    piece = unit_piece(unit, "item")
    return Piece(re.sub(r"\s*\(importance [^)]*\)$", "", piece.text), piece.source,
                 piece.evidence, piece.kind)  # fmt: skip
