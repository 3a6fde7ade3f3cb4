"""From a message (and the conversation so far) to a cited draft answer, without an LLM."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.answering import answer_draft
from bot.compose.comparing import MAX_COMPARED, Asked, Comparison
from bot.compose.focus import Focus
from bot.compose.halves import Half, halves, joined, not_covered
from bot.compose.parts import named_part
from bot.compose.reading import AMONG, PICK_WORDS, defines_said, keeps_to_answer, read
from bot.compose.refusals import clarify, refusal, rephrase, uncovered
from bot.compose.repeats import more_of, repeats
from bot.compose.shortlist import (
    CATCH_ALL,
    JOB_SEARCH,
    NEAREST_LEAD,
    SEEKS_CAREERS,
    job_search_draft,
    shortlist_draft,
    summary_of,
)
from bot.compose.situated import situated as lead_with_situation
from bot.compose.skills import skills_draft
from bot.compose.topic import topic_draft
from bot.retrieval.retriever import Hit, Retriever, blend, union
from bot.retrieval.units import UnitBank
from bot.routing.router import Route, RouteKind, Router
from bot.text import whole_words, without_markers
from bot.understand.intents import (
    BOTH,
    Intent,
    Level,
    detect_intent,
    elaborates,
    elliptical,
    is_follow_up,
    moves_on,
    ordinal,
    refers_back,
)
from bot.understand.needs import ABOUT_LEVELS, Need, answers, detect_need
from bot.understand.safety import safety_draft
from bot.understand.scope import OutOfScope, Scope
from bot.understand.situations import stated
from bot.understand.vocabulary import expand
from knowledge.model import Guide
from store.conversations import Turn

FOLLOW_UP_CONTEXT_WEIGHT = 0.3
REFERENCE_CONTEXT_WEIGHT = 1.0
CONTINUITY_BONUS = 0.8
REPEAT_PENALTY = 0.5
FACT_SIMILARITY_SLACK = 0.1
# An open question leans to the careers the router ranked first: which career fits weighs
# more than one passage's wording ("mechanical engineering" in a technologists' task list).
CAREER_FIT_WEIGHT = 2.0
RECENT_TURNS = 3  # how far back a conversation's career is looked for
CAREER_TALK = whole_words(
    r"careers?", r"jobs?", r"degree", r"become", r"salary", r"what'?s that called"
)
# A verdict between the conversation's careers ("and which has more job openings?").
WHICH_MORE = whole_words(
    r"which (?:one |job |career )?(?:\w+ ){0,2}(?:more|less|fewer|better|worse|higher|lower|"
    r"easier|harder|longer|shorter|most|least|best)"
)
SHORT_REPLY = 4  # words: a reply this short that got the last answer again is about it
OPEN_SLACK = 0.1  # guide summaries already judged the question to be about careers


@dataclass
class Drafted:
    """A draft and the search behind it (empty for refusals)."""

    draft: Draft
    hits: list[Hit] = field(default_factory=list)
    intent: Intent | None = None


class Drafter:
    """Scope check, career routing, follow-up handling, retrieval, then a draft."""

    def __init__(
        self,
        guides: list[Guide],
        retriever: Retriever,
        bank: UnitBank,
        router: Router,
        min_similarity: float = 0.45,
    ) -> None:
        self._guides = {g.slug: g for g in guides}
        self._retriever = retriever
        self._bank = bank
        self._router = router
        self._min_similarity = min_similarity
        self._scope = Scope()
        self._focus = Focus(retriever, bank)
        self._comparison = Comparison(self._guides, bank, self._focus)

    def section_texts(self, hits: list[Hit]) -> Iterator[tuple[Source, str]]:
        """The sections of ``hits``, best first, each with its whole text."""
        for hit in hits:
            chunk = hit.chunk
            units = self._bank.of_section(chunk.guide, chunk.section)
            text = " ".join(self._bank.units[i].text for i in units)
            yield Source(chunk.guide, chunk.guide_title, chunk.section, chunk.anchor), text

    def draft(self, message: str, turns: list[Turn], career: str | None) -> Drafted:
        """The answer to ``message`` before rendering, with what retrieval found; a message
        asking two things of one career ("the pay and how long is training?", "pay and hours
        for welders?") gets both answers, or is told plainly which half the guide can't."""
        whole = self._draft_one(message, turns, career)
        last = turns[-1] if turns else None
        if last is not None and repeats(whole.draft, last, message):
            if elaborates(message):  # "what kind?": more of that answer, or that it said all
                whole = self._more_of(message, last) or _said_all(whole)
            else:
                whole = self._instead(message, turns, career, last)
        split = halves(message, _asks_for)
        compared = sum(p.kind == "heading" for p in whole.draft.pieces) > 1  # each ask, each
        if split is None or whole.draft.mode is not Mode.CITED or compared:
            return whole
        if any(not h.known and h.topic and self._router.mentions(h.topic) for h in split):
            return whole  # "electricians and plumbers pay?": two careers, not two asks
        guide = self._guides[whole.draft.retrieved_guides[0]]  # the career of the whole
        drafted = [self._draft_half(half, turns, guide) for half in split]
        if all(d is None for d in drafted):
            return whole
        parts = [d or Drafted(not_covered(h, guide)) for h, d in zip(split, drafted, strict=True)]
        halved = _joined(parts, whole)
        if stated(message):  # the circumstances lead the answer, once
            vector = self._retriever.embed(f"{guide.career}: {message}")
            pieces = lead_with_situation(message, vector, guide, self._bank, halved.draft.pieces)
            halved.draft.pieces = pieces
        return halved

    def _draft_half(self, half: Half, turns: list[Turn], guide: Guide) -> Drafted | None:
        """One half's answer, or ``None`` when the guide has none: a half of a kind the bot
        knows as any question is answered; another, from the guide's sentence nearest it."""
        if half.known:
            drafted = self._draft_one(half.question, turns, guide.slug, situated=False)
            return drafted if drafted.draft.mode is Mode.CITED else None
        asked = half.topic or half.question  # "hours", of "pay and hours for welders?"
        for mention in self._router.mentions(asked):  # what is asked, not whom about
            asked = re.sub(re.escape(mention.words), " ", asked, flags=re.IGNORECASE)
        draft = topic_draft(asked, self._retriever.embed(asked), self._bank, guide)
        if draft is None:
            return None
        draft.retrieved, draft.retrieved_guides = [draft.topic], [guide.slug]
        return Drafted(draft)

    def _draft_one(
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
        if reason is OutOfScope.OFF_TOPIC and self._about_careers(message):
            reason = None  # "the people who predict the weather: what's that career?"
        last = turns[-1] if turns else None
        on = (last.guides[0] if last is not None and last.guides else None) or career
        if reason is not None:
            return Drafted(refusal(reason, self._guides, on))
        if self._router.unreadable(message):
            return Drafted(rephrase(on))
        message = self._router.respelled(message)  # "salery" is read as "salary"
        embed = _Memo(self._retriever.embed)  # the same text is embedded once per answer
        question, route = self._route(message, turns, career, embed)
        if route.kind is RouteKind.UNCOVERED:
            return Drafted(uncovered(route, self._guides))
        if route.kind is RouteKind.CLARIFY:
            return Drafted(clarify(route, self._guides))
        if route.kind is RouteKind.OPEN and len(self._guides) > 1:
            if SEEKS_CAREERS.search(question):
                vector = embed(question)
                ranked = [
                    (slug, fit)
                    for slug, fit in self._router.rank(question, vector, titles=False)
                    if not CATCH_ALL.search(self._guides[slug].career)
                ]
                route = replace(route, careers=tuple(s for s, _ in ranked[: len(route.careers)]))
                return Drafted(
                    shortlist_draft(
                        question, vector, route, self._guides, self._retriever, self._bank
                    )
                )
            if JOB_SEARCH.search(question):
                return Drafted(job_search_draft(route, self._guides))
        defines = last is not None and defines_said(message, last.answer)  # "whats SCADA"
        previous = last if last is not None and (is_follow_up(message) or defines) else None
        shown = set(previous.guides) if previous is not None else set()
        if route.explicit and not set(route.careers) & shown:
            previous = None  # "tell me more about data scientists": a new career, asked anew
        compared = route.kind is RouteKind.COMPARE
        reading = read(message, question, last, previous, compared)
        intent, level, need = reading.intent, reading.level, reading.need
        if len(shown) > 1 and len(route.careers) == 1 and (intent or need):
            previous = None  # "what skills does the second one need?": that career, asked anew
        if compared:
            return self._compare(question, route.careers, intent, level, need, embed)
        focus = route.careers[0] if route.kind is RouteKind.ONE else None
        is_open = route.kind is RouteKind.OPEN
        vector, hits = self._retrieve(question, previous, route.careers, focus, embed, is_open)
        hits = [h for h in hits if h.chunk.section not in avoid]
        floor = self._min_similarity - (FACT_SIMILARITY_SLACK if intent else 0.0)
        if is_open:
            hits = _favour(hits, route.fit)
            floor -= OPEN_SLACK
        # "how long is school for it?", "I have a felony, could I get hired?": of that career
        asked_of_one = (need is not None or bool(stated(question))) and focus is not None
        if not hits or (hits[0].similarity < floor and not route.explicit and not asked_of_one):
            if is_open and previous is None and self._about_careers(message):
                nearest = shortlist_draft(
                    question, vector, route, self._guides, self._retriever, self._bank,
                    lead=NEAREST_LEAD,
                )  # fmt: skip
                if nearest.pieces:
                    return Drafted(nearest)
            return Drafted(refusal(OutOfScope.UNRELATED, self._guides, on))
        levels = bool(level) or bool(ABOUT_LEVELS.search(question))
        if need is Need.DUTIES and levels:
            need = None  # "what does a senior technician take on?": that level's section
        # the asked-for kind of section is sought in a known career only (named, or plainly
        # the one meant): across careers every guide has one, and the career must decide
        known = focus is not None or len(route.careers) == 1 or route.explicit
        wanted = need if known else None
        hits = self._focus.suit(hits, wanted, vector, focus or hits[0].chunk.guide, levels)
        if previous is not None and len(previous.guides) < 2:  # an item of one career's answer
            part = [] if intent or need else self._part(question, previous, vector)
            hits = self._focus.pointed_at(question, previous, vector) or part or hits
        hits = [h for h in hits if h.chunk.section not in avoid] or hits
        if need is Need.ALIASES and not answers(need, hits[0].chunk.section):
            return Drafted(refusal(OutOfScope.UNRELATED, self._guides, hits[0].chunk.guide))
        guide = self._guides[hits[0].chunk.guide]
        back = refers_back(message) or bool(AMONG.search(message))
        pointed = " ".join(last.sections) if last is not None and back else ""
        draft = (
            self._focus.whole_topic(question, vector, hits, guide, need)
            or (skills_draft(vector, self._bank, guide) if need is Need.LEARN and known else None)
            or answer_draft(self._bank, question, vector, hits, guide, intent, level, pointed)
        )
        if need is Need.DUTIES:  # what the job is, in a sentence, before its task list
            draft.pieces[:0] = summary_of(guide.slug, self._bank, draft.pieces)
        draft.retrieved = list(dict.fromkeys(h.chunk.section for h in hits))
        draft.retrieved_guides = list(
            dict.fromkeys([*(h.chunk.guide for h in hits), *route.careers])
        )
        # "I have a bad back…": what the guide says on it first, or that it says nothing
        if situated:
            draft.pieces = lead_with_situation(question, vector, guide, self._bank, draft.pieces)
        if route.named and route.kind is RouteKind.ONE and draft.pieces:  # "CNC machinist or…"
            named = f"I don't have a guide for {route.named} yet; here is the {guide.career} side."
            draft.pieces.insert(0, Piece(named, draft.pieces[0].source, "", "lead"))
        return Drafted(draft, hits, intent)

    def _instead(self, message: str, turns: list[Turn], career: str | None, last: Turn) -> Drafted:
        """An answer other than the last one word for word: about that answer, what its
        sections say besides, else its neighbours; a question the conversation did not help
        with ("would my supervisor experience count?") asked on its own, else from other
        sections."""
        on = last.guides[0] if last.guides else career
        said = frozenset(last.sections)
        pointed = is_follow_up(message) or len(message.split()) <= SHORT_REPLY  # "both please"
        tries: list[Callable[[], Drafted | None]] = [
            lambda: self._more_of(message, last) if pointed else None,
            lambda: (
                self._draft_one(f"{message} {last.question}", [], on, said) if pointed else None
            ),
            lambda: self._draft_one(message, [], on),
            lambda: self._draft_one(message, [], on, said),
        ]
        drafted = None
        for attempt in tries:
            drafted = attempt() or drafted
            if drafted is not None and not repeats(drafted.draft, last, message):
                return drafted
        assert drafted is not None
        return drafted

    def _more_of(self, message: str, last: Turn) -> Drafted | None:
        draft = more_of(last, self._bank, lambda: self._retriever.embed(message))
        if draft is None:
            return None
        draft.retrieved = [draft.topic, *last.sections]
        draft.retrieved_guides = list(last.guides)
        return Drafted(draft)

    def _part(self, message: str, previous: Turn, vector: np.ndarray) -> list[Hit]:
        """The sub-section of the last answer's section the follow-up names, as hits."""
        guide = self._guides.get(previous.guides[0]) if previous.guides else None
        target = named_part(message, guide, previous.sections) if guide else None
        keep = target.__eq__ if target else None
        return self._retriever.in_sections(guide.slug, keep, vector) if guide and keep else []

    def _about_careers(self, message: str) -> bool:
        """Names a covered career or talks of careers, in a corpus of several careers."""
        if len(self._guides) == 1:
            return False
        return bool(CAREER_TALK.search(message) or self._router.mentions(message))

    def _route(
        self, message: str, turns: list[Turn], career: str | None, embed: _Memo
    ) -> tuple[str, Route]:
        """The question to answer and where; a reply to "which one?" re-asks the question.
        A turn that named no career (a topic the guides don't cover) keeps the one before."""
        last = turns[-1] if turns else None
        current = last.guides if last is not None else []
        if not current:  # "whats the starting salary" after "pharmacy school debt?" (not covered)
            current = next((t.guides for t in reversed(turns[-RECENT_TURNS:]) if t.guides), [])
        n = ordinal(message)
        if n is not None and len(current) > 1 and n < len(current):  # "the second one"
            current = [current[n]]  # after a comparison: the career in that place
        both = BOTH.search(message) or WHICH_MORE.search(message)
        if both and len(current) < 2:  # "which of the two pays better?"
            recent = [t.guides[0] for t in reversed(turns[-RECENT_TURNS:]) if t.guides]
            current = (
                list(dict.fromkeys(recent))[:MAX_COMPARED] if len(set(recent)) > 1 else current
            )
        route = self._router.route(message, lambda: embed(message), page=career, current=current)
        picked = route.explicit and route.kind is RouteKind.ONE
        picked = picked and len(message.split()) <= PICK_WORDS
        if last is not None and last.mode == Mode.CLARIFY.value and picked:
            return last.question, route
        return message, route

    def _retrieve(
        self,
        message: str,
        previous: Turn | None,
        careers: Sequence[str],
        focus: str | None,
        embed: _Memo,
        anywhere: bool = False,
    ) -> tuple[np.ndarray, list[Hit]]:
        """Search within ``careers`` (and the whole corpus if ``anywhere``); a follow-up
        also searches in the previous turn's context."""
        prefix = self._guides[focus].career if focus else None

        def search(text: str) -> tuple[np.ndarray, list[Hit]]:
            vector = embed(f"{prefix}: {text}" if prefix else text)
            hits = self._retriever.search(expand(text), vector, k=8, guides=careers)
            if anywhere:
                hits = union(hits, self._retriever.search(expand(text), vector, k=8))
            return vector, hits

        vector, hits = search(message)
        if previous is not None:
            said = " ".join(
                without_markers(line.removeprefix("- ")) for line in previous.answer.splitlines()
            )
            context = said if refers_back(message) else previous.question
            _, with_context = search(f"{message} {context}")
            close = refers_back(message) or elliptical(message)
            weight = REFERENCE_CONTEXT_WEIGHT if close else FOLLOW_UP_CONTEXT_WEIGHT
            hits = blend(hits, with_context, weight)
            # a follow-up moving on has read the last answer, unless that answer spanned
            # several sections and the follow-up picks one ("and after lunch?")
            moving = moves_on(message) and len(previous.sections) < 2
            penalty = REPEAT_PENALTY if moving else 0.0
            hits = self._retriever.near(hits, previous.sections, CONTINUITY_BONUS, penalty)
            if keeps_to_answer(message, said):  # "what can I do about that?", "what kind?"
                hits = self._focus.ahead(hits, previous, vector)
            if not anywhere:  # the last answer's other career is not the one asked about now
                hits = [h for h in hits if h.chunk.guide in careers] or hits
        return vector, hits

    def _compare(
        self,
        message: str,
        careers: Sequence[str],
        intent: Intent | None,
        level: Level | None,
        need: Need | None,
        embed: _Memo,
    ) -> Drafted:
        """Each career's answer under its name, every part cited to its own guide."""
        asked = Asked(message, intent, level, need)
        compared = self._comparison.draft(
            asked, careers, lambda slug: self._retrieve(message, None, [slug], slug, embed)
        )
        if compared is None:
            return Drafted(refusal(OutOfScope.UNRELATED, self._guides))
        return Drafted(compared.draft, compared.hits, intent)


class _Memo:
    """Embeds each text once."""

    def __init__(self, embed: Callable[[str], np.ndarray]) -> None:
        self._embed = embed
        self._seen: dict[str, np.ndarray] = {}

    def __call__(self, text: str) -> np.ndarray:
        if text not in self._seen:
            self._seen[text] = self._embed(text)
        return self._seen[text]


def _favour(hits: list[Hit], fit: dict[str, float]) -> list[Hit]:
    """Hits re-ranked with how well their career fits the question."""
    moved = [
        Hit(h.chunk, h.score + CAREER_FIT_WEIGHT * fit.get(h.chunk.guide, 0.0), h.similarity)
        for h in hits
    ]
    return sorted(moved, key=lambda h: h.score, reverse=True)


def _asks_for(text: str) -> Intent | Need | None:
    """What a text asks for: a facts intent, else a kind of section."""
    return detect_intent(text) or detect_need(text)


def _joined(parts: list[Drafted], whole: Drafted) -> Drafted:
    """One answer of the halves' answers, in the order asked."""
    draft = joined([p.draft for p in parts], whole.draft.retrieved_guides)
    intent = next((p.intent for p in parts if p.hits), whole.intent)
    return Drafted(draft, [h for p in parts for h in p.hits], intent)


def _said_all(drafted: Drafted) -> Drafted:
    """The last answer again, told as all the guide says on it: never a silent repeat."""
    pieces = drafted.draft.pieces
    lead = Piece("That is all the guide says on it:", pieces[0].source, "", "lead")
    drafted.draft.pieces = [lead, *pieces]
    return drafted
