"""Among the cases told under one heading ("Examples and Case Studies"), the one that names
what the question names first ("the electronics factory example": the consumer
electronics case, not the robotic-assembly one that reads nearer)."""

from __future__ import annotations

import re

from bot.retrieval.units import UnitBank
from bot.text import search_terms

STEM = 5  # letters of a word that name the same thing ("electronics", "electronic")
# A section telling one case ("Examples and Case Studies › Adapting to Automation"): a story
# is read whole, beginning first, never its takeaway alone.
STORY = re.compile(r"case stud|success stor|examples? (?:and|&) ", re.IGNORECASE)

Ranked = list[tuple[tuple[str, str], float]]


def naming_first(sections: Ranked, bank: UnitBank, asked: str) -> Ranked:
    """``sections`` with the first section under the top one's heading that names a thing
    of ``asked`` put first, at the top one's score, when the top one names none."""
    if not sections or " › " not in sections[0][0][1]:
        return sections
    (guide, top), _ = sections[0]
    heading = top.split(" › ")[0]
    if not STORY.search(heading):
        return sections
    stems = asked_stems(asked, bank.units[bank.of_section(guide, top)[0]].chunk.guide_title)
    if not stems or _names(bank, guide, top, stems):
        return sections
    siblings = dict.fromkeys(
        section
        for i in bank.of_guide(guide)
        if (section := bank.units[i].chunk.section).startswith(f"{heading} › ")
    )
    naming = next((s for s in siblings if _names(bank, guide, s, stems)), None)
    if naming is None:
        return sections
    rest = [kv for kv in sections if kv[0] != (guide, naming)]
    return [((guide, naming), sections[0][1]), *rest]


def asked_stems(asked: str, career: str) -> set[str]:
    """The stems of the words of five letters or more that ``asked`` names things by, the
    words of the ``career``'s name aside."""
    own = {w[:STEM] for w in search_terms(career)}
    return {w[:STEM] for w in search_terms(asked) if len(w) >= STEM} - own


def holds(text: str, stems: set[str]) -> bool:
    """Whether ``text`` holds a word of one of ``stems``."""
    return any(w[:STEM] in stems for w in search_terms(text))


def _names(bank: UnitBank, guide: str, section: str, stems: set[str]) -> bool:
    """Whether a line of ``section`` holds a word of one of ``stems``."""
    return any(holds(bank.units[i].text, stems) for i in bank.of_section(guide, section))
