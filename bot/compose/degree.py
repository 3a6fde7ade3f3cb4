"""Whether a degree is needed ("do I need a degree to be a dental hygienist?"), answered
first from the guide's typical entry education, before the sentences that support it."""

from __future__ import annotations

import re

from bot.answer import Piece, Source
from bot.compose.labels import with_article
from bot.text import split_sentences, whole_words
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
    if not DEGREE_ASKED.search(message):
        return None
    if fact is None:
        return _minimum_line(guide)
    verdict = "usually needed" if DEGREES.search(fact.value) else "usually not needed"
    text = f"A degree is {verdict}: the typical entry education is {with_article(fact.value)}."
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    return Piece(text, source, f"Typical Entry Education: {fact.value}")


# A guide's own sentence on the least schooling the job asks ("Most … roles require at least a
# high school diploma or equivalent, with a strong preference for…").
MINIMUM = re.compile(
    r"\b(?:requires?|required|need|needs)\b[^.]*\b(?:at least|minimum|at a minimum)\b[^.]*"
    r"\b(?:diploma|degree|ged|certificate)",
    re.IGNORECASE,
)


def _minimum_line(guide: Guide) -> Piece | None:
    """The guide's sentence stating the minimum education, for a guide with no entry fact."""
    for section in guide.walk():
        for sentence in (s for p in section.paragraphs for s in split_sentences(p)):
            if MINIMUM.search(sentence):
                source = Source(guide.slug, guide.title, section.path_text, section.anchor)
                return Piece(sentence, source, sentence)
    return None
