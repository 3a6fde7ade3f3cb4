"""A career level asked about by name ("move up to supervisor", "lead vs senior") or as the
next one after the last answer's is answered from that level's section of the guide."""

from __future__ import annotations

from api.components import Components
from tests.talk import replies, sections, talk

TIERS = "Career Path Tiers › "


def test_moving_up_to_a_level_is_answered_by_that_level(components: Components) -> None:
    reply = talk(
        components.bot,
        "I've been a production tech for 6 years. How do I move up to supervisor, and what "
        "skills do I need for it?",
    )
    assert sections(reply)[0] == f"{TIERS}Lead Production Technician / Supervisor"
    assert "Leadership skills" in reply.answer


def test_two_levels_compared_are_both_answered(components: Components) -> None:
    reply = talk(
        components.bot, "What distinguishes the lead technician from the senior technician?"
    )
    assert {s for s in sections(reply) if s.startswith(TIERS)} == {
        f"{TIERS}Senior Production Technician",
        f"{TIERS}Lead Production Technician / Supervisor",
    }


def test_the_next_level_follows_the_one_just_described(components: Components) -> None:
    first, after = replies(
        components.bot,
        "She's been offered a junior production technician job. What would she be doing at "
        "that level and how much does it pay?",
        "What's the next level after that called and what does it pay?",
    )
    assert f"{TIERS}Junior Production Technician" in sections(first)
    assert f"{TIERS}Production Technician" in sections(after)
    assert f"{TIERS}Junior Production Technician" not in sections(after)
    assert "2-5 years" in after.answer
    assert "$58,500" in after.answer  # the mid-level pay, asked in the same breath


def test_a_level_the_visitor_holds_is_not_what_they_ask_about(components: Components) -> None:
    reply = talk(
        components.bot,
        "I just started as a junior production technician last week and I'm scared of messing "
        "up. What are the most important safety things I should know?",
    )
    assert f"{TIERS}Junior Production Technician" not in sections(reply)
    assert "lockout" in reply.answer.lower() or "protective equipment" in reply.answer.lower()


def test_a_year_of_school_is_no_career_level(components: Components) -> None:
    reply = talk(
        components.bot,
        "I'm a junior studying mechanical engineering. Would production technician be a step "
        "down for me? what's the ceiling",
    )
    assert f"{TIERS}Lead Production Technician / Supervisor" in sections(reply)
    assert f"{TIERS}Junior Production Technician" not in sections(reply)


def test_the_levels_after_one_are_each_told_with_their_years(components: Components) -> None:
    reply = talk(components.bot, "ok what are the levels after junior and how many years each")
    assert sections(reply) == [
        f"{TIERS}Production Technician",
        f"{TIERS}Senior Production Technician",
        f"{TIERS}Lead Production Technician / Supervisor",
    ]
    for years in ("2-5 years", "5+ years", "7+ years"):
        assert years in reply.answer


def test_what_a_level_does_after_pay_is_that_levels_work_not_pay(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "what does a production tech earn",
        "and that mid level, what do they do that juniors dont",
    )
    assert f"{TIERS}Production Technician" in sections(reply)
    assert "$" not in reply.answer


def test_the_levels_after_one_asked_on_the_guides_page_mid_conversation(
    components: Components,
) -> None:
    conversation = None
    for message in (
        "whats the pay jump if i move up to production tech",
        "ok. what are the levels after junior and how many years each",
    ):
        reply = components.bot.reply(message, conversation, "production-technician")
        conversation = reply.conversation_id
    assert f"{TIERS}Senior Production Technician" in sections(reply)
    assert "5+ years" in reply.answer
