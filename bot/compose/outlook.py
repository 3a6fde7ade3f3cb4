"""A career's outlook from its headline facts: the growth rate and how it compares with all
occupations, openings, market demand, and what the guide says of automation when asked."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece
from bot.compose import roles
from bot.compose.mentioned import lines_naming
from bot.compose.pay import fact_piece
from bot.understand.asks import asking_text
from bot.understand.needs import Need, detect_need
from knowledge.facts import PACE
from knowledge.model import Fact, Guide

AUTOMATION = re.compile(
    r"\b(?:automat\w*|robot\w*|ai|artificial intelligence|machines? (?:learning|taking))\b",
    re.IGNORECASE,
)
OUTLOOK = re.compile(r"trend|outlook|demand|challenge|growth|future", re.IGNORECASE)
DEMAND = re.compile(r"\b(?:demand|hiring|openings)\b", re.IGNORECASE)
PERCENT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?) ?%")
# The rate judged ("is 6% good?", "is that fast?"): how it compares with all occupations
JUDGED = re.compile(
    r"\b(?:good|bad|fast|slow|average|normal|high|low|a lot|much|compare\w*|decent)\b",
    re.IGNORECASE,
)
PAY_WORDS = re.compile(r"\$|\b(?:pay|paid|salary|raise|earn|make|top)\b", re.IGNORECASE)


def growth_pieces(guide: Guide, message: str) -> list[Piece]:
    """The growth rate and how it compares, openings and demand (first when asked), and
    the guide's lines on automation when the message asks about it."""
    f, role = guide.facts, roles.people(guide) or guide.career
    rate = (f.growth_rate, _growth_sentence(f.growth_rate), "Growth Rate")
    judged = JUDGED.search(asking_text(message))  # "is 6% good?", not "…pays a lot more. but…"
    said_pace = f.growth_pace if _labelled(f.growth_pace) or judged else None
    pace = (said_pace, _pace_sentence(f.growth_pace), "Status")
    openings = (
        f.annual_openings,
        "About {value} openings a year are projected.",
        "Annual Openings",
    )
    demand = (f.market_demand, "The guide rates market demand as {lower}.", "Market demand")
    if DEMAND.search(message):
        return stated(guide, demand, openings, rate, pace, role=role)  # what was asked, first
    said = stated(guide, rate, pace, openings, demand, role=role)
    if AUTOMATION.search(message):  # "r robots going to take this job": what it says of them
        told = {piece.text for piece in said}
        said += [p for p in lines_naming(guide, AUTOMATION, OUTLOOK) if p.text not in told]
    return said


def automation_skills_told(message: str, draft: Draft, guide: Guide) -> None:
    """``draft`` given, in place, the guide's lines on the skills automation calls for, when
    ``message`` asks what to learn against it ("what skills should i focus on so the robots
    dont replace me?"): its trends and growth paths, not only the basic skill list."""
    if draft.mode is not Mode.CITED or detect_need(message) is not Need.LEARN:
        return
    if not AUTOMATION.search(asking_text(message)):
        return
    said = {p.text for p in draft.pieces}
    draft.pieces += [p for p in lines_naming(guide, AUTOMATION, OUTLOOK) if p.text not in said]


def rate_quoted(message: str, guide: Guide) -> bool:
    """``message`` quotes the guide's growth rate, not a pay figure ("6% is that good?")."""
    rate = guide.facts.growth_rate
    quoted = PERCENT.search(rate.value) if rate is not None else None
    said = {m[1] for m in PERCENT.finditer(message)}
    return quoted is not None and quoted[1] in said and not PAY_WORDS.search(message)


def stated(guide: Guide, *facts: tuple[Fact | None, str, str], role: str = "") -> list[Piece]:
    """A sentence per fact the guide has: the template filled, the label line as evidence."""
    return [
        fact_piece(
            guide,
            fact,
            template.format(value=fact.value, lower=fact.value.lower(), role=role),
            f"{label}: {fact.value}",
        )
        for fact, template, label in facts
        if fact is not None
    ]


def _growth_sentence(rate: Fact | None) -> str:
    """A template for the growth rate, worded for a fall as well as a rise."""
    if rate is not None and rate.value.lstrip().startswith(("-", "\N{MINUS SIGN}")):
        return "Employment of {role} is projected to change by {value}, a decline."
    return "Employment of {role} is projected to grow {value}."


def _labelled(pace: Fact | None) -> bool:
    """``pace`` is a guide's own label ("Status: Growing at an average pace"), not the BLS
    wording its outlook sentences already carry."""
    return pace is not None and not PACE.fullmatch(pace.value)


def _pace_sentence(pace: Fact | None) -> str:
    """How the rate compares ("That is faster than the average for all occupations (3%).")."""
    if pace is not None and not _labelled(pace):
        return "That is {lower}."
    return "The guide calls that {lower}."  # "Status: Growing at an average pace"
