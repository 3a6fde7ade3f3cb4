"""Skills asked of a career whose guide lists none (O*NET rates no skills for data
scientists): what the guide has that speaks to skills instead (knowledge areas, its tech
stack, its tasks), each named for what it is."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import unit_piece
from bot.retrieval.units import UnitBank
from knowledge.model import Guide, Section

SKILLS = re.compile(r"\bskills?\b", re.IGNORECASE)
# What speaks to skills when no skill is listed, best first, and how it is named.
INSTEAD = {
    "Knowledge": "the knowledge the work draws on",
    "Tech Stack": "the tools and technology used on the job",
    "Key Responsibilities": "the tasks of the job",
}
SECTIONS = 2
ITEMS = (5, 3)  # items of the first section used, and of the second


def skills_draft(vector: np.ndarray, bank: UnitBank, guide: Guide) -> Draft | None:
    """``None`` when ``guide`` lists skills; else its statement that it has none (or a lead
    saying so), then the items of the sections that stand in for them, each named."""
    sections = list(guide.walk())
    skills = [s for s in sections if SKILLS.search(s.title)]
    if any(s.items for s in skills):
        return None
    instead = [s for title in INSTEAD for s in sections if s.title == title and s.items]
    if not instead:
        return None
    said = [i for s in skills for i in bank.of_section(guide.slug, s.path_text)]
    first = bank.units[bank.of_section(guide.slug, instead[0].path_text)[0]]
    if said:
        pieces = [unit_piece(bank.units[i]) for i in said if not bank.units[i].is_item][:1]
    else:
        text = f"The {guide.title} lists no skills."
        pieces = [Piece(text, unit_piece(first).source, "", "lead")]
    for n, section in enumerate(instead[:SECTIONS]):
        pieces += _listed(vector, bank, guide, section, n)
    return Draft(Mode.CITED, pieces, topic=instead[0].path_text)


def _listed(
    vector: np.ndarray, bank: UnitBank, guide: Guide, section: Section, n: int
) -> list[Piece]:
    """One standing-in section: an intro naming what it is, then its items nearest the
    question, in the guide's order."""
    items = [i for i in bank.of_section(guide.slug, section.path_text) if bank.units[i].is_item]
    if not items:
        return []
    scores = bank.similarity(items, vector)
    best = sorted(np.argsort(-scores)[: ITEMS[n]].tolist())
    lists = f"section lists {INSTEAD[section.title]}:"
    intro = f"Instead, its {section.title} {lists}" if n == 0 else f"Its {section.title} {lists}"
    source = unit_piece(bank.units[items[0]]).source
    return [
        Piece(intro, source, "", "intro"),
        *(unit_piece(bank.units[items[k]], "item") for k in best),
    ]
