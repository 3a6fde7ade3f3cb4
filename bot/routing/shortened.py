"""Names people shorten or wrap around a job: the two words a career's alternative titles
open with ("IT help desk"), and a workplace's proper name that holds a job word ("the Plain
Dealer")."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from bot.routing.job_words import tokens

LEAD_WORDS = 2  # the words alternative titles open with that may name their career alone
MIN_LEAD_TITLES = 5  # alternative titles of one career, and none other, opening with them
NOT_A_LEAD = frozenset(("to", "of", "and", "the", "for", "in", "a", "an"))
TEACHING = frozenset(("professor", "instructor", "teacher", "lecturer", "faculty", "tutor"))
# A place of work by its proper name: "at the Plain Dealer", "from the Home Depot"
WORKPLACE = re.compile(
    r"\b(?:at|for|with|from|joined|left) the (?P<name>(?:[A-Z][\w&'-]*\s){1,3}[A-Z][\w&'-]*)"
    r"(?!\s+(?:role|job|position|career|guide|page)s?\b)"
)


def title_leads(
    alternates: Iterable[tuple[str, Sequence[str]]], titles: Collection[tuple[str, ...]]
) -> dict[tuple[str, ...], str]:
    """The two words many alternative titles of one career alone open with ("help desk": Help
    Desk Analyst, Help Desk Technician…), as the career they name; never a subject taught
    ("computer science professor") nor a title already known. ``alternates``: each career's
    slug and alternative titles."""
    leads: dict[tuple[str, ...], dict[str, int]] = {}
    taught: set[tuple[str, ...]] = set()
    for slug, names in alternates:
        for title in names:
            words = tuple(tokens(title))
            if len(words) > LEAD_WORDS and not set(words[:LEAD_WORDS]) & NOT_A_LEAD:
                counts = leads.setdefault(words[:LEAD_WORDS], {})
                counts[slug] = counts.get(slug, 0) + 1
                if set(words[LEAD_WORDS:]) & TEACHING:
                    taught.add(words[:LEAD_WORDS])
    return {
        lead: next(iter(counts))
        for lead, counts in leads.items()
        if len(counts) == 1
        and lead not in titles
        and lead not in taught
        and next(iter(counts.values())) >= MIN_LEAD_TITLES
    }


def without_workplaces(message: str, titles: Collection[tuple[str, ...]]) -> str:
    """``message`` without the names of places one works at ("26 years at the Plain Dealer"
    names a newspaper, not a dealer), unless the name is a career's title."""
    for found in WORKPLACE.finditer(message):
        if tuple(tokens(found["name"])) not in titles:
            message = message.replace(found["name"], " ")
    return message
