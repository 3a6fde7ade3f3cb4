"""What a guide states about an occupation, read back from its sections for career moves:
O*NET skills and knowledge with importance and level, related roles, the skill map."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.model import Guide, Section

RATED_ITEM = re.compile(
    r"^(?P<name>[^:]{2,80}): .*\(importance (?P<importance>\d(?:\.\d)?) of 5"
    r"(?:, level (?P<level>\d(?:\.\d)?) of 7)?\)$"
)
RATED_SECTIONS = {"Top Skills": "skill", "Knowledge": "knowledge"}
RELATED_SECTIONS = ("Related Roles", "Job Outlook & Related Roles")
SKILL_MAP_SECTIONS = ("Foundational Skills", "Advanced Technical Skills", "Tech Skills")


@dataclass(frozen=True)
class RatedItem:
    """One skill or knowledge area a guide lists, with O*NET's ratings as the guide states them."""

    name: str
    kind: str  # "skill" | "knowledge"
    importance: float
    level: float | None
    item: str  # the list item, word for word (evidence)
    section: str  # section path
    anchor: str

    @property
    def level_text(self) -> str:
        """``level 4.1 of 7``, as the guide writes it (or ``importance 3.9 of 5``)."""
        if self.level is not None:
            return f"level {self.level:.1f} of 7"
        return f"importance {self.importance:.1f} of 5"


@dataclass(frozen=True)
class RelatedRole:
    """A related occupation a guide lists (by its title), and the section that lists it."""

    title: str
    section: str
    anchor: str


@dataclass
class GuideRatings:
    """The parts of one guide a career move is computed from."""

    slug: str
    rated: list[RatedItem] = field(default_factory=list)  # skills then knowledge, best first
    related: list[RelatedRole] = field(default_factory=list)
    skill_map: list[tuple[str, Section]] = field(default_factory=list)  # hand-written guides

    def find(self, name: str) -> RatedItem | None:
        """The rated item called ``name`` (case-insensitive), if the guide lists it."""
        key = name.lower()
        return next((r for r in self.rated if r.name.lower() == key), None)

    @property
    def names(self) -> set[str]:
        """Lower-case names of every rated skill and knowledge area."""
        return {r.name.lower() for r in self.rated}


def guide_ratings(guide: Guide) -> GuideRatings:
    """Read the rated skills and knowledge, related roles and skill map of ``guide``."""
    found = GuideRatings(guide.slug)
    for section in guide.walk():
        kind = RATED_SECTIONS.get(section.title)
        for item in section.items:
            if kind and (match := RATED_ITEM.match(item)):
                level = match["level"]
                found.rated.append(
                    RatedItem(
                        match["name"].strip(),
                        kind,
                        float(match["importance"]),
                        float(level) if level else None,
                        item,
                        section.path_text,
                        section.anchor,
                    )
                )
            elif section.title in RELATED_SECTIONS:
                found.related.append(RelatedRole(item, section.path_text, section.anchor))
            elif section.title in SKILL_MAP_SECTIONS:
                found.skill_map.append((item, section))
    return found
