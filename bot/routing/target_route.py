"""The router's last stage: careers the message asks about by name, read in the conversation's
context, else the careers nearest the question."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from bot.routing.asked import past_own_job, ruled_out
from bot.routing.career import Career
from bot.routing.choices import Choices
from bot.routing.fitting import best_named, job_word_route
from bot.routing.named_work import NamedWork
from bot.routing.names import Mention
from bot.routing.narrowing import Narrowing
from bot.routing.other_jobs import OtherJobs
from bot.routing.route import Route, RouteKind
from bot.routing.targets import read_in_context
from bot.routing.weighing_words import COMPARES
from bot.understand.asks import asking_text
from bot.understand.aversions import Aversion, without_aversions

SURE_FIT = 0.55  # an open route this sure skips the passage-similarity floor
NEAREST = 3
OPEN_CANDIDATES = 5

Rank = Callable[[str, np.ndarray], list[tuple[str, float]]]


@dataclass(frozen=True)
class Reading:
    """What a message says of careers, read once: the careers it names (and those asked
    about), what it rules out, and the conversation's careers still in play."""

    mentions: list[Mention]
    asked: list[Mention]
    avoided: list[Aversion]
    unwanted: set[str]
    current: list[str]
    context: list[str]
    weighs: bool  # several careers in play, weighed against each other ("which one…")


@dataclass(frozen=True)
class TargetRoute:
    """Routes a message by the careers it names, else by the careers nearest it."""

    careers: Mapping[str, Career]
    narrow: Narrowing
    others: OtherJobs
    named: NamedWork
    choices: Choices
    rank: Rank

    def route(self, message: str, vector: Callable[[], np.ndarray], read: Reading) -> Route:
        """The route of a message no earlier stage of the router settled."""
        asked, mentions, context = read.asked, read.mentions, read.context
        # "I'm a mechanical engineer… what do mechanical engineers make?": the own job, asked
        talked = "" if asked else past_own_job(message, mentions, context, self.narrow.name_words)
        if talked:
            return Route(RouteKind.ONE, (talked,))  # "25B (IT specialist)… count toward this?"
        if len(asked) == 1 and COMPARES.search(message):  # "I'm a paralegal: lawyers make
            asked = mentions  # more than…": the visitor's own job, against the one asked about
        targets = read_in_context(self.narrow, message, asked, mentions, context)
        near = {s for c in context for s in self.narrow.related.get(c, ())}
        exact = [m for m in targets if m.exact and len(m.slugs) == 1]
        if exact and len(exact) == len(targets):
            chosen = self.choices.named_whole(message, [m.slugs[0] for m in exact], context)
            kind = RouteKind.COMPARE if len(chosen) > 1 else RouteKind.ONE
            return Route(kind, tuple(chosen), explicit=True)
        if not targets and (untargeted := self._untargeted(message, vector, read)):
            return untargeted
        if len(targets) == 1 and len(targets[0].slugs) == 1 and targets[0].slugs[0] in near:
            return Route(RouteKind.ONE, targets[0].slugs)  # "move up to supervisor?" (guards)
        ranked = self.rank(message, vector())
        if len(targets) > 1:  # a comparison: each mention's best career
            best = tuple(
                dict.fromkeys(best_named(m, ranked, context, self.careers) for m in targets)
            )
            return Route(RouteKind.COMPARE if len(best) > 1 else RouteKind.ONE, best)
        if targets and (not targets[0].exact or len(targets[0].slugs) > 1):
            led = job_word_route(
                targets[0], message, ranked, context, near, self.careers, self.narrow.named_among
            )
            if isinstance(led, Route):
                return led
            ranked = led
        ranked = self.not_ruled_out(ranked, message, read.unwanted, read.avoided)
        best = tuple(s for s, _ in ranked[:OPEN_CANDIDATES])
        sure = ranked[0][1] >= SURE_FIT  # plainly about a career, however short the passages
        compares = sure and bool(COMPARES.search(message))  # "what does mediation pay relative
        weighed = self.choices.weighed_field(message, best[:1]) if compares else ""  # to law?"
        if weighed:
            return Route(RouteKind.COMPARE, (best[0], weighed))
        return Route(RouteKind.OPEN, best, explicit=sure, fit=dict(ranked))

    def _untargeted(
        self, message: str, vector: Callable[[], np.ndarray], read: Reading
    ) -> Route | None:
        """A message naming no career: a job no guide covers, people of a kind of work, or the
        careers in play; None where the nearest careers decide."""
        context, current = read.context, read.current
        named = self.others.uncovered(without_aversions(message, read.avoided))
        if named and context and self.careers[context[0]].titled(named):
            return Route(RouteKind.ONE, (context[0],))  # "a journeyman" on electricians'
        if named:
            nearest = tuple(s for s, _ in self.rank(message, vector())[:NEAREST])
            return Route(RouteKind.UNCOVERED, nearest, named)
        titled = self.others.titled(message)  # "I meant the social worker": ranked
        if people := self.named.people_of(asking_text(message)):
            return Route(RouteKind.ONE, (people,), explicit=True)  # "what do HR people do"
        one = self.narrow.asked_among(message, current) if len(current) > 1 else None
        if one and not (titled or COMPARES.search(message) or read.weighs):
            return Route(RouteKind.ONE, (one,), explicit=True)  # "…for aircraft mechs"
        if len(current) > 1 and not titled:
            return Route(RouteKind.COMPARE, tuple(current))
        if context and not titled:
            return Route(RouteKind.ONE, (context[0],))
        return None

    def not_ruled_out(
        self,
        ranked: Sequence[tuple[str, float]],
        message: str,
        unwanted: set[str],
        avoided: list[Aversion],
    ) -> list[tuple[str, float]]:
        """``ranked`` without the careers named by a word ruled out ("No, not taxi. Truck
        driver.": no taxi drivers; "I don't want to be a carpenter again": no carpenters) or
        whose field an aversion names ("roofing is out. what else?": no roofers)."""
        out = ruled_out(message) | unwanted
        parts = (part for a in avoided for part in a.each)
        refused = set()
        for part in parts:  # "roofing is out", "i really dont like coding": no programmers
            refused |= self.named.doers(part)
            if self.named.names_work(part):
                refused.add(self.named.career(part))
        kept = [
            (s, f) for s, f in ranked if not out & self.narrow.name_words[s] and s not in refused
        ]
        return kept or list(ranked)
