"""Related careers that meet what a visitor asks of them ("anything similar to HVAC that pays
more?", "something close to this that's not going down and pays about the same", "other
jobs like this without college", "an environmental job closer to my 80k"): the careers a
guide lists as related, kept by pay, projected growth and entry education, each cited to
its own figures."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.labels import with_article
from bot.compose.own_pay import own_yearly
from bot.compose.pay import fact_piece
from bot.compose.wished import entry_rank, growth_of, median_pay
from bot.text import whole_words
from bot.understand.intents import Intent, detect_intent
from bot.understand.needs import Need, detect_need
from bot.understand.wishes import BELOW_DEGREE, EDUCATION_ORDER, wishes_of
from knowledge.model import Fact, Guide

MAX_LISTED = 4
# "…that pays more", "better paying", "for more money": more pay is asked of the others
PAYS_MORE = re.compile(
    r"\b(?:pays?|paying|earns?|makes?) (?:\w+ )?(?:more|better)\b|\b(?:better|higher)[- ]paying\b"
    r"|\bmore (?:money|pay)\b|\bpays? (?:a (?:little|bit) )?(?:more|better)\b",
    re.IGNORECASE,
)
# "pays about the same or more", "pay like this", "pay closer to that": about as much
PAYS_AS_MUCH = whole_words(
    r"(?:about |around |roughly )?the same(?: or (?:more|better))?",
    r"pays? (?:about |around )?(?:like|as much as) (?:this|that|it)",
    r"(?:pays?|paying) (?:\w+ )?closer to", r"(?:pays?|paying) (?:about|around) (?:that|the same)",
)  # fmt: skip
NOT_SHRINKING = whole_words(
    r"(?:not|isn'?t|aren'?t|isnt|arent|won'?t|wont) (?:\w+ )?(?:going down|shrinking|dying"
    r"|declining|drying up|disappearing)",
    r"(?:is|are|still) growing",
)
BACHELOR_ONLY = whole_words(r"(?:just|only) (?:a |the |my |with )?(?:bachelor'?s|ba|bs|4[- ]year)")
# "only needs an associates or a certificate", "just a 2 year degree"
ASSOCIATE_ONLY = whole_words(
    r"(?:just|only) (?:needs? |requires? |takes? )?(?:a |an |the |my |with )?(?:associate'?s"
    r"|associates|2[- ]year|two[- ]year|certificate|cert)"
)
# "is there an environmental job that…", "is there a more specialized repair type job…"
# not "are there actually jobs for carpenters right now": how much work there is
NOW = r"(?! (?:for (?:[\w-]+ ){1,2})?(?:right now|now|out there|these days|at the moment)\b)"
ONE_LIKE_IT = whole_words(
    rf"is there (?:a|an|any) (?:[\w-]+ ){{0,4}}(?:jobs?|careers?|roles?){NOW}",
    rf"are there (?:any )?(?:[\w-]+ ){{0,4}}(?:jobs|careers|roles){NOW}",  # "…hands-on jobs that"
)
# "something similar I could do with less school": an entry education below the career's
LESS_SCHOOL = whole_words(
    r"less (?:school(?:ing)?|college|education)",
    r"(?:shorter|quicker|less) (?:training|degree)",
    r"fewer years of (?:school|college)",
)
AS_MUCH = 0.9  # "about the same" pay: at least this share of the median weighed against


@dataclass(frozen=True)
class Asked:
    """What a question asks of the related careers: pay of at least ``pay`` (said as
    ``said``), growth, entry education no higher than ``entry``; pay ``near`` a sum first."""

    pay: float | None = None
    said: str = ""
    growing: bool = False
    entry: int | None = None
    near: float | None = None  # "closer to my 80k": the nearest to it first

    @property
    def any(self) -> bool:
        return self.pay is not None or self.growing or self.entry is not None


def related_meeting(question: str, guide: Guide, related: list[Guide]) -> Draft | None:
    """For a ``question`` asking for careers like ``guide``'s that pay more, about as much,
    are growing or need less school: of its ``related`` careers, those meeting every
    condition, best paid first; when none does, that is said with the nearest of them.
    ``None`` for another question."""
    asked = _asked(question, guide)
    if not asked.any or not (detect_need(question) is Need.RELATED or ONE_LIKE_IT.search(question)):
        return None
    candidates = [g for g in related if median_pay(g) is not None or not asked.pay]
    if not candidates:
        return None
    meeting = [g for g in candidates if _misses(g, asked) == 0]
    nearest = sorted(candidates, key=lambda g: (_misses(g, asked), -(median_pay(g) or 0.0)))
    chosen = sorted(meeting, key=lambda g: _order(g, asked)) or nearest
    figures = [_figures(other, asked) for other in chosen[:MAX_LISTED]]
    lead = _lead(guide, asked, found=bool(meeting), listed=len(figures[0]) == 1)
    pieces = [*_own_pay(question, guide), lead, *(piece for shown in figures for piece in shown)]
    draft = Draft(Mode.CITED, pieces, topic=lead.source.section)
    draft.retrieved = [lead.source.section]
    draft.retrieved_guides = [guide.slug, *(g.slug for g in chosen[:MAX_LISTED])]
    return draft


def _own_pay(question: str, guide: Guide) -> list[Piece]:
    """The career's own median, when a part of ``question`` asks its pay besides ("ok and
    pay? also are there related jobs that arent shrinking")."""
    fact = guide.facts.median_salary
    parts = re.split(r"(?<=[?.!])\s+", question.strip())
    asked = any(
        detect_intent(p) is Intent.SALARY and detect_need(p) is not Need.RELATED
        for p in parts  # "ok and pay?", not "I make around 80k now."
        if p.rstrip().endswith("?") and own_yearly(p) is None
        and not (PAYS_MORE.search(p) or PAYS_AS_MUCH.search(p))
    )  # fmt: skip
    if fact is None or not asked or len(parts) < 2:
        return []
    said = f"{guide.career} earn a median of {fact.value} a year."
    return [fact_piece(guide, fact, said, fact.value)]


