"""The sixteenth panel on the bundled guide: what a message asks decides the answer, not the
story around it (a shift worked, years in another job, children at school); thanks after a
question still gets the answer; words that name no job ("going to nursing school",
"something closer", "is that the engineers' job") are not refused as careers; benefits and
where the jobs are said plainly to be uncovered; terse and everyday asks of the hard side,
getting hired, the starting pay and job security reach their sections."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, replies, sections, talk

PROS = "Pros & Cons for Production Technician › Pros"
CONS = "Pros & Cons for Production Technician › Cons"
PAY = "Annual Salary (US, USD)"
GUIDE = "The Production Technician Career Path Guide"


def test_thanks_after_a_question_still_answers_it(components: Components) -> None:
    reply = talk(components.bot, "whats the good and bad of it then. ill show my mom. thanks!!")
    assert reply.mode == "cited"
    assert {PROS, CONS} <= set(sections(reply))


def test_words_that_name_no_job_are_not_refused_as_careers(components: Components) -> None:
    nursing = talk(
        components.bot, "is it better than going to nursing school? my mom wants me to do that"
    )
    assert nursing.answer.startswith("I don't have a guide for nursing yet")
    robots = talk(
        components.bot,
        "ok so standing a lot got it. but do u actually get to program the robots or is that "
        "the engineers job",
    )
    assert robots.mode == "cited"
    closer = talk(
        components.bot,
        "fine forget location. what industries hire these, maybe theres a food place or "
        "something closer to me",
    )
    assert closer.mode == "cited"
    assert "food and beverage processing" in closer.answer


def test_benefits_and_where_the_jobs_are_are_said_to_be_uncovered(
    components: Components,
) -> None:
    benefits = talk(
        components.bot, "the benefits part tho, like health insurance, do they usually get that?"
    )
    assert benefits.answer.startswith(f"{GUIDE} doesn't mention benefits such as health insurance")
    where = on_page(
        components.bot,
        "production-technician",
        "is there anything in there about where the plants usually are? cuz the bus only goes "
        "so far",
    )
    assert f"{GUIDE} doesn't mention where the jobs are located" in where.answer


def test_terse_and_everyday_asks_reach_their_sections(components: Components) -> None:
    hard = talk(components.bot, "hard?")
    assert "Overview" not in sections(hard)
    assert not any(s.startswith("Path to") for s in sections(hard))
    hired = talk(
        components.bot, "how do i even get hired tho, i dont have any mechanic stuff just the line"
    )
    assert "Skills and Qualifications › Tech Skills" not in sections(hired)
    assert "high school diploma" in hired.answer
    stable = talk(
        components.bot,
        "temp agency worker here, been bouncing between 3 diff plants this year doing packaging "
        "and machine tending. is production tech stable or do they get laid off a lot",
    )
    assert "projected to grow" in stable.answer
    assert PROS not in sections(stable)


def test_the_starting_pay_is_what_i_would_start_at(components: Components) -> None:
    said = replies(
        components.bot,
        "What does a production tech actually make?",
        "that seems high for someone starting with zero factory experience tbh. what would I "
        "realistically start at",
    )
    assert sections(said[1]) == [PAY]
    assert said[1].answer.startswith("An entry-level production technician earns about $46,950")


def test_years_in_another_job_are_no_level_of_this_one(components: Components) -> None:
    reply = talk(
        components.bot,
        "I'm 34, got laid off from a retail management job after 9 years. Looking at something "
        "more stable. What does a production tech actually make?",
    )
    assert reply.answer.startswith("The median salary for a production technician is $58,500")


def test_the_question_leads_not_the_story(components: Components) -> None:
    body = talk(
        components.bot,
        "i work at a chicken processing plant on the line, deboning. its cold wet and my hands "
        "are killing me. would production tech be less hard on the body or is it the same kinda "
        "thing",
    )
    assert sections(body)[0] == "Work Setting"
    days = talk(
        components.bot,
        "hi! mom of 2 here, kids in school so i can only do like 7-3 ish, no nights no "
        "weekends. do production techs get day shifts or is that not realistic",
    )
    assert "Skills and Qualifications › Education Level" not in sections(days)
    assert "Shift work" in days.answer
