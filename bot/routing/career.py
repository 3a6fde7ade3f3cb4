"""A guide seen as a career: its name, the titles it goes by and how many hold the job."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property

from bot.routing.job_words import NOT_A_PERSON, tokens
from bot.routing.titles import title_forms, wider_heads
from knowledge.model import Guide

GUIDE_SUFFIX = re.compile(r"\s+career(?:\s+path)?\s+guide$", re.IGNORECASE)
EMPLOYMENT = re.compile(r"^Employment: ([\d,]+)$")
ONET_CODE = re.compile(r"^O\*NET-SOC code: (\d\d-\d{4}\.\d\d)\.$")
SUMMARY_TASKS = 3  # core tasks that join the description in a career's summary


@dataclass(frozen=True)
class Career:
    """A guide as a career: its name, the titles it goes by and how many hold the job."""

    slug: str
    name: str
    titles: tuple[str, ...]
    summary: str
    employment: int | None
    job_words: tuple[str, ...] = ()  # one-word jobs inside a longer title: job words only
    specialty: bool = False  # an O*NET specialty (.01+) of a broader occupation (.00)
    # Routing-only titles (O*NET's alternate titles): they name the career only when written
    # whole, never as a bare job word, and stay out of the title ranking.
    alternates: tuple[str, ...] = ()

    def titled(self, job: str) -> bool:
        """A title of this career holds every word of ``job`` ("journeyman": Journeyman
        Electrician)."""
        return self.titles_holding(job) > 0

    def titles_holding(self, job: str) -> int:
        """How many titles of this career hold every word of ``job`` (11 of the information
        security analysts' hold "cybersecurity", one of the photographers' "studio")."""
        said = set(tokens(job))
        return sum(1 for words in self._title_words if said <= words) if said else 0

    def alternates_ending(self, words: list[str]) -> int:
        """How many of its alternative titles end in ``words`` ("captain": Airline Captain,
        Aircraft Captain…)."""
        return sum(said[-len(words) :] == words for said in self._alternate_tokens)

    @cached_property
    def _alternate_tokens(self) -> tuple[list[str], ...]:
        """The words of its alternative titles, in order, read once."""
        return tuple(tokens(t) for t in self.alternates)

    @cached_property
    def _title_words(self) -> tuple[frozenset[str], ...]:
        """The words of its name, titles and alternative titles, read once."""
        titles = (self.name, *self.titles, *self.alternates)
        return tuple(frozenset(tokens(t)) for t in titles)

    @property
    def prominence(self) -> float:
        """How likely a bare job word means this career: log10 of US employment (0 when
        unknown), one less for a specialty, which shares its occupation's employment."""
        size = math.log10(self.employment) if self.employment else 0.0
        return size - 1.0 if self.specialty else size


def career_of(guide: Guide) -> Career:
    """The routing view of a guide."""
    titles = [guide.career, GUIDE_SUFFIX.sub("", guide.title)]
    employment = None
    specialty = False
    overview = ""
    tasks: list[str] = []
    for section in guide.walk():
        if section.title.lower() in ("also known as", "alternative titles"):
            titles += section.items
        if section.title.lower() == "key responsibilities":
            tasks = section.items[:SUMMARY_TASKS]
        if not overview and section.paragraphs:
            overview = section.paragraphs[0]
        for line in section.paragraphs:
            if found := EMPLOYMENT.match(line):
                employment = int(found.group(1).replace(",", ""))
            if found := ONET_CODE.match(line):
                specialty = not found.group(1).endswith(".00")
    forms = list(dict.fromkeys(t for title in titles for t in title_forms(title)))
    # One word names this career only if it is the career's own name ("Electricians");
    # otherwise ("Testers" of "Inspectors, Testers…", an alternative title "mechanic") it
    # is a job word that other careers may share.
    titles = [t for t in forms if " " in t.strip() or t.lower() == guide.career.lower()]
    job_words = tuple(t for t in forms if t not in titles and t.lower() not in NOT_A_PERSON)
    aka = "; ".join(titles[1:6])
    titles += [f for t in titles[:2] for f in wider_heads(t) if f not in titles]
    also = f"Also called {aka}. " if aka else ""
    summary = f"{guide.career}. {also}{overview[:400]} {' '.join(tasks)}"[:800]
    alternates = tuple(t for t in dict.fromkeys(guide.alternate_titles) if t not in forms)
    return Career(
        guide.slug,
        guide.career,
        tuple(titles),
        summary,
        employment,
        job_words,
        specialty,
        alternates,
    )
