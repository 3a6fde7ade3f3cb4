"""The extractive (Free) answer: the most relevant sentences or list items of the best sections."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.labels import is_label_line, readable, said_already
from bot.compose.lists import WHOLE_LIST, list_intro, listed_answer, more_items
from bot.compose.neighbours import (
    LEANS_BACK,
    answer_first,
    is_phrase,
    leans_back,
    leans_on,
    reading,
    with_antecedents,
)
from bot.compose.siblings import STORY, asked_stems, holds, naming_first
from bot.retrieval.retriever import Hit
from bot.retrieval.units import Unit, UnitBank
from bot.understand.asks import written_names
from bot.understand.needs import ASKS_LENGTH, TIME_SPAN
from bot.understand.places import regions_named

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
MINORITY_PENALTY = 0.06  # "Some … may also …" is about a few of them, not the answer
NAMED_BONUS = 0.05  # the answer names what was asked, not only means something near it
LENGTH_BONUS = 0.08  # a sentence stating a length of time, when how long is asked
WRITTEN_BONUS = 0.3  # a sentence holding a name the question writes out: the one it asks of
LABEL_LINE = re.compile(r"^[A-Z][\w /&()-]{1,30}: [^.]{1,40}\.?$")
# Sentences about a few of the people in the job: support, not what the question is answered with.
MINORITY = re.compile(r"^(?:some|a few|few|certain|occasionally|in (?:some|rare) cases)\b", re.I)
# A survey's spread of answers ("Related work experience the job requires, as workers report
# it: 1 to 2 years (34%), none (19%)…"): detail that supports an answer, rarely is one.
SPREAD = re.compile(r"\bas workers report it\b", re.I)


def extractive_draft(vector: np.ndarray, hits: list[Hit], bank: UnitBank, asked: str = "") -> Draft:
    """Quote the best sections: a FAQ answer whole, a list as items, else the best sentences,
    the one answering ``asked`` first."""
    sections = naming_first(_ranked_sections(hits), bank, asked)
    top_score = sections[0][1]
    # the second section too when it scores nearly as well (scores may be below zero)
    floor = top_score - abs(top_score) * (1 - SECOND_SECTION_RATIO)
    chosen = [key for key, score in sections[:2] if score >= floor]
    if len(bank.of_section(*chosen[0])) == 1:  # a heading's one line: the list beneath it
        lists = [k for k, _ in sections[1:] if _is_list(bank, bank.of_section(*k))]
        under = [k for k in lists if k[1].startswith(f"{chosen[0][1]} › ")]
        chosen = under[:1] or [k for k in chosen[1:] if k in lists] or chosen
    top_units = bank.of_section(*chosen[0])
    first = bank.units[top_units[0]]
    if first.chunk.kind == "faq" and sum(len(bank.units[i].text) for i in top_units) <= FAQ_CHARS:
        return _draft([unit_piece(bank.units[i]) for i in top_units], first)
    if _is_list(bank, top_units):
        return _list_draft(vector, bank, top_units, asked)
    story = STORY.search(first.chunk.section) and len(chosen[0][1].split(" › ")) > 1
    if story and sum(len(bank.units[i].text) for i in top_units) <= MAX_CHARS:
        return _draft(_worded(bank, top_units), first)  # a case told whole, in its order
    indices = [i for key in chosen for i in bank.of_section(*key)]
    # prose: no item too short to read as a sentence ("Programmable Logic Controllers (PLCs)")
    indices = [i for i in indices if not is_phrase(bank.units[i])] or indices
    in_top = set(top_units)
    nearness = bank.similarity(indices, vector) + np.array(
        [TOP_SECTION_BONUS if i in in_top else 0.0 for i in indices]
    )
    leads = np.array([LEAD_SENTENCE_BONUS if bank.units[i].is_lead else 0.0 for i in indices])
    if names := written_names(asked):  # "…from the Skill Standards Council?": the one naming it
        nearness += np.array([WRITTEN_BONUS * _writes(bank.units[i].text, names) for i in indices])
    if regions := regions_named(asked):  # "in germany?": what it says of Western Europe
        nearness += np.array(
            [WRITTEN_BONUS * _writes(bank.units[i].text, regions) for i in indices]
        )
    if ASKS_LENGTH.search(asked):  # "how long is the schooling?": the sentences saying so
        nearness += np.array([LENGTH_BONUS * _spans(bank.units[i].text) for i in indices])
    few = np.array([MINORITY_PENALTY * _detail(bank.units[i].text) for i in indices])
    picked = _best_sentences(bank, indices, nearness + leads - few)  # detail only fills in
    units = [bank.units[i] for i in indices]  # each career's name aside, read once a career
    stems = {t: asked_stems(asked, t) for t in {u.chunk.guide_title for u in units}}
    named = np.array([NAMED_BONUS * holds(u.text, stems[u.chunk.guide_title]) for u in units])
    answer = _answer(bank, indices, _unlabelled(bank, indices, nearness + leads + named - few))
    if answer is None:
        ordered = sorted(with_antecedents(bank, picked), key=lambda i: reading(bank, i))
    else:
        ordered = answer_first(bank, answer, with_antecedents(bank, [answer, *picked], answer))
    return _draft(_worded(bank, ordered), bank.units[ordered[0]])


def _writes(text: str, names: list[str]) -> bool:
    """Whether ``text`` holds one of the ``names`` (lower-cased) the question writes out."""
    return any(name in text.lower() for name in names)


def _spans(text: str) -> bool:
    """Whether ``text`` states a length of time ("one or two years of training"); a survey's
    spread of lengths supports the answer, never leads it."""
    return bool(TIME_SPAN.search(text)) and not SPREAD.search(text)


def _detail(text: str) -> bool:
    """A sentence about a few of them, or a survey's spread: support, not the answer."""
    return bool(MINORITY.match(text) or SPREAD.search(text))


