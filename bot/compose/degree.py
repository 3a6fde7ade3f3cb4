"""Whether a degree is needed ("do I need a degree to be a dental hygienist?"), answered
first from the guide's typical entry education, before the sentences that support it."""

from __future__ import annotations

import re

from bot.answer import Piece, Source
from bot.compose.labels import with_article
from bot.text import whole_words
from knowledge.model import Guide

SCHOOLING = r"(?:a |an |the |any )?(?:degree|college|university|uni|bachelor'?s)"
DEGREE_ASKED = whole_words(
    rf"(?:need|needs|require[sd]?|have to (?:have|get|go to)|must (?:have|get)|without) "
    rf"(?:\w+ ){{0,3}}?{SCHOOLING}",
    rf"{SCHOOLING}(?: \w+){{0,2}} (?:required|necessary|needed|mandatory)",
    r"(?:go|going) to (?:college|university|uni)",
)
DEGREES = re.compile(
    r"\b(?:associate|bachelor|master)'?s degree|\bdoctoral\b|\bprofessional degree", re.I
)


def degree_lead(guide: Guide, message: str) -> Piece | None:
    """The verdict on whether a degree is needed, with the typical entry education it rests
    on, when ``message`` asks and ``guide`` states that education; else ``None``."""
    fact = guide.facts.entry_education
    if fact is None or not DEGREE_ASKED.search(message):
        return None
    verdict = "usually needed" if DEGREES.search(fact.value) else "usually not needed"
    text = f"A degree is {verdict}: the typical entry education is {with_article(fact.value)}."
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    return Piece(text, source, f"Typical Entry Education: {fact.value}")
