"""Rules a personal (Plus) answer must keep, checked on the answer as the visitor sees it."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import Any

from bot.answer import Citation
from bot.compose.citations import render
from bot.moves.move import Move
from bot.moves.personal import personal_draft, question_kind
from bot.moves.planner import MovePlanner
from bot.routing.titles import person_in
from bot.text import numbers, split_sentences, without_markers
from knowledge.model import Guide
from store.profiles import Profile

MARKER = re.compile(r"\[(\d+)\]")
SHARED_LINE = re.compile(r"^- Shared: ", re.MULTILINE)
BUILD_LINE = re.compile(r"^- (?:To build|Raise|Skill to build): ", re.MULTILINE)


def check_answer(
    answer: str,
    citations: list[Citation],
    guides: dict[str, Guide],
    profile: Profile,
    question: str,
    move: Move,
    expected: dict[str, Any] | None = None,
) -> dict[str, bool]:
    """Each rule and whether the answer keeps it (all must hold for a pass)."""
    low = answer.lower()
    names = [profile.current_role or "", move.where]
    if move.match is not None:
        names.append(person_in(move.match.career))
    lines = [line for line in answer.splitlines() if line.strip()]
    sentences = [
        s
        for line in lines
        if not line.startswith("- ") and not line.endswith(":")
        for s in split_sentences(line)
    ]
    used = {int(n) for n in MARKER.findall(answer)}
    allowed: set[str] = set(numbers(question)) | numbers(str(asdict(profile)))
    for citation in citations:
        section = guides[citation.guide].find(citation.section)
        allowed |= numbers(f"{section.path_text}\n{section.text}" if section else "")
    first = without_markers(lines[0]).lower() if lines else ""
    kind = question_kind(question)
    firsts = {"late": "no:", "pay": "$", "learn": " next ", "next": ""}
    rules = {
        "names_role": any(n.strip() and n.strip().lower() in low for n in names),
        "shared_skill": bool(SHARED_LINE.search(answer)),
        "skill_to_build": bool(BUILD_LINE.search(answer)),
        "every_item_cited": all(MARKER.search(line) for line in lines if line.startswith("- "))
        and all(MARKER.search(s) for s in sentences)
        and used == {c.id for c in citations},
        "no_invented_numbers": not (numbers(answer) - allowed),
        "answers_first": firsts[kind] in first,
    }
    if expected:
        current = move.match.slug if move.match else None
        for rule, key, found in (
            ("expected_current", "current", current),
            ("expected_goal", "goal", move.goal.slug),
        ):
            wanted = expected.get(key, found)
            rules[rule] = found in wanted if isinstance(wanted, list) else found == wanted
    return rules


def profile_of(data: dict[str, Any]) -> Profile:
    """A profile from the set's JSON (the API's field names)."""
    return Profile(**data)


def judge(item: dict[str, Any], planner: MovePlanner) -> tuple[str, dict[str, bool]]:
    """One set item through the Plus personal answer (as chat renders it): text and rules."""
    profile = profile_of(item["profile"])
    move = planner.plan(profile)
    answer, citations = render(personal_draft(item["question"], move, profile.years_experience))
    rules = check_answer(
        answer, citations, planner.guides, profile, item["question"], move, item.get("expect")
    )
    return answer, rules
