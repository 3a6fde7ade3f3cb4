"""What the eleventh panel's visitors asked of the bundled guide: pay while training, a yes
about one item of a list, what the guide never mentions (a record, unions), a grandson's
name, a rung that is another job, and school advice kept from grown visitors."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import sections, talk

CO_OP = "cooperative education (co-op) models"
PUPILS_ADVICE = "focusing on courses in mathematics, physics"


def test_earning_while_training_is_the_paid_co_op_not_the_salary(
    components: Components,
) -> None:
    for question in (
        "You said something about school programs. Are there any where I can earn money "
        "while I train?",
        "ok so is there any earn-while-you-learn route? apprenticeships, co-ops, that sort of "
        "thing",
    ):
        reply = talk(components.bot, question)
        assert CO_OP in reply.answer.split(". ")[0], question  # the answer, first
        assert "The median salary" not in reply.answer, question


def test_a_yes_about_one_item_shows_that_item_not_the_whole_list(
    components: Components,
) -> None:
    reply = talk(components.bot, "does it get repetitive")
    assert reply.answer.startswith("Yes, the guide lists it.")
    assert "Potential monotony when performing repetitive maintenance tasks." in reply.answer
    assert "Physical demands" not in reply.answer  # the other five cons are left out
    assert "five more in the Cons section" in reply.answer


def test_is_that_normal_asks_of_what_was_just_told(components: Components) -> None:
    reply = talk(
        components.bot,
        "supervisor said techs get called when machines break down even at bad times. is that "
        "normal for this job?",
    )
    assert reply.answer.startswith("Yes, the guide lists it.")
    assert "Pressure to quickly resolve equipment breakdowns can cause stress." in reply.answer
    assert "Potential monotony" not in reply.answer


def test_pay_asked_of_another_country_is_said_to_be_us_figures(components: Components) -> None:
    reply = talk(
        components.bot,
        "Hello, I am from Vietnam, work in electronic factory as operator 3 year. I want be "
        "production technician. Salary in guide is for America?",
    )
    assert reply.answer.startswith(
        "The guide doesn't break pay down by state or country; it gives US national figures"
    )


def test_a_record_is_no_item_about_keeping_records(components: Components) -> None:
    reply = talk(
        components.bot,
        "does the guide say anything about background checks or a record",
    )
    assert "Yes, the guide lists it" not in reply.answer
    assert "Keep detailed records" not in reply.answer
    assert "doesn't cover a criminal record" in reply.answer


def test_a_record_the_question_turns_on_is_said_first(components: Components) -> None:
    reply = talk(
        components.bot,
        "I have a felony from 8 years ago (possession), been clean since. Can I still get "
        "hired as a production technician or do these places all do background checks",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't cover a criminal record."
    )


def test_unions_asked_beside_overtime_are_said_to_be_unmentioned(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Do production techs usually get union jobs? And how does overtime work, is it mandatory?",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't mention unions."
    )
    assert "overtime" in reply.answer.split("unions.", 1)[1]  # and the overtime half answered


def test_a_part_skipped_that_the_guide_never_mentions_is_said_alone(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Do production techs usually get union jobs? And how does overtime work, is it mandatory?",
        "you skipped the union part",
    )
    assert reply.answer == "The Production Technician Career Path Guide doesn't mention unions."


def test_a_thing_never_mentioned_gets_no_list_pasted_after_it(components: Components) -> None:
    reply = talk(components.bot, "are production tech jobs usually unionized?")
    assert reply.answer == "The Production Technician Career Path Guide doesn't mention unions."
    assert "Pros" not in sections(reply)


def test_a_cert_done_online_is_said_to_be_unmentioned(components: Components) -> None:
    reply = talk(components.bot, "is there a cert i could do online while still working nights")
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't mention online study"
    )


def test_a_grandsons_name_is_no_career(components: Components) -> None:
    reply = talk(
        components.bot,
        "My grandson Tyler is 18 and just finished school, he is good with his hands. "
        "Is production tech a good job?",
        "What would Tyler earn starting out, roughly?",
    )
    assert reply.mode == Mode.CITED.value
    assert "I don't have a guide for Tyler" not in reply.answer
    assert "$46,950" in reply.answer


def test_a_grown_visitor_gets_no_high_school_course_advice(components: Components) -> None:
    grown = [
        talk(
            components.bot, "I am 45 and work in retail. how do i become a production technician?"
        ),
        talk(
            components.bot,
            "Im 56, laid off from Stellantis after 24 years on the line.",
            "2-3 years is a long time with no paycheck. Does my 24 years in automotive count "
            "for anything, or am I starting from zero like a kid out of high school",
        ),
    ]
    young = talk(components.bot, "im 16, how do i become a production tech")
    for reply in grown:
        assert PUPILS_ADVICE not in reply.answer
        assert "Path to Production Technician" in sections(reply)  # the rest of the way in
    assert PUPILS_ADVICE in young.answer


def test_a_level_named_by_its_years_is_that_level(components: Components) -> None:
    reply = talk(components.bot, "I mean the Production Technician tier, the 2-5 years one")
    assert reply.answer.startswith("A Production Technician typically has 2-5 years")
    assert "Senior" not in reply.answer


def test_what_a_named_level_expects_is_asked_of_it_not_of_the_visitors_years(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Senior seems like a stretch, my 6 yrs were on a ship not in a plant. Whats expected at "
        "the mid level exactly? trying to see if I qualify",
    )
    assert reply.answer.startswith("A Production Technician typically has 2-5 years")
