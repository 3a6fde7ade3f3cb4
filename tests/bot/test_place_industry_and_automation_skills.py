"""The forty-eighth panel on the bundled guide: "that's the national number right?" is said to
be US national pay with nothing by state; working at chip fabs, aiming at pharma or a car
plant against a food plant is the guide's industries; one certificate to put on a résumé is
the certifications, not the portfolio tips; the skills that keep you ahead of robots are the
guide's lines on automation's demand, beside the basic skills."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
INDUSTRIES = "Frequently Asked Questions › What industries hire Production Technicians?"


def test_a_national_number_checked_for_a_state_is_said_to_be_national(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi! I'm moving to Austin TX next year. What does a production tech make?",
        "thats the national number right? nothing specific for austin or texas?",
    )
    assert reply.answer.startswith("The guide doesn't break pay down by state or country")
    assert "US national figures" in reply.answer


def test_kinds_of_plant_asked_are_the_guides_industries(components: Components) -> None:
    for question in (
        "do production techs work at chip fabs and is that a good place to aim?",
        "is pharma a good industry to aim for with this?",
        "so automotive is a good bet for me then? what would i be doing different at a car "
        "plant vs the food place",
    ):
        reply = on_page(components.bot, PAGE, question)
        assert INDUSTRIES in sections(reply), question
        assert "Global Outlook" not in sections(reply), question


def test_one_cert_for_a_resume_is_the_certifications(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok. if i wanted one cert to put on my resume first what should it be, something cheap",
    )
    assert "Portfolio Tips" not in sections(reply)
    assert "OSHA" in reply.answer


def test_skills_against_automation_are_the_guides_lines_on_its_demand(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "so what skills should i focus on so the robots dont replace me? i'm decent with "
        "mechanical stuff but never touched plc",
    )
    assert "Job Market Today › Industry Trends" in sections(reply)
    assert "predictive maintenance" in reply.answer
