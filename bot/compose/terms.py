"""An answer to what a term means ("whats CMMS", "what PLC means in plain english", "what's
lockout tagout"): the guide's line spelling it out and its sentences saying what it does,
else plainly that the guide names it without explaining it, and where it names it."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Piece, Source
from bot.compose.extractive import cited_draft, unit_piece
from bot.compose.reading import DEFINE, MENTIONED_TERM
from bot.compose.refusals import not_mentioned
from bot.retrieval.units import Unit, UnitBank
from bot.routing.job_words import JOB_ABBREVIATIONS
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need
from knowledge.model import Guide
from knowledge.words import singular

# Other ways to ask what a term is: "what PLC means", "what does CMMS stand for", "the
# mechatronics thing you mentioned".
MEANS = re.compile(
    r"\bwhat (?:does )?(?:an? |the )?(?P<term>[\w/-]+(?: [\w/-]+){0,2}?) (?:means?|stands? for)\b"
    r"|\bwhat(?:'?s| is) (?:the|that|this) (?P<thing>[\w/-]+(?: [\w/-]+)?) (?:thing|stuff)\b"
    # "whats lockout tagout, the maint guys always yell about it"
    r"|^\W*(?:what'?s|what is|what are) (?P<told>[\w/-]+(?: [\w/-]+){0,2}?)\s*[,.?!]",
    re.IGNORECASE,
)
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&/-]{1,7}s?")  # "NEC", "BSN", "CDLs"
MIN_TERM = 2  # letters of a term asked about ("PLC")
MAX_SENTENCES = 2  # sentences saying what the term does, beside the line spelling it out
JOB_WORDS = frozenset(singular(short.lower()) for short in JOB_ABBREVIATIONS)
NOT_TERMS = frozenset(
    ("it", "that", "this", "they", "them", "those", "the job", "a day", "thing", "one", "stuff")
)


def asked_term(message: str) -> str | None:
    """The term ``message`` asks the meaning of, if it asks one."""
    sentences = re.split(r"(?<=[.!?])\s+", message.strip())
    found = next((m for s in reversed(sentences) if (m := DEFINE.match(s))), None)
    found = found or MENTIONED_TERM.search(message) or MEANS.search(message)
    if found is None:
        return None
    term = next(t for t in found.groupdict().values() if t)
    term = re.sub(r"\s+(?:stands?\s+for|means?)$", "", term, flags=re.IGNORECASE)
    if len(term) < MIN_TERM or term.lower() in NOT_TERMS or _names_a_job(term):
        return None  # "what's an RN?": the career, routed as named
    return None if detect_intent(term) or detect_need(term) else term  # "what's the pay?"


def term_draft(
    message: str, vector: np.ndarray, guide: Guide, bank: UnitBank, shown: list[str]
) -> Draft | None:
    """What ``guide`` says a term ``message`` asks about is: its line spelling the term out
    (one of the last answer's sections ``shown`` first) and the sentences nearest the
    question, or that it does not define it and what it says of it; ``None`` when it asks
    none, asks for the career or a section by name ("what are the foundational skills?"),
    or the guide never names it."""
    term = asked_term(message)
    if term is None or singular_words(term) <= singular_words(guide.career):
        return None  # "what is a production technician?": the career, not a term
    if any(term.lower() in section.title.lower() for section in guide.walk()):
        return None
    written = r"[\s/-]+".join(map(re.escape, re.split(r"[\s/-]+", term)))
    named = re.compile(rf"\b{written}s?\b", re.IGNORECASE)
    indices = [i for i in bank.of_guide(guide.slug) if named.search(bank.units[i].text)]
    if not indices:  # "whats NEC?": an abbreviation the guide never writes, said so
        return cited_draft([not_mentioned(guide, term)]) if ABBREVIATION.fullmatch(term) else None
    units = [bank.units[i] for i in indices]
    spelt = re.compile(rf"\b{written}s?\s+\(|\(\s*{written}s?\s*\)", re.IGNORECASE)
    # the last answer's line spelling it out first ("whats SCADA" after the tech stack)
    spelt_out = [u for u in units if spelt.search(u.text)]
    spelling = sorted(spelt_out, key=lambda u: (u.chunk.section not in shown, u.is_item))[:1]
    spelling += [  # the last answer's line said again, another section's spelling it out too
        u
        for u in spelt_out
        if spelling
        and spelling[0].chunk.section in shown
        and not u.is_item
        and u.chunk.section not in shown
    ][:1]
    ranked = [units[n] for n in np.argsort(-bank.similarity(indices, vector))]
    others = [u for u in ranked if u not in spelling]
    prose = [u for u in others if not u.is_item][:MAX_SENTENCES]
    said = [_sentence(u) for u in [*spelling, *(prose or others[:1])]]
    if spelling:
        return cited_draft(said)
    source = Source(guide.slug, guide.title, "", "")  # "whats lockout tagout": named, not defined
    lead = f"The {guide.career} guide doesn't define {term}; it says of it:"
    return cited_draft([Piece(lead, source, "", "lead"), *said])


def _sentence(unit: Unit) -> Piece:
    """A guide's sentence, or a line of its lists said as one ("…Systems (CMMS).")."""
    piece = unit_piece(unit)
    if piece.text.endswith((".", "!", "?")):
        return piece
    return Piece(f"{piece.text}.", piece.source, piece.evidence, piece.kind)


def _names_a_job(term: str) -> bool:
    """``term`` is a career's abbreviation or everyday name ("RN", "HVAC", "cdl job")."""
    return singular(term.lower()) in JOB_WORDS


def singular_words(text: str) -> set[str]:
    """The words of ``text``, lower-case and singular."""
    return {singular(w) for w in re.findall(r"[a-z]+", text.lower())}
