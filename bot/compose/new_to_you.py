"""What a career asks that the visitor's own job doesn't ("what does a paramedic do that i
can't do now as an emt?", "which of the lawyer tasks would I already be doing as a
paralegal?"): its tasks set against the own job's, the close ones and the new ones."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.extractive import unit_piece
from bot.retrieval.units import UnitBank
from bot.routing.names import Mention
from bot.text import whole_words
from bot.understand.asks import asking_text
from knowledge.model import Guide

TASKS = "Key Responsibilities"
SHOWN = 3  # tasks shown of each end: the nearest the own job's tasks, and the furthest

# Asking what is new, or already done, against the visitor's own job
ASKS_NEW = whole_words(
    r"(?:that|which|what) (?:i|u|you) (?:don'?t|do not|can'?t|cannot|couldn'?t|dont|cant) "
    r"(?:already |currently |now )?do",
    r"(?:do|does) (?:\w+ ){0,4}differently",
    r"different (?:from|than) what i (?:do|did)",
    r"(?:would|do|am) i (?:already|currently) (?:do|doing|be doing)",
    r"(?:which|what) (?:\w+ ){0,3}(?:i|u) (?:already|currently) do",
)  # fmt: skip


def new_to_you(
    question: str,
    career: str,
    said: list[Mention],
    guides: dict[str, Guide],
    bank: UnitBank,
    embed: Callable[[str], np.ndarray],
) -> Draft | None:
    """The answer when ``question`` asks what ``career`` does beyond, or like, the visitor's
    own job, one career of the mentions ``said``; else ``None``."""
    if not ASKS_NEW.search(asking_text(question)):
        return None
    own = {s for m in said if m.own and len(m.slugs) == 1 for s in m.slugs} - {career}
    if len(own) != 1:
        return None
    return new_to_you_draft(guides[career], guides[own.pop()], bank, embed)


def new_to_you_draft(
    career: Guide, own: Guide, bank: UnitBank, embed: Callable[[str], np.ndarray]
) -> Draft | None:
    """``career``'s tasks nearest ``own``'s, then those furthest from any of them, by the
    tasks' own words embedded alone (the bank's vectors carry each guide's name, which
    pulls a career's lines together); ``None`` when either guide lists too few tasks."""
    asked = [i for i in bank.of_section(career.slug, TASKS) if bank.units[i].is_item]
    known = [i for i in bank.of_section(own.slug, TASKS) if bank.units[i].is_item]
    if not asked or not known:
        return None
    vectors = [np.array([embed(bank.units[i].text) for i in ids]) for ids in (asked, known)]
    nearness = (vectors[0] @ vectors[1].T).max(axis=1)
    order = [asked[n] for n in np.argsort(-nearness)]
    shown = min(SHOWN, len(order) // 2)
    if not shown:
        return None
    source = Source(career.slug, career.title, "", "")
    name, own_name = career.career.lower(), own.career
    near, far = f"closest to those the {own_name}", f"least like any the {own_name}"
    pieces = [
        Piece(f"Tasks of {name} {near} guide lists", source, "", "heading"),
        *(unit_piece(bank.units[i], "item") for i in order[:shown]),
        Piece(f"Tasks of {name} {far} guide lists", source, "", "heading"),
        *(unit_piece(bank.units[i], "item") for i in reversed(order[-shown:])),
    ]
    draft = Draft(Mode.CITED, pieces, topic=TASKS)
    draft.retrieved, draft.retrieved_guides = [TASKS], [career.slug, own.slug]
    return draft
