"""Answers for questions that name no career: a shortlist of fitting careers, or an honest
"the guides don't cover that" for job-search technique."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.extractive import LABEL_LINE, unit_piece
from bot.compose.facts import wish_facts
from bot.compose.neighbours import leans_back
from bot.retrieval.retriever import Retriever
from bot.retrieval.units import UnitBank
from bot.routing.route import Route
from bot.text import whole_words
from bot.understand.needs import is_credits, lists_names
from bot.understand.wishes import Wishes
from knowledge.model import Guide

SHORTLIST = 3
TECH_STACK = "Tech Stack"
# O*NET's catch-all occupations ("Healthcare Support Workers, All Other") name no career to try.
CATCH_ALL = re.compile(r", all other\b", re.IGNORECASE)
# How to look for work, not what a career is: the guides do not teach it.
JOB_SEARCH = whole_words(
    r"r[eé]sum[eé]s?", r"cvs?", r"cover letters?", r"job (?:search|hunt)\w*",
    r"(?:job )?interviews?", r"linkedin", r"networking", r"references",
)  # fmt: skip
NOT_COVERED = (
    "Our guides cover occupations — what the work involves, pay, how to get in and the "
    "outlook — not job-search technique such as résumés, interviews or networking. "
    "A school or public career centre can help with those."
)
# Said before the nearest careers when no passage answers a question about careers.
NEAREST_LEAD = (
    "The guides don't answer that directly. These careers come closest to what you asked:"
)


def shortlist_draft(
    message: str,
    vector: np.ndarray,
    route: Route,
    guides: dict[str, Guide],
    retriever: Retriever,
    bank: UnitBank,
    lead: str = "",
    wishes: Wishes | None = None,
) -> Draft:
    """The best-fitting careers, each with the one sentence of its guide that fits the
    question best, cited. With a ``lead`` (uncited, said first) the question matched no
    passage well, so each career is introduced by what it is: its overview's first sentence.
    With ``wishes`` each also gets the facts it was chosen by (entry education, pay)."""
    pieces: list[Piece] = []
    for slug in route.careers[:SHORTLIST]:
        guide = guides[slug]
        fits = None if lead or wishes else _best_unit(message, vector, slug, retriever, bank)
        units = list(dict.fromkeys(u for u in (overview(slug, bank), fits) if u is not None))
        if not units:
            continue
        pieces.append(Piece(guide.career, Source(slug, guide.title, "", ""), "", "heading"))
        # what the career is, then what in it fits the question
        pieces += [unit_piece(bank.units[unit]) for unit in units]
        pieces += wish_facts(guide, wishes.growing, wishes.many_openings) if wishes else []
    if lead and pieces:
        pieces.insert(0, Piece(lead, pieces[0].source, "", "lead"))
    draft = Draft(Mode.CITED, pieces, topic=pieces[-1].source.section if pieces else "")
    draft.retrieved_guides = list(route.careers)
    return draft


def _best_unit(
    message: str, vector: np.ndarray, slug: str, retriever: Retriever, bank: UnitBank
) -> int | None:
    """The sentence of the career's guide nearest the question (no label line such as
    "Work Experience: None.", nor a list of names, nor the guide's credits)."""
    hits = [
        h for h in retriever.search(message, vector, k=3, guides=[slug])
        if not lists_names(h.chunk.section) and h.chunk.section != "Overview"
        and not is_credits(h.chunk.section)  # where the facts come from is no fit
        and h.chunk.section != TECH_STACK  # nor the software used ("Facebook", for working alone)
    ]  # fmt: skip
    if not hits:
        return None
    chunk = hits[0].chunk
    units = [
        i
        for i in bank.of_section(chunk.guide, chunk.section)
        if bank.units[i].chunk.id == chunk.id
        and not LABEL_LINE.match(bank.units[i].text)
        and not leans_back(bank.units[i])
    ]
    return units[int(np.argmax(bank.similarity(units, vector)))] if units else None


def overview(slug: str, bank: UnitBank) -> int | None:
    """The first sentence of the career's overview."""
    units = bank.of_section(slug, "Overview")
    return units[0] if units else None


def summary_of(slug: str, bank: UnitBank, pieces: list[Piece]) -> list[Piece]:
    """The first sentence of the career's overview, unless ``pieces`` already say it."""
    unit = overview(slug, bank)
    if unit is None or any(p.text == bank.units[unit].text for p in pieces):
        return []
    return [unit_piece(bank.units[unit])]


def job_search_draft(route: Route, guides: dict[str, Guide]) -> Draft:
    """The honest "not covered", offering the careers nearest the question."""
    names = [guides[s].career for s in route.careers[:SHORTLIST]]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)
    also = f" I can tell you about careers such as {listed}." if names else ""
    draft = Draft(Mode.REFUSAL, message=NOT_COVERED + also, options=list(route.careers[:SHORTLIST]))
    draft.retrieved_guides = list(route.careers)
    return draft
