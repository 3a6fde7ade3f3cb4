"""The twenty-second panel on the bundled guide: whether one skill is needed ("reading
schematics, is that a must have skill", "…wiring diagrams. do i need to know how to read
em") is answered by the item that names it, a thing the guide only mentions ("OSHA 10 or
the 30?") by the lines that mention it rather than a refusal, unions by saying plainly the
guide never mentions them, a move into another field later by the Growth Paths, a case study
named by the case study, and a beginner's "can I realistically learn this" by the way in,
not by a word of the story ("never even changed my oil")."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import sections, talk

GUIDE = "The Production Technician Career Path Guide"
SCHEMATICS = "Interpreting mechanical and electrical schematics"


def test_a_yes_or_no_on_one_listed_skill_is_answered_by_that_item(
    components: Components,
) -> None:
    for question in (
        "lol ok. what about reading schematics, is that like a must have skill",
        "no like schematics, blueprints, wiring diagrams. do i need to know how to read em",
    ):
        reply = talk(components.bot, question)
        assert reply.answer.startswith("Yes, the guide lists it.")
        assert SCHEMATICS in reply.answer
        assert "PLC programming and troubleshooting" not in reply.answer  # no whole list


def test_a_thing_the_guide_only_mentions_is_quoted_not_refused(components: Components) -> None:
    reply = talk(
        components.bot, "Got it. Is OSHA 10 enough or do they want the 30? thanks for the help"
    )
    assert reply.mode == Mode.CITED.value
    assert reply.answer.startswith(f"{GUIDE} has no section on that; it mentions it here:")
    assert "OSHA safety certifications" in reply.answer


def test_unions_are_said_to_be_unmentioned_without_a_list_pasted(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Are production technician jobs usually union? Im in Michigan and my dad was UAW, "
        "wondering if thats still a thing for these roles",
    )
    assert reply.answer.startswith(f"{GUIDE} doesn't mention unions.")
    assert "Pros:" not in reply.answer


def test_a_move_into_another_field_later_is_answered_by_the_growth_paths(
    components: Components,
) -> None:
    reply = talk(components.bot, "ok forget it. can a production tech move into quality later on")
    assert "Job Market Today › Growth Paths" in sections(reply)
    assert "quality assurance positions" in reply.answer
    assert not any(s.startswith("Career Path Tiers") for s in sections(reply))


def test_a_case_study_named_is_answered_by_that_case_study(components: Components) -> None:
    reply = talk(
        components.bot,
        "cool thanks. what was that case study thing about a pharma facility? i saw it "
        "mentioned on the page",
    )
    assert sections(reply)[0].startswith("Examples and Case Studies › ")
    assert "A pharmaceutical production facility" in reply.answer


def test_a_beginners_question_is_the_way_in_not_a_word_of_the_story(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "i got laid off from a call center last month. i have zero experience with machines, "
        "never even changed my oil. is this something i can realistically learn or am i kidding "
        "myself",
    )
    assert "Global Outlook" not in sections(reply)  # its oil plants are no answer
    assert "Path to Production Technician" in sections(reply)
