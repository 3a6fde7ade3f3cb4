"""Careers side by side: each thing asked answered for each career, cited to its own guide;
which pays more, grows faster or has more openings said first."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from bot.answer import Draft, Figure, Mode, Piece, Source
from bot.compose.answering import compared_part
from bot.compose.extractive import unit_piece
from bot.compose.figures_weighed import grows_faster, higher_paid, less_schooling, more_openings
from bot.compose.focus import STAND_INS, Focus
from bot.compose.none_of import unmentioned_by_all
from bot.compose.refusals import not_covered
from bot.compose.shortlist import summary_of
from bot.compose.situated import asked_of_each, silent_in_all
from bot.compose.subjects import subjects_answer
from bot.retrieval.retriever import Hit
from bot.retrieval.units import UnitBank
from bot.text import whole_words
from bot.understand.asks import ASK_BREAK, asking_text, asks
from bot.understand.intents import JUDGES, Intent, detect_intent
from bot.understand.levels import Level
from bot.understand.needs import ASKS_LENGTH, Need, detect_need, part_need, uncovered_need
from bot.understand.wishes import education_rank
from knowledge.model import Guide

MAX_COMPARED = 3
LAST_SENTENCE = re.compile(r"(?<=[.!])\s+")  # "X vs Y. outlook and pay for each please"
# What each compared career is: "the difference", "what do they each do".
DIFFERENCE = whole_words(
    r"diff(?:erence)?s?",
    r"differ\w*",
    r"dif+e?r[ae]nces?",  # "diffrence"
    r"what do (?:they|both|each) (?:\w+ )?do",
    r"what (?:does|do) (?:each|either)",
)
# The work of a day asked of each ("what they do day to day"): a few tasks beside what it is
DAY_TO_DAY = whole_words(
    r"day[- ]to[- ]day", r"daily", r"every day", r"each day", r"at work", r"on the job"
)
TASKS_EACH = 3  # tasks of each career's duties beside its summary
TASKS_BESIDE = 2  # tasks of each when something else is asked of them too
DUTIES = "Key Responsibilities"
# Schooling weighed between the careers ("which needs less school?", "without a degree").
WEIGHS_SCHOOLING = whole_words(
    r"less", r"more", r"fewer", r"least", r"most", r"shorter", r"longer", r"quicker", r"faster",
    r"easier", r"(?:without|no|not|(?:don'?t|doesn'?t|do not|does not) (?:want|need|have))"
    r" (?:a |any )?(?:4[- ]year |four[- ]year |college |university )?degree",
)  # fmt: skip
OPENINGS = whole_words(r"openings?", r"(?:more|fewer|many|most) (?:\w+ )?jobs", r"hiring")
Ask = tuple[Intent | None, Need | None]
# A part asking a question of its own, not naming what a difference is in ("like school")
QUESTION = re.compile(
    r"^\W*(?:(?:and|so|but|also|wait|ok(?:ay)?|then|plus)\W+)*(?:do|does|did|is|are|can|could|"
    r"would|will|should|how|what|whats|what's|which|who|where|when|why)\b",
    re.IGNORECASE,
)
# A career's retrieval: the question's vector and the career's hits.
Retrieve = Callable[[str], tuple[np.ndarray, list[Hit]]]


@dataclass(frozen=True)
class Asked:
    """What the comparison's message asks, as the drafter read it."""

    message: str
    intent: Intent | None
    level: Level | None
    need: Need | None


@dataclass(frozen=True)
class Compared:
    """A comparison's draft and the hits it was made from."""

    draft: Draft
    hits: list[Hit]


