"""One career's answer from its hits: its figures (pay, outlook…) when asked, else its best
sentences; and its part of a comparison, which says when a figure is missing."""

from __future__ import annotations

import re
from itertools import takewhile

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.degree import degree_lead
from bot.compose.extractive import extractive_draft, supporting_pieces, unit_piece
from bot.compose.facts import facts_draft, missing_figures
from bot.compose.pay import in_training
from bot.compose.training import training_draft
from bot.retrieval.retriever import Hit
from bot.retrieval.units import UnitBank
from bot.text import whole_words
from bot.understand.intents import Intent
from bot.understand.levels import Level
from bot.understand.needs import one_level
from knowledge.model import Guide

SUPPORT_MARGIN = 0.15
NUMBER = re.compile(r"\d[\d,.]*\d|\d")  # a sentence only repeating these says nothing new
PAY_SECTION = whole_words(r"salary", r"wages?", r"pay")
# Facts a guide may lack, said to be missing before the nearest passages are quoted.
UNSTATED = (Intent.SALARY, Intent.STRESS, Intent.GROWTH, Intent.TIERS)
# Words of a passage that speaks of pay, the only nearest to pay figures a guide lacks
PAY_WORDS = re.compile(
    r"\b(?:pay|paid|wages?|salar\w*|earn\w*|income|commissions?|fees?)\b|\$\d", re.IGNORECASE
)
# O*NET's nearest to a stress rating: how much the work asks for calm under pressure
WORK_STYLE, STRESS_STYLES = "Work Style", ("Stress Tolerance:", "Self-Control:")


def answer_draft(
    bank: UnitBank,
    message: str,
    vector: np.ndarray,
    hits: list[Hit],
    guide: Guide,
    intent: Intent | None,
    level: Level | None,
    context: str = "",
) -> Draft:
    """The guide's figures for ``intent`` with the sentences that support them, else (or
    without an intent) the best sentences of ``hits`` (``context``: what the message points
    back at, see ``facts_draft``)."""
    if intent is Intent.SALARY and in_training(guide, message):  # "do apprentices get paid?"
        trained = training_draft(message, vector, bank, guide)
        if trained is not None:
            return trained
    draft = facts_draft(guide, intent, level, message, context) if intent else None
    if draft is None:
        # no figures to state ("BLS publishes hourly wages only"): the pay section's words
        paid = [h for h in hits if PAY_SECTION.search(h.chunk.section)]
        asked_pay = intent is Intent.SALARY and paid
        rated = _stress_tolerance(bank, guide) if intent is Intent.STRESS else None
        found = (
            Draft(Mode.CITED, [rated])
            if rated is not None  # no stress rating: how much stress tolerance the work asks
            else extractive_draft(vector, paid if asked_pay else hits, bank, message)
        )
        if intent is Intent.SALARY and not asked_pay:  # "what do appraisers make?" of a guide
            found.pieces = [p for p in found.pieces if not _unpaid_list(p)]  # with no pay: no
            # skills list as the nearest
        lead = _lead(guide, None if asked_pay else intent, message, found)
        if lead is not None and lead.text not in {p.text for p in found.pieces}:
            found.pieces.insert(0, lead)
        return found
    if intent in (Intent.STRESS, Intent.GROWTH):
        source = draft.pieces[-1].source
        best = hits[0].similarity - SUPPORT_MARGIN
        support = supporting_pieces(vector, bank, source.guide, source.section, best)
        rate = guide.facts.growth_rate
        said = [i for i, p in enumerate(draft.pieces) if p.evidence.startswith("Growth Rate:")]
        if support and rate and said and rate.value.split()[0] in support[0].text:
            draft.pieces[said[0]] = support[0]  # the guide's own sentence, not it twice,
            support = support[1:]  # nor the pace it tells ("much faster than the average…")
            own = draft.pieces[said[0]].text.lower()
            draft.pieces = [p for p in draft.pieces if not _pace_told(p, own)]
        told = {n for p in draft.pieces for n in NUMBER.findall(p.text)}
        draft.pieces += [p for p in support if not _repeats_figures(p.text, told)]
    return draft


def _stress_tolerance(bank: UnitBank, guide: Guide) -> Piece | None:
    """The guide's Work Style line rating Stress Tolerance, else Self-Control, if any."""
    units = [bank.units[i] for i in bank.of_section(guide.slug, WORK_STYLE)]
    for style in STRESS_STYLES:
        if found := next((u for u in units if u.text.startswith(style)), None):
            return unit_piece(found)
    return None


def _unpaid_list(piece: Piece) -> bool:
    """``piece`` is part of a list that says nothing of pay (a skills list)."""
    return piece.kind in ("intro", "item", "more") and not PAY_WORDS.search(piece.text)


