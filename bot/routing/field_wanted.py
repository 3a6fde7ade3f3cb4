"""A field named as where the visitor wants to go ("want to get into real estate. how hard is
the license exam"): of the careers a search found, those whose name holds the field's, so no
career matching another word of the question ("licensed") answers for it."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.routing.job_words import tokens

FIELD_CUE = re.compile(
    r"\b(?:get(?:ting)?|go(?:ing)?|break(?:ing)?|mov(?:e|ing)|switch(?:ing)?|pivot(?:ing)?"
    r"|transition(?:ing)?) into\b|\binterested in\b|\b(?:career|job|work) in\b",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[.,;:!?()\n]|\b(?:and|or|but|because|since|so)\b", re.IGNORECASE)
MIN_WORDS = 2  # a one-word field ("nursing") names many careers' work, not one name's part
MAX_WORDS = 4


def within_field_wanted(
    message: str, careers: tuple[str, ...], name_words: Mapping[str, frozenset[str]]
) -> tuple[str, ...]:
    """Those of ``careers`` whose name holds the field ``message`` wants to get into, in
    their order; all of them when it names no such field."""
    found = FIELD_CUE.search(message)
    if found is None:
        return careers
    named = tokens(CLAUSE_END.split(message[found.end() :])[0])[:MAX_WORDS]
    for size in range(len(named), MIN_WORDS - 1, -1):
        field = set(named[:size])
        holding = [c for c in careers if field <= name_words.get(c, frozenset())]
        if holding:
            return tuple(holding)
    return careers