class Comparison:
    """Drafts the answer comparing two or three careers."""

    def __init__(self, guides: dict[str, Guide], bank: UnitBank, focus: Focus) -> None:
        self._guides = guides
        self._bank = bank
        self._focus = focus

    def answer(
        self,
        asked: Asked,
        careers: Sequence[str],
        retrieve: Retrieve,
        vector_of: Callable[[Guide], np.ndarray],
    ) -> Compared | None:
        """:meth:`draft`, or the ratings of the school subjects asked ("which is less
        math-heavy?"); led by the circumstances no guide covers and followed by what each
        says on those asked ("also does my military time count?")."""
        guides = [self._guides[slug] for slug in careers if slug in self._guides]
        rated = subjects_answer(asked.message, guides, asked.need, self._bank)
        if rated is not None and not _asks_difference_too(asked.message):
            return Compared(rated, [])
        if rated is not None:  # "the difference in what they do, and do i need more math?"
            asked = Asked(asked.message, None, asked.level, Need.DUTIES)
        compared = self.draft(asked, careers, retrieve)
        if compared is None:
            return None
        if rated is not None:
            compared.draft.pieces += rated.pieces
        pieces = silent_in_all(asked.message, guides, compared.draft.pieces)
        if unsaid := unmentioned_by_all(guides, asked.message):  # "is it all commission?"
            pieces = [unsaid, *pieces]
        pieces = asked_of_each(asked.message, guides, self._bank, vector_of, pieces)
        compared.draft.pieces = pieces
        return compared

    def draft(self, asked: Asked, careers: Sequence[str], retrieve: Retrieve) -> Compared | None:
        """Each career's answer under its name, every part cited to its own guide; pay
        compared says which pays more (``None`` when no career has anything to say)."""
        message, level = asked.message, asked.level
        pieces: list[Piece] = []
        figures: list[Figure] = []
        openings: list[Figure] = []
        all_hits: list[Hit] = []
        asks = self._asks(asked)
        growth = any(i is Intent.GROWTH for i, _ in asks)
        schooling = any(n is Need.GET_IN for _, n in asks) and bool(
            WEIGHS_SCHOOLING.search(message)
        )
        entries: list[Figure] = []
        length = bool(ASKS_LENGTH.search(message))  # "how long is the schooling for each?"
        for slug in careers[:MAX_COMPARED]:
            guide = self._guides[slug]
            vector, hits = retrieve(slug)
            if not hits:
                continue
            heading = Source(slug, guide.title, "", "")
            pieces.append(Piece(guide.career, heading, "", kind="heading"))
            parts = []
            paths = [s.path_text for s in guide.walk()]
            for ask_intent, ask_need in asks:
                if ask_need is Need.DAY and uncovered_need(ask_need, paths):
                    ask_need = STAND_INS[ask_need]  # "day to day" of a guide with no day: duties
                if missing := uncovered_need(ask_need, paths):  # "part-time?": not covered
                    parts.append(Draft(Mode.CITED, [not_covered(guide, missing)]))
                    continue
                summary = summary_of(slug, self._bank, []) if ask_need is Need.DUTIES else []
                # "the difference (, and…)": what each is, briefly, not two whole task lists
                if summary and (len(asks) > 1 or DIFFERENCE.search(message)):
                    daily = bool(DAY_TO_DAY.search(message))  # "…day to day? and the pay":
                    shown = TASKS_EACH if len(asks) == 1 else TASKS_BESIDE  # fewer beside pay
                    tasks = _first_tasks(slug, self._bank)[:shown] if daily else []
                    parts.append(Draft(Mode.CITED, [*summary, *tasks]))
                    continue
                suited = self._focus.suit(
                    hits, ask_need, vector, slug, level is not None, general=length
                )
                parts.append(
                    compared_part(self._bank, message, vector, suited[:3], guide, ask_intent, level)
                )
            hits = self._focus.suit(hits, asks[0][1], vector, slug, level is not None)
            pieces += [piece for part in parts for piece in part.pieces]
            median = next((f for p in parts for f in p.figures if f.label == "Median"), None)
            if median is not None:
                figures.append(Figure(guide.career, median.value, median.text))
            if growth and (found := _outlook(guide, message)) is not None:
                openings.append(found)
            if schooling and (entry := _entry(guide)) is not None:
                entries.append(entry)
            all_hits += hits[:3]
        if not pieces:
            return None
        if len(openings) > 1:  # "which has more openings / grows faster?": said first
            lead = more_openings(openings) if OPENINGS.search(message) else grows_faster(openings)
            pieces.insert(0, Piece(lead, pieces[0].source, "", "lead"))
        if len(entries) > 1:  # "which needs less school?": said first, from BLS entry education
            pieces.insert(0, Piece(less_schooling(entries), pieces[0].source, "", "lead"))
        if len(figures) > 1:  # "which pays more?": said first, from the medians cited below
            pieces.insert(0, Piece(higher_paid(figures), pieces[0].source, "", "lead"))
        topic = asked.intent.value if asked.intent else all_hits[0].chunk.section
        draft = Draft(Mode.CITED, pieces, topic=topic, figures=figures if len(figures) > 1 else [])
        ranked = sorted(all_hits, key=lambda h: h.score, reverse=True)
        draft.retrieved = list(dict.fromkeys(h.chunk.section for h in ranked))
        draft.retrieved_guides = list(careers)
        return Compared(draft, all_hits)

    @staticmethod
    def _asks(asked: Asked) -> list[Ask]:
        """What to answer for each career: every ask of a two-part question; "the
        difference" alone is what each does, "which is better?" alone pay and outlook."""
        need = None if asked.need is Need.RELATED else asked.need  # the careers are named
        unasked = asked.intent is None and need is None
        asks: list[Ask] = [(asked.intent, need)]
        question = asking_text(asked.message)  # "the difference? I want to go paid": duties
        differs = unasked and DIFFERENCE.search(asked.message)
        if differs or _ask(question) == (None, Need.DUTIES):
            asks = [(None, Need.DUTIES)]  # "the difference": what each does
        elif unasked and (named := part_need(question)) is not None:
            asks = [(None, named)]  # "which is more realistic without going back to school?"
        elif unasked and JUDGES.search(asked.message):
            asks = [(Intent.SALARY, None), (Intent.GROWTH, None)]
        found = compared_asks(asked.message) or asks
        if (Intent.SALARY, None) not in found and _judged_alone(asked.message):
            found = [(Intent.SALARY, None), *found]  # "which one is better and how long…"
        return found


