"""The guide index: every guide by name, searchable by its titles and alternative titles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.routing.career import career_of
from bot.routing.job_words import tokens
from knowledge.model import Guide

PER_PAGE = 50


@dataclass(frozen=True)
class Entry:
    """A guide as the index lists it."""

    slug: str
    name: str
    titles: tuple[tuple[str, tuple[str, ...]], ...]  # (title, its tokens); the name first
    prominence: float


@dataclass(frozen=True)
class Hit:
    """A guide found, and the alternative title that matched when its name did not."""

    slug: str
    name: str
    matched: str | None = None


@dataclass(frozen=True)
class Page:
    """One page of the index."""

    hits: list[Hit]
    total: int
    number: int
    pages: int


def _matches(query: Sequence[str], title: Sequence[str]) -> bool:
    """Every query word begins a word of the title (``reg nur`` finds Registered Nurses)."""
    return all(any(word.startswith(q) for word in title) for q in query)


class Catalogue:
    """The guides sorted by name; a search ranks whole-title matches, then matches of the
    name, then of an alternative title, bigger careers first."""

    def __init__(self, guides: Sequence[Guide]) -> None:
        entries = []
        for guide in guides:
            career = career_of(guide)
            names = dict.fromkeys([career.name, *career.titles, *career.job_words])
            titles = tuple((t, tuple(tokens(t))) for t in names)
            entries.append(Entry(guide.slug, career.name, titles, career.prominence))
        self.entries = sorted(entries, key=lambda e: e.name.lower())

    def __len__(self) -> int:
        return len(self.entries)

    def search(self, query: str) -> list[Hit]:
        """The guides whose titles contain every word of ``query``, best first."""
        words = tokens(query)
        if not words:
            return [Hit(e.slug, e.name) for e in self.entries]
        ranked: list[tuple[int, float, str, Hit]] = []
        for entry in self.entries:
            for n, (title, title_words) in enumerate(entry.titles):
                if _matches(words, title_words):
                    exact = tuple(words) == title_words
                    rank = (0 if exact else 1) if n == 0 else (2 if exact else 3)
                    hit = Hit(entry.slug, entry.name, None if n == 0 else title)
                    ranked.append((rank, -entry.prominence, entry.name.lower(), hit))
                    break
        return [hit for *_, hit in sorted(ranked, key=lambda r: r[:3])]

    def page(self, query: str, number: int, per_page: int = PER_PAGE) -> Page:
        """Page ``number`` (from 1; past the end: the last page) of a search."""
        hits = self.search(query)
        pages = max(1, -(-len(hits) // per_page))
        number = min(max(1, number), pages)
        start = (number - 1) * per_page
        return Page(hits[start : start + per_page], len(hits), number, pages)
