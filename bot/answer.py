"""The shapes of an answer every wing shares: draft pieces and sources, visitor, reply, events."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
    # "sentence" | "item" | "intro" | "heading" (a career's name) | "lead" (uncited framing)
    # | "more" (how many items of a list the answer leaves to its cited section)
    kind: str = "sentence"


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


@dataclass(frozen=True)
class Citation:
    """A numbered source of an answer, linking to its guide section."""

    id: int
    guide: str
    guide_title: str
    section: str
    url: str
    snippet: str


@dataclass(frozen=True)
class Visitor:
    """Who is asking: the owner key of their data and their plan (from a verified token)."""

    owner: str | None = None
    plan: str = "free"


ANONYMOUS = Visitor()
# ("meta" | "delta" | "figures" | "plan" | "citations" | "suggestions" | "done", its data)
Event = tuple[str, dict[str, Any]]


@dataclass(frozen=True)
class Reply:
    """A chat answer, as the API returns it."""

    conversation_id: str
    message_id: str
    answer: str
    mode: Mode
    citations: list[Citation]
    suggestions: list[str]
    retrieved: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    retrieved_guides: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AdviceReply(Reply):
    """A Plus advice answer: a reply and the computed plan (None when the message was answered
    with crisis resources or a refusal instead)."""

    plan: dict[str, Any] | None = None
