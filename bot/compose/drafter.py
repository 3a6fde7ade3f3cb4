"""From a message (and the conversation so far) to a cited draft answer, without an LLM:
one question's answer, never the last answer again word for word, and a message asking two
things answered in two halves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot.answer import Draft, Mode, Source
from bot.compose.asked_for import asks_for, asks_part
from bot.compose.bearing import nearest_only, one_disclaimer
from bot.compose.computing import computing_items
from bot.compose.drafted import Drafted
from bot.compose.grown import for_grown_ups
from bot.compose.halves import (
    Half,
    half_not_covered,
    halves,
    joined,
    spoken_to,
    told_or_answered,
)
from bot.compose.lists import folded_into_lists, led_lists, unattributed, unhung
from bot.compose.outlook import rate_quoted
from bot.compose.overview import asks_what_it_is, what_it_is
from bot.compose.own_pay import own_pay_compared
from bot.compose.pay_levels import pay_over_time
from bot.compose.plainly_told import PlainlyTold
from bot.compose.question import QuestionDrafter
from bot.compose.reading import answers_which, asks_another
from bot.compose.repeated import Repeated
from bot.compose.repeats import (
    nearest_said_before,
    new_since,
    pointed_back,
    repeats,
    said_once,
)
from bot.compose.required import asks_required, named_in
from bot.compose.rungs import names_rung, of_shown_rungs, there_named
from bot.compose.sides_weighed import asks_trait
from bot.compose.situated import situated as lead_with_situation
from bot.compose.titled import title_covered
from bot.compose.topic import topic_draft
from bot.compose.unsaid import never_named, unmentioned
from bot.compose.verdicts import verdicts_as_asked
from bot.compose.wage_scope import with_scope
from bot.retrieval.retriever import Hit, Retriever
from bot.retrieval.units import UnitBank
from bot.routing.router import Router
from bot.text import search_terms
from bot.understand.asked_again import asks_the_same, puts_right
from bot.understand.asks import without_complaints
from bot.understand.experience import years_told
from bot.understand.intents import Intent
from bot.understand.levels import RUNGS, detect_level
from bot.understand.references import elaborates
from bot.understand.situations import stated
from knowledge.model import Guide
from store.conversations import Turn

# Words around a career's name that ask nothing of it.
POINTING_WORDS = frozenset(
    {"ok", "okay", "so", "and", "what", "how", "about", "instead", "then", "or", "the", "one",
     # "ok um do you have anything on information security analyst?"
     "um", "uh", "hmm", "have", "got", "anything", "something", "info", "information", "guide",
     "guides", "any", "do", "you"}
)  # fmt: skip


class Drafter:
    """One question's draft, kept from repeating the last answer, or two halves' drafts."""

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
        self._one = QuestionDrafter(self._guides, retriever, bank, router, min_similarity)
        self._told = PlainlyTold(guides, retriever, bank, router)
        self._again = Repeated(self._one, retriever, bank)

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
        for welders?") gets both answers, or is told plainly which half the guide can't; one
        asking what comes first is told when the guide never says."""
        named = bool(self._router.mentions(message))
        drafted = self._draft(message, turns, career, named)
        pieces = folded_into_lists(said_once(drafted.draft.pieces), self._bank)
        if not named:  # a career named is answered as asked
            pieces = new_since(pieces, turns[-1] if turns else None, message)
        pieces = for_grown_ups(unattributed(unhung(pieces), message), message, turns)
        pieces = unhung(verdicts_as_asked(pieces, message))  # none left hanging
        pieces = led_lists(pieces, self._bank)  # a list's lead quoted: its items
        pieces = computing_items(pieces, message, self._guides)  # "which computer skills?"
        drafted.draft.pieces = with_scope(pieces, self._guides)  # whose pay the figures are
        self._told.tell(message, drafted.draft, career, turns)
        pieces = one_disclaimer(drafted.draft.pieces)  # "doesn't cover" once
        pieces = nearest_said_before(pieces, turns)  # "…nights at first?": not the same again
        cited = {p.source.guide for p in pieces if p.source.guide in self._guides}
        unknown_kind = drafted.intent is None and detect_level(message) is None  # not "low end?"
        if unknown_kind and drafted.draft.mode is Mode.CITED and len(cited) == 1:  # "math test?"
            pieces = nearest_only(message, self._guides[cited.pop()], pieces)
        drafted.draft.pieces = pieces
        return drafted

    def _draft(self, message: str, turns: list[Turn], career: str | None, named: bool) -> Drafted:
        whole = self._one.draft(message, turns, career)
        last = turns[-1] if turns else None
        # a career named and a thing asked of it is answered as asked, even if said before
        anew = named and asks_for(message) is not None
        anew = anew or (bool(LEFT_UNSAID.search(message)) and names_rung(message))
        pieces = whole.draft.pieces  # "…doesn't cover that." alone is said again, if asked again
        said_missing = bool(pieces) and all(
            p.kind == "lead" and not p.source.section for p in pieces
        )
        if (
            last is not None
            and not anew
            and not said_missing
            and repeats(whole.draft, last, message)
        ):
            if elaborates(message):  # "what kind?": more of that answer, or that it said all
                whole = self._again.more_of(message, last) or self._again.said_all(whole)
            elif pointed := pointed_back(whole.draft.pieces, message):  # "would i know the
                whole.draft.pieces = pointed  # schedule ahead? i need to plan": that sentence
            else:
                whole = self._again.instead(message, career, last)
        # "same questions" and a pick after "which one?" ask the last question again, whole
        again = last is not None and (
            asks_the_same(message)
            or answers_which(message, last)
            or (puts_right(message) and asks_for(message) is None)  # "no i meant linemen"
            or self._turns_to(message)  # "you only did the doctor side. what about designers?"
        )
        asked = last.question if again and last is not None else message
        kind = asks_for if EXAMPLE_AFTER.search(asked) else asks_part  # "is the job boring?
        # like what do you do hour to hour"; not "you said that already. ok forget the schedule"
        split = halves(self._router.respelled(without_complaints(asked)), kind)
        compared = sum(p.kind == "heading" for p in whole.draft.pieces) > 1  # each ask, each
        sole = next(iter(self._guides)) if len(self._guides) == 1 else None  # a one-guide site
        page = career if career in self._guides else sole
        refused = whole.draft.mode is Mode.REFUSAL and page is not None
        if split is None or (whole.draft.mode is not Mode.CITED and not refused) or compared:
            return whole
        original = whole
        if refused:  # "predictive maintenance, a real job title? what would i need to learn
            # for it": the half the guide answers is answered, the other said not covered
            whole = Drafted(Draft(Mode.CITED, [], retrieved_guides=[page or ""]))
        if (years := years_told(asked)) is not None:  # "with my 4 years, which tier
            # can I apply for, and the salary?": each half of the years told
            split = [replace(h, question=f"With my {years} years, {h.question}") for h in split]
        if not whole.draft.retrieved_guides:  # a whole of its own (a list of careers)
            return original
        if again:  # of the career now asked about, not the one the last question named
            split = [replace(h, question=self._unnamed(h.question)) for h in split]
        unknown = (h for h in split if not h.known and not asks_what_it_is(h.question))
        if any(self._names_only(h.topic or h.question) for h in unknown):
            return original  # "electricians and plumbers pay?", "what about X instead? pay?"
        guide = self._guides[whole.draft.retrieved_guides[0]]  # the career of the whole
        spans = never_named(guide, asked)  # "how much overtime…? is it paid?": a thing never
        if spans and not any(never_named(guide, h.question) for h in split):  # named, by neither
            return original  # half alone
        over_time = len(guide.facts.tiers) > 1 and pay_over_time(asked)
        levels = [h for h in split if over_time and pay_over_time(h.question)]
        if over_time and (not levels or len(levels) == len(split)):
            return original  # "whats the pay jump… and how many years does that take": levels
        split = [  # "…PLC stuff. how important is it": PLC; "is it boring?": the job; "…the
            # lead spot. What does it take to get there": to lead
            h if asks_trait(h.question) else replace(h, question=named_in(h.question, asked))
            for h in split
        ]
        split = [replace(h, question=there_named(h.question, asked)) for h in split]
        moved = last is not None and guide.slug not in last.guides  # "forget the nurse stuff.
        # what about data entry? does that need phones": each half of data entry, not the last
        drafted = [  # "how long til i'd move up from that pay, and is it physical?": the levels
            original if half in levels else self._draft_half(half, guide, [] if moved else turns)
            for half in split
        ]
        if all(d is None for d in drafted):
            return original
        own = own_pay_compared(guide, message)  # "what it pay…? Uber give me 600-700 per week"
        for half, part in zip(split, drafted, strict=True):
            if own and part and asks_for(half.question) is Intent.SALARY:
                part.draft.pieces = [p for p in part.draft.pieces if p.text != own.text] + [own]
        answered = [d.draft for d in drafted if d is not None]
        parts: list[Drafted] = []
        for half, part in zip(split, drafted, strict=True):
            if part is None:
                part = self._unanswered(half, whole, guide)
                if part is not whole and spoken_to(half, answered):  # "and the boring part?
                    continue  # does it get repetitive": the Cons' monotony answers it
            parts.append(part)
        halved = _joined(parts, whole)
        if stated(message):  # the circumstances lead the answer, once
            vector = self._retriever.embed(f"{guide.career}: {message}")
            pieces = lead_with_situation(message, vector, guide, self._bank, halved.draft.pieces)
            halved.draft.pieces = pieces
        return halved

    def _turns_to(self, message: str) -> bool:
        """``message`` asks the last question of a career it names, asking nothing itself."""
        turned = asks_another(message) and asks_for(message) is None
        return bool(turned) and bool(self._router.mentions(message))

    def _draft_half(self, half: Half, guide: Guide, turns: list[Turn]) -> Drafted | None:
        """One half's answer, or ``None`` when the guide has none: a half of a kind the bot
        knows, or about a career level ("how do I move up to lead", "the next level after
        that"), as any question is answered; another, from the guide's sentence nearest it."""
        quoted = rate_quoted(half.question, guide)  # "6% is that good or bad?": the outlook
        placed = detect_level(half.question) is not None  # "what about the top guys?"
        if (
            half.known
            or quoted
            or placed
            or names_rung(half.question)
            or asks_required(half.question)
        ):
            # of the whole's career; "PLC stuff… how important is it really?": what is required
            # "the next level" is after the last answer's, "a step in between" between them
            told = turns if not half.known or of_shown_rungs(half.question) else []
            drafted = self._one.draft(half.question, told, guide.slug, situated=False)
            return drafted if drafted.draft.mode is Mode.CITED else None
        if asks_what_it_is(half.question) and (overview := what_it_is(guide, self._bank)):
            return Drafted(overview)  # "whats that exactly and do i need college": the overview
        if thing := never_named(guide, half.question):  # "do techs usually get union jobs?"
            return Drafted(Draft(Mode.CITED, unmentioned(guide, thing)))
        asked = self._unnamed(half.topic or half.question)  # what is asked, not whom about
        draft = topic_draft(asked, self._retriever.embed(asked), self._bank, guide)
        if draft is None:
            return None
        draft.retrieved, draft.retrieved_guides = [draft.topic], [guide.slug]
        return Drafted(draft)

    def _unanswered(self, half: Half, whole: Drafted, guide: Guide) -> Drafted:
        """A half no section answers on its own: the whole answer when it speaks to it (never
        "doesn't cover 'Which is median?'" beside the median; the career's name it shares
        is no answer), else plainly not covered."""
        if not half.topic and told_or_answered(self._unnamed(half.question), whole.draft):
            return whole
        careers = self._router.careers  # "wheres copywriter in that? is that the writers one?"
        source = Source(guide.slug, guide.title, "", "")
        mentions = self._router.mentions(half.question)
        titled = title_covered(half.question, mentions, guide, careers[guide.slug], careers, source)
        return Drafted(Draft(Mode.CITED, [titled]) if titled else half_not_covered(half, guide))

    def _unnamed(self, text: str) -> str:
        """``text`` without the careers it names."""
        for mention in self._router.mentions(text):
            text = re.sub(re.escape(mention.words), " ", text, flags=re.IGNORECASE)
        return text

    def _names_only(self, text: str) -> bool:
        """``text`` names careers and asks nothing else ("what about avionics techs instead?")."""
        named = bool(self._router.mentions(text))
        left = set(search_terms(self._unnamed(text))) - POINTING_WORDS  # "what about foreman /
        return named and not {w for w in left if not re.fullmatch(RUNGS, w)}  # site supervisor?"


# The visitor says the last answer missed what they asked ("I asked what the SENIOR level
# involves"): a level they name is answered again, even if said before.
# An example after a question says what it means ("is it boring? like what do you do"): one
EXAMPLE_AFTER = re.compile(r"\?\s*(?:like|i mean|as in|e\.?g\.?)\b", re.IGNORECASE)
LEFT_UNSAID = re.compile(r"\bi (?:asked|meant|said|wanted)\b|\bnot (?:that|the) one\b", re.I)


def _joined(parts: list[Drafted], whole: Drafted) -> Drafted:
    """One answer of the halves' answers, in the order asked."""
    draft = joined([p.draft for p in parts], whole.draft.retrieved_guides)
    intent = next((p.intent for p in parts if p.hits), whole.intent)
    return Drafted(draft, [h for p in parts for h in p.hits], intent)
