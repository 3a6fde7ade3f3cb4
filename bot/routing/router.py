"""Which career(s) a question is about, before any passage is retrieved.

In order: careers the message names (titles, alternative titles, abbreviations, job words),
the page's career, the conversation's career, then the guide summaries nearest the question.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from functools import partial

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.routing.asked import (
    ELSE_ASKED,
    asked_careers,
    asks_related,
    left_for_another,
    points_at_all,
    searches,
    seeks_in_field,
    set_aside,
    story_person,
)
from bot.routing.beside_play import beside_play
from bot.routing.career import Career, career_of
from bot.routing.choices import Choices
from bot.routing.field_wanted import FieldWanted
from bot.routing.fitting import best_named
from bot.routing.in_play_routes import in_play_route
from bot.routing.job_words import tokens
from bot.routing.meant import whole_title_asked
from bot.routing.message_words import MessageWords
from bot.routing.named_work import NamedWork
from bot.routing.names import CareerNames, Mention
from bot.routing.narrowing import Narrowing
from bot.routing.ordinary import ordinary_first, ordinary_kinds
from bot.routing.other_jobs import OtherJobs
from bot.routing.ranking import CareerRanking
from bot.routing.route import Route, RouteKind
from bot.routing.spelt import as_mentioned
from bot.routing.target_route import OPEN_CANDIDATES, Reading, TargetRoute
from bot.routing.weighing_words import (
    AGAINST_OWN,
    BETTER,
    COMPARES,
    GOAL,
    WEIGHS_THEM,
    set_against,
)
from bot.understand.asks import without_complaints
from bot.understand.aversions import aversions, without_aversions
from bot.understand.seeking import searching_sentence
from knowledge.model import Guide


class Router:
    """Routes a message to careers: by the names it uses, then by :class:`CareerRanking`."""

    def __init__(
        self, guides: Sequence[Guide], embeddings: Embeddings, english: Collection[str] = ()
    ) -> None:
        """``english`` is a list of common words (the model's vocabulary): a message using
        none of them, nor any word of the guides, is unreadable."""
        careers = [career_of(g) for g in guides]
        self.names = CareerNames(careers)
        self.careers: dict[str, Career] = self.names.careers
        self._narrow = Narrowing(guides, self.names)
        self._field_wanted = FieldWanted(self.names.careers.values())
        self.own_name = self._narrow.own_name
        self._slugs = [c.slug for c in careers]
        self._words = MessageWords(guides, self.names, frozenset(english))
        self._others = OtherJobs(guides, self._words.vocabulary)
        words = self._words.vocabulary | self._words.english
        self.ranking = CareerRanking(careers, embeddings, self.names, words)
        self.rank = self.ranking.rank
        self.nearness = self.ranking.nearness
        self._named = NamedWork(self.names, self.ranking.fields, self.ranking.rank_named)
        self._choices = Choices(self.names, self.ranking.fields, self._named)
        self._ordinary = ordinary_kinds(self.careers)
        self._targets = TargetRoute(
            self.careers, self._narrow, self._others, self._named, self._choices, self.rank
        )

    @property
    def english(self) -> frozenset[str]:
        """The common words a readable message uses (the model's vocabulary)."""
        return self._words.english

    def related(self, slug: str) -> tuple[str, ...]:
        """The careers the guide ``slug`` lists as related, in its order."""
        return self._narrow.related.get(slug, ())

    def mentions(self, message: str) -> list[Mention]:
        """The careers ``message`` names (titles, alternative titles, abbreviations), each
        narrowed by a field word written before it ("landscaping crew supervisor")."""
        return [self._narrow.qualified(m, message) for m in self.names.mentions(message)]

    def unreadable(self, message: str) -> bool:
        """No word of ``message`` is one the guides, titles or English use ("asdkjh")."""
        return self._words.unreadable(message)

    def respelled(self, message: str) -> str:
        """``message`` with misspelt job and topic words put right ("wat is the salery for a
        prodution techncian"), or as it was."""
        return self._words.respelled(message)

    def turned_down(
        self, message: str, current: Sequence[str], mentions: list[Mention] | None = None
    ) -> set[str]:
        """The careers ``message`` turns down: named ("forget hvac. is welding hard?"), or in
        play by a word of their name or work ("forget diesel", "not coaching")."""
        avoided = aversions(message)
        if not avoided:
            return set()
        named = self.names.mentions(message) if mentions is None else mentions
        parts = [part for a in avoided for part in a.each] if len(self._slugs) > 1 else []
        work = (part for part in parts if self._named.names_work(part))  # "house painting"
        worked = {self._named.career(part) for part in work} & set(current)
        return set_aside(avoided, named) | self._narrow.named_by(avoided, current) | worked

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
        was last about. A career the message turns down is never where ("why fashion
        designers lol, im not doing that. would owning the salon make more?").
        """
        found = self._route(message, vector, page, current)
        if (plain := ordinary_first(message, found.careers, self._ordinary)) != found.careers:
            found = replace(found, careers=plain)  # "what about regular sales jobs"
        found = self._field_wanted.routed(message, found)  # "want to get into real estate…"
        down = self.turned_down(message, current)
        in_play = [c for c in (*current, page) if c]
        return beside_play(found, message, in_play, down, self._narrow.named_among)

    def _route(
        self,
        message: str,
        vector: Callable[[], np.ndarray],
        page: str | None,
        current: Sequence[str],
    ) -> Route:
        mentions = self.mentions(message)
        fixed = self._words.corrected(message)  # "nurse practioner": the whole title, spelt right
        again = self.mentions(fixed) if fixed else []
        if sum(len(m.words) for m in again) > sum(len(m.words) for m in mentions):
            mentions = again
        if len(self._slugs) == 1:
            # "CNC machinist or production technician?": its half, the other named
            named, half = self._others.one_guide(message, mentions, bool(page or current))
            kind = RouteKind.ONE if half or not named else RouteKind.UNCOVERED
            return Route(kind, tuple(self._slugs), named)
        if (uncomplained := without_complaints(message)) != message:  # "You're still on the
            said = " ".join(tokens(uncomplained))  # dispatcher list.", "why data scientists? i
            gone = {s for m in mentions if m.words not in said for s in m.slugs}  # didnt ask…"
            mentions = [m for m in mentions if m.words in said]
            current = [c for c in current if c not in gone]  # no dispatchers asked, nor in play
        mentions = [m for m in mentions if m.own or not story_person(m, message)]  # "my dentist
        avoided = aversions(message)  # keeps telling me to go back for hygiene": no dentists
        unwanted = {w for a in avoided for w in tokens(a.what)}
        if unwanted:  # "loves animals but doesn't want to be a vet": no vets
            out = self.turned_down(message, current, mentions)
            mentions = [m for m in mentions if not set(m.words.split()) <= unwanted]
            current, page = [c for c in current if c not in out], None if page in out else page
        asked = asked_careers(message, mentions, self.mentions, unwanted)
        if seeks_in_field(message):  # "wanted to be a vet but… what other jobs are there
            besides = {s for m in mentions for s in m.slugs}  # working with animals?": no vets
            ranked = self._targets.not_ruled_out(
                self.rank(message, vector()), message, unwanted, avoided
            )
            elsewhere = [s for s, _ in ranked if s not in besides]
            return Route(RouteKind.OPEN, tuple(elsewhere[:OPEN_CANDIDATES]))
        work = self._named.names_work
        left, toward = left_for_another(message, mentions, self.mentions, work)
        if toward and (turned := self._named.career(toward)):
            return Route(RouteKind.ONE, (turned,), explicit=True)  # "…get into estimating"
        own = [s for m in mentions if m.own and len(m.slugs) == 1 for s in m.slugs]
        if current and own and own[0] not in current and AGAINST_OWN.search(message):
            fresh = [
                m.slugs[0] for m in mentions if m.exact and not m.own and m.slugs[0] not in current
            ]
            return Route(RouteKind.COMPARE, ((*fresh, *current)[0], own[0]))  # "vs what i make as
            # an emt"; "…less than i make now as a machinist. so cnc programmer is the better move?"
        if left:  # "RN 14 years… heard about health informatics": the own job's careers aside
            mentions = []
            unwanted = unwanted | {w for s in left for w in self._narrow.name_words[s]}
        # "he was a guard. any ideas?"; on a guide's page "good jobs for this?" is its career
        meant = self._choices.meant(message)  # "i was thinking more like flight attendant": in
        thought = meant if current else []  # a talk, no search, nor the careers in play again
        weighs = len(current) > 1 and bool(WEIGHS_THEM.search(message))
        if (
            weighs
            and GOAL.search(message)
            and not {s for m in asked for s in m.slugs} & set(current)
        ):
            return Route(RouteKind.COMPARE, tuple(current))  # "which one, if I want to be a nurse"
        context = list(dict.fromkeys(c for c in (*current, page) if c))  # where the talk is, first
        side_by_side = partial(self._choices.compared, message, unwanted, context)
        if played := in_play_route(message, mentions, current, page, self.mentions, side_by_side):
            return played  # "how much do they each make", "…the page I'm on"
        if not mentions and asks_related(message) and (done := self._named.practised_in(message)):
            return Route(RouteKind.ONE, (done,))  # "what can i do with roofing experience"
        if (
            not asked
            and not thought
            and searches(message)
            and (mentions or not page or not points_at_all(message))
            and not (weighs and WEIGHS_THEM.search(searching_sentence(message)))
            and not any(self._narrow.related_of(m, context) for m in mentions)  # "the helper job"
            and not (page and not mentions and self._narrow.names_page(message, page))
        ):  # on a trade's page: that trade's helpers, not a search; on the animal caretakers'
            # page "i love animals… what are my options" is theirs
            ranked = self._targets.not_ruled_out(
                self.rank(message, vector()), message, unwanted, avoided
            )
            if ELSE_ASKED.search(message):  # "should be a lawyer but law school costs a
                besides = {s for m in mentions for s in m.slugs}  # fortune… what else": no lawyers
                ranked = [(s, f) for s, f in ranked if s not in besides] or ranked
            return Route(RouteKind.OPEN, tuple(s for s, _ in ranked[:OPEN_CANDIDATES]))
        if len(meant) > 1:  # "No, not PA or nurse. I mean medical assistant or phlebotomist"
            return Route(RouteKind.COMPARE, tuple(meant), explicit=True)
        others = bool(context) and asks_related(message)  # "…similar that pays better? like
        # the guys who spray for farms or lawns": the career's related ones, no comparison
        unsaid = without_aversions(message, avoided)  # "dont wanna wash cars or park them"
        compared = [] if others else self._choices.compared(unsaid, unwanted, context)
        singles = {m.slugs[0] for m in asked or mentions if not m.own and len(m.slugs) == 1}
        if compared and len(compared) >= len(singles):  # "respiratory therapy or x-ray tech?"
            unsure = [  # "dispatcher vs baker vs security guard": a job of several careers too
                m
                for m in asked or mentions
                if not m.own
                and len(m.slugs) > 1
                and not set(m.slugs) & set(compared)
                and (m.exact or set_against(m.words, message))
            ]
            more = [
                best_named(m, self.rank(message, vector()), context, self.careers) for m in unsure
            ]
            alone = [m.slugs[0] for m in asked or mentions if not m.own and len(m.slugs) == 1]
            compared = as_mentioned(compared, alone, {s for m in mentions for s in m.slugs})
            found = [self._narrow.related_named(c, mentions, context) for c in [*compared, *more]]
            return Route(RouteKind.COMPARE, tuple(dict.fromkeys(found)), explicit=True)
        turned = self._choices.turned_to(message, context)
        turned = self._narrow.related_named(turned, mentions, context) if turned else ""
        if turned:  # "what about technical writing instead? how does the pay compare?"
            weighed_too = COMPARES.search(message) or BETTER.search(message)  # "and for X? is
            if weighed_too and turned not in context:  # better?", not one chosen of those in
                return Route(RouteKind.COMPARE, (context[0], turned), explicit=True)  # play
            return Route(RouteKind.ONE, (turned,), explicit=True)
        weighed = self._choices.weighed_field(message, context) if context else ""
        if weighed and COMPARES.search(message):  # "would web development pay less than…"
            # "what do helpers make compared" after plumbers: their helpers
            weighed = self._narrow.related_named(weighed, mentions, context)
            spoken = asked or mentions
            whole = (  # not the title the field weighed is named by ("a postal clerk")
                m.slugs[0]
                for m in spoken
                if m.exact and not m.own and " " in m.words and weighed not in m.slugs
            )
            base = next((c for c in whole if c != weighed), context[0])  # "the medical and
            # clinical laboratory technologist one… easier than genetic counseling?": that one
            return Route(RouteKind.COMPARE, (base, weighed), explicit=True)
        if meant and not COMPARES.search(message):  # "I mean bookkeeping clerks"; "i meant
            named = whole_title_asked(message, self.mentions)  # hvac, like mechanical. so its a
            said = named or meant[0]  # bachelors for mechanical engineer?": that one
            return Route(RouteKind.ONE, (self._narrow.narrower(said, mentions),), explicit=True)
        against = self._choices.named_against(message, meant[0], mentions) if meant else ""
        if against:  # "…more like project management, and what does that pay vs X?"
            return Route(RouteKind.COMPARE, (meant[0], against), explicit=True)
        if thought:  # "…more like social work or counseling, … would that work for me?"
            return Route(RouteKind.ONE, (self._narrow.narrower(meant[0], mentions),), explicit=True)
        read = Reading(mentions, asked, avoided, unwanted, list(current), context, weighs)
        return self._targets.route(message, vector, read)
