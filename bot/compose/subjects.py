"""An answer to whether a career needs a school subject or an ability ("how much math do web
developers need?"): the guide's ratings of it among the knowledge areas and skills O*NET
rates most important, or plainly that it rates none, or not that one."""

from __future__ import annotations

from bot.answer import Draft, Piece, Source
from bot.compose.extractive import cited_draft, unit_piece
from bot.retrieval.units import UnitBank
from bot.understand.asks import asking_text
from bot.understand.needs import Need
from bot.understand.subjects import asked_subjects
from knowledge.model import Guide

RATED = ("Knowledge", "Top Skills")  # the sections rating knowledge areas and skills
HIGHEST = 3  # ratings shown when none asked about is rated
# Kinds of question a subject named in them does not turn into one of ratings ("do I need a
# math degree?" asks the way in)
OTHER_KINDS = frozenset((Need.GET_IN, Need.COST, Need.APPLY, Need.RELATED))


def subjects_answer(
    question: str, guides: list[Guide], need: Need | None, bank: UnitBank
) -> Draft | None:
    """The ratings of the subjects ``question`` asks whether ``guides``' careers need, one
    career or each of several; ``None`` when it asks none or a guide rates nothing."""
    names = asked_subjects(asking_text(question), " ".join(g.career for g in guides))
    if not names or need in OTHER_KINDS or not guides:
        return None
    if len(guides) == 1:
        return subjects_draft(guides[0], names, bank)
    return subjects_compared(guides, names, bank)


def subjects_pieces(guide: Guide, names: list[str], bank: UnitBank) -> list[Piece]:
    """What ``guide`` rates of each of ``names``, or says plainly it does not; ``[]`` when
    the guide has no section rating knowledge or skills (a guide of its own writing)."""
    sections = [s for s in RATED if bank.of_section(guide.slug, s)]
    if not sections:
        return []
    units = [bank.units[i] for s in sections for i in bank.of_section(guide.slug, s)]
    rated = [u for u in units if u.is_item]
    if not rated:  # "O*NET 29.3 has no skill, knowledge or work style ratings for this…"
        said = next((u for u in units if not u.is_item and "no skill" in u.text), None)
        return [unit_piece(said)] if said else []
    found = [u for n in names for u in rated if u.text.startswith(f"{n}:")]
    missing = [n for n in names if not any(u.text.startswith(f"{n}:") for u in rated)]
    source = Source(guide.slug, guide.title, "", "")
    pieces: list[Piece] = []
    if missing:  # said first: a line after a list item would run on from it
        areas = " or ".join(missing)
        unrated = (
            f"{areas} is not among the knowledge areas and skills the {guide.career} guide "
            "lists as most important."
        )
        pieces.append(Piece(unrated, source, "", "lead"))
    if not found:  # the nearest it does say: what it rates highest
        found = [u for u in rated if u.chunk.section == rated[0].chunk.section][:HIGHEST]
        lead = "What it rates highest:"
    else:
        lead = f"Of what O*NET rates most important for {guide.career.lower()}, the guide lists:"
    pieces += [Piece(lead, source, "", "lead"), *(unit_piece(u, "item") for u in found)]
    return pieces


def subjects_draft(guide: Guide, names: list[str], bank: UnitBank) -> Draft | None:
    """The answer for one career, or ``None`` when its guide rates nothing."""
    pieces = subjects_pieces(guide, names, bank)
    if not pieces:
        return None
    draft = cited_draft(pieces)
    draft.retrieved_guides = [guide.slug]
    return draft


def subjects_compared(guides: list[Guide], names: list[str], bank: UnitBank) -> Draft | None:
    """Each career's ratings of ``names`` under its name ("is web development or
    cybersecurity less math-heavy?"), or ``None`` when a guide rates nothing."""
    pieces: list[Piece] = []
    for guide in guides:
        own = subjects_pieces(guide, names, bank)
        if not own:
            return None
        pieces += [Piece(guide.career, Source(guide.slug, guide.title, "", ""), "", "heading")]
        pieces += own
    draft = cited_draft(pieces)
    draft.retrieved_guides = [g.slug for g in guides]
    return draft
