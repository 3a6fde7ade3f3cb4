"""A title only O*NET's alternate titles give a career, doubted ("marine biologist… is that
a real job?", "the same thing as a zoologist?"): the answer first says which guide covers
that title, so the reader knows why the zoologists' figures answer."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.answer import Draft, Mode, Piece, Source
from bot.routing.career import Career
from bot.routing.job_words import tokens
from bot.routing.names import Mention
from bot.text import english_stemmer
from knowledge.model import Guide

# "is a marine biologist the same thing as a zoologist?": which titles one guide covers
SAME_AS = re.compile(r"\bthe same (?:thing |job )?as\b", re.IGNORECASE)
# "is that a real job?": whether the title names a job at all
REAL_JOB = re.compile(
    r"\breal (?:job|career|thing)\b"
    r"|\b(?:is|are) (?:that|it|there|this) (?:even )?an? (?:job|thing)"
    # "wheres copywriter in that? is that the writers one?": which guide has the title
    r"|\bwhere'?s (?:the )?[\w-]+(?: [\w-]+)? (?:in|on) (?:that|this|there|those|the list)\b"
    r"|\b(?:is|are) (?:that|it|this|those|they) (?:in |under )?the [\w-]+(?: [\w-]+)? (?:one|guide"
    r"|page)\b",
    re.IGNORECASE,
)


def asks_if_same(message: str) -> bool:
    """``message`` asks whether two job names are one job."""
    return bool(SAME_AS.search(message))


def titled_lead(
    message: str,
    draft: Draft,
    mentions: list[Mention],
    guide: Guide,
    career: Career,
    careers: Mapping[str, Career],
) -> Draft:
    """``draft`` led by "Marine Biologist is one of the job titles the … Career Guide
    covers." when ``message`` doubts a title ("is that a real job", "the same thing as") that
    names ``guide``'s career as an alternate title alone; the other ``careers`` given the
    title are named."""
    if draft.mode is not Mode.CITED or not draft.pieces:
        return draft
    if draft.pieces[0].source.guide != guide.slug:
        return draft
    lead = title_covered(message, mentions, guide, career, careers, draft.pieces[0].source)
    if lead is not None:
        draft.pieces = [lead, *draft.pieces]
    return draft


def title_covered(
    message: str,
    mentions: list[Mention],
    guide: Guide,
    career: Career,
    careers: Mapping[str, Career],
    source: Source,
) -> Piece | None:
    """ "Copywriter is one of the job titles the … Career Guide covers.", cited to
    ``source``, when ``message`` doubts a title only ``career``'s alternate titles give it
    ("wheres copywriter in that? is that the writers one?"), else ``None``."""
    if not (asks_if_same(message) or REAL_JOB.search(message)):
        return None  # "what about truck dispatcher, pay…": asked of, not doubted
    own = {tuple(tokens(t)) for t in career.titles}
    stem = english_stemmer().stemWord
    name = {stem(w) for w in tokens(career.name)}
    alternates = {tuple(tokens(t)): t for t in career.alternates}
    for mention in mentions:
        said = tuple(tokens(mention.words))
        if mention.exact and guide.slug in mention.slugs and said in alternates:
            if said in own or {stem(w) for w in said} <= name:
                return None  # "mail carrier", "auditor": plainly the career's own name
            text = f"{alternates[said]} is one of the job titles the {guide.title} covers."
            if len(mention.slugs) > 1:  # "Health Inspector": not one guide's alone
                others = [
                    careers[s].name for s in mention.slugs if s != guide.slug and s in careers
                ]
                text += f" O*NET gives that title to {len(mention.slugs)} careers" + (
                    f"; the other is {others[0]}." if len(others) == 1 else "."
                )  # "2 careers? whats the other one"
            return Piece(text, source, "", "lead")
    return None
