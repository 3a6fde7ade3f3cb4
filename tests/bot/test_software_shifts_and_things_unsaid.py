"""The forty-third panel on the bundled guide: software asked of a Tech Stack that mixes tools
and software gets its software, never the wrenches; reading and speaking are no jobs the
guide lacks; physical requirements are the physical demands, not the schooling; rotating
shifts and weekends the guide never names are both said missing; retirement plans and injury
figures are things it never names; stable, predictable hours ask the schedule, not the job
stability of the Pros."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_software_asked_gets_the_software_of_the_tech_stack(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what software do production techs actually use? i keep seeing PLC and SCADA in job posts",
    )
    assert "Computerized Maintenance Management Systems (CMMS)" in reply.answer
    assert "Enterprise Resource Planning (ERP) systems" in reply.answer
    assert "Hand tools" not in reply.answer
    assert "Welding" not in reply.answer


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("Do I need to write reports? Writing is harder for me than speaking.", "speaking"),
        ("so overall is it more hands on than reading? thats what i want to know", "reading"),
    ],
)
def test_reading_and_speaking_are_no_jobs_without_a_guide(
    components: Components, question: str, word: str
) -> None:
    reply = on_page(components.bot, PAGE, question)
    assert f"guide for {word}" not in reply.answer
    assert reply.citations


def test_physical_requirements_are_the_physical_demands(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hey im colorblind, is that a problem with wires or indicator lights?",
        "not sure why you told me about remote work. what are the physical requirements then?",
    )
    assert "Skills and Qualifications › Education Level" not in sections(reply)
    assert "physical" in reply.answer.lower()


def test_weekends_and_rotating_shifts_are_both_said_missing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what about weekends? and are the shifts rotating or do you usually get a fixed one",
    )
    assert "doesn't cover weekend work or rotating shifts" in reply.answer
    assert "Shift work" in reply.answer


def test_rotating_shifts_asked_again_are_no_refusal(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "you skipped the rotating part. do they rotate shifts?")
    assert "doesn't cover rotating shifts" in reply.answer
    assert reply.citations


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        (
            "and retirement plans? 401k, pension? im 45 so that matters to me",
            "retirement plans such as a 401(k) or pension",
        ),
        (
            "are there any numbers on how many techs get hurt? is it a dangerous job stats wise",
            "figures on how often workers are injured",
        ),
    ],
)
def test_retirement_plans_and_injury_figures_are_said_missing(
    components: Components, question: str, thing: str
) -> None:
    reply = on_page(components.bot, PAGE, question)
    assert f"doesn't mention {thing}" in reply.answer


def test_stable_hours_are_asked_of_the_schedule(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi. I'm 48 and have managed restaurants for 20 years, I'm burned out on the crazy "
        "hours. Does this job have more stable, predictable hours?",
    )
    assert "Work-Life Balance & Stress" in sections(reply)
    assert "generally predictable" in reply.answer
    assert not reply.answer.startswith("Yes, the guide lists it")
