"""Which career(s) a question is about, before any passage is retrieved.

In order: careers the message names (titles, alternative titles, abbreviations, job words),
the page's career, the conversation's career, then the guide summaries nearest the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.careers import Career, CareerNames, Mention, career_of, singular
from bot.intents import words
from knowledge.model import Guide

PROMINENCE_WEIGHT = 0.02  # per tenfold employment, added to summary similarity
CLARIFY_MARGIN = 0.04  # a bare job word closer than this between careers asks which one
NEAREST = 3
OPEN_CANDIDATES = 5
COMPARES = words(r"vs\.?", r"versus", r"compared?", r"comparison", r"difference", r"better than")
# Jobs people ask about by name. Those the guides cover are routed to their guide; the
# others get "no guide for that yet" with the nearest careers that are covered.
COMMON_JOBS = words(
    r"nurses?", r"doctors?", r"physicians?", r"dentists?", r"teachers?", r"lawyers?",
    r"attorneys?", r"pilots?", r"chefs?", r"cooks?", r"accountants?", r"programmers?",
    r"software (?:engineers?|developers?)", r"web developers?", r"electricians?",
    r"plumbers?", r"carpenters?", r"firefighters?", r"police(?: officers?)?", r"paramedics?",
    r"pharmacists?", r"architects?", r"graphic designers?", r"journalists?", r"actors?",
    r"musicians?", r"photographers?", r"veterinarians?", r"therapists?", r"psychologists?",
    r"dietitians?", r"baristas?", r"cashiers?", r"truck drivers?", r"data scientists?",
    r"real estate agents?", r"hairdressers?", r"barbers?", r"flight attendants?",
    r"social workers?", r"dental hygienists?", r"midwives|midwife", r"youtubers?",
    r"influencers?", r"streamers?", r"(?:pro(?:fessional)? )?gamers?", r"astronauts?",
    r"content creators?", r"tiktokers?",
)  # fmt: skip
BECOMING = re.compile(
    r"\b(?:become|becoming|being|work as|working as|job as|career as|training as|train as|"
    r"(?:want|wanna|going|plan|hope|trying|study|studying) to be)\s+(?:an?\s+)?"
    r"((?:[a-z-]+\s+)?[a-z-]+(?:er|or|ist|ian|ant|ent|eer|man|woman|grapher|naut|tuber)s?)\b",
    re.IGNORECASE,
)


class RouteKind(StrEnum):
    """What the question is about, careers-wise."""

    ONE = "one"  # one career
    COMPARE = "compare"  # two or more careers, side by side
    CLARIFY = "clarify"  # a job word several careers fit: ask which
    UNCOVERED = "uncovered"  # a career no guide covers
    OPEN = "open"  # no career named: the nearest guides compete


@dataclass(frozen=True)
class Route:
    """The careers to answer from (or offer), best first."""

    kind: RouteKind
    careers: tuple[str, ...]
    named: str = ""  # the job as the visitor wrote it, for clarify and uncovered
    reasons: tuple[str, ...] = field(default=(), compare=False)


class Router:
    """Routes a message to careers; summaries are embedded once (remembered by hash)."""

    def __init__(self, guides: Sequence[Guide], embeddings: Embeddings) -> None:
        careers = [career_of(g) for g in guides]
        self.names = CareerNames(careers)
        self.careers: dict[str, Career] = self.names.careers
        self._slugs = [c.slug for c in careers]
        self._vocabulary = {
            singular(w)
            for g in guides
            for s in g.walk()
            for w in re.findall(r"[a-z]+", s.text.lower())
        }
        self._summaries = np.zeros((len(careers), 0), dtype=np.float32)
        if len(careers) > 1:
            vectors = embeddings.embed_documents([c.summary for c in careers])
            self._summaries = np.asarray(vectors, dtype=np.float32)
        self._prominence = np.array([c.prominence for c in careers], dtype=np.float32)

    def nearest(self, vector: np.ndarray, k: int, among: Sequence[str] | None = None) -> list[str]:
        """The ``k`` careers whose summaries (and size) best fit the question."""
        if len(self._slugs) == 1:
            return self._slugs[:k]
        scores = self._summaries @ vector + PROMINENCE_WEIGHT * self._prominence
        order = np.argsort(-scores)
        allowed = set(among) if among is not None else None
        ranked = [self._slugs[i] for i in order.tolist()]
        return [s for s in ranked if allowed is None or s in allowed][:k]

    def route(
        self,
        message: str,
        vector: Callable[[], np.ndarray],
        page: str | None = None,
        current: Sequence[str] = (),
    ) -> Route:
        """Where to look for the answer to ``message``.

        ``vector`` gives the message's plain embedding (computed only if summaries are
        needed); ``page`` is the guide the widget sits on; ``current`` the careers the
        conversation was last about.
        """
        mentions = self.names.mentions(message)
        targets = [m for m in mentions if not m.own] or mentions
        context = [c for c in (page, *current) if c]
        if not targets:
            uncovered = self._uncovered(message)
            if uncovered:
                return Route(RouteKind.UNCOVERED, tuple(self.nearest(vector(), NEAREST)), uncovered)
            if len(current) > 1:
                return Route(RouteKind.COMPARE, tuple(current))
            if context or len(self._slugs) == 1:
                return Route(RouteKind.ONE, ((context or self._slugs)[0],))
            return Route(RouteKind.OPEN, tuple(self.nearest(vector(), OPEN_CANDIDATES)))
        comparing = len(targets) > 1
        chosen: list[str] = []
        for mention in targets:
            ranked = self._rank(mention, vector, context)
            known = ranked[0] in context
            if len(ranked) > 1 and not (comparing or known) and self._ambiguous(ranked, vector):
                return Route(RouteKind.CLARIFY, tuple(ranked[:4]), mention.words)
            chosen.append(ranked[0])
        if len(chosen) == 1 and context and chosen[0] not in context and COMPARES.search(message):
            chosen.insert(0, context[0])  # "how does this compare to nursing?" on a guide page
        chosen = list(dict.fromkeys(chosen))
        return Route(RouteKind.COMPARE if len(chosen) > 1 else RouteKind.ONE, tuple(chosen))

    def _rank(
        self, mention: Mention, vector: Callable[[], np.ndarray], context: list[str]
    ) -> list[str]:
        if len(mention.slugs) == 1:
            return list(mention.slugs)
        known = [c for c in context if c in mention.slugs]
        rest = self.nearest(vector(), len(mention.slugs), among=mention.slugs)
        return list(dict.fromkeys(known + rest))

    def _ambiguous(self, ranked: list[str], vector: Callable[[], np.ndarray]) -> bool:
        """A job word ("engineer") whose best careers are close in fit and size."""
        index = {s: i for i, s in enumerate(self._slugs)}
        top, second = (index[s] for s in ranked[:2])
        scores = self._summaries @ vector() + PROMINENCE_WEIGHT * self._prominence
        return bool(scores[top] - scores[second] < CLARIFY_MARGIN)

    def _uncovered(self, message: str) -> str:
        """A job the message asks about that no guide covers ("youtuber"), or ``""``."""
        for match in COMMON_JOBS.finditer(message):
            return match.group()
        for match in BECOMING.finditer(message):
            job = match.group(1).lower()
            if singular(job.split()[-1]) not in self._vocabulary:
                return job
        return ""
