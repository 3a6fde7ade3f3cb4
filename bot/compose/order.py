"""A question of what comes first ("which of those should I get first?") that the guide's
words never put in order is told so plainly, before what the guide does say on them."""

from __future__ import annotations

from bot.answer import Draft, Mode
from bot.compose.refusals import not_covered
from bot.text import whole_words
from knowledge.model import Guide

ASKS_ORDER = whole_words(
    r"(?:which|what) (?:one |ones |of (?:those|these|them|the \w+) |\w+ ){0,2}(?:(?:should|do"
    r"|would|could) (?:i|you|u|we|one|he|she) (?:\w+ ){0,2})?first", r"in (?:what|which) order",
    r"what order",
    r"(?:get|do|take|start with|go for) first(?=\s*(?:[?.!,]|$|or\b))",  # not "…do first to earn"
)  # fmt: skip
ORDERS = whole_words(
    r"first", r"before", r"then", r"after", r"followed by", r"prior to", r"start(?:s|ing)? (?:with"
    r"|by)", r"begin(?:s|ning)? (?:with|by)", r"foundation(?:al)?", r"next", r"later",
)  # fmt: skip


def told_if_unordered(message: str, draft: Draft, guide: Guide) -> Draft:
    """``draft`` led by the plain statement that ``guide`` doesn't say what comes first, when
    ``message`` asks it and no sentence of the answer puts things in order."""
    if draft.mode is not Mode.CITED or not draft.pieces or not ASKS_ORDER.search(message):
        return draft
    if any(ORDERS.search(piece.text) for piece in draft.pieces):
        return draft
    lead = not_covered(guide, "which comes first", draft.pieces[0].source)
    draft.pieces = [lead, *draft.pieces]
    return draft
