"""The thirty-second panel on the bundled guide: pay asked as what a tech makes; schooling
the visitor holds asked to count ("an associate degree in general studies, does that count")
and starting from zero name no job whose experience could count, so the answer never says
the guide is silent on one; the level between two the last answer gave ("is there a step in
between those two?") and "the middle level" are the mid-level tier."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

UNSETTLED = "experience from a particular job"


def test_a_degree_asked_to_count_is_answered_by_the_education_asked(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "hi so i have an associate degree in general studies, does that count for this or do i "
        "need a technical one? and what would i actually make my first year",
    )
    assert UNSETTLED not in reply.answer
    assert "associate degree or vocational diploma" in reply.answer
    assert "Annual Salary" in " ".join(sections(reply))


def test_starting_from_zero_is_answered_by_the_way_in(components: Components) -> None:
    reply = talk(
        components.bot,
        "how long would it take to actually be good at the troubleshooting side if i start "
        "from zero",
    )
    assert UNSETTLED not in reply.answer
    assert "2-3 years of technical education" in reply.answer


MID_TIER = "Career Path Tiers › Production Technician"
JUNIOR_AND_SENIOR = (
    "whats the difference between a level 1 production tech and a senior one? like what do "
    "senior guys do that juniors dont"
)


def test_the_step_between_the_two_levels_given_is_the_mid_level(components: Components) -> None:
    reply = talk(
        components.bot,
        JUNIOR_AND_SENIOR,
        "is there a step in between those two? and how long til you move up each step "
        "realistically, i've been a junior for like 18 months now",
    )
    assert sections(reply)[0] == MID_TIER
    assert "2-5 years of experience" in reply.answer


def test_the_middle_level_is_the_mid_level(components: Components) -> None:
    reply = talk(
        components.bot,
        JUNIOR_AND_SENIOR,
        "im asking about the middle level. what do they expect from you at that level",
    )
    assert MID_TIER in sections(reply)
    assert "operates independently" in reply.answer


def test_pay_asked_as_what_a_tech_makes_is_the_salary(components: Components) -> None:
    for asked in (
        "would a tech there make the same as the numbers on here or is electronics way higher",
        "what does the guide say a tech makes, and does it break it down by industry",
    ):
        reply = talk(components.bot, asked)
        assert "Annual Salary (US, USD)" in sections(reply), asked
        assert "$58,500" in reply.answer, asked


def test_pay_naming_whom_a_question_is_about_asks_no_pay(components: Components) -> None:
    skills = talk(
        components.bot,
        "whats the salary range",
        "thats more like how to get started tho. i meant what skills make you one of the higher "
        "earners, the 75k+ people",
    )
    assert "Annual Salary (US, USD)" not in sections(skills)
    assert any(s.startswith("Skill Map") for s in sections(skills))
    degree = talk(
        components.bot,
        "whats the salary range",
        "does senior level pay (70k) need a degree or can you get there with just experience",
    )
    assert sections(degree)[0] == "Skills and Qualifications › Education Level"
    assert "high school diploma or equivalent" in degree.answer
