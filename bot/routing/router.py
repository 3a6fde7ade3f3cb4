"""Which career(s) a question is about, before any passage is retrieved.

In order: careers the message names (titles, alternative titles, abbreviations, job words),
the page's career, the conversation's career, then the guide summaries nearest the question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from bot.routing.asked import asked_about, asked_careers, ruled_out, searches
from bot.routing.fields import Fields
from bot.routing.job_words import tokens
from bot.routing.names import (
    MIN_CORRECTED,
    SPELLING,
    Career,
    CareerNames,
    Mention,
    career_of,
    title_forms,
)
from bot.routing.other_jobs import OtherJobs
from bot.routing.sides import (
    COLLEGE_LEVEL,
    LEADING,
    LEADING_PENALTY,
    LEADING_WORDS,
    LEADS_A_FIELD,
    SCHOOL_LEVEL,
    SUPPORT_PENALTY,
    SUPPORT_ROLE,
    SUPPORTS_A_PROFESSION,
    TEACHES_A_SUBJECT,
    TEACHING,
    TEACHING_PENALTY,
)
from bot.text import CHAT_WORDS, STOPWORDS, english_stemmer, whole_words
from bot.understand.aversions import aversions, without_aversions
from bot.understand.spelling import Speller, respell
from knowledge.model import Guide
from knowledge.words import singular

PROMINENCE_WEIGHT = 0.02  # per tenfold employment, added to summary similarity
TITLE_WEIGHT = 0.25  # the best title-word match, added to summary similarity
JOB_WORD_PROMINENCE = 0.05  # more, among the careers one job word names
CLARIFY_MARGIN = 0.03
SURE_FIT = 0.55  # an open route this sure skips the passage-similarity floor
NEAREST = 3
OPEN_CANDIDATES = 5
# Words of career talk that O*NET titles also use ("Job Analysis", "Career/Technical").
NOT_TITLE_WORDS = frozenset(
    (
        *("job", "career", "work", "working", "help", "people", "person", "life", "real"),
        *("pay", "salary", "make", "money", "day", "good", "best", "get", "start"),
        *("started", "become", "learn", "still", "actually"),
        # A student's situation, not a career ("Career/Technical Education Teachers, Middle
        # School" for "what classes in high school should I take?").
        *("school", "high", "middle", "college", "education", "class", "student"),
        *("university", "degree", "major", "course", "grade"),
    )
)
COMPARES = whole_words(
    r"vs\.?", r"versus", r"compared?", r"comparison", r"difference", r"better than",
    r"more money", r"(?:pays?|paid|earns?|makes?) (?:more|less|better)", r"(?:more|less) than",
    r"than (?!\d)",  # "how much more do lawyers make than paralegals?"
    r"which (?:one|of (?:the|them|these) (?:two|2)) (?:\w+ ){0,2}(?:better|more|less|higher|lower)",
)  # fmt: skip


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
    explicit: bool = False  # the message itself names the career(s)
    fit: dict[str, float] = field(default_factory=dict, compare=False)  # open: every career


def summary_vectors(careers: Sequence[Career], embeddings: Embeddings) -> np.ndarray:
    """The vectors of the careers' summaries (none for a one-guide site, which never ranks)."""
    if len(careers) < 2:
        return np.zeros((len(careers), 0), dtype=np.float32)
    return np.asarray(embeddings.embed_documents([c.summary for c in careers]), dtype=np.float32)


