"""One half of a two-part question of a kind the bot knows no section for ("do they work
weekends?", "hours?"): the guide's sentence nearest what it asks, or nothing when the guide
has no sentence about it."""

from __future__ import annotations

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import LABEL_LINE, unit_piece
from bot.compose.neighbours import LEANS_BACK, said_as_name
from bot.retrieval.units import Unit, UnitBank
from bot.text import search_terms
from bot.understand.needs import is_credits, lists_names
from knowledge.model import Guide

TOPIC_FLOOR = 0.35  # a sentence this near the asked words (the career's name left out) answers
WORD_FLOOR = 0.15  # below TOPIC_FLOOR, a sentence naming the asked thing ("PPE") still does
SUPPORT_MARGIN = 0.05  # a second sentence of the same section, nearly as near
# Words every question and guide use: naming one of them is not naming the asked thing.
GENERIC = frozenset(
    [
        "work",
        "works",
        "working",
        "job",
        "jobs",
        "career",
        "careers",
        "need",
        "needs",
        "get",
        "gets",
        "like",
        "good",
        "much",
        "many",
        "people",
        "day",
        "days",
        "time",
        "usually",
        "typically",
    ]
)


def topic_draft(asked: str, vector: np.ndarray, bank: UnitBank, guide: Guide) -> Draft | None:
    """The sentence of ``guide`` nearest ``asked`` (embedded as ``vector``) first, with one
    more of its section when nearly as near; ``None`` when no sentence is about it."""
    units = [
        i
        for section in guide.walk()
        # "how do I get the license?": no credit line; "tell me more": no list of other names
        if not is_credits(section.path_text) and not lists_names(section.path_text)
        for i in bank.of_section(guide.slug, section.path_text)
        if not LABEL_LINE.match(bank.units[i].text) and not LEANS_BACK.match(bank.units[i].text)
    ]
    if not units:
        return None
    scores = bank.similarity(units, vector)
    best = int(np.argmax(scores))
    if scores[best] < TOPIC_FLOOR:
        terms = {t for t in search_terms(asked) if len(t) > 2 and t not in GENERIC}
        naming = [n for n, i in enumerate(units) if terms & set(search_terms(bank.units[i].text))]
        best = max(naming, key=lambda n: scores[n], default=-1)
        if best < 0 or scores[best] < WORD_FLOOR:
            return None
    unit = bank.units[units[best]]
    pieces = [as_sentence(unit_piece(unit, _kind(unit)))]
    close = [
        n
        for n, i in enumerate(units)
        if n != best
        and bank.units[i].chunk.section == unit.chunk.section
        and scores[n] >= max(scores[best] - SUPPORT_MARGIN, TOPIC_FLOOR)
    ]
    if close:
        near = bank.units[units[max(close, key=lambda n: scores[n])]]
        pieces.append(as_sentence(unit_piece(near, _kind(near))))
    return Draft(Mode.CITED, pieces, topic=unit.chunk.section)


def _kind(unit: Unit) -> str:
    return "item" if unit.is_item else "sentence"


def as_sentence(piece: Piece) -> Piece:
    """A list item quoted as a sentence, saying which list it is of ("The Tech Stack section
    lists Programmable Logic Controllers (PLCs)."), never a bare noun phrase."""
    if piece.kind != "item" or not said_as_name(piece.text):
        text = piece.text if piece.text[-1:] in ".!?" else f"{piece.text}."
        return Piece(text, piece.source, piece.evidence, "sentence")
    title = piece.source.section.split(" › ")[-1]
    text = f"The {title} section lists {piece.text.rstrip('.')}."
    return Piece(text, piece.source, piece.evidence, "sentence")
