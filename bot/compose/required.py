"""Whether a thing the guide names is required ("do i HAVE to learn the plc thing?", "do i
need the CMT cert before applying?", "PLC. how much does it matter") or a school subject is
("yes or no do i need math"): the guide's sentence saying it is expected, or the plain
statement that it doesn't say so, with what it says of the thing and what the job does
require."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.extractive import readable_piece
from bot.compose.lengths import ACRONYM, NO_TRAINING
from bot.compose.neighbours import LEANS_BACK
from bot.compose.unsaid import guide_text
from bot.retrieval.units import Unit, UnitBank
from bot.text import whole_words
from bot.understand.asks import asking_text
from bot.understand.needs import Need, answers, one_level
from bot.understand.subjects import asked_subject, kindred
from knowledge.model import Guide

# Asking whether a thing is needed, not what it is: "do i HAVE to learn", "is it required",
# "how much does it matter", "before applying or can i get it after"
ASKS_REQUIRED = whole_words(
    r"(?:do|does|would|will) (?:i|you|u|one|he|she|they|we) (?:really |actually |absolutely )?"
    r"(?:have to|need to|gotta|got to|must) (?:learn|know|get|have|take)",
    r"(?:is|are) (?:it|that|this|they|those|the [\w-]+(?: [\w-]+)?|[\w-]+) (?:\w+ )?(?:required|"
    r"mandatory|necessary|a must|needed)",
    r"how much (?:does|do|would|will) (?:it|that|this|they|[\w-]+) (?:really |actually )?matter",
    r"how important (?:is|are)", r"how (?:big|much) (?:of )?a (?:big )?deal",
    # "my english not perfect, is big problem for the supervisor job?"
    r"(?:is|be) (?:it |that |this )?(?:an? )?(?:big |huge |real |major )?(?:problem|issue"
    r"|dealbreaker|deal breaker)",
    r"before (?:applying|i apply|you apply|getting hired|i get hired)",
    r"(?:get|do|take) (?:it|them|that) after",
)  # fmt: skip
# A sentence saying a thing is asked of the worker: "Proficiency in PLC programming… is expected."
SAYS_REQUIRED = whole_words(
    r"(?:is|are) (?:\w+ )?(?:required|expected|essential|mandatory)", r"increasingly important",
    r"must (?:have|know|learn|hold|master|be)", r"need to know",
    r"(?:roles?|employers|jobs?|positions?) (?:\w+ )?requires?",
)  # fmt: skip
NOT_REQUIRED = whole_words(r"not (?:\w+ )?(?:mandatory|required)")
# A sentence saying what the thing is worth: "…provide an edge", "…greatly enhance…"
SAYS_WORTH = whole_words(
    r"edge", r"enhance\w*", r"valued?", r"benefit\w*", r"signal\w*", r"advantage\w*", r"boost\w*",
)  # fmt: skip
SCHOOLING = whole_words(r"diploma", r"degree", r"GED", r"equivalent")
# A subject asked whether needed: "do i need math", "good at math", "math is important"
NEEDS_BEFORE = whole_words(
    r"need\w*", r"require\w*", r"have to", r"gotta", r"must", r"good at", r"how much", r"use",
    r"know", r"learn",
)  # fmt: skip
NEEDED_AFTER = re.compile(
    r"\s*(?:is |are )?(?:really |very |that )?(?:important|required|needed|necessary|a must|"
    r"involved|heavy)\b",
    re.IGNORECASE,
)
SOURCE = re.compile(r"\W*sources?\b", re.IGNORECASE)  # "Source: U.S. Bureau of Labor Statistics"
REQUIRED_BONUS = 0.15
WORTH_BONUS = 0.08
MAX_SENTENCES = 2
KINDRED_LINES = 3  # lines on a subject's work the guide never names


def required_draft(message: str, vector: np.ndarray, bank: UnitBank, guide: Guide) -> Draft | None:
    """The answer to whether ``guide`` requires the thing ``message`` names; ``None`` when it
    asks no such thing or names nothing the guide writes out."""
    asking = asking_text(message)
    thing = _thing(message, guide)
    subject = None if thing else _subject(asking, guide)  # "yes or no do i need math"
    if subject is not None:
        thing = _subject_word(asking, subject)
    elif thing is None or not ASKS_REQUIRED.search(asking):
        return None
    named = subject or re.compile(rf"\b{re.escape(thing)}s?\b", re.IGNORECASE)
    units = [i for i in bank.of_guide(guide.slug) if _reads_alone(bank.units[i])]
    naming = [i for i in units if named.search(bank.units[i].text)]
    if not naming and subject is not None:  # "do i need math": plainly not said
        said = f"The {guide.title} doesn't say whether the job needs {thing}."
        if near := _kindred(bank, guide, subject, vector):  # "people skills": its lines on
            lead = Piece(f"{said[:-1]}; here is the nearest it has.", near[0].source, "", "lead")
            return Draft(Mode.CITED, [lead, *near])  # communication and conflict resolution
        entry = _entry_requirement(bank, units, guide, vector)
        source = entry[0].source if entry else Source(guide.slug, guide.title, "", "")
        return Draft(Mode.CITED, [Piece(said, source, "", "lead"), *entry])
    if not naming:
        return None
    texts = [bank.units[i].text for i in naming]
    bonus = np.array([REQUIRED_BONUS * _says_required(t) + WORTH_BONUS * bool(SAYS_WORTH.search(t))
                      for t in texts])  # fmt: skip
    scores = bank.similarity(naming, vector) + bonus
    picked = [naming[n] for n in np.argsort(-scores)[:MAX_SENTENCES].tolist()]
    picked.sort(key=lambda i: not _says_required(bank.units[i].text))
    pieces = [p for i in picked for p in _at_level(bank.units[i])]
    if _says_required(bank.units[picked[0]].text):
        return Draft(Mode.CITED, pieces, topic=bank.units[picked[0]].chunk.section)
    lead = Piece(
        f"The {guide.title} doesn't list {thing} among what the job requires; here is what it "
        "says of it, and what the job does require.",
        pieces[0].source, "", "lead",
    )  # fmt: skip
    entry = _entry_requirement(bank, units, guide, vector)
    return Draft(Mode.CITED, [lead, *pieces, *entry], topic=bank.units[picked[0]].chunk.section)


def asks_required(text: str) -> bool:
    """``text`` asks whether a thing is required or how much it matters."""
    return bool(ASKS_REQUIRED.search(asking_text(text)))


POINTER = re.compile(r"\b(?:it|that|this|them)\b", re.IGNORECASE)
# A thing put first and asked about after a comma ("predictive maintenance, is that a real…")
FRONTED = re.compile(
    r"^\W*(?!(?:ok|okay|so|well|hey|hi|hello|yeah|yes|no|also|and|but|thanks|hmm|um)\b)"
    r"([a-z][a-z -]{2,40}?)\s*,\s+(?:is|are|does|do|what|whats|how)\b",
    re.IGNORECASE,
)


def named_in(half: str, message: str) -> str:
    """``half`` of ``message`` with its "it" read as the one acronym the rest of the message
    names before it ("PLC stuff… where do i learn it" → "where do i learn PLC") or the thing
    put first ("predictive maintenance, is that…"), else as it was ("…don't know what that
    is. What do they do and would my CPA-track experience…")."""
    if ACRONYM.search(half):
        return half
    at = message.find(half[:30])
    before = message[:at] if at >= 0 else message
    named = set(ACRONYM.findall(before)) - NO_TRAINING
    if len(named) == 1:
        return POINTER.sub(named.pop(), half, count=1)
    fronted = FRONTED.match(before)  # "predictive maintenance, is that a real job title? what
    return POINTER.sub(fronted[1], half, count=1) if fronted else half  # would i learn for it"


def _thing(message: str, guide: Guide) -> str | None:
    """The first of the guide's own acronyms the message writes ("plc", "CMT")."""
    acronyms = set(ACRONYM.findall(guide_text(guide))) - NO_TRAINING
    words = (w.upper() for w in re.findall(r"[A-Za-z0-9]+", message))
    return next((w for w in words if w in acronyms), None)


def _subject(asking: str, guide: Guide) -> re.Pattern[str] | None:
    """The school subject asked whether needed, unless a section of its own answers it ("Do
    Production Technicians need to know programming?")."""
    subject = asked_subject(asking, guide.career)
    if subject is None or any(subject.search(s.title) for s in guide.walk()):
        return None
    found = subject.search(asking)
    if found is None:
        return None
    before, after = asking[: found.start()].split()[-5:], asking[found.end() :]
    if not NEEDS_BEFORE.search(" ".join(before)) and not NEEDED_AFTER.match(after):
        return None  # "my English degree is irrelevant and I'd need the diploma?": told
    return subject


def _subject_word(text: str, subject: re.Pattern[str]) -> str:
    """The subject as ``text`` writes it ("math", "coding")."""
    found = subject.search(text)
    word = found.group().lower() if found else "it"
    return "English" if word == "english" else word


def _says_required(text: str) -> bool:
    return bool(SAYS_REQUIRED.search(text)) and not NOT_REQUIRED.search(text)


def _entry_requirement(
    bank: UnitBank, units: list[int], guide: Guide, vector: np.ndarray
) -> list[Piece]:
    """The guide's sentence on what its roles require to start ("…require at least a high
    school diploma…")."""
    way_in = [
        i
        for i in units
        if answers(Need.GET_IN, bank.units[i].chunk.section)
        and _says_required(bank.units[i].text)
        and SCHOOLING.search(bank.units[i].text)
    ]
    if not way_in:
        return []
    best = way_in[int(np.argmax(bank.similarity(way_in, vector)))]
    return [readable_piece(bank.units[best])]


def _kindred(
    bank: UnitBank, guide: Guide, subject: re.Pattern[str], vector: np.ndarray
) -> list[Piece]:
    """The guide's lines, items too, on the work of a ``subject`` it never names, nearest
    the question first ("Conflict resolution", "…collaborate with engineers…")."""
    words = kindred(subject)
    naming = [
        i
        for i in bank.of_guide(guide.slug)
        if words is not None
        and words.search(bank.units[i].text)
        and not LEANS_BACK.match(bank.units[i].text)
    ]
    if not naming:
        return []
    best = np.argsort(-bank.similarity(naming, vector))[:KINDRED_LINES].tolist()
    return [readable_piece(bank.units[naming[n]]) for n in best]


def _at_level(unit: Unit) -> list[Piece]:
    """The unit's piece, led by the level it speaks of when it comes from one level's section
    ("Proficiency in PLC programming… is expected." is said of the mid level)."""
    piece = readable_piece(unit)
    if not one_level(unit.chunk.section):
        return [piece]
    level = unit.chunk.section.split(" › ")[-1]
    return [Piece(f"Of the {level} level, the guide says:", piece.source, "", "lead"), piece]


def _reads_alone(unit: Unit) -> bool:
    """A sentence that makes sense quoted on its own, not a source line."""
    return not unit.is_item and not LEANS_BACK.match(unit.text) and not SOURCE.match(unit.text)
