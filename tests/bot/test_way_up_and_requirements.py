"""The thirteenth panel on the bundled guide: the way to a level rather than what it is,
whether a named thing is required, the visitor's hourly wage beside the guide's yearly pay,
years of other work set against the levels, machines taking the job, a list item named by
its short name, and a half of a question the guide never speaks to."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

LEAD_TIER = "Career Path Tiers › Lead Production Technician / Supervisor"


def test_the_way_to_a_level_follows_what_that_level_asks(components: Components) -> None:
    reply = talk(components.bot, "how do I move up to supervisor?")
    assert sections(reply)[0] == LEAD_TIER
    assert "7+ years" in reply.answer
    assert "On moving up, the Production Technician guide says:" in reply.answer
    assert "promotion" in reply.answer


def test_the_way_from_operator_to_the_first_level_is_the_way_in(components: Components) -> None:
    reply = talk(
        components.bot,
        "so if I wanted to move from operator to junior tech at my same plant, what should I "
        "be doing now to get noticed?",
    )
    assert "0-2 years" in reply.answer
    assert "On getting started, the Production Technician guide says:" in reply.answer
    assert "Path to Production Technician" in sections(reply)


def test_how_soon_a_level_comes_is_still_its_years(components: Components) -> None:
    reply = talk(components.bot, "how fast can i get to the mid level")
    assert "2-5 years" in reply.answer
    assert "On moving up" not in reply.answer


def test_a_thing_the_job_expects_is_said_expected(components: Components) -> None:
    reply = talk(components.bot, "wait so do i HAVE to learn the plc thing?")
    assert "Proficiency in PLC programming and diagnostics is expected" in reply.answer
    assert "increasingly important" in reply.answer
    assert "Of the Production Technician level, the guide says:" in reply.answer


def test_a_certification_asked_before_applying_is_said_not_required(
    components: Components,
) -> None:
    reply = talk(
        components.bot, "do i need the CMT cert thing before applying or can i get it after"
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't list CMT among what the job requires"
    )
    assert "require at least a high school diploma or equivalent" in reply.answer


def test_an_hourly_wage_told_is_set_beside_the_entry_pay(components: Components) -> None:
    reply = talk(components.bot, "i make 21.50/hr now. is the entry pay more or less than that")
    assert "At $21.50 an hour, full-time work" in reply.answer
    assert "about $44,720 a year: less than the guide's entry-level pay of $46,950" in reply.answer


def test_years_of_other_work_are_not_counted_as_the_guides_without_saying_so(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Dont want a sales pitch. I ran paper machines 28 YEARS. Does any of that count or am "
        "I junior again",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't say whether years in other work "
        "count toward its levels"
    )
    own = talk(components.bot, "been a prod tech 6 yrs, with 6 yrs im senior right?")
    assert "years in other work" not in own.answer


def test_machines_taking_the_job_is_the_outlook_not_safety(components: Components) -> None:
    for asked in (
        "real talk tho my uncle says robots gonna replace all factory jobs. is this job safe "
        "from AI or am i cooked",
        "temp thru an agency at an electronics plant, 6 months, doing board inspection mostly. "
        "are robots gonna take this whole thing over or is tech actually safe from automation",
    ):
        reply = talk(components.bot, asked)
        assert "Industry Trends" in " ".join(sections(reply)), asked
        assert "lockout/tagout" not in reply.answer


def test_a_short_name_of_a_listed_tool_gets_its_item_and_a_yes(components: Components) -> None:
    reply = talk(components.bot, "Is CMM in the tech stack?")
    assert reply.answer.startswith("Yes, the guide lists it.")
    assert "Quality control devices (CMM - Coordinate Measuring Machines)" in reply.answer
    assert "Computerized Maintenance Management Systems" not in reply.answer


def test_a_half_about_women_in_the_job_is_said_missing(components: Components) -> None:
    reply = talk(
        components.bot,
        "im 5 2 and not super strong lol. do u need to be really strong for this?? also r "
        "there women doing this job",
    )
    assert "extreme physical strength is not typically required" in reply.answer
    assert "doesn't mention women in the job" in reply.answer
