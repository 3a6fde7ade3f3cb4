"""A one-guide site and the jobs a visitor names beside it: their own job is background, a
job set beside the guide's is said to have no guide while the guide's half is answered."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from tests.talk import talk


@pytest.mark.parametrize(
    ("question", "own"),
    [
        (
            "I worked retail as a cashier for 5 years. Is production tech hard to get into?",
            "cashier",
        ),
        ("I'm an EMT right now. How long does it take to become a production technician?", "EMT"),
    ],
)
def test_the_visitor_s_own_job_is_background_not_the_job_asked_about(
    components: Components, question: str, own: str
) -> None:
    reply = talk(components.bot, question)
    assert reply.mode is Mode.CITED, reply.answer
    assert reply.citations
    assert "don't have a guide" not in reply.answer
    assert own not in reply.answer


@pytest.mark.parametrize(
    ("turns", "other", "section"),
    [
        (
            ("I'm a paramedic. Is production tech less stressful than being a paramedic?",),
            "paramedic",
            "Work-Life Balance & Stress",
        ),
        (("I'm a CNA. how does production tech compare to CNA for pay?",), "CNA", "Annual Salary"),
        (("is production tech more stressful than teaching?",), "teaching", "Work-Life Balance"),
        (
            ("what does a production technician earn?", "how does that compare to a welder's pay?"),
            "welder",
            "Annual Salary",
        ),
        (("is production tech the same as machine operator?",), "machine operator", ""),
        # the guide's career in initials; another job named without a comparison word
        (("pt vs maintenance tech which pays more",), "maintenance tech", "Annual Salary"),
        (
            (
                "me and my wife both thinking about careers. she wants to be a dental hygienist "
                "and i want production tech. which one of us will make more",
            ),
            "dental hygienist",
            "Annual Salary",
        ),
    ],
)
def test_a_job_with_no_guide_set_beside_the_guide_s_is_named_and_the_guide_s_half_answered(
    components: Components, turns: tuple[str, ...], other: str, section: str
) -> None:
    reply = talk(components.bot, *turns)
    assert reply.mode is Mode.CITED, reply.answer
    assert reply.answer.startswith(f"I don't have a guide for {other} yet; here is the ")
    assert " for yet" not in reply.answer  # no word after the job taken for part of it
    assert reply.citations
    assert section in reply.citations[0].section


def test_a_job_asked_about_alone_is_still_refused(components: Components) -> None:
    reply = talk(
        components.bot, "what does a production technician earn?", "and what do nurses make?"
    )
    assert reply.mode is Mode.REFUSAL
    assert "don't have a guide for nurses" in reply.answer
    assert "$" not in reply.answer


@pytest.mark.parametrize("other", ["the hygienist", "maintenance tech"])
def test_a_bare_follow_up_naming_another_job_says_the_guide_does_not_cover_it(
    components: Components, other: str
) -> None:
    reply = talk(components.bot, "what does a production technician earn?", f"and {other}?")
    assert reply.mode is Mode.REFUSAL
    assert reply.answer.startswith("I don't have a guide for ")
    assert other.removeprefix("the ") in reply.answer
    assert "$" not in reply.answer  # not the production technician's pay again
