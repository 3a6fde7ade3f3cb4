"""An O*NET title as the people who hold the job, to write sentences with.

O*NET titles are plural and often carry a qualifier after a comma: ``Cooks, Restaurant``,
``Engineers, All Other``, ``Architects, Except Landscape and Naval``. :func:`people` turns
them into a plural noun phrase a sentence can start with or end on: ``restaurant cooks``,
``other engineers``, ``architects (except landscape and naval)``.
"""

from __future__ import annotations

import re

from knowledge.words import singular

KEEP_CASE = frozenset({"English"})
PLURAL_WORDS = frozenset({"clergy", "infantry", "staff", "personnel", "police"})
# Plurals in titles that are not people: "Pressers, Textile, Garment, and Related Materials".
NOT_PEOPLE = frozenset(
    {"animals", "fibers", "goods", "materials", "occupations", "products", "programs", "trades"}
)
QUALIFIER_WORDS = ("Except ", "Including ")
MAX_PREFIX_WORDS = 2  # "Cooks, Fast Food" → "fast food cooks"; longer ones go in brackets


def people(title: str) -> str:
    """The plural noun phrase for the holders of a job titled ``title`` (lower case)."""
    title = " ".join(title.split())
    helpers = re.match(r"Helpers--(.+)", title)
    if helpers:
        return "helpers of " + people(helpers.group(1))
    segments = title.split(", ")
    other = segments[-1] == "All Other" and len(segments) > 1
    if other:
        segments = segments[:-1]
    end = _job_end(segments)
    job, qualifiers = ", ".join(segments[: end + 1]), segments[end + 1 :]
    phrase = _lower(job)
    if qualifiers:
        single = len(qualifiers) == 1 and not qualifiers[0].startswith(QUALIFIER_WORDS)
        if single and _plural(qualifiers[0]):  # "Physicians, Pathologists"
            phrase = f"{_lower(qualifiers[0])} ({phrase})"
        elif single and len(qualifiers[0].split()) <= MAX_PREFIX_WORDS and ", " not in job:
            phrase = f"{_lower(qualifiers[0])} {phrase}"
        else:
            phrase = f"{phrase} ({_lower(', '.join(qualifiers))})"
    phrase = f"other {phrase}" if other else phrase
    return f"workers in {phrase}" if phrase.endswith("occupations") else phrase


def sentence_start(text: str) -> str:
    """``text`` with its first letter in upper case."""
    return text[:1].upper() + text[1:]


def _job_end(segments: list[str]) -> int:
    """Index of the last comma segment that still names the job: the end of a list of jobs
    (``Tax Examiners and Collectors, and Revenue Agents``), else the first plural."""
    listed = [
        i
        for i, segment in enumerate(segments)
        if i > 0
        and _plural(segment)
        and (segment.startswith(("and ", "or ")) or " and " in segment)
        and not segment.startswith(QUALIFIER_WORDS)
    ]
    if listed and all(not s.startswith(QUALIFIER_WORDS) for s in segments[1 : listed[-1]]):
        return listed[-1]
    return next((i for i, segment in enumerate(segments) if _plural(segment)), 0)


def _plural(segment: str) -> bool:
    """Whether the segment ends on a plural that names people (``Operators``, not ``Gas``)."""
    last = segment.split()[-1].lower() if segment.split() else ""
    if last in PLURAL_WORDS:
        return True
    return singular(last) != last and last not in NOT_PEOPLE


def _lower(text: str) -> str:
    return " ".join(w if w in KEEP_CASE else w.lower() for w in text.split())
