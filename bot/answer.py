"""An answer before rendering: text pieces, each backed by the guide text it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Mode(StrEnum):
    """How an answer was produced (part of the API contract)."""

    CITED = "cited"
    REFUSAL = "refusal"
    CLARIFY = "clarify"
    ADVICE = "advice"
    SUPPORT = "support"  # crisis resources for a visitor who speaks of self-harm


@dataclass(frozen=True)
class Source:
    """The guide section a piece of an answer comes from."""

    guide: str
    guide_title: str
    section: str
    anchor: str


@dataclass(frozen=True)
class Piece:
    """A sentence, list item or list intro, with the source text that backs it."""

    text: str
    source: Source
    evidence: str
    kind: str = "sentence"  # "sentence" | "item" | "intro" | "heading" (a career's name)


@dataclass(frozen=True)
class Figure:
    """A figure worth charting: ``Entry level`` / 46950 / ``$46,950``."""

    label: str
    value: float
    text: str


@dataclass
class Draft:
    """Pieces in reading order, or a plain message when nothing is cited."""

    mode: Mode
    pieces: list[Piece] = field(default_factory=list)
    message: str = ""
    topic: str = ""  # an Intent value, or the section the answer is mostly from
    retrieved: list[str] = field(default_factory=list)  # section paths, best first
    retrieved_guides: list[str] = field(default_factory=list)  # guide slugs, best first
    figures: list[Figure] = field(default_factory=list)  # for a chart beside the text
    cite_each: bool = False  # a marker after every piece (written answers), not every run
    options: list[str] = field(default_factory=list)  # careers offered (clarify, uncovered)
