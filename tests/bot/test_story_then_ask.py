"""Visitors who tell their own story before they ask ("i work nights at a taco bell…, is
production tech gonna be the same thing over and over?") get an answer to what they asked,
not to the words of their story; and a FAQ's "Yes," answers only the question it answers."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

SHIFTS = "Shift work or overtime is common"
PROGRAMMING_FAQ = "knowledge of programming"


def test_a_question_told_after_a_story_in_one_sentence_is_what_is_answered(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "ok so i work nights at a taco bell rn (closing til 2am) and honestly the repetitive "
        "stuff is killing me like same thing every night, is production tech gonna be the same "
        "boring thing over and over or is it actually different every day??",
    )
    assert SHIFTS not in reply.answer  # her nights are her story, not her question
    assert "Potential monotony when performing repetitive maintenance tasks" in reply.answer


def test_the_shift_a_visitor_works_is_no_question_about_shifts(components: Components) -> None:
    reply = talk(
        components.bot,
        "i work sanitation nights at a chicken plant. the maint guys there make way more. is "
        "production tech same thing as maintenance tech?",
    )
    assert SHIFTS not in reply.answer
    assert not any("Work-Life" in s for s in sections(reply))


def test_getting_from_ones_own_job_to_this_one_asks_the_way_in(components: Components) -> None:
    reply = talk(
        components.bot,
        "how would i get from sanitation to that without quiting? cant do days school, i "
        "sleep days",
    )
    assert not any("A Day in the Life" in s for s in sections(reply))  # "days" is no day
    assert {"Required Education", "Path to Production Technician"} & set(sections(reply))


def test_hour_to_hour_asks_for_the_typical_day(components: Components) -> None:
    reply = talk(
        components.bot,
        "that didnt really answer it but whatever. honestly is the job boring? like what do "
        "you actually do hour to hour",
    )
    assert sections(reply)[0].startswith("A Day in the Life › Morning")
    assert "Late Afternoon" in reply.answer  # the whole day, not one slot


def test_a_faqs_yes_answers_its_own_question_only(components: Components) -> None:
    asked_it = talk(components.bot, "do production techs need to know programming?")
    assert asked_it.answer.startswith("Yes, knowledge of programming")
    asked_else = talk(components.bot, "PLC I want learn. It is hard? need english good for it?")
    assert PROGRAMMING_FAQ in asked_else.answer.lower()
    assert not asked_else.answer.startswith("Yes")  # nobody said it is easy, nor English


def test_the_tools_asked_after_a_story_of_known_tools_are_the_tech_stack(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "And the tools - which ones on that list would be new to me? I know multimeters, hand "
        "tools, some pneumatics.",
    )
    assert sections(reply) == ["Tech Stack"]
    assert "Programmable Logic Controllers (PLCs)" in reply.answer
