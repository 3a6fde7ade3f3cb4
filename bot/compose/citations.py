"""Renders a draft into answer text with ``[n]`` markers and the matching citations."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer import Citation, Draft, Piece, Source

SNIPPET_CHARS = 300


class Renderer:
    """Turns pieces into text with ``[n]`` markers, numbering sources in order of first use.

    Usable piece by piece, so a streamed answer and its final text are the same.
    """

    def __init__(self) -> None:
        self._numbers: dict[Source, int] = {}
        self._evidence: dict[Source, list[str]] = {}
        self._started = False

    def add(self, piece: Piece, *, mark: bool = True) -> str:
        """The text this piece adds, with its source's marker when ``mark``."""
        if piece.kind == "lead":  # the bot's own framing sentence: nothing to cite
            text = f" {piece.text}" if self._started else piece.text
            self._started = True
            return text
        if piece.kind == "heading":  # a career's name before its part of a comparison
            text = f"{chr(10) * 2 if self._started else ''}{piece.text}:"
            self._started = True
            return text
        number = self._numbers.setdefault(piece.source, len(self._numbers) + 1)
        quoted = self._evidence.setdefault(piece.source, [])
        if piece.evidence and piece.evidence not in quoted:
            quoted.append(piece.evidence)
        text = _place(piece, f" [{number}]" if mark else "", self._started)
        self._started = True
        return text

    @classmethod
    def after(cls, shown: Sequence[Piece]) -> Renderer:
        """A renderer that numbers on from ``shown``, an answer already rendered."""
        renderer = cls()
        for piece in shown:  # the same numbers as when the shown pieces were rendered
            renderer.add(piece)
        return renderer

    def citations(self) -> list[Citation]:
        """The sources used so far, as numbered citations."""
        return [
            Citation(
                id=number,
                guide=source.guide,
                guide_title=source.guide_title,
                section=source.section,
                url=f"/guides/{source.guide}#{source.anchor}",
                snippet=_snippet(self._evidence[source]),
            )
            for source, number in self._numbers.items()
        ]


def render(draft: Draft) -> tuple[str, list[Citation]]:
    """Answer text and citations numbered in order of first use.

    A marker follows each run of pieces from one source, or every piece if ``cite_each``.
    """
    if not draft.pieces:
        return draft.message, []
    renderer = Renderer()
    pieces = [p for n, p in enumerate(draft.pieces) if not _dangling(p, draft.pieces[n + 1 :])]
    pieces = pieces or draft.pieces
    parts = [
        renderer.add(
            piece,
            mark=draft.cite_each
            or i + 1 == len(pieces)
            or pieces[i + 1].source != piece.source
            or pieces[i + 1].kind in ("heading", "lead"),
        )
        for i, piece in enumerate(pieces)
    ]
    return "".join(parts).strip(), renderer.citations()


def _dangling(piece: Piece, after: list[Piece]) -> bool:
    """A quoted line that leads into a list ("The work styles O*NET rates… (importance on
    a 1–5 scale):") with no list item and nothing of its own source after it."""
    leads_in = piece.kind in ("sentence", "intro") and piece.text.rstrip(" .").endswith(":")
    following = after[0] if after else None
    followed = following is not None and (
        following.kind == "item"  # "…these pay more than its median:" and each career's line
        or (following.source == piece.source and following.kind != "heading")
    )
    return leads_in and not followed


def _place(piece: Piece, marker: str, after_text: bool) -> str:
    if piece.kind == "item":
        return f"\n- {piece.text}{marker}"
    if piece.kind == "intro":
        return f"{chr(10) * 2 if after_text else ''}{piece.text}{marker}"
    text = piece.text
    if piece.kind == "more":  # how many more items the cited section lists, on its own line
        return f"\n{text[:-1]}{marker}{text[-1]}" if marker else f"\n{text}"
    if marker and text[-1:] in ".!?":
        text = f"{text[:-1]}{marker}{text[-1]}"
    else:
        text += marker
    return f" {text}" if after_text else text


def _snippet(quotes: list[str]) -> str:
    text = "".join(q + ("" if q.endswith((".", "!", "?")) else ";") + " " for q in quotes)
    text = text.strip().removesuffix(";")
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1].rsplit(" ", 1)[0] + "…"
