"""Plain questions a visitor on the bundled guide's page asks, answered by the part of the
guide that answers them: safety, a yes-or-no about one skill, how long to get good, a job
the site has no guide for set beside this one, and a part of the day pointed at."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

SAFETY_FAQ = (
    "Frequently Asked Questions › What are the most important safety concerns for a"
    " Production Technician?"
)


def test_is_it_safe_is_answered_by_what_the_guide_says_of_safety(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "my son is 17 and wants to do this instead of college. is it a safe job? i worry "
        "about him getting hurt around machines",
    )
    assert sections(reply)[0] == SAFETY_FAQ
    assert "lockout/tagout" in reply.answer


def test_a_yes_or_no_about_one_skill_says_yes_and_shows_it_first(
    components: Components,
) -> None:
    reply = talk(components.bot, "welding? do i need to know how to weld")
    lines = reply.answer.splitlines()
    assert lines[0].startswith("Yes")
    first_item = next(line for line in lines if line.startswith("- "))
    assert "welding" in first_item


def test_how_long_to_get_good_is_the_years_to_proficiency(components: Components) -> None:
    reply = talk(components.bot, "how long would it realistically take me to be good at it")
    assert "2-3 years" in reply.answer


def test_pay_set_beside_a_job_without_a_guide_says_it_has_none(
    components: Components,
) -> None:
    # on the guide's page, as the widget asks it
    message = "is the pay better than what a diesel mechanic makes?"
    reply = components.bot.reply(message, None, "production-technician")
    assert reply.answer.startswith("I don't have a guide for diesel mechanic")
    assert "$58,500" in reply.answer


def test_the_second_part_of_a_day_after_the_whole_day_is_the_afternoon(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "whats a normal day like",
        "ok. what about the second part of the day, is that mostly computer work alone?",
    )
    assert sections(reply)[0] == "A Day in the Life › Afternoon (12:00 PM - 3:00 PM)"


def test_which_skills_shows_the_skills_not_a_headings_line(components: Components) -> None:
    reply = talk(components.bot, "which of the skills would i already have")
    assert reply.answer.count("\n- ") >= 3


def test_what_to_show_at_an_interview_is_the_portfolio_advice(components: Components) -> None:
    reply = talk(components.bot, "is there anything about what to bring or show in the interview")
    assert sections(reply)[0] == "Portfolio Tips"


def test_paid_while_doing_a_program_is_the_guides_paid_co_op(components: Components) -> None:
    reply = talk(
        components.bot,
        "how long are those vocational programs tho? and can i get paid while doing it",
    )
    assert "one to two years" in reply.answer
    assert "co-op" in reply.answer
    assert "paid workplace experience" in reply.answer
    assert "$" not in reply.answer


def test_what_a_term_is_comes_from_prose_that_explains_it_not_a_list(
    components: Components,
) -> None:
    reply = talk(components.bot, "what is PLC? everybody say PLC")
    assert "PLCs (Programmable Logic Controllers)" in reply.answer  # the line spelling it out
    assert "\n- " not in reply.answer


def test_the_top_job_title_is_the_highest_level_beside_the_top_pay(
    components: Components,
) -> None:
    reply = talk(components.bot, "top pay and top job title for production technicians?")
    assert "$75,000+" in reply.answer
    assert "Career Path Tiers › Lead Production Technician / Supervisor" in sections(reply)


def test_computer_skills_are_answered_by_the_tools_used(components: Components) -> None:
    reply = talk(components.bot, "does the job need computer skills? im not great with computers")
    assert sections(reply)[0] == "Tech Stack"


def test_what_is_ruled_out_is_not_answered(components: Components) -> None:
    reply = talk(
        components.bot, "what do production techs actually do on a shift, not the degree stuff"
    )
    assert not any("Education" in s for s in sections(reply))


def test_a_country_is_answered_by_what_the_guide_says_of_its_region(
    components: Components,
) -> None:
    message = "can i get a job like this in germany? im an electrician"
    reply = components.bot.reply(message, None, "production-technician")  # on its page
    assert reply.answer.startswith("In North America and Western Europe")
