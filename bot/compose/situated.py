"""An answer to a visitor who states a circumstance ("I have a bad back, can I do this?") leads
with what the guide says that bears on it, cited, or says plainly that the guide says nothing
on it; the rest of the answer follows."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from bot.answer import Piece, Source
from bot.compose.extractive import unit_piece
from bot.compose.labels import is_label_line, readable
from bot.compose.neighbours import leans_back
from bot.compose.none_of import none_of
from bot.compose.unsaid import guide_text
from bot.retrieval.units import Unit, UnitBank
from bot.text import whole_words
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import LEVEL_SECTION, SENTENCE_END, detect_need
from bot.understand.situation_topics import DUTIES, EARLIER_WORK, NOT_EVIDENCE, START, Topic
from bot.understand.situations import stated, topics_of
from knowledge.model import Guide

MAX_PER_TOPIC = 2
# A verdict asked beside the circumstance ("is this a good job for a woman?"): the answer to it
# follows what the guide does not cover.
JUDGED = whole_words(
    r"good (?:job|career|fit|choice|option|idea)",
    r"worth it",
    r"(?:right|good|ok|okay|fine|suitable) for (?:a|an|me|her|him|someone|people)",
)
PROSE_BONUS = 0.05  # a sentence reads on its own better than a list item out of its list
ANSWERED_BONUS = 0.1  # in a section the answer quotes: retrieval judged it on the question


NEAREST = 4  # pieces after "…doesn't cover X; here is what it does say" when X was asked


def situated(
    message: str,
    vector: np.ndarray,
    guide: Guide,
    bank: UnitBank,
    pieces: list[Piece],
    after: bool = False,
    own_job: bool = False,
) -> list[Piece]:
    """``pieces`` (an answer from ``guide``) led by what the guide says on the circumstances
    ``message`` states, or by a plain sentence that it says nothing on them; ``after`` (a
    figure was asked: "I'm 63, what do tour guides earn?"): the answer first, then one
    sentence on each circumstance; ``own_job`` (the guide is the visitor's own job): never
    how to get into it."""
    topics = topics_of(stated(message))
    if own_job:  # "I've been a pharmacy tech for 9 years. what other jobs…": no way in
        topics = [t for t in topics if t not in (START, EARLIER_WORK)]
    if not topics or not pieces:
        return pieces
    # a circumstance told beside a figure asked ("I'm 62, widowed. What do they earn?") is
    # not said to be missing; one the question turns on ("too late at 45?") is
    asked = {t.name for t in topics_of(stated(asking_text(message)))}
    # "…deboning, my hands are killing me. would it be easier on the body?": the body first,
    # what the guide says on the story after it; what it never says still leads
    told_only = not after and not asked & {t.name for t in topics} and _asks_besides(message)
    after = after or told_only
    topics.sort(key=lambda t: t.name not in asked)  # "can I work from home? I have a bad back"
    units = [i for s in guide.walk() for i in bank.of_section(guide.slug, s.path_text)]
    listed = {p.source.section for p in pieces if p.kind == "intro"}  # the answer lists it
    units = [
        i
        for i in units
        if not NOT_EVIDENCE.search(bank.units[i].chunk.section)
        and bank.units[i].chunk.section not in listed
    ]
    own = _own_words(guide)
    answered = {p.source.section for p in pieces}
    taken: set[int] = set()
    found: list[tuple[Topic, list[Piece]]] = []
    silent: list[str] = []
    for topic in topics:
        if topic.asked and any(topic.said.search(p.text) for p in pieces):
            continue  # "what certifications help?" is answered by the answer itself
        picked = _evidence(topic, units, vector, bank, taken, own, answered)
        taken |= set(picked)
        if picked:
            found.append((topic, [_piece(bank.units[i]) for i in picked]))
        elif topic.told_if_silent and (topic.name in asked or not after or told_only):
            silent.append(topic.name)
    opening = f"The {guide.career} guide doesn't cover {_listed(silent)}" if silent else ""
    if not found and not silent:
        return pieces
    if after and opening and (set(silent) & asked or told_only):  # "…do these places all
        lead = Piece(f"{opening}.", Source(guide.slug, guide.title, "", ""), "", "lead")
        return [lead, *pieces, *_noted(found, "", guide)]  # do background checks?": silence first
    if after:
        return [*pieces, *_noted(found, opening, guide)]
    # asked only of circumstances the guide is silent on: said plainly, nothing unrelated
    # after it; a licence asked about keeps the way in, which tells the credentials
    plain = not any(t.asked for t in topics if t.name in silent)
    if not found and plain and set(silent) <= asked and not _asks_besides(message):
        return [Piece(f"{opening}.", Source(guide.slug, guide.title, "", ""), "", "lead")]
    if not found:  # "…on my feet all day? and what does it pay?": the pay follows
        lead = Piece(f"{opening}; here is what it does say.", pieces[0].source, "", "lead")
        if set(silent) & asked and not _asks_besides(message):  # "is welding hard on ur
            pieces = [p for p in pieces if p.kind != "more"][:NEAREST]  # body?": no list of ten
        return [lead, *pieces]
    told = [(t, q) for t, q in found if t.name not in asked]
    leads = len(told) < len(found) or bool(set(silent) & asked)
    if told and leads and _asks_besides(message):
        # "I'm 45 and work in retail. too old to switch? what does it pay": the age asked
        # leads; the way in the story implies follows the answer, a line of it
        found = [(t, q) for t, q in found if t.name in asked]
        pieces = [*pieces, *_noted(told, "", guide)]
        if not found:  # what was asked of a circumstance the guide never speaks of
            lead = Piece(f"{opening}; here is what it does say.", pieces[0].source, "", "lead")
            return [lead, *pieces]
    said: list[Piece] = []
    asks_one = bool(asked) and any(t.name in asked for t, _ in found)
    for n, (topic, quoted) in enumerate(found):
        if asks_one and topic.name not in asked:
            quoted = quoted[:1]  # "can I work from home? I have a bad back": a line on the back
        lead = _on(topic, guide, quoted, named=n > 0)
        if n == 0 and opening:
            lead = Piece(f"{opening}; on {topic.name}, it says:", lead.source, "", "lead")
        said += [lead, *quoted]
    return [*said, *_rest(pieces, said)]


def silent_in_all(message: str, guides: list[Guide], pieces: list[Piece]) -> list[Piece]:
    """``pieces`` (an answer comparing ``guides``) led by the circumstances ``message`` tells
    that no compared guide speaks of ("will the record stop me? electrician or hvac")."""
    topics = [t for t in topics_of(stated(asking_text(message))) if t.told_if_silent]
    if not topics or not pieces or len(guides) < 2:  # of what the question asks ("will the
        return pieces  # record stop me?"), not the story
    # sections that may speak to it: not "Licensed Architect", nor "CC BY 4.0 license"
    texts = [guide_text(g, NOT_EVIDENCE) for g in guides]
    silent = [t.name for t in topics if not any(t.said.search(text) for text in texts)]
    if not silent:
        return pieces
    return [none_of(guides, f"cover {_listed(silent)}"), *pieces]


def asked_of_each(
    message: str,
    guides: list[Guide],
    bank: UnitBank,
    vector_of: Callable[[Guide], np.ndarray],
    pieces: list[Piece],
) -> list[Piece]:
    """``pieces`` (an answer comparing ``guides``) followed by what each guide says on the
    circumstances the question asks about ("…also does my military time count for anything
    with police?": the police guide's line on related experience); only the guides the
    asking sentence names, when it names any."""
    asking = asking_text(message)
    topics = [t for t in topics_of(stated(asking)) if t.told_if_silent]
    if not topics or not pieces or len(guides) < 2:
        return pieces
    sentence = next((s for s in SENTENCE_END.split(asking) if stated(s)), asking)
    named = [g for g in guides if _own_words(g).search(sentence)]
    said: list[Piece] = []
    quoted = {p.evidence for p in pieces if p.evidence}  # never a line the comparison gave
    for guide in named or guides:
        units = [i for s in guide.walk() for i in bank.of_section(guide.slug, s.path_text)]
        units = [i for i in units if not NOT_EVIDENCE.search(bank.units[i].chunk.section)]
        own, vector = _own_words(guide), vector_of(guide)
        for topic in topics:  # the first topic the guide speaks to, once
            picked = _evidence(topic, units, vector, bank, set(), own, set())
            picked = [i for i in picked if _piece(bank.units[i]).evidence not in quoted]
            if picked:
                lead, quote = _noted([(topic, [_piece(bank.units[picked[0]])])], "", guide)
                said += [replace(lead, kind="intro"), quote]  # its own paragraph
                break
    return [*pieces, *said]


def _asks_besides(message: str) -> bool:
    """``message`` asks something of its own beside its circumstances (pay, a way in…)."""
    text = asking_text(message)
    return bool(
        detect_need(text) is not None or detect_intent(text) is not None or JUDGED.search(text)
    )


def _on(topic: Topic, guide: Guide, quoted: list[Piece], named: bool = False) -> Piece:
    """The lead before what the guide says on a circumstance: "On age, the … guide says:",
    or "On age, it says:" once the guide was ``named``."""
    said = "it says" if named else f"the {guide.career} guide says"
    if topic.unsettled:  # "would my 22 years in auto parts count?": not said, then the nearest
        who = "It" if named else f"The {guide.career} guide"
        said = f"{who} doesn't say {topic.unsettled}; on {topic.name}, it says:"
        return Piece(said, quoted[0].source, "", "lead")
    return Piece(f"On {topic.name}, {said}:", quoted[0].source, "", "lead")


def _noted(found: list[tuple[Topic, list[Piece]]], opening: str, guide: Guide) -> list[Piece]:
    """One sentence on each circumstance, after an answer that gave what was asked."""
    said: list[Piece] = []
    for topic, quoted in found:
        said += [_on(topic, guide, quoted), quoted[0]]
    if opening:
        source = said[0].source if said else Source(guide.slug, guide.title, "", "")
        said.append(Piece(f"{opening}.", source, "", "lead"))
    return said


def _rest(pieces: list[Piece], said: list[Piece]) -> list[Piece]:
    """The answer's pieces not quoted in ``said``."""
    evidence = {p.evidence for p in said if p.evidence}
    return [p for p in pieces if not (p.evidence and p.evidence in evidence)]


def _own_words(guide: Guide) -> re.Pattern[str]:
    """The words of the guide's career name, in any ending: "desk" in "Desk Clerks" names the
    job, it says nothing of desks."""
    words = {w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", guide.career.lower())}
    if not words:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"\b(?:" + "|".join(sorted(words)) + r")\w*", re.IGNORECASE)


def _evidence(
    topic: Topic,
    units: list[int],
    vector: np.ndarray,
    bank: UnitBank,
    taken: set[int],
    own: re.Pattern[str],
    answered: set[str],
) -> list[int]:
    """The (at most two) units of ``units`` that speak to ``topic``, the section of the one
    nearest the question first, each section's in reading order."""
    matching = [
        i
        for i in units
        if i not in taken
        and (topic.duties or not DUTIES.search(bank.units[i].chunk.section))
        and (topic.levels or not LEVEL_SECTION.search(bank.units[i].chunk.section))
        and topic.said.search(own.sub("_", bank.units[i].text))
        and not leans_back(bank.units[i])
        and (not is_label_line(bank.units[i].text) or _label_text(bank.units[i]) is not None)
    ]
    if not matching:
        return []
    scores = bank.similarity(matching, vector) + np.array(
        [
            (0.0 if bank.units[i].is_item else PROSE_BONUS)
            + (ANSWERED_BONUS if bank.units[i].chunk.section in answered else 0.0)
            for i in matching
        ]
    )
    best = [matching[n] for n in np.argsort(-scores)[:MAX_PER_TOPIC].tolist()]
    first: dict[
        str, int
    ] = {}  # each section at the place of its best unit; within it, reading order
    for rank, i in enumerate(best):
        first.setdefault(bank.units[i].chunk.section, rank)
    return sorted(best, key=lambda i: (first[bank.units[i].chunk.section], i))


def _label_text(unit: Unit) -> str | None:
    return readable(unit.text, unit.chunk.section)


def _piece(unit: Unit) -> Piece:
    """A unit as a sentence of the lead: a label line in words, a list item with its list's
    title ("Top Skills — Speaking: …")."""
    if is_label_line(unit.text):
        text = _label_text(unit) or unit.text
        return Piece(text, unit_piece(unit).source, unit.text, "sentence")
    if unit.is_item:
        title = unit.chunk.section.split(" › ")[-1]
        text = unit.text if unit.text.endswith((".", "!", "?")) else f"{unit.text}."
        return Piece(f"{title} — {text}", unit_piece(unit).source, unit.text, "sentence")
    return unit_piece(unit)


def _listed(names: list[str]) -> str:
    """``a``, ``a or b``, ``a, b, or c`` (``a or b, or c`` when a name has an "or")."""
    if len(names) == 1:
        return names[0]
    comma = len(names) > 2 or " or " in names[0]
    return ", ".join(names[:-1]) + (", or " if comma else " or ") + names[-1]
