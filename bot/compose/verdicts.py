"""A guide's FAQ answer quoted for another question keeps its words but not its "Yes,":
"so i need the GED first?" is not answered "Yes, knowledge of programming… is important"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Piece
from bot.text import english_stemmer, search_terms

# The verdict opening a FAQ answer ("Yes, knowledge of programming…", "No. Most roles…").
VERDICT = re.compile(r"^(?:Yes|No)\s*[,.;:—–-]\s*(?=\w)")
PATH_JOIN = " › "


def verdicts_as_asked(pieces: list[Piece], question: str) -> list[Piece]:
    """``pieces`` with the "Yes,"/"No," of a FAQ answer dropped when ``question`` does not
    ask what that FAQ asks (at least half its words beyond the career's title)."""
    stem = english_stemmer().stemWord
    asked = {stem(w) for w in search_terms(question)}
    kept: list[Piece] = []
    for piece in pieces:
        faq = piece.source.section.split(PATH_JOIN)[-1]
        verdict = VERDICT.match(piece.text)
        if verdict and faq.endswith("?") and not _asks(faq, piece.source.guide_title, asked):
            rest = piece.text[verdict.end() :]
            piece = replace(piece, text=rest[:1].upper() + rest[1:])
        kept.append(piece)
    return kept


def _asks(faq: str, guide_title: str, asked: set[str]) -> bool:
    """The asked words cover at least half of the FAQ question's own words."""
    stem = english_stemmer().stemWord
    career = {stem(w) for w in search_terms(guide_title)}
    own = {stem(w) for w in search_terms(faq)} - career
    return not own or 2 * len(own & asked) >= len(own)
