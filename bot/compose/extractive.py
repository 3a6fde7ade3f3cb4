"""The extractive (Free) answer: the most relevant sentences or list items of the best sections."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.labels import is_label_line, readable, said_already
from bot.retrieval.retriever import Hit
from bot.retrieval.units import Unit, UnitBank

COUNTS = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
MAX_SENTENCES = 4
MAX_CHARS = 700
FAQ_CHARS = 650
MAX_ITEMS = 10
KEEP_FIRST_ITEMS = 3
SECOND_SECTION_RATIO = 0.92
SENTENCE_MARGIN = 0.12
TOP_SECTION_BONUS = 0.05
LEAD_SENTENCE_BONUS = 0.04
LABEL_PENALTY = 0.08
LABEL_LINE = re.compile(r"^[A-Z][\w /&()-]{1,30}: [^.]{1,40}\.?$")
# Sentences that read only after the one before them ("Most of them are expected to…").
LEANS_BACK = re.compile(
    r"^(?:(?:most|many|some|all|few|half) of (?:them|these|those)|they|these|those|such|here,"
    r"|this (?!role|job|career|occupation|guide))\b",
    re.IGNORECASE,
)


def extractive_draft(vector: np.ndarray, hits: list[Hit], bank: UnitBank) -> Draft:
    """Quote the best sections: a FAQ answer whole, a list as items, else the best sentences."""
    sections = _ranked_sections(hits)
    top_score = sections[0][1]
    # the second section too when it scores nearly as well (scores may be below zero)
    floor = top_score - abs(top_score) * (1 - SECOND_SECTION_RATIO)
    chosen = [key for key, score in sections[:2] if score >= floor]
    top_units = bank.of_section(*chosen[0])
    first = bank.units[top_units[0]]
    if first.chunk.kind == "faq" and sum(len(bank.units[i].text) for i in top_units) <= FAQ_CHARS:
        return _draft([unit_piece(bank.units[i]) for i in top_units], first)
    if _is_list(bank, top_units):
        return _list_draft(vector, bank, top_units)
    indices = [i for key in chosen for i in bank.of_section(*key)]
    in_top = set(top_units)
    scores = bank.similarity(indices, vector) + np.array(
        [
            (TOP_SECTION_BONUS if i in in_top else 0.0)
            + (LEAD_SENTENCE_BONUS if bank.units[i].is_lead else 0.0)
            for i in indices
        ]
    )
    picked = _with_antecedents(bank, _best_sentences(bank, indices, scores))
    picked.sort(key=lambda i: (bank.units[i].chunk.position, bank.units[i].chunk.part, i))
    return _draft(_worded(bank, picked), bank.units[picked[0]])


def _worded(bank: UnitBank, picked: list[int]) -> list[Piece]:
    """The picked units as pieces; a ``Label: value`` line read as a sentence, or left out
    when the bot can't word it or another picked sentence says it already."""
    prose = [bank.units[i].text for i in picked if not is_label_line(bank.units[i].text)]
    pieces: list[Piece] = []
    for i in picked:
        unit = bank.units[i]
        kind = "item" if unit.is_item else "sentence"
        if not is_label_line(unit.text):
            pieces.append(unit_piece(unit, kind))
            continue
        text = readable(unit.text, unit.chunk.section)
        if text is not None and not said_already(unit.text, prose):
            pieces.append(Piece(text, _source(unit), unit.text, kind))
    return pieces or [unit_piece(bank.units[i]) for i in picked]


def supporting_pieces(
    vector: np.ndarray, bank: UnitBank, guide: str, section: str, minimum: float
) -> list[Piece]:
    """The one sentence of a section that best supports a facts answer, if it is relevant."""
    indices = [
        i
        for i in bank.of_section(guide, section)
        if not bank.units[i].is_item
        and not leans_back(bank.units[i])
        and not LABEL_LINE.match(bank.units[i].text)  # the facts answer states it already
    ]
    if not indices:
        return []
    scores = bank.similarity(indices, vector)
    best = int(np.argmax(scores))
    return [unit_piece(bank.units[indices[best]])] if scores[best] >= minimum else []


