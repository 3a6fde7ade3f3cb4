"""A career move: where the visitor stands, the goal, and what lies between, every item cited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.answer import Piece
from bot.compose.plan import AdvicePlan, Cited
from bot.moves.match import RoleMatch
from bot.routing.titles import people_in
from knowledge.model import Guide

# The order items are shown in, and their kinds in the plan's JSON.
KINDS = ("tier", "shared", "build", "entry", "pay", "certification", "alternative", "goals")


def people(career: str) -> str:
    """The people in a career (``registered nurses``), or the title in lower case where the
    short form would cut it at a possessive (``Police and Sheriff's Patrol Officers``)."""
    short = people_in(career)
    return career.lower() if "'" in short else short


@dataclass(frozen=True)
class MoveItem:
    """One line of a move: one or more cited parts (a shared skill cites both careers)."""

    kind: str
    parts: tuple[Cited, ...]
    name: str = ""  # the skill, knowledge area or career the item is about

    @property
    def text(self) -> str:
        """The item's words, without markers."""
        return " ".join(p.text for p in self.parts)

    def pieces(self) -> list[Piece]:
        """A list item, its further parts continuing the line; parts from one source share
        one marker (an item cites each of its sources once)."""
        pieces: list[Piece] = []
        for part in self.parts:
            if pieces and pieces[-1].source == part.source:
                last = pieces[-1]
                quoted = last.evidence if part.evidence in last.evidence else part.evidence
                evidence = last.evidence if quoted == last.evidence else f"{last.evidence} {quoted}"
                pieces[-1] = Piece(f"{last.text} {part.text}", last.source, evidence, last.kind)
            else:
                kind = "sentence" if pieces else "item"
                pieces.append(Piece(part.text, part.source, part.evidence, kind))
        return pieces


@dataclass
class Move:
    """From the visitor's current role (matched to a guide, if any) to a goal career."""

    role: str | None  # the visitor's own words
    current: Guide | None
    match: RoleMatch | None
    goal: Guide
    goal_reason: str  # "your goal", "this page's career", "suggested from your role"…
    items: list[MoveItem] = field(default_factory=list)
    suggested_goals: list[str] = field(default_factory=list)  # careers, when none was given
    ladder: AdvicePlan | None = None  # the goal guide's tiers, for a hand-written guide
    skills_from: Guide | None = None  # the O*NET guide whose ratings stand in for the goal's

    def of(self, kind: str) -> list[MoveItem]:
        """The items of one kind, in order."""
        return [i for i in self.items if i.kind == kind]

    def pieces(self, skip: str = "") -> list[Piece]:
        """Every item (but those of kind ``skip``) as list pieces, in the order of :data:`KINDS`."""
        kinds = [k for k in KINDS if k != skip]
        return [p for kind in kinds for item in self.of(kind) for p in item.pieces()]

    @property
    def goal_people(self) -> str:
        """``registered nurses``."""
        return people(self.goal.career)

    @property
    def where(self) -> str:
        """The visitor's tier on the goal's ladder, else their own words for their role."""
        if self.ladder is not None and self.ladder.tier is not None:
            return self.ladder.tier.text.split(": ", 1)[1].split(" (")[0]
        return (self.role or "").strip()

    def as_json(self, numbers: dict[tuple[str, str], int]) -> dict[str, Any]:
        """The move with each item's citation numbers, by (guide, section) of the answer."""
        current = None
        if self.match is not None:
            current = {
                "career": self.match.career,
                "guide": self.match.slug,
                "reason": self.match.reason(self.role or ""),
            }
        return {
            "role": self.role,
            "current": current,
            "goal": {"career": self.goal.career, "guide": self.goal.slug, "why": self.goal_reason},
            "suggested_goals": self.suggested_goals,
            "items": [
                {
                    "kind": item.kind,
                    "text": item.text,
                    "citations": [
                        numbers[key]
                        for p in item.parts
                        if (key := (p.source.guide, p.source.section)) in numbers
                    ],
                }
                for kind in KINDS
                for item in self.of(kind)
            ],
        }
