"""The structured part of Plus advice, computed from a profile and a guide, every item cited."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.answer import Piece, Source
from bot.text import split_sentences
from knowledge.model import Fact, Guide, Section, TierFact
from store.profiles import Profile

RANGE = re.compile(r"(\d+)\s*[-–]\s*(\d+)")
PLUS = re.compile(r"(\d+)\s*\+")
CERT_SENTENCE = re.compile(r"certif|credential", re.IGNORECASE)
PHRASE = re.compile(
    r"\b(?:[A-Z][A-Za-z/]*|[A-Z]{2,})(?:\s+(?:(?:of|in|for|the|and)\s+)?(?:[A-Z][A-Za-z/]*|[A-Z]{2,}))*"
    r"(?:\s*\([A-Z]{2,}\))?"
)
ORGANISATION = re.compile(r"Council|Society|Association|Institute|Bureau")
SKILL_SECTIONS = ["Foundational Skills", "Advanced Technical Skills", "Tech Skills"]  # priority
SKILL_MATCH = 0.72
MAX_SKILLS = 5


@dataclass(frozen=True)
class Cited:
    """A plan item and the guide text that backs it."""

    text: str
    source: Source
    evidence: str


@dataclass
class AdvicePlan:
    """Where the person stands on the guide's career ladder and what they lack."""

    career: str
    years: float | None
    tier: Cited | None = None
    next_tier: Cited | None = None
    salary: Cited | None = None
    next_salary: Cited | None = None
    missing_skills: list[Cited] = field(default_factory=list)
    missing_certifications: list[Cited] = field(default_factory=list)

    def extra_json(self, numbers: dict[tuple[str, str], int]) -> dict[str, Any]:
        """More of the plan for its JSON (a career move adds ``move``)."""
        return {}

    def pieces(self) -> list[Piece]:
        """The plan as cited list items, ready to render after the written advice."""
        items = [
            self.tier,
            self.next_tier,
            self.salary,
            self.next_salary,
            *self.missing_skills,
            *self.missing_certifications,
        ]
        return [Piece(c.text, c.source, c.evidence, "item") for c in items if c is not None]


def _source(guide: Guide, section: str, anchor: str) -> Source:
    return Source(guide.slug, guide.title, section, anchor)


def years_span(experience: str) -> tuple[float, float]:
    """``0-2 years`` → (0, 2); ``5+ years`` → (5, inf)."""
    if match := RANGE.search(experience):
        return float(match[1]), float(match[2])
    if match := PLUS.search(experience):
        return float(match[1]), math.inf
    return math.inf, math.inf


def place_on_ladder(tiers: list[TierFact], years: float) -> int | None:
    """Index of the most senior tier whose experience starts at or below ``years``."""
    candidates = [i for i, t in enumerate(tiers) if years_span(t.experience)[0] <= years]
    return max(candidates, key=lambda i: years_span(tiers[i].experience)[0], default=None)


