"""The thirty-seventh panel on the bundled guide: thirty years of teaching with "zero technical
background" start at the first level, not the senior one; a level turned down ("you keep
saying senior, i'm asking about JUNIOR pay") is not the level asked; "im at about 3 yrs now"
is years in this job, and the skills that lead to senior are listed, not just their heading;
going from the job to an engineer is where the job leads, not its way in; "apprenticeships…
do they pay" asks whether the training pays; "47 to 58k… how many years is that" asks the
levels' years; a reaction to the last answer ("ok a raise even at entry, nice.") asks
nothing; "what kind of questions do they usually ask" after an interview is told is said not
covered, with the guide's portfolio tips; yearly raises and a night shift's pay are said
not covered."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
TEACHER = (
    "ok so training is part of it but not the whole job. i'd have zero technical background "
    "tho, i taught 5th grade for 30 yrs. would i have to start at the very bottom and do a 2 yr "
    "program at my age?"
)


def test_years_with_no_background_start_at_the_first_level(components: Components) -> None:
    reply = on_page(components.bot, PAGE, TEACHER)
    assert "Career Path Tiers › Junior Production Technician" in sections(reply)
    assert "Career Path Tiers › Senior Production Technician" not in sections(reply)
    assert "with no background in the work, you would start here" in reply.answer


def test_a_level_turned_down_is_not_the_level_asked(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        TEACHER,
        "you keep saying senior, i'm asking about JUNIOR pay. entry level. how much",
    )
    assert "$46,950" in reply.answer
    assert "$70,050" not in reply.answer


def test_years_in_this_job_and_the_skills_that_lead_up(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "nice. im at about 3 yrs now. what skills should i work on to get to that senior level "
        "faster",
    )
    assert "Advanced PLC Programming and Diagnostics" in reply.answer
    assert "Data Analysis for Predictive Maintenance" in reply.answer
    assert "years in other work" not in reply.answer


def test_from_this_job_to_an_engineer_is_where_it_leads(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "how does someone go from production technician to like a manufacturing engineer or "
        "process engineer? is that even a normal path",
    )
    assert "Job Market Today › Growth Paths" in sections(reply)
    assert "process engineering" in reply.answer
    assert "Path to Production Technician" not in sections(reply)


def test_whether_apprenticeships_pay_is_one_question(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what about apprenticeships, are those a thing for this and do they pay",
    )
    assert "doesn't say whether apprentices are paid" in reply.answer
    assert "apprenticeships" in reply.answer
    assert "$70,050" not in reply.answer  # not the whole pay range


def test_the_years_between_two_levels_pay(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "so going from 47 to 58k is moving from entry to mid? how many years is that usually",
    )
    assert "Production Technician at 2-5 years" in reply.answer
    assert "one to two years" not in reply.answer  # not a diploma's length


def test_a_reaction_to_the_last_answer_asks_nothing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok a raise even at entry, nice. but i dont know anything about machines honestly, like "
        "plc stuff sounds scary. how hard is the technical side to learn for someone like me",
    )
    assert "$58,500" not in reply.answer
    assert "Annual Salary" not in " ".join(sections(reply))


def test_the_questions_an_interview_asks_are_said_not_covered(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i got an interview next week for production tech at a plastics plant. what kind of "
        "questions do they usually ask",
    )
    assert "doesn't cover the questions asked in interviews" in reply.answer
    assert "Portfolio Tips" in sections(reply)
    assert "Frequently Asked Questions › What industries hire Production Technicians?" not in (
        sections(reply)
    )


def test_yearly_raises_and_night_pay_are_said_not_covered(components: Components) -> None:
    raises = on_page(
        components.bot,
        PAGE,
        "alright. and once im in, what does a raise look like each year? like 3%? or do you only "
        "get more when you move up a level",
    )
    nights = on_page(
        components.bot,
        PAGE,
        "does the pay go up if u take nights? and whats starting pay",
    )
    assert raises.answer.startswith("The guide doesn't cover yearly raises")
    assert nights.answer.startswith("The guide doesn't cover benefits, bonuses, overtime or shift")
    assert "$46,950" in nights.answer
