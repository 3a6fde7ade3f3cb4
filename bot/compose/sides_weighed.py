"""Whether a job has a trait people weigh ("is this job boring?", "is the work repetitive?",
"is it rewarding?"), answered from both sides of a guide's pros and cons: the item of each
side nearest the question, so neither the whole cons list nor one side alone is the answer."""

from __future__ import annotations

import numpy as np

from bot.answer import Draft, Piece, Source
from bot.compose.extractive import cited_draft, unit_piece
from bot.retrieval.units import UnitBank
from bot.text import STOPWORDS, whole_words, words
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need
from bot.understand.vocabulary import expand
from knowledge.model import PATH_SEPARATOR, Guide

TRAITS = (
    r"boring|dull|fun|interesting|exciting|repetitive|monotonous|tedious|rewarding|satisfying"
    r"|fulfilling|challenging|engaging|the same thing"
)
ASKS_TRAIT = whole_words(
    rf"(?:is|would|will|does) (?:it|this|that|the|this job|the job|the work|being an? \w+)"
    rf"(?: \w+)? (?:\w+ )?(?:get )?(?:{TRAITS})\b",
    r"(?:get|gets|getting) (?:bored|boring)",
)
SIDES = ("Pros", "Cons")
SHARED_WORD = 0.2  # similarity a line gains by a word of the question (or of its meaning)
STEM = 5


def sides_weighed_draft(
    question: str, vector: np.ndarray, bank: UnitBank, guide: Guide
) -> Draft | None:
    """The item of the guide's pros and of its cons nearest ``question``, when it asks
    whether the job has a trait; ``None`` when it asks none or the guide lists no sides."""
    asking = asking_text(question)
    if not ASKS_TRAIT.search(asking) or detect_need(asking) or detect_intent(asking):
        return None  # "is the job boring? like what do you do hour to hour": the day
    asked, named = _stems(expand(asking)), _stems(asking)
    sides = [
        s.path_text for s in guide.walk() if s.title in SIDES and PATH_SEPARATOR in s.path_text
    ]
    if len(sides) != len(SIDES):
        return None
    pieces = [
        Piece(
            f"The {guide.title} weighs it both ways.",
            Source(guide.slug, guide.title, "", ""),
            "",
            "lead",
        )
    ]
    for side, said in zip(sides, ("Among the pros", "Among the cons"), strict=True):
        items = [i for i in bank.of_section(guide.slug, side) if bank.units[i].is_item]
        if not items:
            return None
        if any(named & _stems(bank.units[i].text) for i in items):
            return None  # "does it get repetitive": yes, the line naming it says so
        scores = bank.similarity(items, vector) + SHARED_WORD * np.array(
            [bool(asked & _stems(bank.units[i].text)) for i in items]
        )  # "boring": the line naming the monotony, though another sits nearer in meaning
        unit = bank.units[items[int(np.argmax(scores))]]
        text = f"{said}: {unit.text.rstrip('.')}."
        pieces.append(Piece(text, unit_piece(unit).source, unit.text, "sentence"))
    return cited_draft(pieces)


def asks_trait(text: str) -> bool:
    """``text`` asks whether the job has a trait people weigh ("is it boring?")."""
    return bool(ASKS_TRAIT.search(asking_text(text)))


def _stems(text: str) -> set[str]:
    """The first letters of ``text``'s longer words ("repetitive", "repetition": "repet")."""
    return {w[:STEM] for w in words(text) if len(w) >= STEM and w not in STOPWORDS}