class AdvicePlanner:
    """Computes plans for one set of guides; embeds each guide's skills once."""

    def __init__(self, embeddings: Embeddings) -> None:
        self._embeddings = embeddings
        self._skills: dict[str, tuple[list[tuple[str, Section]], np.ndarray]] = {}

    def plan(self, guide: Guide, profile: Profile, question: str | None = None) -> AdvicePlan:
        """The structured plan for ``profile`` against ``guide`` (``question``: see
        :class:`bot.moves.advice.MoveAdvicePlanner`, which answers it first)."""
        return self.ladder(guide, profile)

    def answers(self, question: str) -> bool:
        """Whether the plan itself answers ``question`` first (this planner never does)."""
        return False

    def ladder(self, guide: Guide, profile: Profile) -> AdvicePlan:
        """Where ``profile`` stands on ``guide``'s tiers, and the skills and certifications
        it lacks."""
        plan = AdvicePlan(career=guide.career, years=profile.years_experience)
        tiers = guide.facts.tiers
        if profile.years_experience is not None and tiers:
            index = place_on_ladder(tiers, profile.years_experience)
            if index is not None:
                plan.tier = self._tier(guide, tiers[index], "You are at")
                plan.salary = self._salary(guide, index, "Pay at this level")
                if index + 1 < len(tiers):
                    plan.next_tier = self._tier(guide, tiers[index + 1], "Next step")
                    plan.next_salary = self._salary(guide, index + 1, "Pay at the next level")
        plan.missing_skills = self._missing_skills(guide, profile.skills)
        plan.missing_certifications = self._missing_certifications(guide, profile.certifications)
        return plan

    def _tier(self, guide: Guide, tier: TierFact, lead: str) -> Cited:
        text = f"{lead}: {tier.title} ({tier.experience} of experience)"
        evidence = f"Experience: {tier.experience}"
        return Cited(text, _source(guide, tier.section, tier.anchor), evidence)

    def _salary(self, guide: Guide, index: int, lead: str) -> Cited | None:
        f = guide.facts
        ladder: list[tuple[str, Fact | None]] = [
            ("entry-level", f.salary_entry),
            ("mid-level", f.salary_mid),
            ("senior-level", f.salary_senior),
            ("top 10%", f.salary_top),
        ]
        if index >= len(ladder) or ladder[index][1] is None:
            return None
        label, fact = ladder[index]
        assert fact is not None
        text = f"{lead}: {fact.value} a year (the guide's {label} figure)"
        return Cited(text, _source(guide, fact.section, fact.anchor), f"{label}: {fact.value}")

    def _missing_skills(self, guide: Guide, skills: list[str]) -> list[Cited]:
        known, vectors = self._guide_skills(guide)
        if not known:
            return []
        if skills:
            mine = np.asarray(self._embeddings.embed_documents(skills), dtype=np.float32)
            covered = (vectors @ mine.T).max(axis=1) >= SKILL_MATCH
        else:
            covered = np.zeros(len(known), dtype=bool)
        missing: list[Cited] = []
        for (skill, section), has in zip(known, covered, strict=True):
            if not has and skill.lower() not in {m.text.lower() for m in missing}:
                source = _source(guide, section.path_text, section.anchor)
                missing.append(Cited(f"Skill to build: {skill}", source, skill))
        return missing[:MAX_SKILLS]

    def shared_skills(self, guide: Guide, skills: list[str]) -> list[Cited]:
        """The guide's skills that the visitor's own skills cover, each cited."""
        known, vectors = self._guide_skills(guide)
        if not known or not skills:
            return []
        mine = np.asarray(self._embeddings.embed_documents(skills), dtype=np.float32)
        similarity = vectors @ mine.T
        shared: list[Cited] = []
        for (skill, section), row in zip(known, similarity, strict=True):
            seen = {s.evidence.lower() for s in shared}
            if row.max() >= SKILL_MATCH and skill.lower() not in seen:
                source = _source(guide, section.path_text, section.anchor)
                mine_too = skills[int(row.argmax())]
                shared.append(Cited(f'Shared: {skill} (you list "{mine_too}")', source, skill))
        return shared[:MAX_SKILLS]

    def _guide_skills(self, guide: Guide) -> tuple[list[tuple[str, Section]], np.ndarray]:
        if guide.slug not in self._skills:
            known = [
                (item, section)
                for title in SKILL_SECTIONS
                for section in guide.walk()
                if section.title == title
                for item in section.items
            ]
            texts = [item for item, _ in known]
            vectors = self._embeddings.embed_documents(texts) if texts else []
            self._skills[guide.slug] = (known, np.asarray(vectors, dtype=np.float32))
        return self._skills[guide.slug]

    def _missing_certifications(self, guide: Guide, held: list[str]) -> list[Cited]:
        mine = " | ".join(held).lower()
        skills = " | ".join(item for item, _ in self._guide_skills(guide)[0]).lower()
        found: dict[str, Cited] = {}
        for name, section, sentence in _certification_mentions(guide):
            acronym = re.search(r"\(([A-Z]{2,})\)", name)
            names = {name.lower(), acronym[1].lower() if acronym else ""} - {""}
            seen = any(f.lower() in name.lower() for f in found)
            if seen or name.lower() in skills or any(n in mine for n in names):
                continue
            source = _source(guide, section.path_text, section.anchor)
            found[name] = Cited(f"Certification to consider: {name}", source, sentence)
        return list(found.values())[:MAX_SKILLS]


def _certification_mentions(guide: Guide) -> Iterator[tuple[str, Section, str]]:
    """Every credential name in the guide's sentences about certifications."""
    for section in guide.walk():
        for paragraph in section.paragraphs:
            for sentence in split_sentences(paragraph):
                if CERT_SENTENCE.search(sentence):
                    for name in certification_names(sentence):
                        yield name, section, sentence


def certification_names(sentence: str) -> list[str]:
    """Credential names in a sentence about certifications (``OSHA``, ``Six Sigma``...)."""
    names = []
    for match in PHRASE.finditer(sentence):
        name = re.sub(r"^Certifications? in ", "", match.group())
        single = " " not in name and not name.isupper()
        if (
            (match.start() == 0 and single)
            or ORGANISATION.search(name)
            or name.startswith("Certification")
        ):
            continue
        if single and name != name.title():
            continue
        names.append(name)
    return names
