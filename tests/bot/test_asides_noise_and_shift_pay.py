"""The twenty-fourth panel on the bundled guide: a job named in the visitor's own story
("plumbing electrical HVAC. would i start at entry level…") or someone beside them ("not
hearing alarms or coworkers") is no career to refuse; a job wanted ("I want to be an HVAC
tech") still is; how loud the floors are is answered by the lines on noise; pay for nights
("whats the differential") is said to be missing before the figures; and becoming an
engineer "eventually" asks where the job leads."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import on_page, talk

PAGE = "production-technician"


def test_coworkers_beside_the_question_are_no_career(components: Components) -> None:
    reply = talk(
        components.bot,
        "I am hard of hearing and wear hearing aids. How loud are these factory floors? I am "
        "worried about making my hearing worse and about not hearing alarms or coworkers.",
    )
    assert reply.mode is Mode.CITED
    assert "coworkers" not in reply.answer
    assert "noisy" in reply.answer


def test_a_job_in_the_visitors_story_is_no_career_to_refuse(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "I did maintenance at an apartment complex for 12 yrs, plumbing electrical HVAC. would "
        "i start at entry level or could i jump in at the middle one",
    )
    assert reply.mode is Mode.CITED
    assert "HVAC" not in reply.answer
    assert "Production Technician" in reply.answer


def test_a_job_wanted_is_still_said_to_have_no_guide(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "I want to be an HVAC tech. how long is the training?")
    assert "I don't have a guide for HVAC" in reply.answer


def test_how_loud_it_is_is_answered_by_the_lines_on_noise(components: Components) -> None:
    reply = talk(components.bot, "are the factory floors really loud? i get headaches")
    assert reply.answer.startswith("On noise and hearing protection, the Production Technician")
    assert "noisy environments" in reply.answer


def test_pay_for_night_shifts_is_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot, "do these jobs pay extra for night shift? like whats the differential"
    )
    assert reply.answer.startswith(
        "The guide doesn't cover benefits, bonuses, overtime or shift pay, only the pay itself"
    )
    assert "$58,500" in reply.answer


def test_becoming_something_else_eventually_is_the_way_on(components: Components) -> None:
    reply = talk(
        components.bot,
        "Can a production technician eventually become an engineer? I have 3 years as a tech "
        "already",
    )
    assert "engineering technician" in reply.answer
    assert "proficiency" not in reply.answer
