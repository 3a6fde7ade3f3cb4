"""Advice for school pupils kept from grown visitors: "take maths and physics in high school"
is no step for a 56-year-old laid off after 24 years on the line."""

from __future__ import annotations

import re

from bot.answer import Piece
from store.conversations import Turn

# An age told ("I'm 45", "45 yo", "im a 38 yr old accountant", "56, laid off") or years
# worked ("24 years in automotive", "been a mechanic 26 yrs").
AGE = re.compile(
    r"\b(?:i'?m|i am|im|age|aged)\s+(?:a\s+)?(?P<age>\d{2})\b(?!\s*(?:%|k\b|/|\$|dollars|an hour"
    r"|hours|hrs|minutes|mins|miles|lbs|pounds))"
    r"|\b(?P<aged>\d{2})\s*(?:yo|y/o|yrs? old|years? old|year-old)\b"
    r"|^\W*(?P<lead>\d{2}),",
    re.IGNORECASE | re.MULTILINE,
)
WORKED = re.compile(
    r"\b(?P<years>\d{1,2})\+?\s*(?:years?|yrs?)\b(?:\s+(?:in|at|of|as|on|doing|with|working))",
    re.IGNORECASE,
)
# High school told as done ("i already finished high school", "I have my GED"), or work on
# now ("someone already working on a line"): past the pupils' advice whatever the age.
PAST_SCHOOL = re.compile(
    r"(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:finished|graduated(?: from)?|done with|"
    r"completed|got|have|earned|hold) (?:my |a |the |an )?(?:high ?school(?: diploma)?|hs|"
    r"ged|diploma)\b|\bhigh school grad(?:uate)?\b|\balready (?:work(?:ing)?|employed)\b"
    # "i dont have any training just hs diploma", "I already have a bachelor's", "I have a
    # mechanical engineering degree"
    r"|\b(?:just|only) (?:a |an |my )?(?:high ?school|hs|ged)(?: diploma)?\b"
    r"|(?<!n't )(?<!nt )(?<!not )(?<!never )\b(?:have|got|hold|earned|finished) (?:a |an |my )?"
    r"(?:\w+ ){0,2}(?:degree|bachelor'?s|master'?s|associate'?s)\b",
    re.IGNORECASE,
)
GROWN = 20  # an age from which a visitor is past high school
LONG_WORKED = 3  # years of work that tell a grown visitor
# A sentence advising what to take in high school ("focusing on courses in mathematics").
PUPILS_ADVICE = re.compile(
    r"\bhigh school\b[^.]{0,80}\b(?:courses|classes|subjects)\b"
    r"|\b(?:courses|classes|subjects)\b[^.]{0,40}\bin high school\b",
    re.IGNORECASE,
)
# Schooling the visitor asks about ("do I need my GED?"), not a kid out of high school.
ASKS_SCHOOL = re.compile(
    r"\b(?:ged|diploma|high school (?:courses|classes|subjects))\b", re.IGNORECASE
)


def grown(texts: list[str]) -> bool:
    """The visitor told an adult's age, years of work or school finished in any of ``texts``."""
    for text in texts:
        if PAST_SCHOOL.search(text):
            return True
        for found in AGE.finditer(text):
            age = found["age"] or found["aged"] or found["lead"]
            if age and int(age) >= GROWN:
                return True
        if any(int(f["years"]) >= LONG_WORKED for f in WORKED.finditer(text)):
            return True
    return False


def for_grown_ups(pieces: list[Piece], message: str, turns: list[Turn]) -> list[Piece]:
    """``pieces`` without advice for high-school pupils when the visitor is grown and did
    not ask about school; never empties the answer."""
    asks_school = ASKS_SCHOOL.search(PAST_SCHOOL.sub(" ", message))  # not "I have my GED"
    if asks_school or not grown([message, *(t.question for t in turns)]):
        return pieces
    kept = [p for p in pieces if not PUPILS_ADVICE.search(p.text)]
    return kept if any(p.source.section for p in kept) else pieces
