"""Which of a career's levels a message asks about: by name ("move up to supervisor"), by
place ("the third tier"), as the next one, or as those after one ("the levels after junior")."""

from __future__ import annotations

import re

from bot.retrieval.units import UnitBank
from bot.understand.asks import asking_text
from bot.understand.experience import RUNG_YEARS, SKIPS_LEVEL, years_span
from bot.understand.levels import LEVEL_SHOWN, without_school_years
from bot.understand.needs import Need, one_level
from knowledge.model import Guide

# Kinds of question a career level's section answers for that level ("what skills does a
# lead need?", "what does a junior do?").
LEVEL_NEEDS = frozenset((Need.LEARN, Need.DUTIES, Need.GET_IN))
WAYS_ON = frozenset((Need.ADVANCE, Need.RELATED))  # up in the career, or out of it
# Kinds of section no career level's text answers (its software, hazards, employers…)
OFF_LEVELS = frozenset(
    (Need.TOOLS, Need.SETTING, Need.SAFETY, Need.FIT, Need.INDUSTRIES, Need.REGIONS, Need.COST,
     Need.APPLY, Need.ALIASES, Need.MISTAKES)
)  # fmt: skip
# A rung named ("move up to supervisor", "a junior tech"), or the one after the last.
RUNG_NAME = re.compile(  # not the verb: "could this job lead into quality assurance?"
    r"\b(junior|senior|lead(?!s? (?:(?:me|you|u|him|her|them|someone|people) )?(?:to|into|in"
    r"|up to|anywhere|somewhere)\b)|supervisor|manager|entry|mid"
    r"|middle(?= (?:level|tier|rung|stage|step|one)))s?\b",
    re.I,
)
# The level named as the career itself ("a regular production technician", "mid level")
PLAIN_RUNG = re.compile(r"\b(?:regular|normal|standard|ordinary|plain|mid|middle)\b", re.I)
# The levels between two the last answer gave ("is there a step in between those two?")
BETWEEN_RUNGS = re.compile(
    r"\b(?:step|level|tier|rung|stage|one|something|anything|nothing|title)s? (?:in )?between\b",
    re.I,
)
# The levels between two named ones ("is there nothing between junior and senior?")
BETWEEN_NAMED = re.compile(
    r"\bbetween (?:the |a |being )?(junior|senior|lead|entry|mid)s?(?: \w+)? (?:and|&) "
    r"(?:the |a )?(junior|senior|lead|supervisor|entry|mid)s?\b",
    re.I,
)
# Every level asked about, though some are named ("junior then senior or whatever, the levels
# once you're working. how many years at each"): the whole ladder, no level of it.
EVERY_RUNG = re.compile(
    r"\b(?:all|every|each of) (?:the |its )?(?:levels?|tiers?|rungs?|stages?)\b"
    r"|\bthe (?:levels|tiers|rungs)\b(?! (?:after|above|below|before|between|past|beyond))",
    re.I,
)
# A level by its place among the levels ("the third tier", "the top level")
RUNG_PLACE = re.compile(
    r"\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|top|highest|last|bottom|lowest)"
    r" (?:tier|level|rung|stage)s?\b",
    re.I,
)
PLACES = {"first": 0, "1st": 0, "bottom": 0, "lowest": 0, "second": 1, "2nd": 1, "third": 2,
          "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4, "5th": 4, "top": -1, "highest": -1,
          "last": -1}  # fmt: skip
# "a normal next step" judges another job as a move ("is quality engineering a normal next
# step from production tech"), asking no level
JUDGED_NEXT = "".join(
    f"(?<!{w} )" for w in ("a", "an", "normal", "natural", "logical", "common", "typical", "usual")
)
NEXT_LEVEL = re.compile(
    rf"\b{JUDGED_NEXT}next (?:level|tier|step|rung|stage|one up)\b"
    r"|\b(?:level|tier|step) (?:above|after) (?:that|it|this)\b",
    re.I,
)
# The career's highest level ("what's the ceiling?", "the highest this job goes")
CEILING = re.compile(
    r"\bceiling\b|\bhighest (?:it|this job|the job|this career|you|i|one) (?:can )?(?:goes|go|"
    r"gets|get)\b|\b(?:top|highest) (?:job )?(?:title|position|rank)s?\b",
    re.I,
)
# The lowest level, as where one starts ("what would my first job title be?")
FIRST_RUNG = re.compile(
    r"\bfirst (?:job|role|position)(?: title)?\b|\bstarting (?:position|role|title|job)\b"
    # "the first few months", "do they train you?": the entry level's time
    r"|\bfirst (?:few |couple (?:of )?)?(?:months|weeks)\b|\bstarting out\b"
    r"|\bfirst (?:year|day|week|month)s?\b"  # "what would my first year be like"
    r"|\b(?:do|does|will|would) (?:\w+ ){1,2}train (?:you|u|me|us|beginners|newbies)\b"
    # "can i get hired with like zero experience?": where a beginner starts
    r"|\b(?:zero|no|0) (?:prior |real |work )?experience\b|\bnever (?:worked on|touched) an?\b",
    re.I,
)
# The levels above a named one ("what are the levels after junior?")
AFTER_RUNG = re.compile(
    r"\b(?:after|above|beyond|past|over) (?:the |a )?(junior|senior|lead|entry|mid)s?\b", re.I
)

