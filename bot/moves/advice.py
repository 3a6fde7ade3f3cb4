"""Plus advice with the visitor's career move: the plan the adviser renders becomes the move
(the question answered first when it is a personal one), and its JSON gains ``move``."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from bot.answer import Piece
from bot.compose.plan import AdvicePlan, AdvicePlanner
from bot.moves.move import Move
from bot.moves.personal import is_personal, lead
from bot.moves.planner import MovePlanner
from knowledge.model import Guide
from store.profiles import Profile


@dataclass
class MovePlan(AdvicePlan):
    """An advice plan that renders as a career move."""

    move: Move | None = None
    lead: list[Piece] = field(default_factory=list)

    def pieces(self) -> list[Piece]:
        """The answer to the question (if asked), then the move's items."""
        return [*self.lead, *(self.move.pieces() if self.move else super().pieces())]

    def extra_json(self, numbers: dict[tuple[str, str], int]) -> dict[str, Any]:
        """The move, each item with its citation numbers."""
        return {"move": self.move.as_json(numbers)} if self.move else {}


class MoveAdvicePlanner(AdvicePlanner):
    """The adviser's planner once career moves are set up (``moves``, in the lifespan)."""

    moves: MovePlanner | None = None  # set once both are built (it uses this planner)

    def answers(self, question: str) -> bool:
        """A personal question ("is it too late for me?") is answered from the move."""
        return self.moves is not None and is_personal(question)

    def plan(self, guide: Guide, profile: Profile, question: str | None = None) -> AdvicePlan:
        """The guide's plan, carrying the move from the profile's role to ``guide``."""
        base = self.ladder(guide, profile)
        if self.moves is None:
            return base
        move = self.moves.plan(profile, guide.slug)
        answer = lead(question, move, profile.years_experience) if question else []
        copied = {f.name: getattr(base, f.name) for f in fields(AdvicePlan)}
        return MovePlan(**copied, move=move, lead=answer)
