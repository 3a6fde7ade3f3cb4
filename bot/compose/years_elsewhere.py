"""Years the visitor spent in other work, set against a career's levels ("I ran paper
machines 28 YEARS. Does any of that count or am I junior again"): the guide's levels count
experience without saying whether other work counts, so the answer says so before the first
level shown (and where the years would reach, counted in full, when that is another)."""

from __future__ import annotations

import re

from bot.answer import Piece
from bot.understand.experience import NO_BACKGROUND, OWN_YEARS, held_place, own_years
from bot.understand.needs import SENTENCE_END, one_level
from knowledge.model import Guide, TierFact

STEM = 4  # "prod tech", "production technicians": the career's words by their first letters
# Words around years that name no work of their own ("im at about 3 yrs now", "been doing it
# 4 years"): years in the job the guide is about.
TOLD_NOTHING = frozenset(
    ("i", "im", "m", "at", "about", "around", "almost", "nearly", "over", "like", "now", "so",
     "ok", "okay", "and", "been", "doing", "it", "this", "that", "here", "in", "the", "job",
     "for", "yrs", "years", "year", "just", "only", "already")
)  # fmt: skip


def in_other_work(message: str, guide: Guide) -> bool:
    """The sentence telling the visitor's years names no word of ``guide``'s career ("8
    years as a wheeled vehicle mechanic", not "a production tech, 4 years in")."""
    stems = {w[:STEM] for w in re.findall(r"[a-z]+", guide.career.lower()) if len(w) >= STEM}
    for sentence in SENTENCE_END.split(message):
        if found := OWN_YEARS.search(sentence):
            if not set(re.findall(r"[a-z]+", found[0].lower())) - TOLD_NOTHING:  # "im at about
                return False  # 3 yrs now": years here
            words = re.findall(r"[a-z]+", sentence.lower())
            return not any(w[:STEM] in stems for w in words if len(w) >= STEM)
    return False


def years_elsewhere_lead(message: str, guide: Guide, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with the plain statement that ``guide`` doesn't say whether years of other
    work count toward its levels, right before the first level shown."""
    levels = [p for p in pieces if one_level(p.source.section)]
    if not levels or not in_other_work(message, guide):
        return pieces  # no level shown ("…you would start here" would point at nothing)
    held = _tier_held(guide, own_years(message))
    if NO_BACKGROUND.search(message):
        placed = "with no background in the work, you would start here"
    elif held is None or held.section == levels[0].source.section:
        placed = "counted in full, yours would fall here"
    else:  # "with 10 yrs wrenching would i start at entry level or higher": the entry level
        placed = f"counted in full, yours would reach its {held.title} level ({held.experience})"
    said = f"The {guide.title} doesn't say whether years in other work count toward its levels"
    said = f"{said}; {placed}."
    at = pieces.index(levels[0])  # right before the level it places them in
    return [*pieces[:at], Piece(said, levels[0].source, "", "lead"), *pieces[at:]]


def _tier_held(guide: Guide, years: int | None) -> TierFact | None:
    """The highest of ``guide``'s levels whose span of experience holds ``years``."""
    tiers = guide.facts.tiers
    place = None if years is None else held_place([t.experience for t in tiers], years)
    return None if place is None else tiers[place]
