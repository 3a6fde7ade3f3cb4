"""The thirty-third panel on the bundled guide: "does it mention MES at all?" names a thing
the guide never writes, so no "yes, the guide lists it" answers it; "is SAP the same thing as
that ERP" weighs two names, which no item's yes answers; a question after another question
("…before fixing a machine? and is that what most accidents come from") points at nothing the
first one listed; people skills and English, which the guide never names, are answered by
its lines on communication, teamwork and conflict, not by the diploma it asks for; how long
until the pay rises, asked beside another question, leaves that question answered too."""

from __future__ import annotations

from api.components import Components
from bot.compose.lists import LISTED
from tests.talk import sections, talk


def test_a_name_the_guide_never_writes_is_said_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "what software do production techs use day to day?",
        "i said software tho, not wrenches lol. does it mention MES at all? and is SAP the same "
        "thing as that ERP on the list",
    )
    assert LISTED not in reply.answer
    assert "doesn't mention MES" in reply.answer
    assert "Enterprise Resource Planning (ERP)" in reply.answer


def test_a_question_after_a_question_points_at_nothing_listed(components: Components) -> None:
    reply = talk(
        components.bot,
        "ok. does the company pay for OSHA training or do i need it before i get hired? and "
        "whats lockout tagout, i keep seeing that",
        "so on the lockout thing, the tech does it themself before fixing a machine? and is that "
        "what most accidents come from, skipping it",
    )
    assert LISTED not in reply.answer
    assert "Machine vision" not in reply.answer
    assert "lockout/tagout" in reply.answer


def test_people_skills_never_named_are_answered_by_its_lines_on_working_with_people(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "as a junior would i be able to use my people skills at all, like training ppl or "
        "dealing w conflicts",
    )
    assert "doesn't say whether the job needs people skills" in reply.answer
    assert "high school diploma" not in reply.answer
    assert any(w in reply.answer.lower() for w in ("communication", "mentoring", "team"))


def test_english_never_named_is_answered_by_its_lines_on_communication(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "how much english i need for this job? i can read technical manual good but speaking "
        "fast is hard for me",
    )
    assert "doesn't say whether the job needs English" in reply.answer
    assert "high school diploma" not in reply.answer
    assert "communication" in reply.answer.lower() or "document" in reply.answer.lower()
    assert not any("Education Level" in s for s in sections(reply))


def test_pay_over_time_and_a_second_ask_are_both_answered(components: Components) -> None:
    reply = talk(
        components.bot,
        "46k ok thats not bad. how long til i'd move up from that entry level pay, and is the "
        "job super physical? i havent done anything physical in years",
    )
    assert "0-2 years" in reply.answer
    assert "physical strength is not typically required" in reply.answer


def test_how_fast_raises_come_is_the_levels_years_not_benefits(components: Components) -> None:
    reply = talk(
        components.bot,
        "how fast do raises come, like how long til i'm making the mid level number",
    )
    assert "benefits, bonuses" not in reply.answer
    assert "2-5 years" in reply.answer
