"""The fortieth panel on the bundled guide: a question the guide has no answer to ("do they make
you take a math test to get hired?", "do temp agencies place people?") is told the guide only
comes near it, not answered with the nearest passage as if it were the answer; "the most I
could make, the ceiling" is the top of the pay; what senior technicians do is the senior tier,
whatever years the visitor has; "zero experience" starts at the junior tier; "will the job
still exist in 10 years?" is the outlook; a complaint naming a thing the guide never says
("nothing about when to call maintenance. is that in there?") gets no "yes"; "the boring part"
is not said to be uncovered beside the Cons' monotony."""

from __future__ import annotations

from api.components import Components
from bot.compose.bearing import NEAREST
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_a_question_the_guide_only_comes_near_is_told_so(components: Components) -> None:
    test = on_page(
        components.bot,
        PAGE,
        "do companies make you take a test to get hired, like a math or mechanical test?",
    )
    agencies = on_page(
        components.bot,
        PAGE,
        "do temp agencies place people in these jobs? is that a way to get my foot in the door",
    )
    assert test.answer.startswith(f"The Production Technician Career Path Guide {NEAREST}")
    assert agencies.answer.startswith(f"The Production Technician Career Path Guide {NEAREST}")


def test_a_question_the_guide_answers_is_not_told_it_only_comes_near(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "does the guide say anything about promotion into QA or engineering tech, and what "
        "would help me get there",
    )
    assert NEAREST not in reply.answer
    assert "engineering technician, or quality assurance positions" in reply.answer


def test_the_most_one_could_make_is_the_top_of_the_pay(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok and whats the most i could realistically make in this job, like the ceiling",
    )
    assert "$75,000" in reply.answer
    assert "Annual Salary (US, USD)" in sections(reply)


def test_what_seniors_do_is_the_senior_tier_whatever_the_years(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi, I'm Gina, 31, I've been a production tech for about 3 years. What do senior "
        "technicians actually do that I don't at my level?",
    )
    assert sections(reply)[0] == "Career Path Tiers › Senior Production Technician"


def test_zero_experience_starts_at_the_junior_tier(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "yo can i get hired as a production tech with like zero experience? i just work at a "
        "burger place rn never touched a machine",
    )
    assert "Career Path Tiers › Junior Production Technician" in sections(reply)


def test_still_existing_in_ten_years_is_the_outlook(components: Components) -> None:
    reply = on_page(
        components.bot, PAGE, "will this job still exist in 10 years? thats what i care about"
    )
    assert not {"Job Market Today › Role Challenges"} & set(sections(reply))
    assert {"Market Demand", "Job Outlook & Related Roles"} & set(sections(reply))


def test_a_thing_never_said_gets_no_yes(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok but what kind of repairs exactly? and at what point do you call in the maintenance "
        "dept instead of fixing it yourself",
        "you didnt say anything about when to call maintenance. is that in there or not",
    )
    assert "Yes, the guide lists it" not in reply.answer


def test_the_boring_part_is_the_monotony_of_the_cons(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "is being a production tech stressful? and honestly is it boring",
        "and the boring part? does it get repetitive",
    )
    assert "doesn't cover the boring part" not in reply.answer
    assert "monotony" in reply.answer