class Router:
    """Routes a message to careers; summaries are embedded once (remembered by hash)."""

    def __init__(
        self, guides: Sequence[Guide], embeddings: Embeddings, english: Collection[str] = ()
    ) -> None:
        """``english`` is a list of common words (the model's vocabulary): a message using
        none of them, nor any word of the guides, is unreadable."""
        self._english = frozenset(english)
        careers = [career_of(g) for g in guides]
        self.names = CareerNames(careers)
        self._name_words = {c.slug: frozenset(tokens(c.name)) for c in careers}
        self.careers: dict[str, Career] = self.names.careers
        self._slugs = [c.slug for c in careers]
        self._vocabulary = {
            singular(w)
            for g in guides
            for s in g.walk()
            for w in re.findall(r"[a-z]+", s.text.lower())
        }
        self._others = OtherJobs(guides, self._vocabulary)
        # Words never corrected (an English word is no misspelling: "hoping" is not "shopping"),
        # and words a readable message uses (joined once, not per message).
        self._spelt = frozenset(self._vocabulary | STOPWORDS | self._english)
        self._readable = self._spelt | self._english | CHAT_WORDS
        plain = (w for w in self._english if w.isalpha() and len(w) >= MIN_CORRECTED)
        self._english_speller = Speller(plain, SPELLING)  # "actualy" is no "actuary"
        self._named = self._readable | self.names.words
        self._summaries = summary_vectors(careers, embeddings)
        self._prominence = np.array([c.prominence for c in careers], dtype=np.float32)
        self._teaching = np.array(
            [bool(TEACHES_A_SUBJECT.search(c.name)) for c in careers], dtype=np.float32
        )
        self._support = np.array(
            [bool(SUPPORTS_A_PROFESSION.search(c.name)) for c in careers], dtype=np.float32
        )
        self._leading = np.array(
            [bool(LEADS_A_FIELD.search(c.name)) for c in careers], dtype=np.float32
        )
        self._stemmer = english_stemmer()
        self._leading_stems = frozenset(self._stemmer.stemWords(LEADING_WORDS))
        self._title_index = bm25s.BM25()
        titles = [" ".join(" ".join(tokens(t)) for t in c.titles) for c in careers]
        indexed = bm25s.tokenize(titles, stemmer=self._stemmer, show_progress=False)
        self._title_vocabulary: dict[str, int] = dict(indexed.vocab)
        self._title_index.index(indexed, show_progress=False)
        people = {w for c in careers for t in c.titles for w in tokens(t)}
        named = [tokens(t) for c in careers for t in (*c.titles, *c.alternates)]
        words = self._vocabulary | self._english
        self._fields = Fields(
            people, self._stemmer, set(self._title_vocabulary), words, named, self.names.job_words
        )

    def rank(
        self, message: str, vector: np.ndarray, titles: bool = True
    ) -> list[tuple[str, float]]:
        """Every career scored for the message, best first: summary similarity, title
        words (BM25 over titles and alternative titles; off for a question that seeks
        careers, whose words are interests, not titles: "drawing") and size."""
        scores = PROMINENCE_WEIGHT * self._prominence
        below_college = SCHOOL_LEVEL.search(message) and not COLLEGE_LEVEL.search(message)
        if below_college or not TEACHING.search(message):  # "math teacher in high school"
            scores = scores - TEACHING_PENALTY * self._teaching
        support = bool(SUPPORT_ROLE.search(message))
        if not support:
            scores = scores - SUPPORT_PENALTY * self._support
        leading = bool(LEADING.search(message))
        if not leading:
            scores = scores - LEADING_PENALTY * self._leading
        if len(self._summaries):
            scores = scores + self._summaries @ vector
        # a field word counts as its practitioners ("psychiatry": psychiatrists), unless
        # support roles are asked about ("pharm tech at the pharmacy counter")
        skip = STOPWORDS | NOT_TITLE_WORDS
        stems = self._fields.read(tokens(message), message, skip, practice=not support)
        if not leading:  # "manage stress" is no word of "Financial Managers"
            stems = [t for t in stems if t not in self._leading_stems]
        ids = [self._title_vocabulary[t] for t in stems if t in self._title_vocabulary]
        if ids and titles:
            matched = self._title_index.get_scores_from_ids(ids)
            scores = scores + TITLE_WEIGHT * matched / max(float(matched.max()), 1.0)
        order = np.argsort(-scores)
        return [(self._slugs[i], float(scores[i])) for i in order.tolist()]

    def nearness(self, vector: np.ndarray) -> dict[str, float]:
        """Each career's summary similarity to ``vector`` (a thing wished or not wished)."""
        if not len(self._summaries):
            return {}
        return dict(zip(self._slugs, (self._summaries @ vector).tolist(), strict=True))

    def mentions(self, message: str) -> list[Mention]:
        """The careers ``message`` names (titles, alternative titles, abbreviations)."""
        return self.names.mentions(message)

    def unreadable(self, message: str) -> bool:
        """No word of ``message`` is a word the guides, titles or English stopwords use
        ("asdkjh qwpoeiru"), and no misspelt job title can be read in it."""
        found = [w for w in re.findall(r"[a-z]+", message.lower()) if len(w) > 1]
        known = self._named
        if not found or any(singular(w) in known or w in known for w in found):
            return False
        return not self._corrected(message)

    def respelled(self, message: str) -> str:
        """``message`` with misspelt job and topic words put right ("wat is the salery for a
        prodution techncian"), or as it was."""
        return respell(self._corrected(message) or message, self._readable)

    def _corrected(self, message: str) -> str:
        return self.names.corrected(message, self._spelt, self._english_speller)

    def route(
        self,
        message: str,
        vector: Callable[[], np.ndarray],
        page: str | None = None,
        current: Sequence[str] = (),
    ) -> Route:
        """Where to look for the answer to ``message``.

        ``vector`` gives the message's plain embedding (computed only when needed);
        ``page`` is the guide the widget sits on; ``current`` the careers the conversation
        was last about.
        """
        mentions = self.names.mentions(message)
        fixed = self._corrected(message)  # "nurse practioner": the whole title, spelt right
        again = self.names.mentions(fixed) if fixed else []
        if sum(len(m.words) for m in again) > sum(len(m.words) for m in mentions):
            mentions = again
        if len(self._slugs) == 1:
            # "CNC machinist or production technician?": its half, the other named
            named, half = self._others.one_guide(message, mentions, bool(page or current))
            kind = RouteKind.ONE if half or not named else RouteKind.UNCOVERED
            return Route(kind, tuple(self._slugs), named)
        avoided = aversions(message)
        unwanted = {w for a in avoided for w in tokens(a.what)}
        if unwanted:  # "loves animals but doesn't want to be a vet": no vets
            mentions = [m for m in mentions if not set(m.words.split()) <= unwanted]
        asked = asked_careers(message, mentions, self.names.mentions, unwanted)
        # "he was a guard. any ideas?"; on a guide's page "good jobs for this?" is its career
        if not asked and searches(message) and (mentions or not page):
            ranked = self.rank(message, vector())
            return Route(RouteKind.OPEN, tuple(s for s, _ in ranked[:OPEN_CANDIDATES]))
        if len(asked) == 1 and COMPARES.search(message):  # "I'm a paralegal: lawyers make
            asked = mentions  # more than…": the visitor's own job, against the one asked about
        targets = [self._own_name(m) for m in asked or mentions]
        context = [c for c in (page, *current) if c]
        if context:  # on a page or in a conversation, a bare job word ("do they work with
            # engineers?") is someone the career works with, unless it is what is asked about
            # ("what does a dispatcher make?" after truck drivers)
            targets = [
                m
                for m in targets
                if m.exact or set(m.slugs) & set(context) or asked_about(m, message)
            ]
        exact = [m for m in targets if m.exact and len(m.slugs) == 1]
        if exact and len(exact) == len(targets):
            chosen = [m.slugs[0] for m in exact]
            if (
                len(chosen) == 1
                and context
                and chosen[0] not in context
                and COMPARES.search(message)
            ):
                chosen.insert(0, context[0])  # "how does this compare to nursing?" on a page
            chosen = list(dict.fromkeys(chosen))
            kind = RouteKind.COMPARE if len(chosen) > 1 else RouteKind.ONE
            return Route(kind, tuple(chosen), explicit=True)
        if not targets:
            named = self._others.uncovered(without_aversions(message, avoided))
            if named:
                nearest = tuple(s for s, _ in self.rank(message, vector())[:NEAREST])
                return Route(RouteKind.UNCOVERED, nearest, named)
            if len(current) > 1:
                return Route(RouteKind.COMPARE, tuple(current))
            if context:
                return Route(RouteKind.ONE, (context[0],))
        ranked = self.rank(message, vector())
        if len(targets) > 1:  # a comparison: each mention's best career
            chosen = [self._best(m, ranked, context) for m in targets]
            return Route(RouteKind.COMPARE, tuple(dict.fromkeys(chosen)))
        if targets and (not targets[0].exact or len(targets[0].slugs) > 1):
            mention = targets[0]
            known = [c for c in context if c in mention.slugs]
            subject = asked_about(mention, message)
            if known or (context and not COMPARES.search(message) and not subject):
                # "do they work with engineers much?" on a page: still about the page's career
                return Route(RouteKind.ONE, ((known or context)[0],))
            fitting = self._fitting(mention, ranked)
            if ranked[0][1] - fitting[0][1] < CLARIFY_MARGIN:  # the job word is the subject
                if len(fitting) > 1 and fitting[0][1] - fitting[1][1] < CLARIFY_MARGIN:
                    options = tuple(s for s, _ in fitting[:4])
                    return Route(RouteKind.CLARIFY, options, mention.words)
                ranked = fitting + [(s, f) for s, f in ranked if s not in mention.slugs]
        out = ruled_out(message) | unwanted  # "No, not taxi. Truck driver.": no taxi drivers
        if out:
            ranked = [(s, f) for s, f in ranked if not out & self._name_words[s]] or ranked
        best = tuple(s for s, _ in ranked[:OPEN_CANDIDATES])
        sure = ranked[0][1] >= SURE_FIT  # plainly about a career, however short the passages
        return Route(RouteKind.OPEN, best, explicit=sure, fit=dict(ranked))

    def _own_name(self, mention: Mention) -> Mention:
        """A title several careers go by, narrowed to the one whose own name it is ("data
        scientist": Data Scientists, not Bioinformatics Scientists' alternative title)."""
        if not mention.exact or len(mention.slugs) < 2:
            return mention
        own = [
            slug
            for slug in mention.slugs
            if mention.words
            in {" ".join(tokens(form)) for form in title_forms(self.careers[slug].name)}
        ]
        return replace(mention, slugs=tuple(own)) if len(own) == 1 else mention

    def _best(self, mention: Mention, ranked: list[tuple[str, float]], context: list[str]) -> str:
        known = [c for c in context if c in mention.slugs]
        return known[0] if known else self._fitting(mention, ranked)[0][0]

    def _fitting(
        self, mention: Mention, ranked: list[tuple[str, float]]
    ) -> list[tuple[str, float]]:
        """The careers a job word names, best first; size counts more here, since a bare
        "nurse" most likely means the largest occupation the word names."""
        careers = self.careers
        scored = [
            (slug, score + JOB_WORD_PROMINENCE * careers[slug].prominence)
            for slug, score in ranked
            if slug in mention.slugs
        ]
        return sorted(scored, key=lambda pair: pair[1], reverse=True)
