"""An answer on a topic no one section holds: every sentence of a guide that speaks of it, in
reading order ("are the shifts predictable?" is told in Work Setting, Work-Life Balance and
the Cons; "is training people part of the job?" in the duties, a level and the day)."""

from __future__ import annotations

from bot.answer import Draft, Mode
from bot.compose.extractive import unit_piece
from bot.retrieval.units import UnitBank
from bot.text import whole_words
from bot.understand.needs import Need, answers
from knowledge.model import Guide

MAX_SENTENCES = 4
# What a sentence says when it speaks of the topic (not "review schedules" in a meeting).
SPREAD = {
    Need.SCHEDULE: whole_words(
        r"shifts?", r"shift work", r"overtime", r"weekends?", r"nights?", r"on[- ]call",
        r"part[- ]time", r"full[- ]time", r"(?:working|work|regular|long|irregular) hours",
        r"hours (?:a|per) (?:day|week)", r"(?:routine|regular|irregular|predictable) schedules?",
    ),
    # "Train and assist production operators…", "mentoring junior staff", "Instructing:
    # teaching others how to do something", not "hands-on training with equipment"
    Need.TRAINING_OTHERS: whole_words(
        r"(?:train|trains|training|mentor\w*|teach\w*|instruct\w*|coach\w*) (?:and assist )?"
        r"(?:(?!and\b|in\b)\w+ ){0,2}(?:operators|workers|staff|members|employees|apprentices"
        r"|others|trainees|juniors?|helpers|crews?|personnel|new hires|students)",
    ),
}  # fmt: skip
# Sections whose sentences belong to their own moment, not the job's hours (a day's slot).
NOT_SPREAD = {
    Need.SCHEDULE: whole_words(r"a day in the life", r"career path tiers", r"examples and case"),
    Need.TRAINING_OTHERS: whole_words(r"examples and case"),
}


def spread_draft(guide: Guide, need: Need | None, bank: UnitBank) -> Draft | None:
    """The guide's sentences on ``need``'s topic from all its sections, when one of the
    sections answering that kind says something of it, else ``None``."""
    if need not in SPREAD:
        return None
    said = SPREAD[need]
    units = [
        bank.units[i]
        for section in guide.walk()
        if not NOT_SPREAD[need].search(section.path_text)
        for i in bank.of_section(guide.slug, section.path_text)
        if said.search(bank.units[i].text)
    ]
    if not any(answers(need, u.chunk.section) for u in units):
        return None
    unique = list({u.text.lower(): u for u in units}.values())[:MAX_SENTENCES]
    return Draft(Mode.CITED, [unit_piece(u) for u in unique])
