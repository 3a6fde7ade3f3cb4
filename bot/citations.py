"""Renders a draft into answer text with ``[n]`` markers and the matching citations."""

from __future__ import annotations

from dataclasses import dataclass

from bot.draft import Draft, Piece, Source

SNIPPET_CHARS = 300


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer, linking to its guide section."""

    id: int
    guide: str
    guide_title: str
    section: str
    url: str
    snippet: str


def render(draft: Draft) -> tuple[str, list[Citation]]:
    """Answer text and citations numbered in order of first use."""
    if not draft.pieces:
        return draft.message, []
    numbers: dict[Source, int] = {}
    evidence: dict[Source, list[str]] = {}
    parts: list[str] = []
    pieces = draft.pieces
    for i, piece in enumerate(pieces):
        number = numbers.setdefault(piece.source, len(numbers) + 1)
        quoted = evidence.setdefault(piece.source, [])
        if piece.evidence and piece.evidence not in quoted:
            quoted.append(piece.evidence)
        last_of_run = i + 1 == len(pieces) or pieces[i + 1].source != piece.source
        parts.append(_place(piece, f" [{number}]" if last_of_run else "", bool(parts)))
    citations = [
        Citation(
            id=number,
            guide=source.guide,
            guide_title=source.guide_title,
            section=source.section,
            url=f"/guides/{source.guide}#{source.anchor}",
            snippet=_snippet(evidence[source]),
        )
        for source, number in numbers.items()
    ]
    return "".join(parts).strip(), citations


def _place(piece: Piece, marker: str, after_text: bool) -> str:
    if piece.kind == "item":
        return f"\n- {piece.text}{marker}"
    if piece.kind == "intro":
        return f"{chr(10) * 2 if after_text else ''}{piece.text}{marker}"
    text = piece.text
    if marker and text[-1:] in ".!?":
        text = f"{text[:-1]}{marker}{text[-1]}"
    else:
        text += marker
    return f" {text}" if after_text else text


def _snippet(quotes: list[str]) -> str:
    text = "".join(q + ("" if q.endswith((".", "!", "?")) else ";") + " " for q in quotes)
    text = text.strip().removesuffix(";")
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
