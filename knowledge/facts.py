"""Headline facts read from a guide's ``Label: value`` lines, each tied to its section."""

from __future__ import annotations

import re

from knowledge.model import Fact, GuideFacts, Section, TierFact

LABEL_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z \-]{1,40}):\s+(?P<value>\S.{0,60})$")
TOP_EARNERS = re.compile(
    r"Top 10%[^$]*(?P<value>\$[\d,]+\+?)"
    r"(?:[^.,]*,\s*(?P<who>(?:especially|particularly|mainly|mostly|often) [^.]+))?"
)
# How the growth rate compares: a guide's "Status: Growing at an average pace", or the BLS
# wording in prose ("…, faster than the average for all occupations (3%)")
PACE = re.compile(
    r"\b(?P<value>(?:(?:much )?(?:faster|slower) than|about as fast as) the average for all "
    r"occupations \(\d+%\))"
)

FIELD_BY_LABEL = {
    "growth rate": "growth_rate",
    "median salary": "median_salary",
    "median": "median_salary",
    "range": "salary_range",
    "salary range": "salary_range",
    "entry-level": "salary_entry",
    "entry level": "salary_entry",
    "mid-level": "salary_mid",
    "mid level": "salary_mid",
    "senior-level": "salary_senior",
    "senior level": "salary_senior",
    "market demand": "market_demand",
    "stress level": "stress_level",
    "balance rating": "balance_rating",
    "typical entry education": "entry_education",
    "work experience": "work_experience",
    "on-the-job training": "job_training",
    "annual openings": "annual_openings",
    "employment change": "employment_change",
}


def extract_facts(sections: list[Section]) -> GuideFacts:
    """Read the facts in reading order; a later statement of a fact wins (it is more specific)."""
    facts = GuideFacts()
    for top in sections:
        for section in top.walk():
            _read_section(section, facts)
    return facts


def _read_section(section: Section, facts: GuideFacts) -> None:
    in_tiers = len(section.path) > 1 and "tier" in section.path[0].lower()
    in_outlook = "outlook" in section.path_text.lower()
    for paragraph in section.paragraphs:
        for line in paragraph.splitlines():
            match = LABEL_LINE.match(line.strip())
            if match:
                label, value = match["label"].strip().lower(), match["value"].strip()
                if in_tiers and label == "experience":
                    facts.tiers.append(
                        TierFact(section.title, value, section.path_text, section.anchor)
                    )
                elif label == "status" and in_outlook:
                    facts.growth_pace = Fact(value, section.path_text, section.anchor)
                elif label in FIELD_BY_LABEL:
                    fact = Fact(value, section.path_text, section.anchor)
                    setattr(facts, FIELD_BY_LABEL[label], fact)
            if in_outlook and (pace := PACE.search(line)):
                facts.growth_pace = Fact(pace["value"], section.path_text, section.anchor)
            top = TOP_EARNERS.search(line)
            if top:
                facts.salary_top = Fact(top["value"], section.path_text, section.anchor)
                if top["who"]:
                    facts.top_earners = Fact(top["who"], section.path_text, section.anchor)
