"""A career at a glance, for a question naming only the career ("tell me about paramedics",
"what's it like being an electrician?"): what the job is, then its pay, how people get in
and its outlook, each from the guide's own words or figures and cited to them."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Draft, Mode, Piece, Source
from bot.compose import roles
from bot.compose.extractive import unit_piece
from bot.compose.facts import facts_draft
from bot.compose.labels import with_article
from bot.retrieval.units import UnitBank
from bot.routing.career import ONET_CODE
from bot.understand.intents import Intent
from knowledge.model import Guide

SUMMARY_SENTENCES = 2  # of the guide's overview (or of the best passage when it has none)
# The whole message, bar the career it names ("career" is that span).
ASKS_OVERVIEW = re.compile(
    r"^\W*(?:(?:hi|hey|hello|ok(?:ay)?|so|please|um+)\W+)*"
    r"(?:(?:can|could|would) you (?:please )?)?"
    r"(?:tell me (?:a (?:bit|little) |something |everything |all )?about"
    r"|(?:i (?:want|would like|'d like) to )?(?:know|learn|hear) (?:more )?about"
    r"|(?:give me )?(?:an? )?(?:overview|info|information|summary|rundown) (?:of|on|about)"
    r"|what(?:'s| is| are) (?:it |the job |the career |life )?like"
    r" (?:to be|being|working as|as|for)"
    r"|what(?:'s| is| are))"
    r" (?:being |becoming |working as |the (?:job|career|work) of |a career as |a career in )?"
    r"(?P<career>[\w'/&,. -]{2,60}?)(?: (?:job|career|role|work))?\W*$",
    re.IGNORECASE,
)
ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# A part of a message asking only what the job is ("eligibility interviewer whats that
# exactly", "what is a surveyor", "what is that job exactly").
ASKS_WHAT_IT_IS = re.compile(
    r"\b(?:what(?:'s|s| is)|wat is|wats) (?:that|it|this|that one|this one|(?:that|this|the) "
    r"(?:job|role|career|position)|an? [\w-]+(?: [\w-]+){0,3})"
    r"(?: (?:exactly|really|actually|anyway|again|even|like|lol))*\W*$",
    re.IGNORECASE,
)
# O*NET describes a job in the imperative ("Administer basic or advanced emergency medical
# care…"); a sentence naming what it covers ("Includes…") is not an instruction.
NOT_A_VERB = re.compile(r"^(?:includes?|excludes?|a|an|the|this|these|they|it|in|for)\b", re.I)


def asked_career(message: str) -> str | None:
    """The career ``message`` asks about as a whole ("tell me about paramedics" →
    "paramedics"), or ``None`` when it asks something in particular."""
    found = ASKS_OVERVIEW.match(message)
    return ARTICLE.sub("", found["career"]).strip() if found else None


def overview_draft(guide: Guide, bank: UnitBank, best: Draft) -> Draft:
    """What the job is (the guide's overview, else ``best``, the passage that answered),
    then one line each on pay, entry education and outlook where the guide states them."""
    units = bank.of_section(guide.slug, "Overview")[:SUMMARY_SENTENCES]
    said = [unit_piece(bank.units[i]) for i in units]
    pieces = in_third_person(said, guide) or best.pieces[:SUMMARY_SENTENCES]
    pay = facts_draft(guide, Intent.SALARY, None, "")
    outlook = facts_draft(guide, Intent.GROWTH, None, "")
    pieces += [pay.pieces[0]] if pay else []
    pieces += _entry(guide)
    pieces += [outlook.pieces[0]] if outlook else []
    unique = list({p.text: p for p in reversed(pieces)}.values())[::-1]  # each said once
    return Draft(Mode.CITED, unique, topic="overview", figures=pay.figures if pay else [])


def asks_what_it_is(question: str) -> bool:
    """``question`` asks only what the job is."""
    return bool(ASKS_WHAT_IT_IS.search(question))


def what_it_is(guide: Guide, bank: UnitBank) -> Draft | None:
    """What the job is, in the first sentences of the guide's overview; ``None`` without one."""
    units = bank.of_section(guide.slug, "Overview")[:SUMMARY_SENTENCES]
    if not units:
        return None
    pieces = in_third_person([unit_piece(bank.units[i]) for i in units], guide)
    return Draft(Mode.CITED, pieces, topic="overview", retrieved_guides=[guide.slug])


def in_third_person(pieces: list[Piece], guide: Guide) -> list[Piece]:
    """An O*NET guide's overview sentences, imperative there, told of its people ("Administer
    emergency care." → "Paramedics administer emergency care."); other guides' as they are."""
    if not is_onet(guide):
        return pieces
    told = []
    for n, piece in enumerate(pieces):
        text = piece.text
        if not NOT_A_VERB.match(text) and text[:1].isupper():
            subject = (roles.people(guide) or guide.career).capitalize() if n == 0 else "They"
            text = f"{subject} {text[0].lower()}{text[1:]}"
        told.append(replace(piece, text=text))
    return told


def is_onet(guide: Guide) -> bool:
    """The guide was composed from O*NET (its sources name an O*NET-SOC code)."""
    return any(ONET_CODE.match(line) for s in guide.walk() for line in s.paragraphs)


def _entry(guide: Guide) -> list[Piece]:
    """The typical entry education, as a sentence."""
    fact = guide.facts.entry_education
    if fact is None:
        return []
    text = f"The typical entry education is {with_article(fact.value)}."
    source = Source(guide.slug, guide.title, fact.section, fact.anchor)
    return [Piece(text, source, f"Typical Entry Education: {fact.value}")]
