"""The twentieth panel on the bundled guide: how the job differs from one without a guide is
what this job is, and conditions of work or study the guide never names (the language of
training, summer jobs, an employer paying for training, overtime rates, women in the plant,
interview questions, jobs near a small town) are said to be missing, never answered with the
pay; pay asked over time or level against level gives every level (and the years of each),
and the level above one is asked though the visitor's years are told."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

CORE = "Core Functions of the Production Technician Role"


def test_a_difference_from_a_job_without_a_guide_is_what_this_job_is(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "how is production technician different from a cnc machinist? i did a semester of "
        "machining in hs",
    )
    assert reply.answer.startswith("I don't have a guide for cnc machinist")
    assert sections(reply)[:2] == ["Overview", CORE]


def test_the_language_of_training_is_said_to_be_missing(components: Components) -> None:
    reply = talk(components.bot, "gracias. where i learn for this, is school in english only?")
    assert "doesn't mention which language training or work is in" in reply.answer
    assert "community colleges or technical institutes" in reply.answer  # where to learn


def test_summer_jobs_are_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "im 16 can i get a summer job or internship doing this? i live near a couple factories",
    )
    assert "doesn't mention summer jobs" in reply.answer
    assert "Internships, apprenticeships, or entry-level positions" in reply.answer


def test_an_employer_paying_for_training_is_not_the_pay(components: Components) -> None:
    reply = talk(
        components.bot,
        "is there a cert for the robot part specifically, and would my job pay for it",
    )
    assert "doesn't mention employers paying for training" in reply.answer
    assert "median salary" not in reply.answer
    assert "Annual Salary (US, USD)" not in sections(reply)


def test_overtime_pay_rates_are_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "single dad here, 2 kids (7 and 10). how much overtime do these jobs usually have and do "
        "they pay time and a half",
    )
    assert "Shift work or overtime is common" in reply.answer
    assert "doesn't mention overtime rates or shift differentials" in reply.answer
    assert "Annual Salary (US, USD)" not in sections(reply)


def test_being_a_woman_in_the_plant_is_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "Hello. I am a 38 year old woman thinking about this career. What is it like being a "
        "woman in a plant thats mostly men? Is that something the guide talks about?",
    )
    assert "doesn't mention women in the job" in reply.answer


def test_how_long_till_more_pay_gives_each_levels_years(components: Components) -> None:
    for message in (
        "ok so if i skip college and just get hired somewhere what would i start at pay wise? "
        "and how long till i make more",
        "whats the pay jump from junior to senior and how many years does that take",
    ):
        reply = talk(components.bot, message)
        assert "entry level $46,950" in reply.answer, message
        assert "senior level $70,050" in reply.answer, message
        assert "Senior Production Technician at 5+ years" in reply.answer, message


def test_the_top_end_beside_other_levels_is_the_pay(components: Components) -> None:
    reply = talk(
        components.bot,
        "how does junior pay compare to what a mid level guy makes, and whats the top end",
    )
    assert "doesn't cover" not in reply.answer
    assert "mid-level $58,500" in reply.answer
    assert "The top 10% earn from $75,000+" in reply.answer


def test_interview_questions_are_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "ok cool. and what kind of questions do they ask in the interview for a junior tech job",
    )
    assert "doesn't cover the questions asked in interviews" in reply.answer
    assert "Junior Production Technician focuses on learning" not in reply.answer


def test_jobs_around_a_small_town_are_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "i live in a tiny town in nebraska, nearest city is 90 min away. would there even be "
        "production tech jobs around here or would i have to move",
    )
    assert "doesn't mention where the jobs are located" in reply.answer


def test_the_level_above_one_is_asked_though_years_are_told(components: Components) -> None:
    reply = talk(
        components.bot,
        "I think Im already past senior though, 8 years in. Whats above senior tech in the guide, "
        "and is there anything about going into production management after that?",
    )
    assert sections(reply)[0] == "Career Path Tiers › Lead Production Technician / Supervisor"
    assert "production management" in reply.answer
    assert "years in other work" not in reply.answer


def test_pay_starting_out_against_later_on_gives_every_level(components: Components) -> None:
    reply = talk(
        components.bot, "ok makes sense. what does the salary look like starting out vs later on"
    )
    assert "entry level $46,950" in reply.answer
    assert "senior level $70,050" in reply.answer
