"""A visitor's own words for a job ("cashier at Walmart", "work in retail") → the career guide
that covers it, with the reason: a title, an alternate title, a job word, or a title word."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.routing.career import Career, career_of
from bot.routing.job_words import tokens
from bot.routing.names import CareerNames
from bot.routing.titles import person_in, title_forms
from knowledge.model import Guide

# Words of a role that say nothing about which occupation it is.
FILLER = frozenset(
    (
        "a", "an", "the", "at", "in", "on", "of", "for", "and", "or", "with", "my", "i", "im",
        "am", "work", "working", "job", "worker", "staff", "currently", "been", "part", "full",
        "time", "years", "year", "former", "ex", "some", "kind", "sort", "company", "store",
        "shop", "person", "guy", "lady", "team", "member", "associate", "level", "junior",
        "senior",
    )
)  # fmt: skip
# Not a job: students, returners, the unemployed (no current occupation to move from).
NOT_A_ROLE = re.compile(
    r"\b(?:student|undergrad|graduate|unemployed|between jobs|stay[- ]at[- ]home|homemaker|"
    r"carer for|caring for|career break|none|nothing|no job|not working|retired|laid off)\b",
    re.IGNORECASE,
)
# Short forms people write in a job title, spelled out ("customer service rep").
SHORT_FORMS = {
    "sales associate": "salesperson",
    "sales clerk": "salesperson",
    "rep": "representative",
    "reps": "representative",
    "mgr": "manager",
    "asst": "assistant",
    "tech": "technician",
    "techs": "technician",
}
SHORT_FORM = re.compile(rf"\b(?:{'|'.join(SHORT_FORMS)})\b", re.IGNORECASE)  # phrases first
MIN_WORD = 4  # a title word shorter than this ("art", "tv") matches too much alone


@dataclass(frozen=True)
class RoleMatch:
    """The guide a role was matched to and why, in words a visitor can check."""

    slug: str
    career: str
    how: str  # "title", "alternate title", or the role's words found in one
    words: str  # what matched, as the title or word reads

    def reason(self, role: str) -> str:
        """``"retail cashier" matches Cashiers by the alternate title "Retail Cashier"``."""
        return f'"{role}" matches {self.career} by the {self.how} "{self.words}"'


class RoleMatcher:
    """Finds the guide for a role by whole titles, alternate titles, job words, then title
    words; among several, the career more people hold."""

    def __init__(self, guides: Iterable[Guide]) -> None:
        self._careers = {c.slug: c for c in (career_of(g) for g in guides)}
        self._names = CareerNames(self._careers.values())
        self._title_words: dict[str, list[tuple[str, str]]] = {}
        for career in self._careers.values():
            for title in (*career.titles, *career.alternates):
                for word in set(tokens(title)) - FILLER:
                    if len(word) >= MIN_WORD:
                        self._title_words.setdefault(word, []).append((career.slug, title))

    def match(self, role: str | None, among: Collection[str] = ()) -> RoleMatch | None:
        """The guide for ``role`` (only guides in ``among`` when given), or None for no job.

        A whole title or alternate title written wins (the longest); otherwise the career
        whose titles hold the most words of the role; then the career more people hold.
        """
        if not role or not role.strip() or NOT_A_ROLE.search(role):
            return None
        role = SHORT_FORM.sub(lambda m: SHORT_FORMS[m.group().lower()], role)
        text = self._names.corrected(role) or role
        exact: dict[str, tuple[int, str]] = {}
        for mention in self._names.mentions(text):
            for slug in mention.slugs:
                if mention.exact and len(mention.words.split()) > exact.get(slug, (0, ""))[0]:
                    exact[slug] = (len(mention.words.split()), mention.words)
        role_words = [w for w in dict.fromkeys(tokens(text)) if w not in FILLER]
        head = role_words[-1] if role_words else ""
        covered: dict[str, dict[str, set[str]]] = {}  # slug → title → role words in it
        for word in role_words:
            for slug, title in self._title_words.get(word, []):
                covered.setdefault(slug, {}).setdefault(title, set()).add(word)
        for mention in self._names.mentions(text):  # job words ("operator") count as words
            for slug in mention.slugs:
                title = self._careers[slug].name
                covered.setdefault(slug, {}).setdefault(title, set()).add(mention.words)
        slugs = [s for s in {*exact, *covered} if not among or s in among]
        if not slugs:
            return None

        def fit(slug: str, title: str, found: set[str]) -> tuple[int, bool, bool, int]:
            """How many role words the title holds, whether its job noun is the role's,
            whether it is the occupation's own name, and how few other words it has."""
            own = title in title_forms(self._careers[slug].name)
            job = (tokens(person_in(title)) or [""])[-1]
            other = len(set(tokens(title)) - found)
            return len(found), job == head or (own and head in found), own, -other

        def rank(slug: str) -> tuple[int, tuple[int, bool, bool], float, int, str]:
            titles = covered.get(slug, {})
            n, job, own, other = max(
                (fit(slug, t, f) for t, f in titles.items()), default=(0, False, False, 0)
            )
            career = self._careers[slug]
            return exact.get(slug, (0, ""))[0], (n, job, own), career.prominence, other, slug

        best = max(slugs, key=rank)
        career = self._careers[best]
        if best in exact:
            words = exact[best][1]
            return RoleMatch(
                best, career.name, self._how(career, words), self._shown(career, words)
            )
        title, found = max(covered[best].items(), key=lambda kv: fit(best, *kv))
        how = "title" if title in title_forms(career.name) else "alternate title"
        return RoleMatch(best, career.name, f"words {', '.join(sorted(found))} of the {how}", title)

    @staticmethod
    def _how(career: Career, words: str) -> str:
        own = {tuple(tokens(t)) for t in career.titles}
        return "title" if tuple(words.split()) in own else "alternate title"

    @staticmethod
    def _shown(career: Career, words: str) -> str:
        """The title as the guide writes it, for the words that matched."""
        key = tuple(words.split())
        for title in (*career.titles, *career.alternates):
            if tuple(tokens(title)) == key:
                return title
        return words
