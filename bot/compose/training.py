"""Pay asked for while training ("do apprentices get paid?", "is the training program
paid?"): the guide's own sentence when it says so, else that it doesn't, with what it says
about the training and the nearest figure it has (entry-level pay)."""

from __future__ import annotations

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.extractive import readable_piece
from bot.compose.labels import is_label_line, readable, said_already
from bot.compose.neighbours import LEANS_BACK, answer_first
from bot.retrieval.units import Unit, UnitBank
from bot.text import whole_words
from bot.understand.levels import Level, detect_level
from bot.understand.needs import Need, answers
from knowledge.model import Fact, Guide

TRAINING = whole_words(
    r"apprentice\w*", r"intern\w*", r"trainees?", r"training", r"co-?op\w*", r"on-the-job",
    r"academy", r"residency", r"program(?:me)?s?", r"school\w*", r"classroom", r"students?",
)  # fmt: skip
PAID = whole_words(r"paid", r"pays?", r"wages?", r"earn\w*", r"salar(?:y|ies)", r"stipends?")
GENERAL = {"progra", "school", "traini", "classr"}  # kinds that name no training in particular
NAMING_BONUS = 0.1  # a sentence naming training (twice: the kind asked about) over others
PAID_MARGIN = 0.1  # a sentence saying training is paid answers if about this near the best
SUPPORT_MARGIN = 0.08
MAX_SENTENCES = 2
WHO = {
    "appren": "apprentices",
    "intern": "interns",
    "traine": "trainees",
    "studen": "students",
}


def training_draft(message: str, vector: np.ndarray, bank: UnitBank, guide: Guide) -> Draft | None:
    """The answer to pay while training from ``guide``'s sentences about its training
    (``None`` when it has none): a sentence saying the training asked about is paid first,
    else the plain statement that the guide doesn't say, those sentences, then entry pay."""
    units = [
        i
        for section in guide.walk()
        for i in bank.of_section(guide.slug, section.path_text)
        if _about_training(bank.units[i], section.path_text)
    ]
    if not units:
        return None
    asked = _kinds(message)
    kinds = [_kinds(bank.units[i].text) for i in units]
    named = np.array([NAMING_BONUS * (bool(k) + bool(k & asked)) for k in kinds])
    scores = bank.similarity(units, vector) + named
    best = int(np.argmax(scores))
    # "paid while doing the program?" asks of any training; "apprentices?" of apprenticeships
    specific = asked - GENERAL
    paid = [
        n
        for n, i in enumerate(units)
        if PAID.search(bank.units[i].text) and (specific & kinds[n] if specific else kinds[n])
    ]
    said = max(paid, key=lambda n: scores[n], default=None)
    if said is not None and scores[said] >= scores[best] - PAID_MARGIN:
        best = said
    section = bank.units[units[best]].chunk.section
    support = [
        units[n]
        for n in np.argsort(-scores).tolist()
        if n != best
        and bank.units[units[n]].chunk.section == section
        and scores[n] >= scores[best] - SUPPORT_MARGIN
    ][: MAX_SENTENCES - 1]
    picked = answer_first(bank, units[best], [units[best], *support])
    prose = [bank.units[i].text for i in picked if not is_label_line(bank.units[i].text)]
    pieces = [
        readable_piece(bank.units[i]) for i in picked if not said_already(bank.units[i].text, prose)
    ]
    if best == said:
        return Draft(Mode.CITED, pieces, topic=section)
    who = next((w for stem, w in WHO.items() if stem in asked), "")
    whether = f"whether {who} are paid" if who else "whether this training is paid"
    text = f"The {guide.title} doesn't say {whether}; here is what it says about training."
    lead = Piece(text, pieces[0].source, "", "lead")
    later = _senior_pay(guide) if detect_level(message) in (Level.SENIOR, Level.TOP) else []
    return Draft(Mode.CITED, [lead, *pieces, *_entry_pay(guide), *later], topic=section)


def _kinds(text: str) -> set[str]:
    """The kinds of training a text names, by stem ("appren", "school", "co-op")."""
    return {word.lower()[:6] for word in TRAINING.findall(text)}


def _about_training(unit: Unit, section: str) -> bool:
    """A sentence about how people train for the job, one that reads on its own."""
    if unit.is_item or LEANS_BACK.match(unit.text):
        return False
    if is_label_line(unit.text) and readable(unit.text, section) is None:
        return False
    return answers(Need.GET_IN, section) or bool(TRAINING.search(unit.text))


def _entry_pay(guide: Guide) -> list[Piece]:
    """The nearest figure the guide has: what a new worker earns."""
    fact = guide.facts.salary_entry
    said = "The nearest figure it gives is entry-level pay, about {} a year."
    return _pay(guide, fact, said, "Entry-Level")


def _senior_pay(guide: Guide) -> list[Piece]:
    """What an experienced worker earns, for "…vs someone experienced"."""
    fact = guide.facts.salary_senior
    said = "Experienced workers earn more: senior-level pay is about {} a year."
    return _pay(guide, fact, said, "Senior-Level")


def _pay(guide: Guide, fact: Fact | None, said: str, label: str) -> list[Piece]:
    """``said`` with the ``fact``'s figure, cited as the guide's ``label`` line."""
    if fact is None:
        return []
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    return [Piece(said.format(fact.value), source, f"{label}: {fact.value}")]
