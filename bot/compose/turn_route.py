"""Where a message of a conversation goes: a pick among the careers offered, a job word
meaning the conversation's career, a verdict between the careers just compared, or the
router's own reading; and which question that is ("same for X", a part left unanswered)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.compose.against_own import against_own, weighs_own_pay
from bot.compose.in_play import careers_in_play, weighs_both
from bot.compose.memo import EmbedMemo
from bot.compose.picks import (
    ABOUT_ANOTHER,
    PICKED,
    asked_of,
    chosen_career,
    listed_careers,
    picked_among,
)
from bot.compose.reading import answers_which
from bot.compose.required import named_in
from bot.compose.spoken import RECENT, Spoken, title_words, without_ruled_out
from bot.routing.job_words import tokens
from bot.routing.route import Route, RouteKind
from bot.routing.router import Router
from bot.routing.weighing_words import set_against
from bot.understand.asked_again import asks_the_same, left_out_part
from bot.understand.intents import detect_intent
from bot.understand.need_words import OWN_PART, detect_need
from bot.understand.needs import SENTENCE_END
from knowledge.model import Guide
from store.conversations import Turn

MAX_WEIGHED = 3  # careers a verdict between the conversation's careers weighs at once
# The careers picked set beside others the message names ("more openings than zoologists?").
WEIGHED = re.compile(
    r"\b(?:more|less|fewer|better|worse|higher|lower)\b.{0,40}\bthan\b|\bbetween\b|\bvs\.?\b"
    r"|\bversus\b|\bcompared?\b",
    re.IGNORECASE,
)
BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
NAME_WORD = 4  # letters beyond which a word of a career's name names it ("childcare")
# A comparison of what the last answer gave ("How does that compare to going back as a
# medical secretary?"): the last question, asked of both.
THAT_COMPARED = re.compile(
    r"\b(?:does|do|would|will|did) (?:that|it|this|those|these) compare"
    r"|\bcompare(?:d|s)? (?:that|it|this|those|these) (?:to|with)\b",
    re.IGNORECASE,
)


class TurnRouter:
    """Routes one message of a conversation."""

    def __init__(self, guides: dict[str, Guide], router: Router) -> None:
        self._guides = guides
        self._router = router
        self._spoken = Spoken(guides, router)

    def _job_word_of(
        self, message: str, route: Route, turns: list[Turn], down: set[str]
    ) -> str | None:
        """The conversation's one career a bare job word of ``message`` names, when the
        route's career is not named by it nor turned ``down``; else ``None``."""
        mentions = self._router.mentions(message)
        loose = any(not m.exact and not m.own for m in mentions)  # "…does the assistant make
        weighed = loose and bool(WEIGHED.search(message))  # compared to the OT?": both
        if route.kind is RouteKind.ONE and any(m.exact for m in mentions) and not weighed:
            return None  # "what does a nurse practitioner make?" names its career whole
        words = [route.named] if route.kind is RouteKind.CLARIFY else []
        one = route.kind is RouteKind.ONE  # "more than what techs make": a bare title too,
        bare = [m.words for m in mentions if not one and " " not in m.words and not m.own]
        # not "my MA experience", nor "i make about 45k now as a laborer" (the own job)
        words += [m.words for m in mentions if not m.exact and not m.own] + bare
        ruled = self._spoken.ruled_out(message, turns) | down  # "forget the laborer thing"
        for word in words:
            meant = self._spoken.of(word, turns, ruled)
            if meant and (route.kind is not RouteKind.ONE or meant not in route.careers):
                return meant
        return None

    def _picks(self, message: str, turns: list[Turn]) -> list[str]:
        """The careers "the … one" picks among those the last answer compared or listed, or
        by its whole name among those the conversation spoke of."""
        if not turns:
            return []
        shown = [*turns[-1].guides, *listed_careers(turns[-1], self._guides)]
        earlier = [g for t in reversed(turns[-RECENT:]) for g in t.guides]
        kept = without_ruled_out(message)  # "…an actual plumber, not the helper job": no pick
        return picked_among(kept, shown, self._guides, earlier)

    def _picked_route(self, message: str, picks: list[str], turns: list[Turn]) -> Route:
        """The career picked, or the careers ("the payroll one and the billing one"), or
        weighed against others the message names whole, not as the visitor's own ("the zoo
        one. more openings than zoologists?", "between the LPN and the lab technician ones");
        a title several careers share is the one the conversation spoke of ("the coordinator
        job… more than a personal trainer" after Exercise Trainers)."""
        ruled = self._spoken.ruled_out(message)
        said = " ".join(f[0].lower() for f in PICKED.finditer(message))  # "the helper job"
        # the careers spoken of lately, the latest first
        spoken = dict.fromkeys(g for t in reversed(turns[-RECENT:]) for g in t.guides)
        named = [
            (m.words, slugs[0])
            for m in self._router.mentions(message)
            if m.exact
            and not m.own
            and m.words.lower() not in said  # the pick's own word names no other career
            and len(
                slugs := [s for s in m.slugs if s not in (*picks, *ruled)]
                if len(m.slugs) == 1
                else [s for s in m.slugs if s in spoken and s not in (*picks, *ruled)]
            )
            == 1
        ]
        others = list(dict.fromkeys(slug for _, slug in named))
        asked = [slug for words, slug in named if asked_of(words, message)]
        if others and WEIGHED.search(message):
            picks = [*others, *picks] if BETWEEN.search(message) else [*picks, *others]
        elif others and ABOUT_ANOTHER.search(message):  # "the car body one sounds ok but
            picks = others[:1]  # what about a regular car mechanic?": the one asked about
        elif asked:  # "what does a regular electrician make and what does the helper job pay"
            picks = [*asked, *picks]
        elif len(picks) == 1 and WEIGHED.search(message) and not weighs_own_pay(message):
            # "Childcare sounds nice… how does it compare to the social worker one?": weighed
            # against the career of the talk a word of the message names (not against "what I
            # make as an RN now": the visitor's own job, read after)
            said_words = set(tokens(message)) - set(tokens(self._guides[picks[0]].career))
            picks += [
                g
                for g in spoken
                if g not in (*picks, *ruled)
                and {w for w in tokens(self._guides[g].career) if len(w) > NAME_WORD} & said_words
            ][:1]
        if len(picks) > 1:
            return Route(RouteKind.COMPARE, tuple(picks[:MAX_WEIGHED]), explicit=True)
        return Route(RouteKind.ONE, tuple(picks), explicit=True)

    def _weighed_by_name(
        self, message: str, route: Route, turns: list[Turn], down: set[str]
    ) -> Route:
        """The careers a comparison names ("LPN versus medical lab technician"), a title that
        several careers share read as the one the conversation spoke of or listed."""
        if not WEIGHED.search(message):
            return route
        spoken = {g for t in turns[-RECENT:] for g in [*t.guides, *listed_careers(t, self._guides)]}
        ruled = self._spoken.ruled_out(message, turns) | down  # and those turned down
        named: list[str] = []
        asking = " ".join(s for s in SENTENCE_END.split(message) if not OWN_PART.match(s))
        for mention in self._router.mentions(asking):  # not "My dad is a plumber."
            slugs = [s for s in mention.slugs if s not in ruled]
            if mention.own or not mention.exact:
                continue
            if len(slugs) > 1 and " " in mention.words:  # "medical lab technician"
                slugs = [s for s in slugs if s in spoken]
            elif " " not in mention.words and (
                meant := self._spoken.of(mention.words, turns, ruled)
                or self._titled_in(mention.words, route.careers)
            ):  # "than the trainer job": the conversation's trainer; "compared to being a
                slugs = [meant]  # trainer" on the fitness coordinators' page: the route's
            if len(slugs) == 1:
                named.append(slugs[0])
        named = list(dict.fromkeys(named))
        if len(named) < 2 or set(named) == set(route.careers):
            return route
        extra = set(route.careers) - set(named)  # "dispatcher vs baker vs…": a bare job word
        against = {
            s
            for m in self._router.mentions(asking)
            if set_against(m.words, asking)
            for s in m.slugs
        }
        if set(named) < set(route.careers) and extra <= against:
            return route
        return Route(RouteKind.COMPARE, tuple(named[:MAX_WEIGHED]), explicit=True)

    def _most_held(self, careers: tuple[str, ...]) -> str:
        """The career of ``careers`` most people hold ("line cook": Restaurant Cooks)."""
        return max(careers, key=lambda c: self._router.careers[c].prominence)

    def _weighed_where_named(self, message: str, career: str) -> bool:
        """The sentence of ``message`` naming ``career`` weighs the careers in play, or no
        sentence names it."""
        for sentence in SENTENCE_END.split(message):
            if any(career in m.slugs for m in self._router.mentions(sentence)):
                return weighs_both(sentence)
        return True

    def _titled_in(self, word: str, careers: tuple[str, ...]) -> str:
        """The one of ``careers`` whose title has the job ``word``, else ``""``."""
        found = [c for c in careers if c in self._guides and word in title_words(self._guides[c])]
        return found[0] if len(found) == 1 else ""

    def _compared_job_words(
        self, message: str, route: Route, turns: list[Turn], down: set[str], current: list[str]
    ) -> Route:
        """A comparison where a bare job word ("than the trainer job") means the career of
        the conversation it names, not every career of that word; when it names all the
        careers compared ("compare to what techs make" after pharmacists, the visitor a
        pharmacy tech), weighed against the ``current`` one."""
        ruled = self._spoken.ruled_out(message, turns) | down  # and those turned down
        careers = list(route.careers)
        for mention in self._router.mentions(message):
            if " " in mention.words or not set(mention.slugs) & set(careers):
                continue  # a title of several words names its career whole
            meant = self._spoken.of(mention.words, turns, ruled)
            if meant and meant not in careers:
                careers = [meant if c in mention.slugs else c for c in careers]
        careers = list(dict.fromkeys(c for c in careers if c not in ruled))
        if len(careers) == 1 and careers != list(route.careers):
            careers = [*(c for c in current[:1] if c not in careers), *careers]
        if careers == list(route.careers) or len(careers) < 2:
            return route
        return Route(RouteKind.COMPARE, tuple(careers), explicit=True)

    def route(
        self, message: str, turns: list[Turn], career: str | None, embed: EmbedMemo
    ) -> tuple[str, Route]:
        """The question to answer and where; a reply to "which one?" re-asks the question."""
        last = turns[-1] if turns else None
        current, offered = careers_in_play(message, turns, self._guides)
        down = self._router.turned_down(message, current)  # "why fashion designers lol, im
        current = [c for c in current if c not in down]  # not doing that": not in play
        chosen = chosen_career(message, offered, self._guides)
        picks = [chosen] if chosen else self._picks(message, turns)
        route = (
            self._picked_route(message, picks, turns)
            if picks
            else self._router.route(message, lambda: embed(message), page=career, current=current)
        )
        ruled = self._spoken.ruled_out(message, turns)
        nearest = tuple(c for c in route.careers if c not in ruled)
        if ruled and route.kind is RouteKind.UNCOVERED and nearest:
            # "no not programmers lol. MEDICAL coding…": the nearest careers, not a refusal
            route = Route(RouteKind.ONE, nearest[:1])
        elif ruled and set(route.careers[:1]) & ruled:  # nor the career ruled out
            kept = without_ruled_out(message)
            page = career if career not in ruled else None
            others = [c for c in current if c not in ruled]
            route = self._router.route(kept, lambda: embed(kept), page=page, current=others)
            route = _without(route, ruled)
        if route.kind in (RouteKind.CLARIFY, RouteKind.ONE, RouteKind.OPEN) and (
            meant := self._job_word_of(message, route, turns, down)
        ):  # "the specialist job": the conversation's Human Resources Specialists, not every
            by_name = route.kind is RouteKind.ONE and meant not in route.careers  # specialist
            base = route.careers[0] if by_name else next((c for c in current if c != meant), "")
            if base and WEIGHED.search(message):  # "what do they make compared to the tech?",
                route = Route(RouteKind.COMPARE, (base, meant), explicit=True)  # "is it a lot
                # more than what techs make" after pharmacists (the visitor is a pharmacy tech)
            else:
                route = Route(RouteKind.ONE, (meant,), explicit=True)
        if route.kind is RouteKind.COMPARE:
            route = self._compared_job_words(message, route, turns, down, current)
        if not picks and route.kind in (RouteKind.ONE, RouteKind.COMPARE):
            route = self._weighed_by_name(message, route, turns, down)
        one = route.kind is RouteKind.ONE
        if one and current and weighs_both(message) and (len(current) > 1 or route.explicit):
            # "which one pays more?" after two careers, though a story sentence names one of
            # them; "recruiter or HR specialist… pay for all three?" adds the one named; not
            # "ESL and HR both say bachelor's tho?? … what about a bilingual bank teller"
            weighed = [*current, *(c for c in route.careers if c not in current)]
            anew = route.careers[0] not in current
            if len(weighed) > 1 and (
                not anew or self._weighed_where_named(message, route.careers[0])
            ):
                route = Route(RouteKind.COMPARE, tuple(weighed[:MAX_WEIGHED]), explicit=True)
                one = False
        mentions = self._router.mentions  # "…vs what i make"
        route = against_own(message, route, turns, mentions, self._most_held)
        route = _without(route, down)  # "why r u talking about nurses…": never those again
        route = _without(route, self._spoken.ruled_before(message, turns))  # nor those before
        one = route.kind is RouteKind.ONE
        picked = one and (route.explicit or route.careers[0] in offered)
        asks_own = detect_intent(message) is not None or detect_need(message) is not None
        if (
            last is not None
            and offered
            and picked
            and answers_which(message, last)
            and (
                not asks_own  # "any other jobs like that one?" asks of its own
            )
        ):
            return last.question, route
        if last is not None and route.explicit and asks_the_same(message):  # "I meant X. Same"
            return last.question, route
        if (
            last is not None
            and route.kind is RouteKind.COMPARE
            and THAT_COMPARED.search(message)
            and detect_intent(message) is None
            and detect_need(message) is None
        ):
            return last.question, route  # "how does that compare to…": what the last gave
        if last is not None and (
            left := left_out_part(message, self._router.respelled(last.question))
        ):
            # "u didnt answer the years part": that part, asked again ("who gives it": the CMT)
            return named_in(left, last.question), route
        return message, route


def _without(route: Route, ruled: set[str]) -> Route:
    """``route`` without the careers ruled out: a comparison left with one is that one."""
    kept = tuple(c for c in route.careers if c not in ruled)
    if not kept or kept == route.careers or route.kind not in (RouteKind.OPEN, RouteKind.COMPARE):
        return route
    if route.kind is RouteKind.COMPARE and len(kept) == 1:
        return Route(RouteKind.ONE, kept, explicit=route.explicit)
    return replace(route, careers=kept)
