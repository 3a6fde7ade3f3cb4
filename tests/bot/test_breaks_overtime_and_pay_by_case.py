"""The forty-fourth panel on the bundled guide: breaks, shift lengths, overtime paid or turned
down are said missing, not answered with the work setting or the pay; pay asked by an
industry the guide lists, or by schooling, is said not broken down so; what to do first is
the path, not "which comes first"; the tier one would start at is the tiers, not the pay;
"and is it boring?" after a stress question gets both sides of the job; what people complain
about is no duties list."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
SALARY = "Annual Salary (US, USD)"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "ok cool. what are breaks like tho? do you get a proper lunch or is it eat on the line",
            "doesn't mention breaks or meal times",
        ),
        ("and how long are the shifts, like 8 hrs or 12s?", "doesn't mention how long the shifts"),
        (
            "how much overtime do production techs usually do? is it paid?",
            "doesn't mention overtime rates or shift differentials",
        ),
        (
            "is OT mandatory? like can i say no to OT, i have kids to pick up",
            "doesn't mention whether overtime is required or can be turned down",
        ),
    ],
)
def test_conditions_of_the_shift_the_guide_never_names_are_said_missing(
    components: Components, question: str, missing: str
) -> None:
    reply = on_page(components.bot, PAGE, question)
    assert missing in reply.answer


def test_pay_asked_by_industries_the_guide_lists_is_said_not_broken_down(
    components: Components,
) -> None:
    reply = on_page(components.bot, PAGE, "does pharma pay more than say automotive?")
    assert "doesn't break pay down by industry" in reply.answer
    assert sections(reply) == [SALARY]


def test_pay_asked_by_schooling_is_said_not_broken_down(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "how much would i make right away if i got hired straight out of high school",
        "ok and if i did the 2 year program first would i start higher than that?",
    )
    assert "doesn't give pay by schooling" in reply.answer
    assert "$46,950" in reply.answer


def test_what_to_do_first_is_the_path_not_an_order_never_given(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "just graduated high school. i kinda like fixing stuff. if i want to be a production "
        "tech what should i do first",
    )
    assert "which comes first" not in reply.answer
    assert "doesn't answer that directly" not in reply.answer
    assert "Path to Production Technician" in sections(reply)


def test_the_tier_one_would_start_at_is_the_tiers(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "I already have a bachelor's in chemistry. with my degree which tier would I start at?",
    )
    assert "Career Path Tiers › Junior Production Technician" in sections(reply)
    assert SALARY not in sections(reply)


def test_is_it_boring_beside_a_stress_question_gets_both_sides(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what makes it stressful, is it deadlines or people stuff? and is it boring? I'm used "
        "to every day being different",
    )
    assert "Work-Life Balance & Stress" in sections(reply)
    assert "monotony" in reply.answer


def test_what_people_complain_about_is_no_list_of_duties(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "what do people complain about most in this job?")
    assert "Key Responsibilities" not in sections(reply)
    assert "Overview" not in sections(reply)
    assert "doesn't answer that directly" not in reply.answer
