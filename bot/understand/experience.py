"""Years of experience: the visitor's own ("I have 15 years", "6 yrs machinist's mate") and
the span one career level asks for ("Experience: 2-5 years", "5+ years")."""

from __future__ import annotations

import math
import re

from bot.understand.levels import Level
from bot.understand.needs import SENTENCE_END

LEVELS_BY_PLACE = (Level.ENTRY, Level.MID, Level.SENIOR)  # a career's levels, lowest first
YEARS = r"(\d{1,2})\+?\s*(?:years?|yrs?)\b(?! old| ago| from| later| in school)"
# A number of years the visitor has: in a sentence of their own, or "N years of experience".
OWN_YEARS = re.compile(
    rf"\b(?:i|i'?ve|ive|i'?m|im|my)\b[^.?!]*?\b{YEARS}|^\W*{YEARS}|\b{YEARS}(?: of)? experience"
    rf"|\bwith (?:my |about |over |almost )?{YEARS}"
    # the "I" left out: "was 91B wheeled vehicle mech 6 yrs", "did 22 years in logistics"
    rf"|^\W*(?:was|been|did|spent|worked|working|had|got|served)\b[^.?!]*?\b{YEARS}",
    re.IGNORECASE | re.MULTILINE,
)
SPAN = re.compile(r"\b(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\s*years\b|\b(\d{1,2})\+\s*years\b", re.I)
# A level named by the years the guide gives for it ("the 2-5 years one", "the 5+ year tier"):
# no years of the visitor's own.
LEVEL_SPAN = r"\d{1,2}\s*(?:-|–|to)\s*\d{1,2}|\d{1,2}\s*\+"  # "2-5", "5+": a level's years
RUNG_YEARS = re.compile(
    rf"\b(?:the )?(?P<span>{LEVEL_SPAN})\s*(?:years?|yrs?)"
    r"(?: of experience)?\s*(?:one|tier|level|rung|stage)\b",
    re.I,
)
# A question of where the visitor stands among a career's levels.
ASKS_LEVEL = re.compile(
    r"\b(?:levels?|tiers?|slot in|fit in|(?<!too old to )(?<!too late to )start (?:at|as|out as)"
    r"|junior|senior|entry[- ]level|"
    r"mid[- ]level|where (?:would|do|will|could) i (?:be|start|land|fit)|rank)\b",
    re.IGNORECASE,
)


# Years a career asks or the visitor denies having ("pilots need less than 5 yrs
# experience?", "i dont have 5 years of anything"): none of the visitor's own
NOT_HELD = re.compile(
    r"\b(?:need|needs|needed|require|requires|required|take|takes|ask|asks|asking)\b"
    r"(?: \w+){0,3} $"
    r"|\b(?:don'?t|dont|do not|doesn'?t|never|haven'?t|havent|have not)\b(?: \w+){0,2} $",
    re.IGNORECASE,
)


def own_years(text: str) -> int | None:
    """The years of experience ``text`` says the visitor has, if it says so."""
    for sentence in SENTENCE_END.split(text):
        for found in OWN_YEARS.finditer(sentence):
            group = next(n for n, g in enumerate(found.groups(), 1) if g)
            if not NOT_HELD.search(sentence[: found.start(group)]):
                return int(found[group])
    return None


# What one named level asks of a technician: that level is asked about, not where the
# visitor's years stand.
WHAT_A_LEVEL_ASKS = re.compile(
    r"\b(?:expected|required|needed|involved|asked) (?:at|of|in|for) (?:the |a )?(?:junior|mid"
    r"|senior|lead|entry)\b"
    # "what do senior technicians actually do that I don't at my level?"
    r"|\bwhat (?:do|does|would|will) (?:a |an |the )?(?:junior|mid|senior|lead|entry)[\w-]*"
    r"(?: \w+){0,3} (?:do|handle|need|know)\b",
    re.IGNORECASE,
)
# Moving to another level ("what do I need to move up to senior?"): that level is asked
# about, not the one the visitor's years hold.
MOVING_UP = re.compile(
    r"\b(?:(?:move|moving|step|stepping|work my way|go|going) up|promot\w*|next (?:level|tier|rung"
    r"|step)|"
    r"advanc\w*|(?:get|move|rise|go) to (?:senior|lead|supervisor|the top)|"
    r"become an? (?:senior|lead|supervisor)|separates? (?:me|us|him|her|them) from|"
    r"(?:gap|difference) between (?:me|us|my level) and"
    r"|how (?:many|long) (?:\w+ ){0,2}(?:til|till|until|to (?:get|reach|become|make)))\b",
    re.IGNORECASE,
)


