"""Where a question goes: the kind of answer, careers-wise, and the careers to answer from."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class RouteKind(StrEnum):
    """What the question is about, careers-wise."""

    ONE = "one"  # one career
    COMPARE = "compare"  # two or more careers, side by side
    CLARIFY = "clarify"  # a job word several careers fit: ask which
    UNCOVERED = "uncovered"  # a career no guide covers
    OPEN = "open"  # no career named: the nearest guides compete


@dataclass(frozen=True)
class Route:
    """The careers to answer from (or offer), best first."""

    kind: RouteKind
    careers: tuple[str, ...]
    named: str = ""  # the job as the visitor wrote it, for clarify and uncovered
    explicit: bool = False  # the message itself names the career(s)
    fit: dict[str, float] = field(default_factory=dict, compare=False)  # open: every career
