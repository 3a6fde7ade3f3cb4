"""A search for careers ("what jobs pay decent without a degree?", "he was a guard…
any ideas?"): the best-fitting careers that meet what is wished of them, as a shortlist."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from bot.answer import Draft
from bot.compose.people_work import away_from_people
from bot.compose.shortlist import CATCH_ALL, SHORTLIST, shortlist_draft
from bot.compose.unrecorded import said_unrecorded, without_unrecorded
from bot.compose.wished import (
    entry_rank,
    growth_floor,
    median_pay,
    openings_floor,
    pay_floor,
    wished,
    wishes_lead,
)
from bot.retrieval.retriever import Retriever
from bot.retrieval.units import UnitBank
from bot.routing.asked import ELSE_ASKED, seeks_in_field, someone_s
from bot.routing.narrowing import LOOSE_NAME_WORDS, MIN_NAME_WORD
from bot.routing.route import Route
from bot.routing.router import Router
from bot.text import english_stemmer, search_terms, whole_words, words
from bot.understand.aversions import Aversion, aversions, without_aversions
from bot.understand.kinds_of_work import names_a_kind
from bot.understand.needs import Need, detect_need
from bot.understand.own_conditions import without_own_conditions
from bot.understand.seeking import example_sought, story_and_search
from bot.understand.situations import stated
from bot.understand.wishes import (
    CLAUSES,
    GROWING,
    likes_part,
    wishes_of,
    without_indifference,
    without_self,
)
from knowledge.model import Guide

MOST_PAY_POOL = 40  # careers nearest a kind of work named, of which the best paid are asked
AVERSION_WEIGHT = 0.5  # fit taken per unit of a career's likeness to what is not wanted
DUTY_SECTIONS = ("Overview", "Key Responsibilities")
STEM = 5  # letters of a word naming the same thing ("needles", "needle")
MIN_STEM = 4  # letters two forms of a word share at least ("driving", "drivers")
STEM_ENDING = 3  # letters of the shorter form its ending may take ("teaching", "teachers")
MIN_LEFT = 10  # careers a search keeps, at least, when leaving out those doing what is unwanted
IN_BETWEEN = whole_words(r"in between", r"in the middle", r"a step between")  # the one in play
CHECKED = 60  # of the best fits, those whose duties are read for what is not wanted
NEAR_OWN = 40  # careers nearest the visitor's own job, for a search that builds on it
# A search building on the visitor's own job ("what could use my medical background",
# "something similar"): among the careers nearest that job.
# Steps of entry education above the visitor's job a career that builds on it may ask
# (a paramedic's postsecondary award → a bachelor's degree, not a doctorate)
REACH = 3
BACK_TO_SCHOOL = whole_words(
    r"(?:back to|go to|going to|more) (?:school|college|university)", r"(?:a|another|new) degree",
    r"med school", r"grad school", r"retrain\w*", r"study (?:more|again)",
)  # fmt: skip
# The words a search is framed in ("what careers actually exist out here"): they would pull
# it to careers named by them (Career/Technical Education Teachers, Career Counselors).
FRAME = whole_words(r"careers?", r"jobs?", r"occupations?", r"professions?", r"career paths?")
# People a visitor would rather not deal with ("dont involve dealing with people much").
PEOPLE = whole_words(
    r"people", r"customers?", r"clients?", r"(?:the )?public", r"strangers", r"patients",
    r"talking", r"crowds?",
)  # fmt: skip
BACKGROUND = whole_words(
    r"(?:use|uses|using|with|for) (?:my|his|her|their) (?:\w+ )?(?:background|experience|"
    r"skills|training)", r"(?:something|anything|jobs?|careers?|work) (?:\w+ )?similar",
    r"same (?:field|world|industry|area|line of work)",
)  # fmt: skip


class CareerSearch:
    """Shortlists careers for a question that names none to ask about."""

    def __init__(
        self, guides: dict[str, Guide], retriever: Retriever, bank: UnitBank, router: Router
    ) -> None:
        self._guides = guides
        self._retriever = retriever
        self._bank = bank
        self._router = router
        self._floor = pay_floor(guides)  # the guides are fixed: their middle pay, once
        self._growth_floor = growth_floor(guides)
        self._openings_floor = openings_floor(guides)
        self._duties: dict[str, set[str]] = {}  # each career's duty words, when first needed

    def draft(
        self,
        question: str,
        route: Route,
        embed: Callable[[str], np.ndarray],
        in_play: Sequence[str] = (),
    ) -> Draft:
        """The careers that fit best and meet what the question wishes of them (no degree,
        good pay), leaving out the visitor's own job ("he was a corrections officer") and the
        careers ``in_play`` a remark before the search names ("nursing and waiting tables are
        both on your feet… i mean like office or desk type jobs")."""
        # the visitor's own job, and the jobs of people in the story before the search ("my
        # school counselor wants…", "my husband was a trucker"), are not offered
        story, search = story_and_search(question)
        mentioned = self._router.mentions(question)
        own = [m for m in mentioned if m.own]
        told = [m for m in self._router.mentions(story) if someone_s(m, story)]
        remarked = self._remarked(story, in_play)
        wanted = " ".join(c for c in CLAUSES.split(story) if c not in remarked) + " " + search
        wanted = wanted.strip() if remarked else question
        for mention in own if detect_need(question) is not Need.RELATED else ():
            # what is wished decides the fit, not the job being left ("he was a guard")
            wanted = re.sub(re.escape(mention.words), " ", wanted, flags=re.IGNORECASE)
        wanted = without_indifference(wanted)  # "i dont care about long hours": no wish
        avoided = aversions(wanted)  # "…but I faint at the sight of blood"
        wanted = without_aversions(wanted, avoided)
        wanted = without_own_conditions(wanted)  # "someone with anxiety": not psychiatrists
        wanted = without_unrecorded(wanted) or wanted  # "from home": not Residential Advisors
        # what is liked, not "I use a wheelchair", "I'm 5 months pregnant"
        wanted = likes_part(wanted) or without_self(wanted)
        wanted = example_sought(search) or wanted  # "…in between, like working at a camp"
        wanted = " ".join(FRAME.sub(" ", GROWING.sub(" ", wanted)).split()) or wanted  # "careers",
        # "job security" are no wish of a kind of work (no security guards)
        vector = embed(wanted)
        left = {slug for mention in (*own, *told) for slug in mention.slugs}
        left |= set(in_play) if remarked or IN_BETWEEN.search(search) else set()  # "something in
        # between, like…": not the career in play
        named = {a: self._named_by(a.what) for a in avoided}
        left |= {slug for slugs in named.values() for slug in slugs}  # "not a vet": no vets
        if seeks_in_field(question) or ELSE_ASKED.search(search):  # "wanted to be a vet
            left |= {s for m in mentioned for s in m.slugs}  # but… what other jobs are there
            # with animals?", "should be a lawyer but… what else could i do"
        ranked = [
            (slug, fit)
            for slug, fit in self._router.rank(wanted, vector, titles=False)
            if not CATCH_ALL.search(self._guides[slug].career) and slug not in left
        ]
        if own and BACKGROUND.search(question):  # "jobs that use my medical background"
            job = own[0].words
            near = {s for s, _ in self._router.rank(job, embed(job), titles=False)[:NEAR_OWN]}
            ranked = [(s, fit) for s, fit in ranked if s in near] or ranked
            if not BACK_TO_SCHOOL.search(question):  # a paramedic is offered no pathologists
                ranked = within_reach(ranked, self._guides, own[0].slugs[0]) or ranked
        unnamed = [u for a in avoided if not named[a] if (u := _besides(a, wanted))]
        if unnamed:  # "blood": away from it; not "cars" of "washing and parking cars isnt
            # what i had in mind. something like designing cars?"
            ranked = self._away_from(ranked, [embed(a.what) for a in unnamed])
            ranked = self._not_doing(ranked, unnamed)
        shy = any(PEOPLE.search(a.what) for a in avoided)  # "dont involve dealing with people"
        if shy or any(c.kind == "people" for c in stated(question)):  # "social anxiety"
            ranked = away_from_people(ranked, self._bank) or ranked
        wishes = wishes_of(question)
        floors = (self._floor, self._growth_floor, self._openings_floor)
        # "which creative jobs pay the most": the best paid of the creative, not surgeons
        pool = ranked[:MOST_PAY_POOL] if wishes.most_pay and names_a_kind(wanted) else []
        enough = False
        if wishes:
            nearest = wished(pool, self._guides, wishes, *floors)
            enough = len(nearest) >= len(route.careers)  # else the best paid of all
            ranked = nearest if enough else wished(ranked, self._guides, wishes, *floors)
        chosen = [s for s, _ in ranked[: len(route.careers)]]
        if wishes.most_pay:  # "…by median pay": those shown in the order the lead promises
            pay = {s: median_pay(self._guides[s]) or 0.0 for s in chosen[:SHORTLIST]}
            chosen = [*sorted(pay, key=pay.__getitem__, reverse=True), *chosen[SHORTLIST:]]
        route = replace(route, careers=tuple(chosen))
        lead = wishes_lead(wishes, self._floor, question, of_kind=enough) if wishes else ""
        guides, retriever, bank = self._guides, self._retriever, self._bank
        draft = shortlist_draft(wanted, vector, route, guides, retriever, bank, lead, wishes)
        return said_unrecorded(question, draft)  # "jobs at night": the guides don't record it

    def _remarked(self, story: str, in_play: Sequence[str]) -> list[str]:
        """The clauses of ``story`` naming a career ``in_play`` by its title's words or a name
        people use (a remark on the last answer: "nursing and waiting tables are both on your
        feet all day", "LPN would be a step down")."""
        stem = english_stemmer().stemWord
        named = [
            {stem(w) for w in words(self._guides[slug].career) if len(w) >= MIN_NAME_WORD}
            - {stem(w) for w in LOOSE_NAME_WORDS}
            for slug in in_play
            if slug in self._guides
        ]
        return [
            clause
            for clause in CLAUSES.split(story)
            if any({stem(w) for w in words(clause)} & name for name in named)
            or any(set(m.slugs) & set(in_play) for m in self._router.mentions(clause) if not m.own)
        ]

    def _named_by(self, what: str) -> list[str]:
        """The careers ``what`` names ("a vet"), else those titled by all its words ("not
        teaching": the teachers, not every career with a duty of teaching)."""
        named = [s for m in self._router.mentions(what) for s in m.slugs]
        asked = [w for w in search_terms(what) if len(w) > 3]
        if named or not asked:
            return named
        return [
            slug
            for slug, guide in self._guides.items()
            if all(any(_same_word(a, t) for t in words(guide.career)) for a in asked)
        ]

    def _away_from(
        self, ranked: list[tuple[str, float]], vectors: list[np.ndarray]
    ) -> list[tuple[str, float]]:
        """``ranked`` with careers near what is not wanted moved down, by how near they are."""
        near = [self._router.nearness(v) for v in vectors]
        moved = [(s, fit - AVERSION_WEIGHT * max(n.get(s, 0.0) for n in near)) for s, fit in ranked]
        return sorted(moved, key=lambda pair: pair[1], reverse=True)

    def _not_doing(
        self, ranked: list[tuple[str, float]], avoided: list[Aversion]
    ) -> list[tuple[str, float]]:
        """``ranked`` without the careers whose duties name what is not wanted ("Draw blood
        for tests…" when she faints at blood), while enough others remain."""
        stems = {w[:STEM] for a in avoided for w in search_terms(a.what) if len(w) > 3}
        head, tail = ranked[:CHECKED], ranked[CHECKED:]  # the best fits: those offered
        kept = [(s, fit) for s, fit in head if not stems & self._duty_stems(s)]
        return kept + tail if len(kept) >= MIN_LEFT else ranked

    def _duty_stems(self, slug: str) -> set[str]:
        """The word stems of what the career does: its overview and duties."""
        if slug not in self._duties:
            units = [
                self._bank.units[i] for s in DUTY_SECTIONS for i in self._bank.of_section(slug, s)
            ]
            self._duties[slug] = {w[:STEM] for u in units for w in search_terms(u.text)}
        return self._duties[slug]


def _besides(avoided: Aversion, wanted: str) -> Aversion | None:
    """What is not wanted without the words of what is ("washing and parking" of "washing
    and parking cars" when "designing cars" is wanted), or ``None`` when nothing is left."""
    asked = set(search_terms(wanted))
    kept = [w for w in avoided.what.split() if w.lower() not in asked]
    return replace(avoided, what=" ".join(kept)) if search_terms(" ".join(kept)) else None


def _same_word(one: str, other: str) -> bool:
    """Two forms of one word: "teaching" and "teachers", "driving" and "drivers"."""
    shorter, longer = sorted((one, other), key=len)
    if len(shorter) <= MIN_STEM:  # "care" is not "career"
        return shorter.removesuffix("s") == longer.removesuffix("s")
    stem = shorter[: max(MIN_STEM, len(shorter) - STEM_ENDING)]  # "teach", "driv", "cook"
    return longer.startswith(stem) and len(longer) - len(stem) <= STEM_ENDING + 1


def within_reach(
    ranked: list[tuple[str, float]], guides: dict[str, Guide], own: str
) -> list[tuple[str, float]]:
    """The ``ranked`` careers whose typical entry education is at most ``REACH`` steps above
    that of the visitor's job ``own`` (careers with no such figure stay)."""
    start = entry_rank(guides[own])
    if start is None:
        return ranked
    return [(s, fit) for s, fit in ranked if (entry_rank(guides[s]) or 0) <= start + REACH]