# The lowest level asked to be skipped: where the visitor's years would place them
SKIPS_LEVEL = re.compile(
    r"\bskip(?:ping)? (?:the |a )?(?:junior|entry|first|bottom|lowest)\b"
    r"|\bstart (?:above|higher than|past) (?:the )?(?:junior|entry|bottom)\b"
    # "would my 4 yrs in the navy get me above entry level though?"
    r"|\b(?:get|put|place|land|bump) (?:me|you|him|her|them) (?:above|past|higher than|beyond)"
    r" (?:the )?(?:junior|entry|bottom)\b",
    re.IGNORECASE,
)


def stands_among_levels(text: str) -> int | None:
    """The visitor's own years of experience when ``text`` asks which level they are at
    ("I have 15 years, what level is that?"), not how to move up, else ``None``."""
    if SKIPS_LEVEL.search(text) and (own := own_years(text)) is not None:
        return own  # "3 years as engineer in factory. Can I skip the junior level?"
    if MOVING_UP.search(text) or not ASKS_LEVEL.search(text) or RUNG_YEARS.search(text):
        return None
    if WHAT_A_LEVEL_ASKS.search(text):  # "whats expected at the mid level? to see if I qualify"
        return None
    return own_years(text)


def years_span(text: str) -> tuple[int, float] | None:
    """The years of experience a level's ``text`` states: (2, 5) for "2-5 years", (5, inf)
    for "5+ years"."""
    found = SPAN.search(text)
    if found is None:
        return None
    if found[3]:
        return int(found[3]), math.inf
    return int(found[1]), float(found[2])


# The level above the visitor's own: "with my 4 years, what's the next tier up?"
NEXT_UP = re.compile(
    r"\bnext (?:level|tier|rung|step)\b|\b(?:level|tier|rung) (?:up|above)\b", re.I
)
ABOVE = 0.5  # years past a level's first year: inside it, not in the level it overlaps


def years_told(text: str) -> int | None:
    """The visitor's own years when ``text`` asks where they stand among a career's levels
    or the next level up from there."""
    held = stands_among_levels(text)
    return held if held is not None or not NEXT_UP.search(text) else own_years(text)


def years_above(text: str, spans: list[str]) -> float | None:
    """Years inside the level after the one the visitor's own years hold, when ``text`` asks
    the next level up ("with my 4 years, what's the next tier up?"); ``spans`` are the
    levels' years of experience, lowest first."""
    own = own_years(text) if NEXT_UP.search(text) else None
    if own is None:
        return None
    for place, span_text in enumerate(spans[:-1]):
        span, following = years_span(span_text), years_span(spans[place + 1])
        if span and following and span[0] <= own < span[1]:
            return following[0] + ABOVE
    return None


# A level's years said back as a question ("7+ years tho?? so my manager experience…"): the
# guide's figure doubted, no years of the visitor's own.
SAID_BACK = re.compile(rf"^\W*(?:{LEVEL_SPAN})\s*(?:years?|yrs?)\b(?:\s+\w+)?\s*\?", re.I)


# Years told with no background in the work ("i taught 5th grade for 30 yrs, zero technical
# background"): they place the visitor at the first level, not by their number.
NO_BACKGROUND = re.compile(
    r"\b(?:(?:zero|no|little|without(?: any)?) (?:technical |mechanical |relevant |related |"
    r"industry |manufacturing |plant |factory |hands[- ]on |real )?(?:background|experience)"
    r"|never (?:touched|worked (?:on|with|in)|used|operated|run|ran|been in) (?:a |an |any )?"
    r"(?:machines?|plants?|factor(?:y|ies)|tools?|equipment))\b",
    re.IGNORECASE,
)


def placed_years(text: str, spans: list[str]) -> tuple[float | None, bool]:
    """The years that place the visitor among levels of ``spans``: their own when ``text``
    asks where they stand ("I have 15 years. what level?"), none when they say they have no
    background in the work, or years inside the level above theirs when it asks the next one
    up (then ``True``)."""
    if SAID_BACK.match(text):
        return None, False
    held = stands_among_levels(text)
    if held is not None:
        return (0.0 if NO_BACKGROUND.search(text) else held), False
    above = years_above(text, spans)
    return above, above is not None


def held_place(spans: list[str], years: float) -> int | None:
    """The place, lowest first, of the highest of a career's levels whose ``spans`` of
    experience ("0-2 years", "2-5 years", "5+ years") hold ``years``: at a bound both levels
    share ("0-2", "2-5" for 2 years) the years have reached the higher."""
    held = [place for place, text in enumerate(spans) if (span := years_span(text))
            and span[0] <= years <= span[1]]  # fmt: skip
    return held[-1] if held else None


def level_for_years(spans: list[str], years: float) -> Level | None:
    """The pay level of a career whose levels state ``spans`` of experience ("0-2 years",
    "2-5 years", "5+ years"), lowest first, that ``years`` of experience hold."""
    place = held_place(spans, years)
    return None if place is None else LEVELS_BY_PLACE[min(place, len(LEVELS_BY_PLACE) - 1)]
