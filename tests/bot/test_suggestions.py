"""Suggested follow-up questions over every O*NET guide name a job people hold: the noun a
title's job ends in, never one of its modifiers ("a special effect") or qualifiers ("an
except engine")."""

from __future__ import annotations

import re

from bot.compose.suggestions import suggest
from knowledge.model import Guide

JOB = re.compile(r"^(?:How do I become|What does) (?:an? )(?:senior )?(?P<job>.+?)(?: earn)?\?$")


def _ends_a_job(noun: str, career: str) -> bool:
    """``noun`` is the last word of one job the title names (before ",", "and", "or" or its
    end), in the title's own plural or singular."""
    stem = noun[: max(4, len(noun) - 2)]
    return bool(re.search(rf"\b{re.escape(stem)}\w*(?:$|,|--|\s+(?:and|or|of)\b)", career, re.I))


def test_every_suggested_job_is_one_the_title_names(onet_guides: list[Guide]) -> None:
    assert len(onet_guides) > 1000
    named = 0
    for guide in onet_guides:
        for question in suggest(guide, "", set()) + suggest(guide, "salary", set()):
            found = JOB.match(question)
            if found is None:
                continue
            named += 1
            job = found["job"]
            assert not re.search(r"\b(?:except|all other)\b|^related\b|--", job), question
            assert _ends_a_job(job.split()[-1], guide.career), (guide.career, question)
    assert named > 2000
    by_career = {g.career: suggest(g, "salary", set()) for g in onet_guides}
    assert (
        "What does a senior special effects artist earn?"
        in by_career["Special Effects Artists and Animators"]
    )
    assert (
        "How do I become a mobile heavy equipment mechanic?"
        in by_career["Mobile Heavy Equipment Mechanics, Except Engines"]
    )
    assert "What does a senior registered nurse earn?" in by_career["Registered Nurses"]