# The level one aims at ("how long does it take to make senior tech?", "get to lead")
TO_RUNG = re.compile(
    r"\b(?:make|making|reach|reaching|get to|getting to|become|becoming|promoted to|move up to|"
    r"moving up to|bumped (?:up )?to) (?:a |an |the )?(senior|lead)s?\b",
    re.I,
)
# The way to a level the story names, pointed at ("what does it take to get there")
AIMED_RUNGS = frozenset(("senior", "lead", "supervisor"))  # rungs a story aims at
THERE = re.compile(
    r"\b(get|getting|make it|reach|reaching|move up) (?:there|that far)\b", re.IGNORECASE
)
# The level one moves up from ("what skills to move up from junior", "what gets you bumped from
# junior to that"): the one after it is asked about.
FROM_RUNG = re.compile(
    r"\b(?:up|bumped|promoted|advance|advancing|moving|move|step|go|get|getting) (?:up )?from "
    r"(?:the |a |being (?:an? )?)?(junior|senior|lead|entry|mid)s?\b",
    re.I,
)


# A level ruled out ("the Lead level specifically, not senior"): not asked about.
NOT_RUNG = re.compile(
    r"\b(?:not|rather than|instead of)\s+(?:the\s+|a\s+)?(?:senior|junior|mid(?:[- ]?level)?|"
    r"lead|entry(?:[- ]?level)?|supervisor)\b",
    re.IGNORECASE,
)


def _asking(text: str) -> str:
    """The asking sentences of ``text``, without years of school ("I'm a junior in college"),
    the levels it rules out or the one it says the last answer was at; a question of the way
    "there" is asked of the level the story aims at ("…going for the lead / supervisor spot.
    What does it take to get there")."""
    asking = asking_text(text)
    if THERE.search(asking) and not RUNG_NAME.search(asking) and _aimed(text):
        asking = text
    return LEVEL_SHOWN.sub(" ", NOT_RUNG.sub(" ", without_school_years(asking)))


def there_named(half: str, message: str) -> str:
    """``half`` of ``message`` with the way "there" read as the way to the level the rest
    of the message names ("…going for the lead spot. What does it take to get there")."""
    if not THERE.search(half) or RUNG_NAME.search(half) or not (aimed := _aimed(message)):
        return half
    return THERE.sub(lambda way: f"{way[1]} to {aimed}", half)


def _aimed(text: str) -> str:
    """The first rung ``text`` names that a story aims at ("the lead / supervisor spot"), not
    a job's own word ("the transportation manager type jobs"), else ``""``."""
    named = (m[1].lower() for m in RUNG_NAME.finditer(NOT_RUNG.sub(" ", text)))
    return next((n for n in named if n in AIMED_RUNGS), "")


def guide_levels(bank: UnitBank, guide: str) -> list[str]:
    """The sections of ``guide`` that each describe one of its levels, lowest first."""
    sections = (bank.units[i].chunk.section for i in bank.of_guide(guide))
    return [s for s in dict.fromkeys(sections) if one_level(s)]


def by_place(text: str) -> bool:
    """``text`` asks about a career level by its place among the levels ("the third tier")."""
    return bool(RUNG_PLACE.search(_asking(text)))


def names_rung(text: str) -> bool:
    """``text`` asks about a career level by name or as the next one ("…move up to lead")."""
    asking = _asking(text)
    named = (
        RUNG_NAME.search(asking)
        or RUNG_PLACE.search(asking)
        or RUNG_YEARS.search(text)
        or CEILING.search(asking)
        or FIRST_RUNG.search(asking)
    )
    return bool(named or NEXT_LEVEL.search(text) or asks_between(text))


def of_shown_rungs(text: str) -> bool:
    """``text`` asks a level by the last answer's ("the next level", "a step in between")."""
    return bool(NEXT_LEVEL.search(text) or BETWEEN_RUNGS.search(text))


