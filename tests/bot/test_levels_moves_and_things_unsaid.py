"""The forty-ninth panel on the bundled guide: the levels asked one by one ("junior, mid,
senior? what changes at each step") are every tier with its work; a move into another role
("an engineering technician job, yes or no") is the advancement the guide names; being home
at night is said unmentioned, beside the shifts; pay for nights or overtime and the cost of
living elsewhere are said to be figures the guide lacks; the GI Bill,
GMP training and how many people quit are said unmentioned, not answered with lines that
don't say them; a thing asked with a trailing word ("lean manufacturing actually", "the
machines themselves") is looked up without it."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
TIERS = "Career Path Tiers"
ADVANCEMENT = (
    "Frequently Asked Questions › What career advancement opportunities exist for Production "
    "Technicians?"
)


def test_each_level_named_is_each_tier_with_its_work(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hello. Can you explain the levels in this career - junior, mid, senior? What actually "
        "changes in the work at each step?",
    )
    tiers = [s for s in sections(reply) if s.startswith(TIERS)]
    assert len(tiers) == 4
    assert "operates independently" in reply.answer  # the mid level's work, not only years
    assert "Work Setting" not in sections(reply)


def test_a_move_into_another_role_is_the_advancement_the_guide_names(
    components: Components,
) -> None:
    for question in (
        "ok but can a production tech move into an engineering technician job or not? yes or "
        "no basically",
        "could I get back into engineering from here? like engineering tech",
    ):
        reply = on_page(components.bot, PAGE, question)
        assert ADVANCEMENT in sections(reply), question
        assert "engineering technician" in reply.answer, question


def test_being_home_at_night_is_said_unmentioned_beside_the_shifts(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "so thats like 13k less than now. you didnt say tho, would I be home at night? thats "
        "the whole reason Im looking",
    )
    assert "doesn't mention whether workers are home every night" in reply.answer
    assert "Shift work" in reply.answer  # the nearest it has
    assert "$58,500" not in reply.answer


def test_pay_the_guide_has_no_figure_for_is_said_missing(components: Components) -> None:
    said = {
        "ok and if i did get put on 12s, is there extra pay for nights or OT? trying to figure "
        "out if its worth it": "doesn't cover benefits, bonuses, overtime or shift pay",
        "alright. if I moved somewhere that pays more, wouldnt the cost of living just eat it "
        "up anyway?": "doesn't cover the cost of living",
    }
    for question, missing in said.items():
        reply = on_page(components.bot, PAGE, question)
        assert reply.answer.startswith(f"The guide {missing}"), question


def test_things_the_guide_never_names_are_said_unmentioned(components: Components) -> None:
    said = {
        "I was a 91B wheeled vehicle mechanic for 8 years. Does that military experience count "
        "toward getting hired as a production tech? And can the GI Bill pay for "
        "certifications?": "doesn't mention veterans' education benefits such as the GI Bill",
        "I've been a retail pharmacy tech for 15 years. Could I move into pharmaceutical "
        "manufacturing as a production technician? Would I need GMP training "
        "first?": "doesn't mention the GMP training",
        "do a lot of people quit this job? and why do they "
        "leave": "doesn't mention how many people quit or why they leave",
    }
    for question, missing in said.items():
        reply = on_page(components.bot, PAGE, question)
        assert missing in reply.answer, question
    quitting = on_page(components.bot, PAGE, "do a lot of people quit this job?")
    assert "burnout" in quitting.answer  # the nearest the guide has: workloads and burnout


def test_a_trailing_word_is_no_part_of_the_thing_asked(components: Components) -> None:
    lean = on_page(components.bot, PAGE, "is lean manufacturing actually part of the job or not")
    assert "doesn't mention" not in lean.answer
    assert "lean manufacturing" in lean.answer
    machines = on_page(
        components.bot,
        PAGE,
        "OK, but what about the machines themselves? Do people get hurt by the equipment, like "
        "hands caught in things?",
    )
    assert "doesn't mention the machines" not in machines.answer