def _asked(question: str, guide: Guide) -> Asked:
    """The conditions ``question`` sets, against ``guide``'s median or the visitor's pay."""
    wishes = wishes_of(question)
    own = median_pay(guide)
    told = own_yearly(question)
    pay, said, near = None, "", None
    if PAYS_AS_MUCH.search(question) and told:  # "I make around 80k… closer to that?"
        pay, said, near = AS_MUCH * told[0], f"closer to your ${told[0]:,.0f}", told[0]
    elif own is not None and PAYS_MORE.search(question):
        pay, said = own + 1, f"more than its median of ${own:,.0f}"
    elif own is not None and PAYS_AS_MUCH.search(question):
        pay, said = AS_MUCH * own, f"at least about its median of ${own:,.0f}"
    growing = wishes.growing or bool(NOT_SHRINKING.search(question))
    return Asked(pay, said, growing, _entry_asked(question, guide, wishes.no_degree), near)


def _entry_asked(question: str, guide: Guide, no_degree: bool) -> int | None:
    """The highest entry education ``question`` accepts, as a rank, if it sets one."""
    own = entry_rank(guide)
    if LESS_SCHOOL.search(question) and own:  # "something similar with less school"
        return own - 1
    if no_degree:
        return BELOW_DEGREE - 1
    if ASSOCIATE_ONLY.search(question):
        return BELOW_DEGREE
    if BACHELOR_ONLY.search(question):
        return EDUCATION_ORDER.index("bachelor's degree")
    return None


def _order(guide: Guide, asked: Asked) -> float:
    """Where ``guide`` stands in the list: nearest the sum asked for, else best paid first."""
    pay = median_pay(guide) or 0.0
    return abs(pay - asked.near) if asked.near is not None else -pay


def _misses(guide: Guide, asked: Asked) -> int:
    """How many of the conditions ``guide`` does not meet (an unknown figure misses)."""
    pay, rate, entry = median_pay(guide), growth_of(guide), entry_rank(guide)
    return sum(
        (
            asked.pay is not None and (pay is None or pay < asked.pay),
            asked.growing and (rate is None or rate <= 0),
            asked.entry is not None and (entry is None or entry > asked.entry),
        )
    )


def _lead(guide: Guide, asked: Asked, found: bool, listed: bool) -> Piece:
    """What the list was chosen by, cited to the guide's related careers or pay; leading
    into a ``listed`` one, else into each career's figures."""
    wanted = [
        *([f"pay {asked.said}"] if asked.pay is not None else []),
        *(["are projected to grow (2024–34)"] if asked.growing else []),
        *([_entry_said(asked.entry)] if asked.entry is not None else []),
    ]
    conditions = " and ".join(wanted)
    of = f"the careers the {guide.title} lists as related"
    text = f"Of {of}, these {conditions}" if found else f"None of {of} {conditions}; the nearest"
    text += ":" if listed else "."
    fact = guide.facts.median_salary
    section = fact.section if fact and asked.pay is not None else "Related Roles"
    anchor = fact.anchor if fact and asked.pay is not None else ""
    evidence = f"Median: {fact.value}" if fact and asked.pay is not None else ""
    return Piece(text, Source(guide.slug, guide.title, section, anchor), evidence, "intro")


def _entry_said(entry: int) -> str:
    return (
        "need no college degree to start"
        if entry < BELOW_DEGREE
        else f"need no more than {with_article(EDUCATION_ORDER[entry])} to start"
    )


def _figures(other: Guide, asked: Asked) -> list[Piece]:
    """``other``'s name and the figures the conditions weigh, each cited."""
    facts = other.facts
    shown: list[tuple[Fact | None, str]] = [
        (facts.median_salary, "a median of {value} a year"),
        (facts.growth_rate if asked.growing else None, "projected growth {value}"),
        (facts.entry_education if asked.entry is not None else None, "entry education: {lower}"),
    ]
    kept = [(f, template) for f, template in shown if f is not None]
    if len(kept) == 1:
        fact, template = kept[0]
        text = f"{other.career}: " + template.format(value=fact.value, lower=fact.value.lower())
        return [replace(fact_piece(other, fact, text, fact.value), kind="item")]
    pieces = [Piece(other.career, Source(other.slug, other.title, "", ""), "", "heading")]
    for fact, template in kept:
        text = template.format(value=fact.value, lower=fact.value.lower())
        pieces.append(fact_piece(other, fact, f"{text[0].upper()}{text[1:]}.", fact.value))
    return pieces
