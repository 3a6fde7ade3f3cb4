"""The forty-second panel on the bundled guide: a job set beside the technicians by a
question that names them too ("does the tech do the electrical repairs or is that
electricians") is answered for the technicians, and a job the guide itself speaks of
("operators") gets no "no guide" lead; "and the engineer pay?" names the engineer, not "and
the engineer"; years in other work shown beside the entry level say where they would reach,
counted in full; "too old to start as a technician" with years in a call center places no
level."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import on_page, sections

PAGE = "production-technician"
TIERS = "Career Path Tiers › "


def test_a_job_beside_the_technicians_named_too_is_answered_for_them(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "who fixes what tho? like does the tech do the electrical repairs or is that "
        "maintenance/electricians, and when do engineers get pulled in",
    )
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith("I don't have a guide for electricians yet; here is the ")


def test_a_job_the_guide_speaks_of_needs_no_guide_of_its_own(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what about operators, are techs above them or alongside?",
    )
    assert reply.mode is Mode.CITED
    assert "I don't have a guide for" not in reply.answer


def test_a_job_the_technicians_report_to_needs_no_guide_of_its_own(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "who does a production technician usually report to? a shift supervisor or an engineer?",
    )
    assert reply.mode is Mode.CITED
    assert "I don't have a guide for" not in reply.answer


def test_a_job_after_and_the_is_named_without_them(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what's the pay at each step? technician, senior, and then engineer",
        "and the engineer pay? you didnt say",
    )
    assert "I don't have a guide for engineer yet" in reply.answer
    assert "for and the" not in reply.answer


def test_years_elsewhere_beside_the_entry_level_say_where_they_would_reach(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "lol ok. i make 22/hr plus flat rate bonuses. would production tech pay better?",
        "so basically the same at the start. with 10 yrs wrenching would i start at entry "
        "level or higher",
    )
    assert f"{TIERS}Junior Production Technician" in sections(reply)
    assert (
        "counted in full, yours would reach its Lead Production Technician / Supervisor "
        "level (7+ years)"
    ) in reply.answer


def test_too_old_to_start_with_years_elsewhere_places_no_level(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hello. I am 52 and was just laid off from a call center job after 14 years. Am I too "
        "old to start as a production technician?",
    )
    assert f"{TIERS}Senior Production Technician" not in sections(reply)
    assert "counted in full" not in reply.answer