def asks_between(text: str) -> bool:
    """``text`` asks the levels between two the last answer gave ("a step in between?") or
    two it names ("nothing between junior and senior?")."""
    return bool(BETWEEN_RUNGS.search(text) or BETWEEN_NAMED.search(text))


def rungs_asked(
    message: str,
    levels: list[str],
    career: str,
    shown: list[str],
    spans: dict[str, str] | None = None,
) -> list[str]:
    """The sections of ``levels`` (lowest first) that ``message`` asks about; ``shown``: the
    sections of the last answer, for "the next level"; ``career``: the career's own name,
    which is also its plain level; ``spans``: each level's text, for the years it gives."""
    asking = _asking(message)
    if EVERY_RUNG.search(asking):
        return []
    between: list[str] = []
    if named := BETWEEN_NAMED.search(asking):  # "nothing between junior and senior?"
        ends = [n for word in named.groups() for n in _placed(word, levels, career)]
        between = levels[min(ends) + 1 : max(ends)] if len(ends) > 1 else []
    asked = _rungs_named(message, asking, levels, career, shown, spans)
    return [s for s in levels if s in between or s in asked]


def _rungs_named(
    message: str,
    asking: str,
    levels: list[str],
    career: str,
    shown: list[str],
    spans: dict[str, str] | None,
) -> list[str]:
    """The sections of ``levels`` ``message`` (its asking part: ``asking``) names, as
    ``rungs_asked`` reads them."""
    if (years := RUNG_YEARS.search(message)) and spans:  # "the 2-5 years one"
        asked = years_span(f"{years['span']} years")
        by_years = [s for s in levels if asked and years_span(spans.get(s, "")) == asked]
        if by_years:
            return by_years
    at = [n for n, s in enumerate(levels) if s in shown]  # the last answer's levels
    if BETWEEN_RUNGS.search(message) and len(at) > 1 and at[-1] - at[0] > 1:
        return levels[at[0] + 1 : at[-1]]  # after junior and senior: the middle
    if NEXT_LEVEL.search(message) and at:  # not after an answer of no level ("the pay")
        return [levels[at[-1] + 1]] if at[-1] + 1 < len(levels) else []
    if CEILING.search(asking) and levels:
        return levels[-1:]
    if after := AFTER_RUNG.search(asking):
        return _above(after[1], levels, career)
    if start := FROM_RUNG.search(asking):
        return _above(start[1], levels, career)[:1]  # "move up from junior": the next one
    wanted = [s for s in levels if any(_names(w, s, career) for w in RUNG_NAME.findall(asking))]
    if PLAIN_RUNG.search(asking):  # the level named as the career itself
        wanted += [s for s in levels if s.split(" › ")[-1].lower() in career.lower()]
    wanted += levels[:1] if FIRST_RUNG.search(asking) else []
    wanted += [levels[PLACES[p.lower()]] for p in RUNG_PLACE.findall(asking)
               if levels and PLACES[p.lower()] < len(levels)]  # fmt: skip
    return [s for s in levels if s in wanted]


def past_top(message: str, bank: UnitBank, guide: Guide) -> bool:
    """``message`` asks what comes after the guide's highest level ("what comes after lead?")."""
    after = AFTER_RUNG.search(_asking(message))
    levels = guide_levels(bank, guide.slug) if after else []
    return after is not None and bool(levels) and _names(after[1], levels[-1], guide.career)


def _above(word: str, levels: list[str], career: str) -> list[str]:
    """The ``levels`` above the one the rung ``word`` names, lowest first."""
    below = _placed(word, levels, career)
    return levels[below[0] + 1 :] if below else []


def _placed(word: str, levels: list[str], career: str) -> list[int]:
    """The places among ``levels`` of those the rung ``word`` names."""
    return [n for n, s in enumerate(levels) if _names(word, s, career)]


def _names(word: str, section: str, career: str) -> bool:
    """Whether the rung ``word`` names the level ``section`` ("mid": the career's own)."""
    if word.lower() in ("mid", "middle"):
        return section.split(" › ")[-1].lower() in career.lower()
    return word.lower() in re.findall(r"[a-z]+", section.lower())


def asks_above(message: str) -> bool:
    """``message`` asks the levels above a named one ("whats above senior tech") or the one it
    names as the goal ("2 years in. how long to make senior tech?")."""
    asking = _asking(message)
    if SKIPS_LEVEL.search(asking):  # "would my 4 yrs get me above entry level?": placed
        return False
    return bool(AFTER_RUNG.search(asking) or TO_RUNG.search(asking))
