"""Answers to particular asks of one known career, before any search-ranked answer: what a
term means, which school classes, which certifications, a trait weighed both ways, whether a
thing is required, who issues a credential."""

from __future__ import annotations

import numpy as np

from bot.answer import Draft
from bot.compose.certifications import certifications_draft
from bot.compose.issuer import issuer_draft
from bot.compose.required import named_in, required_draft
from bot.compose.school_courses import school_courses_draft
from bot.compose.sides_weighed import sides_weighed_draft
from bot.compose.terms import term_draft
from bot.retrieval.units import UnitBank
from knowledge.model import Guide
from store.conversations import Turn


def particular_draft(
    question: str, vector: np.ndarray, bank: UnitBank, guide: Guide, last: Turn | None
) -> Draft | None:
    """The answer to a particular ask of ``guide``'s career, else ``None``; ``last``: the
    turn before (its sections name a term first; its question, what "who gives it" asks of)."""
    shown = list(last.sections) if last is not None else []
    said = last.question if last is not None else ""
    return (
        term_draft(question, vector, guide, bank, shown)
        or school_courses_draft(question, guide, bank)
        or certifications_draft(question, guide, bank)
        or sides_weighed_draft(question, vector, bank, guide)
        or required_draft(question, vector, bank, guide)
        or issuer_draft(named_in(question, said), vector, bank, guide)
    )
