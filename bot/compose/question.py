"""One question (and the conversation so far) to a cited draft answer: scope, career
routing, follow-ups, retrieval, then the answer of the asked kind."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer import Piece
from bot.compose import rungs
from bot.compose.answering import answer_draft, level_named, levels_draft
from bot.compose.career_search import CareerSearch
from bot.compose.career_talk import about_careers, whole_career
from bot.compose.comparing import Asked, Comparison
from bot.compose.drafted import Drafted
from bot.compose.focus import Focus, favour_fit
from bot.compose.follow_up import FollowUp
from bot.compose.memo import EmbedMemo
from bot.compose.mentioned import named_or_mentioned
from bot.compose.new_to_you import new_to_you
from bot.compose.outlook import rate_quoted
from bot.compose.overview import in_third_person, overview_draft
from bot.compose.particular import particular_draft
from bot.compose.reading import AMONG, defines_said, read
from bot.compose.refusals import clarify, refusal, rephrase, uncovered
from bot.compose.related_fit import related_meeting
from bot.compose.rungs import (
    LEVEL_NEEDS,
    OFF_LEVELS,
    WAYS_ON,
    asks_above,
    by_place,
    names_rung,
)
from bot.compose.searcher import Searcher
from bot.compose.shortlist import (
    JOB_SEARCH,
    NEAREST_LEAD,
    job_search_draft,
    shortlist_draft,
    summary_of,
)
from bot.compose.situated import situated as lead_with_situation
from bot.compose.skills import skills_draft
from bot.compose.spread import spread_draft
from bot.compose.step_up import step_up_draft
from bot.compose.subjects import subjects_answer
from bot.compose.turn_route import TurnRouter
from bot.compose.unrecorded import said_unrecorded
from bot.compose.unsaid import said_uncovered
from bot.compose.way_up import moves_on_from, moves_up_to, way_up_draft
from bot.compose.years_elsewhere import years_elsewhere_lead
from bot.compose.years_needed import years_against_typical
from bot.retrieval.retriever import Hit, Retriever
from bot.retrieval.units import UnitBank
from bot.routing.route import RouteKind
from bot.routing.router import Router
from bot.understand.asks import without_complaints
from bot.understand.aversions import aversions, without_aversions
from bot.understand.experience import level_for_years, placed_years
from bot.understand.intents import Intent
from bot.understand.levels import Level, detect_level
from bot.understand.need_words import asks_difference
from bot.understand.needs import ABOUT_LEVELS, Need, answers, asked_part, asks_general, one_level
from bot.understand.references import is_follow_up, refers_back
from bot.understand.safety import safety_draft
from bot.understand.scope import OutOfScope, Scope
from bot.understand.seeking import seeks_careers
from bot.understand.situations import asks_of_a_job, stated
from knowledge.model import Guide
from store.conversations import Turn

FACT_SIMILARITY_SLACK = 0.1
CORRECTS = re.compile(r"^\W*(?:(?:no+|nope)\W+)?not\b", re.IGNORECASE)  # "No, not taxi."
OPEN_SLACK = 0.1  # guide summaries already judged the question to be about careers


class QuestionDrafter:
    """Scope check, career routing, follow-up handling, retrieval, then a draft."""

    def __init__(
        self,
        guides: dict[str, Guide],
        retriever: Retriever,
        bank: UnitBank,
        router: Router,
        min_similarity: float = 0.45,
    ) -> None:
        self._guides = guides
        self._retriever = retriever
        self._bank = bank
        self._router = router
        self._min_similarity = min_similarity
        self._scope = Scope()
        self._focus = Focus(retriever, bank)
        self._follow_up = FollowUp(self._guides, retriever)
        self._comparison = Comparison(self._guides, bank, self._focus)
        self._career_search = CareerSearch(guides, retriever, bank, router)
        self._searcher = Searcher(guides, retriever, self._focus)
        self._turns = TurnRouter(guides, router)

    def draft(
        self,
        message: str,
        turns: list[Turn],
        career: str | None,
        avoid: frozenset[str] = frozenset(),
        situated: bool = True,
    ) -> Drafted:
        """The answer to one question, from sections other than ``avoid``; ``situated``: led
        by the circumstances it states."""
        concern = safety_draft(message)  # before routing, retrieval or any LLM
        if concern is not None:
            return Drafted(concern)
        reason = self._scope.check(message)
        last = turns[-1] if turns else None
        on = (last.guides[0] if last is not None and last.guides else None) or career
        if reason is OutOfScope.OFF_TOPIC and (
            about_careers(message, self._guides, self._router)
            or (on is not None and asks_of_a_job(message))
        ):  # "…what's that career?", "is welding hard on ur body? my back… from football"
            reason = None
        if reason is not None:
            return Drafted(refusal(reason, self._guides, on))
        if self._router.unreadable(message):
            return Drafted(rephrase(on))
        message = self._router.respelled(message)  # "salery" is read as "salary"
        embed = EmbedMemo(self._retriever.embed)  # the same text is embedded once per answer
        question, route = self._turns.route(message, turns, career, embed)
        question = without_complaints(question)  # not "why would remote work matter lol"
        if route.kind is RouteKind.UNCOVERED:
            return Drafted(uncovered(route, self._guides))
        if route.kind is RouteKind.CLARIFY:
            return Drafted(clarify(route, self._guides))
        if route.kind is RouteKind.OPEN and len(self._guides) > 1:
            if seeks_careers(question):
                in_play = last.guides if last is not None else ()
                return Drafted(self._career_search.draft(question, route, embed, in_play))
            if JOB_SEARCH.search(question):
                return Drafted(job_search_draft(route, self._guides))
        defines = last is not None and defines_said(message, last.answer)  # "whats SCADA"
        follows = is_follow_up(message) or defines or rungs.of_shown_rungs(message)  # "in between"
        previous = last if last is not None and follows else None
        if CORRECTS.match(message):
            previous = None  # "No, not taxi. Truck driver.": away from the last answer
        shown = set(previous.guides) if previous is not None else set()
        if route.explicit and not set(route.careers) & shown:
            previous = None  # "tell me more about data scientists": a new career, asked anew
        compared = route.kind is RouteKind.COMPARE
        reading = read(message, question, last, previous, compared)
        intent, level, need = reading.intent, reading.level, reading.need
        if need is Need.RELATED:
            previous = None  # "any other jobs like that one?": the career's, not the answer's
        if route.named and not (intent or need) and asks_difference(question):
            need = Need.DUTIES  # "how is it different from a cnc machinist?": what this job is
        if len(shown) > 1 and len(route.careers) == 1 and (intent or need):
            previous = None  # "what skills does the second one need?": that career, asked anew
        if compared:
            return self._compare(question, route.careers, intent, level, need, embed)
        focus = route.careers[0] if route.kind is RouteKind.ONE else None
        if intent is None and focus and rate_quoted(question, self._guides[focus]):
            intent, need = Intent.GROWTH, None  # "6% is that good or bad?": the rate quoted
        if need is Need.ADVANCE and focus and moves_up_to(question, self._guides[focus]):
            need = Need.GET_IN  # "could i move up to supervisor?" of the supervisors: their way in
        if need is Need.GET_IN and focus and moves_on_from(question, self._guides[focus]):
            need = Need.ADVANCE  # "how does someone go from production tech to engineer?"
        said = self._router.mentions(question)
        if focus and (new := new_to_you(question, focus, said, self._guides, self._bank, embed)):
            return Drafted(new)  # "what does a paramedic do that i cant do now as an emt"
        related = [self._guides[s] for s in self._router.related(focus)] if focus else []
        more = related_meeting(question, self._guides[focus], related) if focus else None
        if focus and intent is None:  # "how do i move up from here": the supervisors
            more = more or step_up_draft(need, self._guides[focus], related)
        if more:
            return Drafted(more)  # "anything similar to HVAC that pays more?"
        named = route.careers[0] if route.explicit and route.kind is RouteKind.OPEN else None
        rater = focus or named  # "do nurses need chemistry?": nurses, though chemists rank
        if rater and (rated := subjects_answer(question, [self._guides[rater]], need, self._bank)):
            return Drafted(rated)  # "how much math do web developers need?"
        is_open = route.kind is RouteKind.OPEN
        vector, hits = self._searcher.search(
            question, previous, route.careers, focus, embed, is_open
        )
        hits = [h for h in hits if h.chunk.section not in avoid]
        floor = self._min_similarity - (FACT_SIMILARITY_SLACK if intent else 0.0)
        if is_open:
            hits = favour_fit(hits, route.fit)
            floor -= OPEN_SLACK
        # "how long is school for it?", "I have a felony, could I get hired?": of that career
        asked_of_one = (need is not None or bool(stated(question))) and focus is not None
        if not hits or (hits[0].similarity < floor and not route.explicit and not asked_of_one):
            if is_open and previous is None and about_careers(message, self._guides, self._router):
                nearest = shortlist_draft(
                    question, vector, route, self._guides, self._retriever, self._bank,
                    lead=NEAREST_LEAD,
                )  # fmt: skip
                if nearest.pieces:  # "something less stressful": the guides record no stress
                    return Drafted(said_unrecorded(question, nearest))
            sole = next(iter(self._guides)) if len(self._guides) == 1 else None
            told = self._guides.get(on or sole or "")  # a one-guide site's guide, on any page
            passing = named_or_mentioned(told, question) if told else None
            return Drafted(passing or refusal(OutOfScope.UNRELATED, self._guides, on))
        # levels asked about, not years told in a story ("6 years on an assembly line.…")
        asking = asked_part(question)  # "Retired after 25 years…. What kind of cases…": none
        asking = without_aversions(asking, aversions(asking))  # "if not a supervisor…": none
        levels = bool(detect_level(asking)) or bool(ABOUT_LEVELS.search(asking))
        levels = levels and not (need in WAYS_ON and not names_rung(asking))  # "move into
        # quality later on": a path out of the career, not one of its levels
        top = focus is not None and rungs.past_top(asking, self._bank, self._guides[focus])
        if top and need in (None, Need.ADVANCE):  # "what comes after lead?": the ways on
            need, levels = Need.ADVANCE, False
        if need is Need.DUTIES and levels:
            need = None  # "what does a senior technician take on?": that level's section
        # the asked-for kind of section is sought in a known career only (named, or plainly
        # the one meant): across careers every guide has one, and the career must decide
        known = focus is not None or len(route.careers) == 1 or route.explicit
        wanted = need if known else None
        full = asks_general(question)  # "how long is the schooling?", "what personality…?"
        hits = self._focus.suit(hits, wanted, vector, focus or hits[0].chunk.guide, levels, full)
        if need is Need.RELATED or (top and need is Need.ADVANCE):  # other work, not a level of
            # this one ("not a supervisor…", "what comes after lead?")
            hits = [h for h in hits if not one_level(h.chunk.section)] or hits
        rung: list[Hit] = []
        spans = [t.experience for t in self._guides[focus or hits[0].chunk.guide].facts.tiers]
        years, up = placed_years(message, spans)  # "I have 15 years. what level?", "…next up?"
        # "8 years in. whats above senior"; "bored of it in 3 yrs, what jobs do ppl switch to"
        if asks_above(message) or need is Need.RELATED or rungs.asks_between(message):
            years = None  # "…a junior for 18 months. a step in between those two?": that step
        if years is not None:
            hits = self._focus.for_years(hits, years, vector, focus or hits[0].chunk.guide)
            intent = None if intent is Intent.TIERS else intent  # the tiers that fit, not all
            # "could my 3 years count?": its pay, unless a level is named ("…the MID level")
            level = detect_level(question, outright=True) or level_for_years(spans, years) or level
        elif (
            (intent in (None, Intent.SALARY, Intent.TIERS) or by_place(message))
            and need is not Need.RELATED  # "not a supervisor, what else can i move into"
            and (need not in OFF_LEVELS or names_rung(asking))  # "so starting out… what
            # programs would i need?": the software, not the first level
            and (rung := self._focus.rung(hits, message, previous, vector))
        ):  # "how do I move up to supervisor?", "the third tier": that level's section first
            hits, need = rung, None if need in LEVEL_NEEDS else need
            intent = None if intent is Intent.TIERS else intent
            if intent is None and (each := levels_draft(self._bank, question, vector, hits)):
                return Drafted(each, hits)  # "the levels after junior", "mid vs junior"
            # "how do I move up to supervisor?": what that level asks, and the way to it
            asked = list(dict.fromkeys(h.chunk.section for h in hits if one_level(h.chunk.section)))
            guide = self._guides[hits[0].chunk.guide]
            if intent is None and (way := way_up_draft(question, vector, self._bank, guide, asked)):
                return Drafted(way, hits)
        if previous is not None and len(previous.guides) < 2 and not rung:  # an item of one
            # career's answer; "the Lead level… what does that one need?" names its level
            hits, need = self._follow_up.in_previous(
                question, message, previous, vector, intent, need, hits
            )
        kind_known = intent is not None or need is not None or levels
        by_name = self._focus.naming(hits, message, vector, not defines, kind_known)  # "…Council?"
        hits = [h for h in by_name or hits if h.chunk.section not in avoid] or hits
        if need is Need.ALIASES and not answers(need, hits[0].chunk.section):
            return Drafted(refusal(OutOfScope.UNRELATED, self._guides, hits[0].chunk.guide))
        guide = self._guides[hits[0].chunk.guide]
        back = refers_back(message) or bool(AMONG.search(message))
        pointed = " ".join(last.sections) if last is not None and back and not by_name else ""
        draft = (
            (particular_draft(question, vector, self._bank, guide, last) if known else None)
            or self._focus.whole_topic(question, vector, hits, guide, need)
            or spread_draft(guide, need, self._bank)
            or (skills_draft(vector, self._bank, guide) if need is Need.LEARN and known else None)
            or answer_draft(self._bank, question, vector, hits, guide, intent, level, pointed)
        )
        if need is Need.DUTIES:  # what the job is, in a sentence, before its task list
            lead = summary_of(guide.slug, self._bank, draft.pieces)
            draft.pieces[:0] = in_third_person(lead, guide)
        elif intent is None and need is None and whole_career(question, route, self._router):
            draft = overview_draft(guide, self._bank, draft)  # "tell me about paramedics"
        draft.pieces = level_named(self._bank, draft.pieces)  # "…this level": which one
        draft.retrieved = list(dict.fromkeys(h.chunk.section for h in hits))
        first = [focus] if focus else []  # the career routed to, though another's text ranks
        draft.retrieved_guides = list(
            dict.fromkeys([*first, *(h.chunk.guide for h in hits), *route.careers])
        )
        # "I have a bad back…": what the guide says on it first, or that it says nothing
        if situated:
            own = any(m.own and guide.slug in m.slugs for m in self._router.mentions(question))
            draft.pieces = lead_with_situation(
                question, vector, guide, self._bank, draft.pieces, intent is not None, own
            )
        draft.pieces = said_uncovered(guide, need, draft.pieces, question)  # "part-time?"
        if years is not None and not up:  # "I ran paper machines 28 YEARS. Does any of that…"
            draft.pieces = years_elsewhere_lead(question, guide, draft.pieces)
        draft.pieces = years_against_typical(question, guide, draft.pieces)  # "laborer 8 yrs"
        if route.named and route.kind is RouteKind.ONE and draft.pieces:  # "CNC machinist or…"
            named = f"I don't have a guide for {route.named} yet; here is the {guide.career} side."
            draft.pieces.insert(0, Piece(named, draft.pieces[0].source, "", "lead"))
        return Drafted(draft, hits, intent)

    def _compare(
        self,
        message: str,
        careers: Sequence[str],
        intent: Intent | None,
        level: Level | None,
        need: Need | None,
        embed: EmbedMemo,
    ) -> Drafted:
        """Each career's answer under its name, every part cited to its own guide."""
        compared = self._comparison.answer(
            Asked(message, intent, level, need),
            careers,
            lambda slug: self._searcher.search(message, None, [slug], slug, embed),
            lambda guide: embed(f"{guide.career}: {message}"),
        )
        if compared is None:
            return Drafted(refusal(OutOfScope.UNRELATED, self._guides))
        return Drafted(compared.draft, compared.hits, intent)