def sections_draft(
    vector: np.ndarray, bank: UnitBank, keys: list[tuple[str, str]], items_each: int = 3
) -> Draft | None:
    """Every one of several sections, briefly (a whole typical day, pros and cons): each
    titled, with its lead sentence and its most relevant items."""
    pieces: list[Piece] = []
    main: Unit | None = None
    for key in keys:
        indices = bank.of_section(*key)
        if not indices:
            continue
        units = [bank.units[i] for i in indices]
        main = main or units[0]
        title = key[1].split(" › ")[-1]
        lead = next((u for u in units if not u.is_item), None)
        intro = f"{title} — {lead.text.rstrip('.:')}:" if lead else f"{title}:"
        pieces.append(Piece(intro, _source(units[0]), lead.text if lead else "", "intro"))
        items = [i for i in indices if bank.units[i].is_item]
        if items:
            scores = bank.similarity(items, vector)
            best = sorted(np.argsort(-scores)[:items_each].tolist())
            pieces += [unit_piece(bank.units[items[n]], "item") for n in best]
            pieces += more_items(len(items) - len(best), title, units[0])
    return _draft(pieces, main) if main is not None and pieces else None


def more_items(left: int, title: str, unit: Unit) -> list[Piece]:
    """A list shown in part says so: how many items more, in the section cited with it."""
    if left <= 0:
        return []
    count = COUNTS[left] if left < len(COUNTS) else str(left)  # a count, not a guide's figure
    return [Piece(f"…and {count} more in the {title} section.", _source(unit), "", "more")]


def _draft(pieces: list[Piece], main: Unit) -> Draft:
    return Draft(Mode.CITED, pieces, topic=main.chunk.section)


def _ranked_sections(hits: list[Hit]) -> list[tuple[tuple[str, str], float]]:
    best: dict[tuple[str, str], float] = {}
    for hit in hits:
        key = (hit.chunk.guide, hit.chunk.section)
        best[key] = max(best.get(key, float("-inf")), hit.score)
    return sorted(best.items(), key=lambda kv: kv[1], reverse=True)


def _is_list(bank: UnitBank, indices: list[int]) -> bool:
    items = sum(bank.units[i].is_item for i in indices)
    return items >= 3 and items > len(indices) - items


def _list_draft(vector: np.ndarray, bank: UnitBank, indices: list[int]) -> Draft:
    """``Title — lead sentence`` then the list: its first items and the most relevant others."""
    items = [i for i in indices if bank.units[i].is_item]
    listed = len(items)
    if len(items) > MAX_ITEMS:
        scores = bank.similarity(items, vector)
        ranked = [n for n in np.argsort(-scores).tolist() if n >= KEEP_FIRST_ITEMS]
        keep = set(range(KEEP_FIRST_ITEMS)) | set(ranked[: MAX_ITEMS - KEEP_FIRST_ITEMS])
        items = [i for n, i in enumerate(items) if n in keep]
    first = bank.units[items[0]]
    title = first.chunk.section.split(" › ")[-1]
    lead = next((bank.units[i] for i in indices if not bank.units[i].is_item), None)
    intro = f"{title} — {lead.text.rstrip('.:')}:" if lead else f"{title}:"
    pieces = [Piece(intro, _source(first), lead.text if lead else "", "intro")]
    pieces += [unit_piece(bank.units[i], "item") for i in items]
    pieces += more_items(listed - len(items), title, first)
    return _draft(pieces, first)


def _best_sentences(bank: UnitBank, indices: list[int], scores: np.ndarray) -> list[int]:
    # "Experience: 0-2 years." is a labelled fact: quoted when it fits the question best,
    # never as filler beside a better sentence
    labelled = np.array([bool(LABEL_LINE.match(bank.units[i].text)) for i in indices])
    scores = scores - LABEL_PENALTY * labelled * (labelled.sum() < len(indices))
    order = np.argsort(-scores)
    floor = scores[order[0]] - SENTENCE_MARGIN
    picked: list[int] = []
    chars = 0
    for n in order:
        unit = bank.units[indices[n]]
        if picked and (scores[n] < floor or chars + len(unit.text) > MAX_CHARS):
            break
        picked.append(indices[n])
        chars += len(unit.text)
        if len(picked) == MAX_SENTENCES:
            break
    return picked


def _source(unit: Unit) -> Source:
    c = unit.chunk
    return Source(c.guide, c.guide_title, c.section, c.anchor)


def unit_piece(unit: Unit, kind: str = "sentence") -> Piece:
    """A sentence (or list item) of a guide, cited to its section."""
    return Piece(unit.text, _source(unit), unit.text, kind)


def leans_back(unit: Unit) -> bool:
    """A sentence that reads only after the one before it in its paragraph."""
    return not unit.is_item and not unit.is_lead and bool(LEANS_BACK.match(unit.text))


def _with_antecedents(bank: UnitBank, picked: list[int]) -> list[int]:
    """The picked sentences, each leaning back on the sentence before it joined by that one."""
    out = list(picked)
    for i in picked:
        before = i - 1
        joined = before >= 0 and bank.units[before].chunk is bank.units[i].chunk
        if joined and leans_back(bank.units[i]) and before not in out:
            out.append(before)
    return out
