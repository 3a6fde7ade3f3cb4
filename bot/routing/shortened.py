"""Names people shorten or wrap around a job: the two words a career's alternative titles
open with ("IT help desk") or end in ("security analyst"), the person noun they end in
("lineman": Power Lineman, Utility Lineman…), and a workplace's proper name that holds a job
word ("the Plain Dealer")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from typing import TypeVar

from bot.routing.job_words import tokens

Key = TypeVar("Key", str, tuple[str, ...])  # what titles are counted by: a word, or words
LEAD_WORDS = 2  # the words alternative titles open with that may name their career alone
MIN_LEAD_TITLES = 5  # alternative titles of one career, and none other, opening with them
NOT_A_LEAD = frozenset(("to", "of", "and", "the", "for", "in", "a", "an"))
TAIL_WORDS = 2  # the words alternative titles end in that may name their career alone
MIN_TAIL_TITLES = 5  # alternative titles of one career ending in them
TAIL_SHARE = 0.75  # and of all the titles that end in them
MIN_TAIL_WORD = 5  # letters of the first of them
MIN_SHARED_TITLES = 3  # alternative titles of several careers ending in the same two words
MIN_SHARED_WORD = 4  # letters of the first of those ("data")
# A person noun ("lineman", "arborist", "caseworker") that heads this many of one career's
# alternative titles, and at least half of all that it heads, names that career alone.
MIN_HEAD_TITLES = 3
HEAD_SHARE = 0.5
PERSON_NOUN = re.compile(r"(?:man|ist|worker|ian)$")
# Person nouns for anyone in a kind of work, not one trade ("serviceman": the military too).
GENERIC_PERSONS = frozenset(
    ("serviceman", "crewman", "foreman", "workman", "chairman", "repairman", "handyman",
     "journeyman", "salesman", "layman")
)  # fmt: skip
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


def title_tails(
    alternates: Iterable[tuple[str, Sequence[str]]],
    titles: Collection[tuple[str, ...]],
    careers: dict[str, str],
) -> dict[tuple[str, ...], str]:
    """The two words many alternative titles end in ("security analyst": Cyber Security
    Analyst, IT Security Analyst…), as the career most of them belong to when its own name
    holds the first ("Information Security Analysts"); never a title already known.
    ``alternates``: each career's slug and alternative titles; ``careers``: each one's name."""
    tails = _tails_counted(alternates)
    # the career's own word ("security"), not "up" (Set-Up Technician) nor a short one many
    # names share ("home care nurse", "primary care nurse practitioner")
    return {
        tail: slug
        for tail, slug in _mostly_of(tails, MIN_TAIL_TITLES, TAIL_SHARE).items()
        if tail not in titles and len(tail[0]) >= MIN_TAIL_WORD and tail[0] in tokens(careers[slug])
    }


def shared_tails(
    alternates: Iterable[tuple[str, Sequence[str]]], titles: Collection[tuple[str, ...]]
) -> dict[tuple[str, ...], frozenset[str]]:
    """The two words alternative titles of several careers end in ("data analyst": Business
    Data Analyst, Health Data Analyst, Research Data Analyst…), as all those careers; never
    a title already known."""
    tails = _tails_counted(alternates)
    return {
        tail: frozenset(slugs)
        for tail, slugs in tails.items()
        if tail not in titles
        and len(slugs) > 1
        and slugs.total() >= MIN_SHARED_TITLES
        and len(tail[0]) >= MIN_SHARED_WORD
    }


def _tails_counted(
    alternates: Iterable[tuple[str, Sequence[str]]],
) -> dict[tuple[str, ...], Counter[str]]:
    """The last two words of each alternative title, with how many titles of each career end
    in them (never "of the", "and a": words that lead into a name)."""
    tails: dict[tuple[str, ...], Counter[str]] = {}
    for slug, names in alternates:
        for title in names:
            words = tuple(tokens(title))
            if len(words) > TAIL_WORDS and not set(words[-TAIL_WORDS:]) & NOT_A_LEAD:
                tails.setdefault(words[-TAIL_WORDS:], Counter())[slug] += 1
    return tails


def title_heads(
    alternates: Iterable[tuple[str, Sequence[str]]], known: Collection[str]
) -> dict[str, str]:
    """The person nouns alternative titles end in that no title names ("lineman" ends Power
    Lineman, Utility Lineman…), each as the career most of them belong to. ``known``: the
    words titles already name careers by."""
    heads: dict[str, Counter[str]] = {}
    for slug, names in alternates:
        for title in names:
            words = tokens(title)
            head = words[-1] if len(words) > 1 else ""
            if PERSON_NOUN.search(head) and head not in known and head not in GENERIC_PERSONS:
                heads.setdefault(head, Counter())[slug] += 1
    return _mostly_of(heads, MIN_HEAD_TITLES, HEAD_SHARE)


def _mostly_of(counts: dict[Key, Counter[str]], least: int, share: float) -> dict[Key, str]:
    """Each key as the career holding most of its titles, when that career holds ``least``
    of them at least and ``share`` of them all."""
    return {
        key: slug
        for key, held in counts.items()
        for slug, most in held.most_common(1)
        if most >= least and most >= share * held.total()
    }


def without_workplaces(message: str, titles: Collection[tuple[str, ...]]) -> str:
    """``message`` without the names of places one works at ("26 years at the Plain Dealer"
    names a newspaper, not a dealer), unless the name is a career's title."""
    for found in WORKPLACE.finditer(message):
        if tuple(tokens(found["name"])) not in titles:
            message = message.replace(found["name"], " ")
    return message