def _pace_told(piece: Piece, sentence: str) -> bool:
    """``piece`` says how the growth compares, which ``sentence`` (lower-case) tells already."""
    label, _, pace = piece.evidence.partition(": ")
    return label == "Status" and pace.lower() in sentence


def _repeats_figures(text: str, told: set[str]) -> bool:
    """``text`` states figures, all of them said already ("About 44,000 openings…" again)."""
    figures = set(NUMBER.findall(text))
    return bool(figures) and figures <= told


def _lead(guide: Guide, intent: Intent | None, message: str, found: Draft) -> Piece | None:
    """What goes before quoted sentences: that the guide lacks the figure asked for ("is it
    stressful?" of a guide with no stress rating), or the verdict on a degree asked about."""
    if intent is Intent.SALARY and not found.pieces:
        text = missing_figures(guide, intent)
        return Piece(text, Source(guide.slug, guide.title, "", ""), "", "lead")
    if intent in UNSTATED and found.pieces and intent is not None:
        said = missing_figures(guide, intent).removesuffix(".")
        return Piece(f"{said}; here is the nearest it has.", found.pieces[0].source, "", "lead")
    return degree_lead(guide, message) if intent is None else None


def compared_part(
    bank: UnitBank,
    message: str,
    vector: np.ndarray,
    hits: list[Hit],
    guide: Guide,
    intent: Intent | None,
    level: Level | None,
) -> Draft:
    """One career's part of a comparison; a figure its guide lacks is said to be missing."""
    stated = intent is None or facts_draft(guide, intent, level, message) is not None
    quoted = intent is Intent.SALARY and any(PAY_SECTION.search(h.chunk.section) for h in hits)
    if intent in (Intent.SALARY, Intent.GROWTH) and not stated and not quoted:
        text, heading = missing_figures(guide, intent), Source(guide.slug, guide.title, "", "")
        return Draft(Mode.CITED, [Piece(text, heading, "", "lead")])
    return answer_draft(bank, message, vector, hits, guide, intent, level)


EXPERIENCE = re.compile(r"^\W*experience\W+(?P<years>[^.;]+?)\.?$", re.IGNORECASE)
# A sentence saying only the years a level takes, which the level's name now gives.
ONLY_YEARS = re.compile(r"^[^.]*\btypically (?:has|have|needs?)\b[^.]*\byears? of experience\W*$")
LEVEL_SENTENCES = 2  # sentences of each level when several are asked about together


def _level_name(bank: UnitBank, source: Source) -> Piece:
    """The level's name and the experience its section gives ("Senior Production Technician
    (5+ years):"), before what it says of the level."""
    name = source.section.split(" › ")[-1]
    units = (bank.units[i].text for i in bank.of_section(source.guide, source.section))
    years = next((m["years"] for t in units if (m := EXPERIENCE.match(t))), None)
    return Piece(f"{name} ({years}):" if years else f"{name}:", source, "", "lead")


def level_named(bank: UnitBank, pieces: list[Piece]) -> list[Piece]:
    """An answer from one career level's section alone, led by that level's name ("whats
    the highest level you can get to": "Lead Production Technician / Supervisor (7+ years):"),
    where its sentences say only "at this level"."""
    sections = {p.source.section for p in pieces}
    if len(sections) != 1 or not one_level(section := sections.pop()):
        return pieces
    if any(p.kind == "lead" for p in pieces):
        return pieces
    name = section.split(" › ")[-1].lower()
    if any(name in p.text.lower() for p in pieces):
        return pieces
    return [_level_name(bank, pieces[0].source), *pieces]


def levels_draft(bank: UnitBank, message: str, vector: np.ndarray, hits: list[Hit]) -> Draft | None:
    """Each of the career levels leading ``hits``, briefly, lowest first, when a question
    asks about several ("what are the levels after junior?", "what does mid do that junior
    doesn't?"); ``None`` for one."""
    levels = list(takewhile(lambda h: one_level(h.chunk.section), hits))
    if len(levels) < 2:
        return None
    parts = [extractive_draft(vector, [hit], bank, message).pieces for hit in levels]
    pieces = [
        piece
        for part in parts
        if part
        for piece in [
            _level_name(bank, part[0].source),
            *[p for p in part if not ONLY_YEARS.search(p.text)][:LEVEL_SENTENCES],
        ]
    ]
    if not pieces:
        return None
    draft = Draft(Mode.CITED, pieces, topic=levels[0].chunk.section)
    draft.retrieved = [h.chunk.section for h in levels]
    draft.retrieved_guides = [levels[0].chunk.guide]
    return draft
