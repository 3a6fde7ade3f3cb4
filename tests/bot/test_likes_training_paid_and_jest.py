"""The forty-seventh panel on the bundled guide: what people like most is the pros, and the
downside asked after a level is answered beside it; what the people at the top earn is the
top line; an age asked about as a problem is said uncovered; pay in small towns is said to be
US national figures; whether an employer pays for training is said unmentioned, and training
without quitting a job is the co-op line; hours a week and where to look for openings are
said missing; years told that would place the visitor above entry level are placed; a
high-school diploma held is no step to take; a job weighed as a fit is the pros, not one
item; and a thing that "makes me want to die lol" is answered, with a line on where to turn."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import on_page, sections

PAGE = "production-technician"
PROS = "Pros & Cons for Production Technician › Pros"
MID = "Career Path Tiers › Production Technician"


def test_what_people_like_most_is_the_pros(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "what do people who do this job like most about it?")
    assert sections(reply)[0] == PROS
    assert "intellectually stimulating" in reply.answer


def test_an_age_asked_as_a_problem_is_said_uncovered(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Ok. Other thing thats on my mind, Im 45. Is that going to be a problem, are they going "
        "to want younger guys for this?",
    )
    assert reply.answer.startswith("The Production Technician guide doesn't cover age")


def test_pay_in_small_towns_is_said_to_be_national(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "do smaller towns pay less though? is that 58k number for out here or more like for "
        "city jobs",
    )
    assert "US national figures" in reply.answer
    assert "$58,500" in reply.answer


def test_training_an_employer_pays_for_is_said_uncovered(components: Components) -> None:
    school = on_page(
        components.bot,
        PAGE,
        "do companies ever pay for your school? like if i get hired could they cover the rest "
        "of my associates or certs",
    )
    cert = on_page(components.bot, PAGE, "would my company usually pay for that or am i on my own")
    for reply in (school, cert):
        assert "doesn't mention employers paying for training" in reply.answer
        assert "median salary" not in reply.answer


def test_training_without_quitting_a_job_is_the_co_op_line(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok and is there a way to get experience without quitting my day job? like "
        "apprenticeship or something",
    )
    assert reply.answer.startswith("On training while working")
    assert "paid workplace experience" in reply.answer


def test_hours_a_week_and_where_to_look_are_said_missing(components: Components) -> None:
    hours = on_page(
        components.bot,
        PAGE,
        "how many hours a week is this usually? and do you have to work weekends, is that normal",
    )
    assert "doesn't cover weekend work or hours a week" in hours.answer
    look = on_page(
        components.bot,
        PAGE,
        "not what i asked. anyway where should i look for openings, job boards, staffing "
        "agencies, what works best?",
    )
    assert "doesn't cover where to look for openings" in look.answer
    assert "projected to grow" not in look.answer


def test_years_that_would_place_me_above_entry_level_are_placed(
    components: Components,
) -> None:
    reply = on_page(
        components.bot, PAGE, "would my 4 yrs in the navy get me above entry level though?"
    )
    assert MID in sections(reply)
    assert "2-5 years" in reply.answer


def test_a_diploma_held_is_no_step_to_take(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hm ok. so if i wanted to do this how fast could i actually start? i dont have any "
        "training just hs diploma. i cant really afford 2 years of school",
    )
    assert "completing a high school diploma" not in reply.answer
    assert "apprenticeships" in reply.answer


def test_a_job_weighed_as_a_fit_is_the_pros_not_one_item(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "im a barista and i hate the idea of a desk job. i like fixing stuff, i fix the "
        "espresso machines at work when they break. would this job be a good fit for someone "
        "like me?",
    )
    assert "Yes, the guide lists it" not in reply.answer
    assert "Hands-on work with advanced machinery" in reply.answer
    assert "job stability" in reply.answer


def test_a_thing_that_makes_me_want_to_die_lol_is_answered_with_a_line(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "im a barista rn and honestly the thought of a desk job makes me want to die lol. i "
        "like fixing stuff, i fix the espresso machines at work when they break. would this "
        "job be a good fit for someone like me?",
    )
    assert reply.mode is Mode.CITED
    assert "Hands-on work with advanced machinery" in reply.answer
    assert "988" in reply.answer
    meant = on_page(components.bot, PAGE, "this job makes me want to die")
    assert meant.mode is Mode.SUPPORT


def test_the_downside_asked_after_a_level_is_answered_too(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "kinda confusing, is it lead or senior at 7 yrs? whatever. my parents are gonna ask "
        "whats the worst part of the job, whats the downside honestly",
    )
    assert "7+ years" in reply.answer
    assert "Pros & Cons for Production Technician › Cons" in sections(reply)


def test_what_the_people_at_the_top_earn_is_the_top_line(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "whats the pay like for this? starting out vs after a few years. and what are the "
        "people at the top doing that gets them paid more",
    )
    assert "$70,050" in reply.answer
    assert "especially with specialized skills" in reply.answer
