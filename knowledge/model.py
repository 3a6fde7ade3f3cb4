"""The shapes a parsed guide takes: a guide, its section tree and its headline facts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum

PATH_SEPARATOR = " › "


class Reason(StrEnum):
    """Why text was dropped from a guide."""

    MARKUP = "markup"
    INSTRUCTION = "instruction"
    CREDENTIALS = "credentials"
    LINK = "link"


@dataclass(frozen=True)
class Dropped:
    """One piece of text removed from a guide, and why."""

    guide: str
    section: str  # the section path, or "" for markup removed before parsing
    reason: Reason
    text: str  # what was removed, shortened


def slugify(text: str, max_length: int = 64) -> str:
    """Lower-case ASCII slug of ``text``, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "section"


@dataclass
class Section:
    """One heading of a guide with its own text, list items and subsections."""

    title: str
    path: tuple[str, ...]
    anchor: str = ""
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)

    @property
    def path_text(self) -> str:
        """The path as shown to readers: ``Skills and Qualifications › Tech Skills``."""
        return PATH_SEPARATOR.join(self.path)

    @property
    def text(self) -> str:
        """Paragraphs then list items, as plain text."""
        return "\n".join([*self.paragraphs, *(f"- {item}" for item in self.items)])

    @property
    def has_content(self) -> bool:
        """Whether the section or any subsection says anything."""
        return bool(self.paragraphs or self.items) or any(c.has_content for c in self.children)

    def walk(self) -> Iterator[Section]:
        """This section and every subsection, in reading order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True)
class Fact:
    """A headline figure exactly as the guide states it, with the section that states it."""

    value: str
    section: str
    anchor: str


@dataclass(frozen=True)
class TierFact:
    """One career tier and the experience the guide gives for it."""

    title: str
    experience: str
    section: str
    anchor: str


@dataclass
class GuideFacts:
    """Structured headline facts of a guide; a missing fact is ``None``."""

    growth_rate: Fact | None = None
    median_salary: Fact | None = None
    salary_range: Fact | None = None
    salary_entry: Fact | None = None
    salary_mid: Fact | None = None
    salary_senior: Fact | None = None
    salary_top: Fact | None = None
    top_earners: Fact | None = None  # who they are: "especially with specialized skills…"
    market_demand: Fact | None = None
    stress_level: Fact | None = None
    balance_rating: Fact | None = None
    entry_education: Fact | None = None
    work_experience: Fact | None = None
    job_training: Fact | None = None
    annual_openings: Fact | None = None
    employment_change: Fact | None = None
    growth_pace: Fact | None = None  # "Growing at an average pace", "faster than the average…"
    tiers: list[TierFact] = field(default_factory=list)


@dataclass
class Guide:
    """A parsed, cleaned career guide."""

    slug: str
    title: str
    career: str
    sections: list[Section]
    facts: GuideFacts = field(default_factory=GuideFacts)
    dropped: list[Dropped] = field(default_factory=list)  # what the lint removed
    alternate_titles: tuple[str, ...] = ()  # for routing only: never shown, chunked or quoted

    def walk(self) -> Iterator[Section]:
        """Every section of the guide in reading order."""
        for section in self.sections:
            yield from section.walk()

    def find(self, path_text: str) -> Section | None:
        """The section whose path reads ``path_text``, if any."""
        return next((s for s in self.walk() if s.path_text == path_text), None)

    def titled(self, title: str) -> Section | None:
        """The first section titled ``title``, at any depth, if any."""
        return next((s for s in self.walk() if s.title == title), None)


def assign_anchors(sections: list[Section]) -> None:
    """Give every section a unique, stable anchor slug built from its title."""
    seen: set[str] = set()
    for top in sections:
        for section in top.walk():
            base = slugify(section.title)
            anchor, n = base, 2
            while anchor in seen:
                anchor, n = f"{base}-{n}", n + 1
            seen.add(anchor)
            section.anchor = anchor
