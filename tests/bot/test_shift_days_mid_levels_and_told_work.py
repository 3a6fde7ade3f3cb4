"""The thirty-sixth panel on the bundled guide: "a mask or respirator" and "vs turning wrenches"
name no other job; "what stuff do you do during a shift" and "what % of the day is hands on"
ask the day, not the shift schedule, and a share of the day is said missing; a level named
outright counts before years said ("after 2 yrs would i be at the mid level pay"), and the
tier's years are told beside its pay; "how fast does it go up" after hourly pay gets the
tiers' years; "i worked on diesels, pumps, hydraulics. does any of that line up" and "the
welding part, does that count" are answered by the guide's lines naming that work."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_things_and_doings_name_no_other_job(components: Components) -> None:
    gear = on_page(
        components.bot,
        PAGE,
        "what protective gear do they give you, would a mask or respirator be part of it?",
    )
    wrenches = on_page(
        components.bot,
        PAGE,
        "how much of this job is actually on a computer / PLC stuff vs turning wrenches",
    )
    for reply in (gear, wrenches):
        assert "don't have a guide for" not in reply.answer
        assert reply.citations


def test_what_is_done_during_a_shift_is_the_day(components: Components) -> None:
    for question in (
        "what kind of different stuff do you actually do during a shift",
        "what % of the day is hands on fixing machines vs sitting at a screen programming",
    ):
        reply = on_page(components.bot, PAGE, question)
        assert any(s.startswith("A Day in the Life") for s in sections(reply)), question
        assert "Work Setting" not in sections(reply)
    share = on_page(
        components.bot,
        PAGE,
        "how much of this job is actually on a computer / PLC stuff vs turning wrenches",
    )
    assert share.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover what share of the day"
    )
    assert any(s.startswith("A Day in the Life") for s in sections(share))


def test_a_level_named_outright_counts_before_years(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok but the levels have years right? so like after 2 yrs would i be at the mid level pay "
        "or is that not how it works",
    )
    assert "$58,500" in reply.answer
    assert "$70,050" not in reply.answer
    assert "2-5 years" in reply.answer


def test_how_fast_pay_rises_gets_the_levels_years(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "im at 17/hr at a grocery store. whats the real first year pay for this, not the median, "
        "and how fast does it go up",
    )
    assert "$46,950" in reply.answer
    assert "0-2 years" in reply.answer
    assert "5+ years" in reply.answer


def test_work_told_of_is_answered_by_the_lines_naming_it(components: Components) -> None:
    hydraulics = on_page(
        components.bot,
        PAGE,
        "i worked on diesels, pumps, hydraulics, that kind of thing. does any of that line up "
        "with what these techs do day to day",
    )
    welding = on_page(
        components.bot,
        PAGE,
        "i did some forklift and welding when i was inside. what certs would help",
        "the welding part tho, does that count for anything in this job?",
    )
    assert "Hydraulic and pneumatic system repair" in hydraulics.answer
    assert "Basic welding and metal fabrication" in welding.answer
    assert "…and five more" not in welding.answer
