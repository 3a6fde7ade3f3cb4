"""How much of a career's work is with people, by the importance O*NET gives its people
skills and its customer-service knowledge: a visitor who says people drain them ("super
introverted", "social anxiety") is offered careers that rate them low."""

from __future__ import annotations

import re

from bot.retrieval.units import UnitBank

RATED = ("Top Skills", "Knowledge")
PEOPLE_SKILLS = (
    "Speaking", "Service Orientation", "Social Perceptiveness", "Persuasion", "Negotiation",
    "Customer and Personal Service",
)  # fmt: skip
IMPORTANCE = re.compile(r"\(importance ([\d.]+) of 5")
WITH_PEOPLE = 3.5  # importance (of 5) from which a people skill makes the work about people


def people_importance(slug: str, bank: UnitBank) -> float | None:
    """The highest importance of a people skill among the career's top skills and knowledge
    (0 when none is listed); ``None`` when its guide rates no skills."""
    units = [bank.units[i] for section in RATED for i in bank.of_section(slug, section)]
    rated = {u.text: float(found[1]) for u in units if (found := IMPORTANCE.search(u.text))}
    if not rated:  # "O*NET 29.3 has no skill, knowledge or work style ratings for this…"
        return None
    return max((v for text, v in rated.items() if text.startswith(PEOPLE_SKILLS)), default=0.0)


def away_from_people(ranked: list[tuple[str, float]], bank: UnitBank) -> list[tuple[str, float]]:
    """The ``ranked`` careers whose people skills O*NET rates below :data:`WITH_PEOPLE`."""
    rated = ((s, fit, people_importance(s, bank)) for s, fit in ranked)
    return [(s, fit) for s, fit, rating in rated if rating is not None and rating < WITH_PEOPLE]
