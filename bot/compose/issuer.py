"""Who issues, gives or runs a thing the guide names ("whats the CMT one…, who gives it"):
the guide's sentence naming the thing with the body it comes from, or plainly that it names
none."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import readable_piece
from bot.compose.lengths import ACRONYM, NO_TRAINING
from bot.compose.unsaid import guide_text
from bot.retrieval.units import UnitBank
from bot.text import whole_words
from knowledge.model import Guide

ASKS_WHO = whole_words(
    r"who (?:gives|issues|offers|awards|grants|provides|runs|certifies|hands out|is behind)"
    r" (?:it|that|them|those|this|the (?:\w+ ){0,2}(?:one|cert\w*|exam|test|course|program)"
    r"|(?-i:[A-Z]{2,6})\b)",  # "you didnt answer who gives it" after the CMT was asked of
    r"(?:issued|given|offered|awarded|granted|provided|run) by (?:who|whom|what)",
    r"(?:where|how) (?:do|can|would) (?:i|you|u) (?:get|take|earn) (?:it|that|the [\w-]+(?: "
    r"(?:cert\w*|one|exam))?)",
)  # fmt: skip
# A body named with "from" or "by": "…(CMT) from the Manufacturing Skill Standards Council"
BODY = re.compile(r"\b(?:from|by|through) (?:the )?[A-Z][a-z]+(?: (?:of |for |and )?[A-Z][a-z]+)+")


def issuer_draft(message: str, vector: np.ndarray, bank: UnitBank, guide: Guide) -> Draft | None:
    """The guide's sentence on who gives the thing ``message`` asks about, or that it names
    no one; ``None`` when the message asks no such thing or names nothing the guide writes
    out."""
    if not ASKS_WHO.search(message):
        return None
    acronyms = set(ACRONYM.findall(guide_text(guide))) - NO_TRAINING
    thing = next(
        (w.upper() for w in re.findall(r"[A-Za-z]+", message) if w.upper() in acronyms), None
    )
    if thing is None:
        return None
    named = re.compile(rf"\b{re.escape(thing)}s?\b")
    units = [i for i in bank.of_guide(guide.slug) if named.search(bank.units[i].text)]
    giving = [i for i in units if BODY.search(bank.units[i].text)]
    if giving:
        best = giving[int(np.argmax(bank.similarity(giving, vector)))]
        return Draft(Mode.CITED, [readable_piece(bank.units[best])])
    if not units:
        return None
    best = units[int(np.argmax(bank.similarity(units, vector)))]
    said = f"The {guide.title} doesn't say who issues the {thing}; here is what it says of it."
    piece = readable_piece(bank.units[best])
    return Draft(Mode.CITED, [Piece(said, piece.source, "", "lead"), piece])
