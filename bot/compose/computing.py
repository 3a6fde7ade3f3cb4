"""A list answering a question of computer skills keeps the items that name computing
("which computer skills matter most?": PLCs, SCADA, ERP; not wrenches or welding gear)."""

from __future__ import annotations

from dataclasses import replace

from bot.answer import Piece
from bot.text import whole_words
from bot.understand.needs import Need, answers
from knowledge.model import Guide

COMPUTER_ASKED = whole_words(  # not the visitor's own "not much computer stuff"
    r"(?<!\bnot much )(?<!\bno )(?<!\blittle )(?<!\bwithout )(?<!\bzero )"
    r"computer(?: \w+)? (?:skills?|stuff|side|part|knowledge|work|programs?)",
    r"(?:good|great|bad|ok|okay) (?:with|at) computers", r"software skills?", r"digital skills?",
)  # fmt: skip
COMPUTING = whole_words(
    r"software", r"computer\w*", r"plcs?", r"programm\w*", r"digital", r"data", r"scada",
    r"erp", r"cmms", r"automation", r"robot\w*", r"vision", r"tablets?", r"controllers?",
)  # fmt: skip


def computing_items(pieces: list[Piece], message: str, guides: dict[str, Guide]) -> list[Piece]:
    """``pieces`` with each cited list cut to its items naming computing, all of them (none
    left to "…and nine more"), when ``message`` asks for computer skills; else as they are."""
    if not COMPUTER_ASKED.search(message):
        return pieces
    cut = {p.source: kept for p in pieces if p.kind == "intro" and (kept := _listed(p, guides))}
    out: list[Piece] = []
    for piece in pieces:
        if piece.kind in ("item", "more") and piece.source in cut:
            continue  # a list shown whole again after its intro
        out.append(piece)
        if piece.kind != "intro" or piece.source not in cut:
            continue
        template = next((p for p in pieces if p.kind == "item" and p.source == piece.source), None)
        if template is not None:
            out += [replace(template, text=item, evidence=item) for item in cut[piece.source]]
    return out


def _listed(piece: Piece, guides: dict[str, Guide]) -> list[str]:
    """The computing items of the tools' list section ``piece`` cites, when some but not all
    are."""
    if not answers(Need.TOOLS, piece.source.section):  # a tech stack, not "Foundational Skills"
        return []
    guide = guides.get(piece.source.guide)
    section = guide.find(piece.source.section) if guide is not None else None
    items = section.items if section is not None else []
    kept = [item for item in items if COMPUTING.search(item)]
    return kept if kept and len(kept) < len(items) else []
