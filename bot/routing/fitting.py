"""Which of the careers a job word names fits a message best: the one in play, else the
best ranked, size counting more, since a bare "nurse" most likely means the largest."""

from __future__ import annotations

from collections.abc import Mapping

from bot.routing.career import Career
from bot.routing.names import Mention

JOB_WORD_PROMINENCE = 0.05  # more, among the careers one job word names


def best_named(
    mention: Mention,
    ranked: list[tuple[str, float]],
    context: list[str],
    careers: Mapping[str, Career],
) -> str:
    """The career of ``mention`` in play (``context``), else the best fitting."""
    known = [c for c in context if c in mention.slugs]
    return known[0] if known else fitting_named(mention, ranked, careers)[0][0]


def fitting_named(
    mention: Mention, ranked: list[tuple[str, float]], careers: Mapping[str, Career]
) -> list[tuple[str, float]]:
    """The careers a job word names, best first; size counts more here, since a bare
    "nurse" most likely means the largest occupation the word names."""
    scored = [
        (slug, score + JOB_WORD_PROMINENCE * careers[slug].prominence)
        for slug, score in ranked
        if slug in mention.slugs
    ]
    return sorted(scored, key=lambda pair: pair[1], reverse=True)