def _answer(bank: UnitBank, indices: list[int], scores: np.ndarray) -> int | None:
    """The prose sentence nearest the question, one that reads first (a sentence leaning
    back on the paragraph before it never does, a survey's spread only when alone), if
    there is one."""
    fits = [
        n
        for n, i in enumerate(indices)
        if not bank.units[i].is_item
        and (leans_on(bank, i) or not LEANS_BACK.match(bank.units[i].text))
    ]
    stated = [n for n in fits if not SPREAD.search(bank.units[indices[n]].text)]
    fits = stated or fits  # a survey's spread answers only when nothing else can
    return indices[max(fits, key=lambda n: scores[n])] if fits else None


def _unlabelled(bank: UnitBank, indices: list[int], scores: np.ndarray) -> np.ndarray:
    """``scores`` with ``Label: value`` lines behind prose (they answer only when alone)."""
    labelled = np.array([bool(LABEL_LINE.match(bank.units[i].text)) for i in indices])
    penalised: np.ndarray = scores - LABEL_PENALTY * labelled * (labelled.sum() < len(indices))
    return penalised


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
        intro = list_intro(title, lead.text if lead else "")
        pieces.append(Piece(intro, _source(units[0]), lead.text if lead else "", "intro"))
        items = [i for i in indices if bank.units[i].is_item]
        if items:
            scores = bank.similarity(items, vector)
            best = sorted(np.argsort(-scores)[:items_each].tolist())
            pieces += [unit_piece(bank.units[items[n]], "item") for n in best]
            pieces += more_items(len(items) - len(best), title, units[0])
    return _draft(pieces, main) if main is not None and pieces else None


def cited_draft(pieces: list[Piece]) -> Draft:
    """A cited answer of ``pieces``, its retrieved sections those the pieces quote."""
    draft = Draft(Mode.CITED, pieces)
    draft.retrieved = list(dict.fromkeys(p.source.section for p in pieces if p.source.section))
    return draft


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


def _list_draft(vector: np.ndarray, bank: UnitBank, indices: list[int], asked: str) -> Draft:
    """``Title — lead sentence`` then the list: its first items and the most relevant others,
    or every item when the list is asked for whole; the items a yes-or-no question names
    first, with its yes."""
    whole = bool(WHOLE_LIST.search(asked))
    items = [i for i in indices if bank.units[i].is_item]
    listed = len(items)
    career = bank.units[indices[0]].chunk.guide_title
    listing = bank.units[indices[0]].chunk.section.split(" › ")[-1]
    found, yes = listed_answer([bank.units[i].text for i in items], asked, career, listing)
    if found and not whole:  # "does it get repetitive?": the item that says so, not the list
        items = [items[n] for n in found]
    if len(items) > MAX_ITEMS and not whole:
        scores = bank.similarity(items, vector)
        ranked = [n for n in np.argsort(-scores).tolist() if n >= KEEP_FIRST_ITEMS]
        keep = set(range(KEEP_FIRST_ITEMS)) | set(ranked[: MAX_ITEMS - KEEP_FIRST_ITEMS])
        items = [i for n, i in enumerate(items) if n in keep]
    first = bank.units[items[0]]
    title = first.chunk.section.split(" › ")[-1]
    lead = next((bank.units[i] for i in indices if not bank.units[i].is_item), None)
    intro = list_intro(title, lead.text if lead else "")
    pieces = [Piece(yes, _source(first), "", "lead")] if yes else []
    pieces.append(Piece(intro, _source(first), lead.text if lead else "", "intro"))
    pieces += [unit_piece(bank.units[i], "item") for i in items]
    pieces += more_items(listed - len(items), title, first)
    return _draft(pieces, first)


def _best_sentences(bank: UnitBank, indices: list[int], scores: np.ndarray) -> list[int]:
    # "Experience: 0-2 years." is a labelled fact: quoted when it fits the question best,
    # never as filler beside a better sentence
    scores = _unlabelled(bank, indices, scores)
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


def readable_piece(unit: Unit) -> Piece:
    """A sentence of a guide cited to its section, a ``Label: value`` line said in words
    ("Experience: 5+ years" → "A Senior … typically has 5+ years of experience.")."""
    text = readable(unit.text, unit.chunk.section) if is_label_line(unit.text) else unit.text
    return Piece(text or unit.text, _source(unit), unit.text)
