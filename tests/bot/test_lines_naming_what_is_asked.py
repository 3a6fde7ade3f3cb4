"""The twenty-sixth panel on the bundled guide: a question naming particular things of the
job ("electrical", "hydraulics", "operators", "mechanical aptitude") is answered by the
guide's lines that name them, not by a list that names none or all of a list; the visitor
paying ("dont wanna pay twice") asks no pay; "closer to the middle" names no other job; and
whether one deals with the public is the work setting (who the work is with) and whether it
goes somewhere the way up; a part of a
thing the guide names ("the chemical side") is never said to be missing."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from bot.compose.unsaid import never_named
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_things_named_are_answered_by_the_lines_naming_them(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok but how much of the job is actually electrical? if i stayed more on the mechanical "
        "side like hydraulics would that work",
    )
    assert "Mechanical and Electrical Troubleshooting" in reply.answer
    assert "Hydraulic and" in reply.answer
    assert not any(s.startswith("Pros & Cons") for s in sections(reply))  # the Pros named none


def test_a_list_is_cut_to_the_items_naming_what_is_asked(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "whats the actual difference between a production technician and a machine operator? "
        "job ads look kinda the same",
        "ok so the tech fixes and maintains the machines. does the guide say anything about "
        "operators at all, like do techs train them or supervise them",
    )
    assert "Train and assist production operators" in reply.answer
    assert "Set up, calibrate, and test production machinery" not in reply.answer


def test_a_thing_the_guide_rates_is_found_by_its_name(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hm ok. do they usually do a mechanical aptitude test? my buddy said they gave him one "
        "with gears and pulleys",
    )
    assert "Mechanical aptitude" in reply.answer
    assert "Equipment calibration and maintenance" not in reply.answer  # no Tech Skills dump


def test_paying_for_a_renewal_asks_of_the_renewal_not_the_pay(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok cool. does osha need renewing or is it one and done? dont wanna pay twice",
    )
    assert "periodic renewal" in reply.answer
    assert "$58,500" not in reply.answer


def test_closer_to_the_middle_is_a_place_on_the_pay_scale(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "CMT is that one legit? and realistically with my background would i start at the "
        "bottom pay or closer to the middle",
    )
    assert reply.mode is Mode.CITED
    assert "closer" not in reply.answer.lower()
    assert "$46,950" in reply.answer


def test_dealing_with_the_public_is_the_work_setting(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "19 and shift lead at a burger place, i honestly cant stand dealing w customers "
        "anymore. is this a job where i dont have to deal with the public? and does it "
        "actually go somewhere",
    )
    assert sections(reply)[0] == "Work Setting"
    assert "engineers, supervisors, and quality control" in reply.answer
    assert "Job Market Today › Growth Paths" in sections(reply)  # where it goes: the way up
    assert "doesn't cover" not in reply.answer


def test_a_side_of_a_thing_the_guide_names_is_not_missing(components: Components) -> None:
    guide = components.bot.guides[PAGE]
    assert never_named(guide, "ok what about the chemical side. im a bit asthmatic") == ""
    assert never_named(guide, "what about the bar exam? is it hard") == "the bar exam"
    assert never_named(guide, "what about after lunch?") == ""  # a time of the day told
    reply = on_page(
        components.bot,
        PAGE,
        "is it dangerous, like injuries",
        "ok what about the chemical side. im a bit asthmatic, would that be a problem",
    )
    assert "doesn't mention the chemical side" not in reply.answer
    assert reply.citations
