"""One person in a career as answers and suggestions name them, read from the job nouns of
its title ("Special Effects Artists and Animators" → "a special effects artist", never "a
special effect"; "…Mechanics, Except Engines" → "a mobile heavy equipment mechanic")."""

from __future__ import annotations

import re
from functools import cache

from bot.routing.titles import person_in
from knowledge.model import Guide
from knowledge.onet_titles import singular_title
from knowledge.words import plural

# Parts of an O*NET title that name no job: "Except Engines", "All Other", "Related Workers".
NO_HEAD = re.compile(r"^(?:except|all other|including)\b", re.IGNORECASE)
NO_JOB = re.compile(r"^(?:except|all other|including|related)\b", re.IGNORECASE)
PARTS = re.compile(r",?\s+(?:and|or)\s+|,\s*|--")
QUALIFIER = re.compile(r"\s+(?:of|for|in)\s+")


def person(guide: Guide) -> str | None:
    """One person in ``guide``'s career, lower case, or ``None`` when no reading of its
    title ends in one of its job nouns."""
    return _person(guide.career)


def people(guide: Guide) -> str | None:
    """The people in ``guide``'s career, lower case ("registered nurses")."""
    one = person(guide)
    return None if one is None else plural(one)


def role(guide: Guide) -> str | None:
    """:func:`person` with its article ("an electrician")."""
    one = person(guide)
    return None if one is None else f"{'an' if one[:1] in 'aeiou' else 'a'} {one}"


@cache
def _person(career: str) -> str | None:
    parts = [p.strip() for p in PARTS.split(QUALIFIER.split(career)[0]) if p.strip()]
    heads = [p.split()[-1].lower() for p in parts if not NO_HEAD.match(p)]
    plural = [singular_title(p.lower()) for p in parts if p.endswith("s") and not NO_JOB.match(p)]
    for candidate in (person_in(career), *plural):
        last = candidate.split()[-1] if candidate.split() else ""
        fits = len(last) > 3 and any(h.startswith(last[:-2]) for h in heads)  # wife, wives
        if fits and "--" not in candidate and not NO_JOB.match(candidate):
            return candidate
    return None
