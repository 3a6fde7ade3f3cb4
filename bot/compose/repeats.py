"""An answer never repeats the last one word for word: what the last answer's sections say
besides, for a question about it ("where does that number come from?")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import readable_piece, unit_piece
from bot.compose.labels import is_label_line, readable
from bot.compose.neighbours import LEANS_BACK
from bot.retrieval.units import UnitBank
from bot.text import FUNCTION_WORDS, STOPWORDS, english_stemmer, without_markers, words
from store.conversations import Turn

MORE_UNITS = 2  # sentences quoted from what the last answer's sections said besides
# A draft this much shorter than the last comparison picks one part out of it ("Growth?"
# after pay and growth compared): it narrows the comparison, it doesn't repeat it.
NARROWER = 0.6
WHOLE_TOPIC = 3  # sections of a last answer that showed a whole topic (every slot of a day)
WHOLE_SECTION = 8  # sentences of a section said whole when all it says is told again
SAID_WORDS = 6  # a sentence this long, said in the last answer, is not said again beside news
QUOTED_FIGURE = re.compile(r"\$[\d,.]+|\d+(?:\.\d+)?%")  # a figure quoted back: "$58,500", "6%"
RECENT_TURNS = 1  # answers a "nearest it has" is not said again after (the last: "above")
NEAREST_SAID = "; here is the nearest it has."
MIN_ASKED = 3  # a word longer than this the message shares with a sentence points back at it
SOURCE_LINE = re.compile(r"^\W*sources?:", re.IGNORECASE)  # "Source: U.S. Bureau of Labor…"


def repeats(draft: Draft, last: Turn, message: str) -> bool:
    """The draft says nothing the last answer did not (the question asked anew excepted)."""
    if draft.mode is not Mode.CITED or last.mode != Mode.CITED.value:
        return False
    if plain(message) == plain(last.question):
        return False
    cited = {p.source.guide for p in draft.pieces}
    if len(set(last.guides)) > 1 and len(cited) < len(set(last.guides)):
        return False  # one career picked out of a comparison narrows it, it doesn't repeat
    parts = {p.source.section for p in draft.pieces}
    if len(last.sections) >= WHOLE_TOPIC and parts < set(last.sections):
        return False  # "and at the end of the day?" after the whole day: one part of it
    said = plain(without_markers(last.answer))
    texts = [plain(p.text) for p in draft.pieces if p.kind != "heading"]
    if len(set(last.guides)) > 1 and sum(len(text) for text in texts) < NARROWER * len(said):
        return False  # "Growth?" after pay and growth compared: each career's growth
    return bool(texts) and all(text in said for text in texts)


def new_since(pieces: list[Piece], last: Turn | None, message: str) -> list[Piece]:
    """``pieces`` without the sentences the last answer said word for word, when the rest
    says something new ("which is it?" after the shift paragraph: not that paragraph again);
    an answer that is all repeat is left to :func:`repeats`, one asked anew kept whole."""
    if last is None or last.mode != Mode.CITED.value or plain(message) == plain(last.question):
        return pieces
    if any(p.kind == "heading" for p in pieces):
        return pieces  # a comparison sets each career's figures side by side again
    said = plain(without_markers(last.answer))
    asked = {w for w in words(message) if len(w) > MIN_ASKED and w not in STOPWORDS}
    figures = QUOTED_FIGURE.findall(message)  # "6% is that good or bad?": the rate again,
    # with what its section says of it ("The guide calls that growing at an average pace.")
    judged = {p.source for p in pieces if any(f in p.text for f in figures)}

    def repeated(piece: Piece) -> bool:
        text = plain(piece.text)
        quoted = asked & set(text.split()) or piece.source in judged  # "what does moderate
        # mean?": that sentence again
        long = len(text.split()) >= SAID_WORDS
        return piece.kind == "sentence" and long and text in said and not quoted

    if not any(
        p.kind in ("sentence", "item") and not repeated(p) and not SOURCE_LINE.match(p.text)
        for p in pieces
    ):  # a "Source: …" line beside what was said is no news
        return pieces
    gone = [repeated(p) for p in pieces]
    for i in range(1, len(pieces)):  # "The guide calls that growing at an average pace."
        if gone[i - 1] and not gone[i] and LEANS_BACK.match(pieces[i].text):
            gone[i - 1] = False  # keeps the rate it calls so
    return [p for p, dropped in zip(pieces, gone, strict=True) if not dropped]


def nearest_said_before(pieces: list[Piece], turns: list[Turn]) -> list[Piece]:
    """A "doesn't cover X; here is the nearest it has" answer whose nearest lines the recent
    answers all said ("would they make me do nights at first?" after the shift paragraph): the
    plain statement alone, pointing back at them."""
    if not pieces or pieces[0].kind != "lead" or not pieces[0].text.endswith(NEAREST_SAID):
        return pieces
    recent = [t for t in turns[-RECENT_TURNS:] if t.mode == Mode.CITED.value]
    said = " ".join(plain(without_markers(t.answer)) for t in recent)
    rest = [plain(p.text) for p in pieces[1:] if p.kind != "heading"]
    if not said or not rest or not all(text in said for text in rest):
        return pieces
    text = pieces[0].text.removesuffix(NEAREST_SAID) + "; the nearest it has is what I said above."
    return [replace(pieces[0], text=text)]


def pointed_back(pieces: list[Piece], message: str) -> list[Piece]:
    """The sentences of an answer given again that a question asked anew points at by its
    words ("would i know my schedule ahead? i need to plan" after the shift paragraph: "…
    generally predictable, allowing technicians to plan personal time"); none if none does."""
    stem = english_stemmer().stemWord
    asked = {stem(w) for w in words(message) if len(w) > MIN_ASKED and w not in FUNCTION_WORDS}
    shared = [
        len(asked & {stem(w) for w in words(p.text)}) if p.kind == "sentence" else 0 for p in pieces
    ]
    most = max(shared, default=0)
    return [p for p, n in zip(pieces, shared, strict=True) if n == most] if most >= 2 else []


def plain(text: str) -> str:
    """Lower-case words only, for comparing what was said."""
    return " ".join(words(text))


def more_of(last: Turn, bank: UnitBank, vector: Callable[[], np.ndarray]) -> Draft | None:
    """What the last answer's sections say that it did not, nearest the question first
    (``vector``: the question's embedding); ``None`` when it said all of them."""
    said = plain(without_markers(last.answer))
    guide = last.guides[0] if last.guides else ""
    by_words: dict[str, tuple[int, str]] = {}  # a sentence the sections hold twice, once
    for section in last.sections:
        for i in bank.of_section(guide, section):
            unit = bank.units[i]
            text = readable(unit.text, section) if is_label_line(unit.text) else unit.text
            if text and plain(text) not in said and plain(unit.text) not in said:
                by_words.setdefault(plain(text), (i, text))
    fresh = list(by_words.values())
    if not fresh:
        return None
    scores = bank.similarity([i for i, _ in fresh], vector())
    best = sorted(np.argsort(-scores)[:MORE_UNITS].tolist())
    pieces = [_worded(bank, *fresh[n]) for n in best]
    return Draft(Mode.CITED, pieces, topic=bank.units[fresh[best[0]][0]].chunk.section)


def _worded(bank: UnitBank, index: int, text: str) -> Piece:
    unit = unit_piece(bank.units[index])
    return Piece(text, unit.source, unit.evidence, unit.kind)


def said_once(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without a sentence the same guide's answer already says, word for word or
    whole within another ("No work experience… is typical." beside "…; no work experience…
    is typical, and…")."""
    sentences = [(p.source.guide, plain(p.text)) for p in pieces if p.kind == "sentence"]

    def said_whole_elsewhere(piece: Piece) -> bool:
        text = plain(piece.text)
        return any(g == piece.source.guide and text in o and text != o for g, o in sentences)

    seen: set[tuple[str, str]] = set()
    kept = []
    for piece in pieces:
        key = (piece.source.guide, plain(piece.text))
        if piece.kind == "sentence" and (key in seen or said_whole_elsewhere(piece)):
            continue  # said already, word for word or within a longer sentence
        seen.add(key)
        kept.append(piece)
    return kept


def said_all(pieces: list[Piece], bank: UnitBank) -> list[Piece]:
    """``pieces`` told as all the guide says on it ("That is all the guide says on it:"); the
    sentences of one short section are said whole, never only those nearest the question
    (not "…: O*NET has no survey" alone, without the entry education before it)."""
    cited = {(p.source.guide, p.source.section) for p in pieces}
    if len(cited) == 1 and all(p.kind == "sentence" for p in pieces):
        units = [bank.units[i] for i in bank.of_section(*cited.pop())]
        if len(units) <= WHOLE_SECTION and not any(u.is_item for u in units):
            pieces = [readable_piece(u) for u in units] or pieces
    return [Piece("That is all the guide says on it:", pieces[0].source, "", "lead"), *pieces]
