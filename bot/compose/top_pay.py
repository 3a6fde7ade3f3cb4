"""The top of the pay asked as a goal ("what would i need to get to the top pay level?"): who
the top earners are, as the guide says, and the years of its highest levels."""

from __future__ import annotations

import re

from bot.answer import Piece
from bot.compose.pay import tier_piece, top_piece
from knowledge.model import Guide

# The top of the pay asked as a goal ("what would i need to get to the top pay level?", "who
# are the people making 75k+?"): who the top earners are and the guide's highest levels
TOP_REACHED = re.compile(
    r"\b(?:get|getting|reach|reaching|make it|climb|move up|work (?:my|your) way up) (?:up )?"
    r"(?:to|into) (?:the )?(?:top|highest|max(?:imum)?)(?: (?:pay|paid|salary|earners?|end|"
    r"bracket|level|tier|10 ?%))+"
    r"|\bwho(?: are| is)? (?:the )?(?:ones?|people|techs?|workers|guys)? ?(?:making|earning|that "
    r"make|that earn|who make|who earn) (?:the most|the top|\$?\d{2,3},?(?:000|k)\+?)",
    re.IGNORECASE,
)


def reaching_top(guide: Guide) -> list[Piece]:
    """The top 10%'s pay and who they are, then the years of the guide's two highest levels;
    ``[]`` without a top figure."""
    top = guide.facts.salary_top
    if top is None:
        return []
    return [top_piece(guide, top), *(tier_piece(guide, tier) for tier in guide.facts.tiers[-2:])]