# Which career is better, asked plainly ("Which one is better", "is it better than being an
# electrician?"), not a verdict on something else ("is switching worth it").
WHICH_BETTER = whole_words(
    r"(?:which|what)(?: one| job| career| trade)? (?:is|would be|'?s|will be) (?:the )?(?:better|"
    r"best)",
    r"(?:is|would) (?:it|that|this|\w+) (?:be )?(?:any )?better than",
)


def _judged_alone(message: str) -> bool:
    """A part of ``message`` asks which is better and nothing more ("Which one is better and
    how long is the training for each?"): the pay answers it first."""
    pieces = ASK_BREAK.split(asking_text(message))
    return any(WHICH_BETTER.search(p) and _ask(p) == (None, None) for p in pieces if p)


def compared_asks(message: str) -> list[Ask]:
    """Each kind of thing a comparison asks, in order, when it asks more than one."""
    pieces = asks(message, _ask_or_none) or asks(LAST_SENTENCE.split(message)[-1], _ask_or_none)
    found = [(piece, _ask(piece)) for piece in pieces]  # "X vs Y. outlook and pay for each"
    # "the difference? like school and pay": the difference is what the other asks name;
    # beside a question of its own ("…different, and do i need a degree?") it is the work
    named = [ask for piece, ask in found if ask != (None, Need.DUTIES) or detect_need(piece)]
    questions = [piece for piece, ask in found if ask in named and QUESTION.match(piece)]
    if 1 < len(named) < len(found) and not questions:
        return named
    return [ask for _, ask in found]


def _ask(text: str) -> Ask:
    """The facts intent or kind of section ``text`` asks; "the difference" is what each does;
    careers compared by name ask no list of others ("I mean other jobs. Like…")."""
    intent = detect_intent(text)
    need = None if intent else part_need(text)
    need = None if need is Need.RELATED else need
    if intent is None and need is None and DIFFERENCE.search(text):
        need = Need.DUTIES
    return intent, need


def _asks_difference_too(message: str) -> bool:
    """One part of ``message`` asks the difference between the careers, beside another."""
    pieces = asks(message, lambda piece: piece)
    return len(pieces) > 1 and any(_ask(p) == (None, Need.DUTIES) for p in pieces)


def _ask_or_none(text: str) -> Ask | None:
    found = _ask(text)
    return found if found != (None, None) else None


def _outlook(guide: Guide, message: str) -> Figure | None:
    """The guide's openings (when asked) or growth rate, as a number to compare."""
    found = guide.facts.annual_openings if OPENINGS.search(message) else None
    found = found or guide.facts.growth_rate
    number = re.match(r"\s*([-+\N{MINUS SIGN}]?\d[\d,.]*)", found.value) if found else None
    if found is None or number is None:
        return None
    value = float(number[1].replace(",", "").replace("\N{MINUS SIGN}", "-"))
    return Figure(guide.career, value, found.value)


def _entry(guide: Guide) -> Figure | None:
    """The guide's typical entry education, ranked to compare (``None``: not stated)."""
    fact = guide.facts.entry_education
    rank = education_rank(fact.value) if fact is not None else None
    if fact is None or rank is None:
        return None
    return Figure(guide.career, float(rank), fact.value.strip().rstrip("."))


def _first_tasks(slug: str, bank: UnitBank) -> list[Piece]:
    """The first few tasks of a career's duties, as list items."""
    units = [bank.units[i] for i in bank.of_section(slug, DUTIES)]
    return [unit_piece(u, "item") for u in units if u.is_item][:TASKS_EACH]
