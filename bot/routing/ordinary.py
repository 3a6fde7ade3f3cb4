"""The ordinary kind of a job ("regular sales jobs", "a non technical version"): O*NET names
it by what it leaves out ("Sales Representatives, Wholesale and Manufacturing, Except Technical
and Scientific Products"), so it stands in for the careers it leaves out."""

from __future__ import annotations

import re

from bot.routing.career import Career
from bot.routing.job_words import tokens
from bot.text import whole_words

# The plain kind of a job asked for, not plain hours or pay ("a regular paycheck").
ORDINARY = whole_words(
    r"(?:regular|normal|ordinary|everyday|non[- ]?(?:technical|tech|science|scientific|medical"
    r"|legal))(?! (?:hours|schedules?|shifts?|days?|paychecks?|pay|salary|income|weeks?|life|job"
    r" hours|9))"
)
EXCEPT = re.compile(r",\s*except\s+(?P<left_out>.+)$", re.IGNORECASE)


def ordinary_kinds(careers: dict[str, Career]) -> dict[str, str]:
    """Each career an "…, Except …" career leaves out, mapped to that career: "Sales
    Representatives, Wholesale and Manufacturing, Technical and Scientific Products" to the
    one "Except Technical and Scientific Products"."""
    excepting = [
        (slug, set(tokens(c.name[: found.start()])), set(tokens(found["left_out"])))
        for slug, c in careers.items()
        if (found := EXCEPT.search(c.name))
    ]
    kinds: dict[str, str] = {}
    for slug, career in careers.items():
        words = set(tokens(career.name))
        for ordinary, kept, left_out in excepting:
            if ordinary != slug and kept <= words and words & (left_out - kept):
                kinds.setdefault(slug, ordinary)
    return kinds


def ordinary_first(
    message: str, careers: tuple[str, ...], kinds: dict[str, str]
) -> tuple[str, ...]:
    """``careers`` with the ordinary kind of each in its place when ``message`` asks for the
    ordinary kind ("what about regular sales jobs"), else as they are."""
    if not ORDINARY.search(message):
        return careers
    return tuple(dict.fromkeys(kinds.get(slug, slug) for slug in careers))
