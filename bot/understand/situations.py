"""Personal circumstances a visitor states ("I'm 52", "a felony from 6 years ago") that a
guide may say nothing about: the answer then says so first, instead of ignoring them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import whole_words
from knowledge.model import Guide


@dataclass(frozen=True)
class Circumstance:
    """One kind of circumstance: how a visitor states it, how a guide would speak to it."""

    topic: str  # as the answer names it: "age"
    stated: re.Pattern[str]
    spoken_to: re.Pattern[str]


CIRCUMSTANCES = (
    Circumstance(
        "age",
        whole_words(
            r"too old", r"at my age", r"my age", r"i'?m (?:[3-9]\d)", r"i am (?:[3-9]\d)",
            r"(?:[3-9]\d) (?:years? old|yo|y/o)", r"in my (?:30s|40s|50s|60s|forties|fifties)",
        ),
        whole_words(
            r"(?:any|your|their) age", r"age (?:limits?|requirements?|range)", r"minimum age",
            r"older (?:workers|adults|candidates|people|applicants)", r"career changers?",
            r"later in life", r"\d+ years of age",
        ),
    ),
    Circumstance(
        "a criminal record",
        whole_words(
            r"felon(?:y|ies)?", r"criminal record", r"(?:a|my) record", r"convict(?:ion|ed)",
            r"jail", r"prison", r"dui", r"misdemeanou?r",
        ),
        whole_words(r"criminal", r"background checks?", r"felon\w*", r"convict\w*"),
    ),
    Circumstance(
        "disability or health limits",
        whole_words(
            r"wheelchair", r"(?:i|i'm|i am|i've) (?:\w+ ){0,3}(?:disabled|blind|deaf)",
            r"my (?:disability|injury|back|knees?|condition|health)", r"herniated",
            r"i (?:have|had|got) (?:a |an )?(?:\w+ ){0,2}(?:disability|injury|condition)",
            r"bad (?:back|knees?)", r"chronic (?:pain|illness)",
        ),
        whole_words(r"disabilit\w+", r"accessib\w+", r"accommodat\w+", r"wheelchairs?"),
    ),
    Circumstance(
        "gender",
        whole_words(r"as a (?:woman|girl|female|lady)", r"for (?:a )?(?:woman|women|girls?)"),
        whole_words(r"wom[ae]n", r"gender", r"females?"),
    ),
)  # fmt: skip


def unspoken(message: str, guides: list[Guide]) -> list[str]:
    """The circumstances ``message`` states that none of ``guides`` speaks to."""
    stated = [c for c in CIRCUMSTANCES if c.stated.search(message)]
    if not stated:  # most messages: no guide text is read
        return []
    texts = [" ".join(s.text for s in g.walk()) for g in guides]
    return [c.topic for c in stated if not any(c.spoken_to.search(t) for t in texts)]


def silence_lead(topics: list[str], career: str) -> str:
    """The honest first sentence: what the guide is silent on, then what it does say."""
    named = " or ".join(topics)
    return f"The {career} guide doesn't cover {named}; here is what it does say."
