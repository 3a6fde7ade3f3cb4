"""Figures told with whose figures they are: where BLS publishes a career's pay or outlook only
for a broader occupation, the guide's sentence saying so stays beside the figures quoted."""

from __future__ import annotations

import re

from bot.answer import Piece, Source
from knowledge.model import Guide

# "These are BLS figures for the occupation Data Scientists (15-2051), which includes this one."
SCOPE = re.compile(r"^These are BLS figures for the occupation\b")
FIGURE = re.compile(r"\d")


def _scope_notes(guide: Guide) -> dict[str, Piece]:
    """Each section of ``guide`` stating its figures are a broader occupation's, with that
    sentence as a cited piece."""
    return {
        section.path_text: Piece(
            paragraph,
            Source(guide.slug, guide.title, section.path_text, section.anchor),
            paragraph,
        )
        for section in guide.walk()
        for paragraph in section.paragraphs
        if SCOPE.search(paragraph)
    }


def with_scope(pieces: list[Piece], guides: dict[str, Guide]) -> list[Piece]:
    """``pieces`` with the scope sentence after the last figure quoted from each section
    whose figures are a broader occupation's ("…median salary for a business intelligence
    analyst is $120,230" is Data Scientists' pay), unless the answer says it already."""
    said = {piece.text for piece in pieces}
    scoped = {slug: _scope_notes(guides[slug]) for slug in {p.source.guide for p in pieces}
              if slug in guides}  # fmt: skip
    last: dict[tuple[str, str], int] = {}
    notes: dict[tuple[str, str], Piece] = {}
    for i, piece in enumerate(pieces):
        if (
            piece.source.guide not in scoped
            or piece.kind == "lead"
            or not FIGURE.search(piece.text)
        ):
            continue
        note = scoped[piece.source.guide].get(piece.source.section)
        if note is not None and note.text not in said:
            key = (piece.source.guide, piece.source.section)
            last[key], notes[key] = i, note
    after = {i: notes[key] for key, i in last.items()}
    return [kept for i, piece in enumerate(pieces) for kept in (piece, after.get(i)) if kept]
