"""The fifteenth panel on the bundled guide: a follow-up is not given again the paragraph it
just read, the standing and the bad parts are found in the words people use, a choice
between shifts gets no "yes", experience from abroad is said plainly to be uncovered, and
what a certificate costs is not read as pay."""

from __future__ import annotations

from api.components import Components
from bot.compose.lists import LISTED
from tests.talk import replies, sections, talk

SHIFT_PRESSURE = "Periodic emergencies or equipment breakdowns can increase pressure"


def test_a_follow_up_is_not_given_the_paragraph_again(components: Components) -> None:
    said = replies(
        components.bot,
        "I'm a single mom working nights as a packer. Honestly how stressful is it and would I "
        "be stuck on nights forever?",
        "You said the shifts are 'generally predictable' but then also emergencies and "
        "breakdowns. So which is it? If a machine breaks at end of shift do techs have to stay "
        "late?",
        "ok. what about the day in the life thing, is that 9 to 6 schedule real? and does the "
        "guide say anything about childcare or part time",
    )
    assert SHIFT_PRESSURE in said[1].answer
    assert SHIFT_PRESSURE not in said[2].answer
    assert "doesn't cover part-time work" in said[2].answer


def test_the_standing_is_the_work_setting(components: Components) -> None:
    reply = talk(components.bot, "been on a press 22 yrs. im 50", "knees r shot. hows the standing")
    assert "standing for extended periods" in reply.answer


def test_the_bad_parts_after_the_good_are_not_beginners_mistakes(
    components: Components,
) -> None:
    reply = talk(components.bot, "what are the good parts of the job?", "but the bad parts?")
    assert "Common Mistakes of Beginners" not in sections(reply)


def test_a_choice_of_shifts_gets_no_yes(components: Components) -> None:
    reply = talk(components.bot, "can i keep 2nd shift as a tech or is it mostly days")
    assert not reply.answer.startswith(LISTED)
    assert "shift" in reply.answer.lower()


def test_experience_from_abroad_is_said_to_be_uncovered(components: Components) -> None:
    reply = talk(
        components.bot,
        "Hello. I am from Philippines, I work 6 years in electronics factory as line technician. "
        "Now I am moving to Canada next year. My experience is counting there or I must study "
        "again?",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't cover credentials earned in another country"
    )


def test_what_certificates_cost_is_not_read_as_pay(components: Components) -> None:
    reply = talk(components.bot, "what certs should I get first, and do any of them cost money")
    assert "$58,500" not in reply.answer
    assert "Certified Manufacturing Technician" in reply.answer or "OSHA" in reply.answer


def test_a_sentence_on_a_list_is_no_item_of_it(components: Components) -> None:
    reply = talk(
        components.bot,
        "thx. last thing, i do alot of the wrenching already (pumps, conveyors). what skills "
        "should i work on to jump from helper to tech, and is welding one of them?",
    )
    assert "- The Tech Skills section lists" not in reply.answer
    assert "…and five more in the Tech Skills section" in reply.answer


def test_the_level_named_first_is_the_one_asked(components: Components) -> None:
    said = replies(
        components.bot,
        "ok thank you. and the pay for senior, how much more than junior? in dolares per year",
        "No, I ask for the SENIOR pay. Junior I understand now.",
    )
    for reply in said:
        assert "A senior-level production technician earns about $70,050 a year" in reply.answer
