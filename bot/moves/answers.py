"""Plus chat's personal answers: a Plus visitor with a saved profile who asks about their own
situation gets their move, the question answered first."""

from __future__ import annotations

from bot.answer import Draft, Piece, Visitor
from bot.moves.move import Move
from bot.moves.personal import is_personal, lead, personal_draft
from bot.moves.planner import MovePlanner
from bot.understand.safety import safety_draft
from store.profiles import Profile, ProfileStore

NEXT_STEP = "What should I do next?"  # the question a Plus aside answers


class PersonalAnswers:
    """Answers a Plus visitor's personal question from their profile and move."""

    def __init__(self, profiles: ProfileStore, planner: MovePlanner) -> None:
        self._profiles = profiles
        self.planner = planner

    def draft(self, message: str, visitor: Visitor, career: str | None) -> Draft | None:
        """The personal answer, or None: not Plus, no profile, not personal, or a message
        the safety rules answer."""
        if visitor.plan != "plus" or visitor.owner is None or not is_personal(message):
            return None
        if safety_draft(message) is not None:
            return None
        profile = self._profiles.get(visitor.owner)
        if profile is None:
            return None
        return personal_draft(message, self.move(profile, career), profile.years_experience)

    def aside(self, visitor: Visitor, career: str) -> list[Piece]:
        """What ``career`` means for a Plus visitor with a profile: the next skill to build and
        the skills they share with it, cited; empty for anyone else."""
        if visitor.plan != "plus" or visitor.owner is None:
            return []
        profile = self._profiles.get(visitor.owner)
        if profile is None:
            return []
        return lead(NEXT_STEP, self.planner.plan(profile, career), profile.years_experience)

    def move(self, profile: Profile, career: str | None) -> Move:
        """The move chat answers with: to the profile's goal, else the page's career."""
        return self.planner.plan(profile, None if profile.goal_career else career)
