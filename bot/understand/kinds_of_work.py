"""Whether a career search names a kind of work besides pay ("which creative jobs pay the
most"), so the best paid are sought among the careers nearest it."""

from __future__ import annotations

import re

from bot.text import FUNCTION_WORDS
from bot.understand.wishes import (
    GOOD_PAY,
    GROWING,
    MANY_OPENINGS,
    MOST_PAY,
    NO_DEGREE,
    NO_EXPERIENCE,
    PAY_FLOOR,
    QUICK_TRAINING,
    SHORT_SCHOOL,
)

# Words of asking for a career, naming no kind of work ("i want to actually make money lol")
PLAIN = frozenset(
    ("want", "actually", "lol", "make", "money", "pay", "pays", "paid", "really", "good", "best",
     "kind", "kinds", "type", "types", "stuff", "something", "things", "thing", "like", "just",
     "need", "look", "looking", "should", "options", "ideas", "idea", "work", "earn", "whats",
     "get", "year", "years", "degree", "college", "school")
)  # fmt: skip
# The words just before "jobs" ("creative jobs", "art type careers"): a kind of work named
FRAMED = re.compile(
    r"((?:[a-z]+ ){1,2})(?:careers?|jobs?|occupations?|professions?|fields?|work)\b", re.I
)


def names_a_kind(text: str) -> bool:
    """``text`` names a kind of work besides pay: the words before "jobs" ("which creative
    jobs pay the most", not "what jobs pay the most… be honest"), or what is liked, when it
    names no jobs ("drawing and art")."""
    for wish in (
        MOST_PAY,
        GOOD_PAY,
        NO_DEGREE,
        NO_EXPERIENCE,
        MANY_OPENINGS,
        SHORT_SCHOOL,
        QUICK_TRAINING,
        PAY_FLOOR,
        GROWING,
    ):
        text = wish.sub(" ", text)
    framed = list(FRAMED.finditer(" ".join(text.split())))
    named = " ".join(f[1] for f in framed) if framed else text
    return bool(set(re.findall(r"[a-z]{3,}", named.lower())) - FUNCTION_WORDS - PLAIN)
