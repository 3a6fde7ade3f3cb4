"""The forty-fifth panel on the bundled guide: the top pay asked as a goal gets who earns it
and the highest levels' years; what comes after the top level is the ways on, a level aimed
at its years; a US state is answered from what the guide says of North America and pay by
state is said not broken down; learning a skill is the training that teaches it; a job
brought as experience is no job asked about; a length asked of one thing is not said missing
of another named before; nearest lines said already are not said again; a complaint and a
topic set aside are no part of the question; pay "depending on the industry" is said not broken
down; a level asked to be skipped places the years told; "so no real number of hours then?" is
said as the number of hours missing; computer skills asked get the computing items of a list,
not its wrenches, and a list's lead quoted after other lines brings its items."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import on_page, replies, sections

PAGE = "production-technician"
SALARY = "Annual Salary (US, USD)"
SHIFTS = (
    "I'm a single dad with 2 kids and I have to do school pickup at 3 so I can only work days. "
    "what are the shifts like for this job? is it mostly nights?"
)


def test_the_top_pay_as_a_goal_gets_who_earns_it_and_the_highest_levels(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what would i actually need to do to get to the top pay level? skills, years, whatever",
    )
    assert "especially with specialized skills in high-demand areas" in reply.answer
    assert "5+ years" in reply.answer
    assert "7+ years" in reply.answer


def test_what_comes_after_the_top_level_is_the_ways_on(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "what comes after lead?")
    assert "supervisory, engineering technician, or quality assurance" in reply.answer
    assert not any("Career Path Tiers" in s for s in sections(reply))


def test_the_level_aimed_at_gets_its_years(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Been a production tech for about 2 years now. How long does it usually take to make "
        "senior tech?",
    )
    assert "Senior Production Technician typically has 5+ years" in reply.answer


def test_a_us_state_is_answered_from_north_america(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "is montana even a place with these jobs")
    assert "North America" in reply.answer
    assert "Middle East" not in reply.answer


def test_pay_asked_across_states_is_said_not_broken_down(components: Components) -> None:
    reply = on_page(
        components.bot, PAGE, "is that the same everywhere or do some states pay way more?"
    )
    assert "doesn't break pay down by state" in reply.answer


def test_pay_asked_by_a_degree_in_progress_is_said_not_broken_down(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hey im 20 and in an associates program for electronics at my community college. would "
        "having the associates get me in at a higher level or more pay than someone with just a "
        "hs diploma?",
    )
    assert "doesn't give pay by schooling" in reply.answer


@pytest.mark.parametrize(
    "question",
    [
        "say i want to learn plcs on my own before applying, how would i do that?",
        "i know its important, i asked HOW to learn it. like a course? community college?",
    ],
)
def test_learning_a_skill_is_the_training_that_teaches_it(
    components: Components, question: str
) -> None:
    reply = on_page(components.bot, PAGE, question)
    assert "community colleges or technical institutes" in reply.answer


def test_a_job_brought_as_experience_is_no_job_asked_about(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "could i even get hired with just cashier experience? i dont have any tech background",
    )
    assert "guide for cashier" not in reply.answer
    assert "high school diploma" in reply.answer


def test_a_length_asked_of_one_thing_is_not_said_missing_of_another(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "got it, so OSHA and PLC stuff. how fast can you actually move up from junior? I dont "
        "want to be stuck at entry pay for years",
    )
    assert "OSHA" not in reply.answer
    assert "2-5 years" in reply.answer


def test_nearest_lines_said_already_are_not_said_again(components: Components) -> None:
    first, second = replies(
        components.bot,
        SHIFTS,
        "ok but if im new would they make me do nights at first? thats usually how it works at "
        "warehouses. and i need to be out by like 2:30",
        page=PAGE,
    )
    assert "Shift work or overtime is common" in first.answer
    assert "doesn't cover night shifts" in second.answer
    assert "what I said above" in second.answer
    assert "Shift work or overtime is common" not in second.answer


def test_overtime_asked_to_be_turned_down_is_said_missing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "46k to start is decent actually. is overtime something you can say no to? i cant stay "
        "late most days",
    )
    assert "doesn't mention whether overtime is required or can be turned down" in reply.answer


def test_a_complaint_and_a_topic_set_aside_are_not_asked(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        SHIFTS,
        "ok but if im new would they make me do nights at first? thats usually how it works at "
        "warehouses. and i need to be out by like 2:30",
        "you said that already lol. ok forget the schedule, whats the pay like",
    )
    assert sections(reply) == [SALARY]


def test_pay_depending_on_the_industry_is_said_not_broken_down(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "does the pay change a lot depending on the industry? like pharma vs automotive vs food "
        "plants",
    )
    assert "doesn't break pay down by industry" in reply.answer


def test_a_level_asked_to_be_skipped_places_the_years_told(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Thank you. But how fast is possible to move up? In my country I was working 3 years as "
        "engineer in factory, maintenance of machines. Can I skip the junior level?",
    )
    assert "A Production Technician typically has 2-5 years" in reply.answer
    assert "Junior Production Technician typically has 0-2 years" not in reply.answer


def test_a_lack_checked_back_is_said_as_the_thing_missing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hi, what does a normal week look like for this job? like how many hours, do you have to "
        "work weekends or holidays?",
        "ok so no real number of hours then? how bad is the overtime usually, like is it forced or "
        "can you say no",
    )
    assert "doesn't cover the number of hours" in reply.answer
    assert "no real number" not in reply.answer


def test_computer_skills_asked_get_the_computing_items_of_the_list(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "which computer skills matter most for someone like me coming from mechanical stuff?",
    )
    assert "Enterprise Resource Planning (ERP) systems" in reply.answer
    assert "wrenches" not in reply.answer
    assert "more in the Tech Stack section" not in reply.answer


def test_a_list_lead_quoted_after_other_lines_brings_its_items(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "will robots replace production techs?",
        "ok thats a bit reassuring. so what skills should i focus on so im not the one that gets "
        "cut? im mostly mechanical right now, not much computer stuff",
    )
    assert "Mechanical and Electrical Troubleshooting" in reply.answer  # not its lead alone
    assert "Equipment Calibration and Maintenance" in reply.answer
