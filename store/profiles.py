"""Visitors' career profiles: what personalised advice is computed from."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from store.tables import ProfileRow, upsert


@dataclass(frozen=True)
class Profile:
    """Where a visitor stands and where they want to go."""

    current_role: str | None = None
    years_experience: float | None = None
    skills: list[str] = field(default_factory=list)
    certifications: list[str] = field(default_factory=list)
    education: str | None = None
    location: str | None = None
    goal_career: str | None = None


class ProfileStore:
    """One profile per owner."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def get(self, owner: str) -> Profile | None:
        """The owner's profile, if they saved one."""
        with Session(self._engine) as session:
            row = session.get(ProfileRow, owner)
            return Profile(**row.data) if row else None

    def put(self, owner: str, profile: Profile) -> None:
        """Save (replace) the owner's profile in one statement, safe against concurrent saves
        and erasures of the same owner."""
        values = {"owner": owner, "data": asdict(profile), "updated_at": datetime.now(UTC)}
        with self._engine.begin() as connection:
            connection.execute(upsert(self._engine, ProfileRow, values, "owner"))
