"""A field named as where the visitor wants to go ("want to get into real estate. how hard is
the license exam", "move into UX/UI design", "I keep hearing about medical coding"): of the
careers a search found, those whose name holds the field's words; failing that, the few
careers a title of which holds them ("UI/UX Designer", "Medical Coder"), so no career matching
another word of the question answers for it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace

from bot.routing.asked import LEAVING
from bot.routing.career import Career
from bot.routing.fields import field_forms
from bot.routing.job_words import tokens
from bot.routing.route import Route, RouteKind
from bot.text import english_stemmer
from bot.understand.seeking import seeks_careers

FIELD_CUE = re.compile(
    r"\b(?:get(?:ting)?|go(?:ing)?|break(?:ing)?|mov(?:e|ing)|switch(?:ing)?|pivot(?:ing)?"
    rf"|transition(?:ing)?) (?:{LEAVING} )?into\b"  # "…off the floor into hospital administration"
    r"|\binterested in\b|\b(?:career|job|work) in\b"
    # "I keep hearing about medical coding", "I've heard of technical writing and editing"
    r"|\b(?:heard|hearing) (?:a lot )?(?:of|about)\b"
    # "I keep seeing ads for medical coding certificates you can do online"
    r"|\b(?:ads?|adverts?|posts?|videos?|commercials?) (?:for|about|on)\b",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[.,;:!?()\n]|\b(?:and|or|but|because|since|so)\b", re.IGNORECASE)
MIN_WORDS = 2  # a one-word field ("nursing") names many careers' work, not one name's part
MAX_WORDS = 4
MAX_TITLED = 5  # more careers with titles holding the field: a wide field, no title of one
# Cues of a field liked or studied ("interested in computer science", "a career in laboratory
# science"), not of work one moves into: their field is read in the careers' names only.
LIKED = re.compile(r"^(?:interested|career|job|work)\b", re.IGNORECASE)


class FieldWanted:
    """The careers a field the visitor wants to get into names, by their names or titles."""

    def __init__(self, careers: Iterable[Career]) -> None:
        self._stem = english_stemmer().stemWord
        self._names: dict[str, frozenset[str]] = {}
        self._titles: dict[str, list[frozenset[str]]] = {}
        self._doers: dict[str, str] = {}  # a field's word as its doer's: "coding" → "coder"
        careers = list(careers)
        for career in careers:
            for word in {w for t in (*career.titles, *career.alternates) for w in tokens(t)}:
                for form in field_forms(word)[1]:
                    self._doers.setdefault(form, word)
        for career in careers:
            self._names[career.slug] = frozenset(tokens(career.name))
            self._titles[career.slug] = [
                frozenset(self._stem(w) for w in tokens(title))
                for title in (career.name, *career.alternates)
            ]

    def routed(self, message: str, found: Route) -> Route:
        """``found`` (a search) kept to the field ``message`` wants to get into: the one career
        it names by a title ("…about medical coding"), or of those, the one whose name holds
        the most of it ("UX/UI design": the web and digital interface designers, not the QA
        testers who also go by "UI/UX Designer"), unless careers are sought."""
        if found.kind is not RouteKind.OPEN:
            return found
        fielded, named = self._within(message, found.careers, found.fit or {})
        leads = len(fielded) == 1 or (len(named) > 1 and named[0] > named[1])
        if leads and len(found.careers) > 1 and not seeks_careers(message):
            return Route(RouteKind.ONE, fielded[:1], explicit=True)
        return replace(found, careers=fielded)

    def _within(
        self, message: str, careers: tuple[str, ...], fit: Mapping[str, float]
    ) -> tuple[tuple[str, ...], list[int]]:
        """Those of ``careers`` whose name holds the field ``message`` wants to get into, in
        their order; else, for work moved into or heard of, the careers a title of which holds
        it, those named by it first, best ``fit`` next, each with how many of the field's
        words its name holds; all of ``careers`` when it names no such field."""
        found = FIELD_CUE.search(message)
        if found is None:
            return careers, []
        named = tokens(CLAUSE_END.split(message[found.end() :])[0])[:MAX_WORDS]
        for size in range(len(named), MIN_WORDS - 1, -1):
            field = set(named[:size])
            holding = [c for c in careers if field <= self._names.get(c, frozenset())]
            if holding:
                return tuple(holding), []
            if LIKED.match(found[0]):
                continue
            stems = {self._stem(self._doers.get(w, w)) for w in field}
            titled = [c for c, titles in self._titles.items() if any(stems <= t for t in titles)]
            if titled and len(titled) <= MAX_TITLED:
                held = {c: len(stems & self._titles[c][0]) for c in titled}  # its name's stems
                ranked = sorted(titled, key=lambda c: (-held[c], -fit.get(c, 0.0)))
                return tuple(ranked), [held[c] for c in ranked]
        return careers, []
