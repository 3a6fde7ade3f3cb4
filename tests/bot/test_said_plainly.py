"""Questions a visitor on the bundled guide's page asks in everyday words, each answered by
the part of the guide that answers it: the shifts, where beginners go wrong, the first job,
a question after thanks, a veteran's certifications, a school term that is no career level."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from tests.talk import sections, talk

TIERS = "Career Path Tiers"


@pytest.mark.parametrize(
    "question",
    [
        "so if I get a day shift will it stay the same or do they rotate you around a lot",
        "figured. what about the shifts then, are they at least regular?",
        "do they do nights? id need days for daycare",
    ],
)
def test_shift_questions_get_every_line_the_guide_has_on_shifts(
    components: Components, question: str
) -> None:
    reply = talk(components.bot, question)
    assert "generally predictable" in reply.answer  # Work-Life Balance, not only Work Setting
    assert "Shift work or overtime is common" in reply.answer
    assert "safety goggles" not in reply.answer  # the rest of the work setting is not asked


def test_a_question_after_thanks_is_answered_not_closed(components: Components) -> None:
    reply = talk(components.bot, "ok thanks. last thing is it a hard job")
    assert reply.mode is Mode.CITED
    assert "good luck" not in reply.answer


def test_an_acknowledgement_before_a_question_is_not_a_second_question(
    components: Components,
) -> None:
    reply = talk(components.bot, "what does the job involve?", "ok and the pay?")
    assert "$58,500" in reply.answer
    assert "doesn't cover" not in reply.answer


def test_what_new_people_mess_up_is_the_beginners_mistakes(components: Components) -> None:
    reply = talk(
        components.bot,
        "I start as a junior production tech on Monday and I'm terrified. What do new people "
        "usually mess up?",
    )
    assert sections(reply)[0] == "Common Mistakes of Beginners"


def test_the_first_job_title_is_the_lowest_level(components: Components) -> None:
    reply = talk(components.bot, "what would my first job title even be and what would i be doing")
    assert reply.mode is Mode.CITED
    assert sections(reply)[0] == f"{TIERS} › Junior Production Technician"


def test_a_vet_like_me_is_the_visitor_not_a_career_asked_about(components: Components) -> None:
    reply = talk(components.bot, "roger. which certs would help a vet like me jump ahead fastest")
    assert reply.mode is Mode.CITED
    assert "Six Sigma" in reply.answer  # the production technician's certifications


def test_a_high_school_seniors_spring_is_no_senior_level(components: Components) -> None:
    reply = talk(components.bot, "what classes should i take senior spring to get ready")
    assert f"{TIERS} › Senior Production Technician" not in sections(reply)
    assert "mathematics, physics, and industrial arts" in reply.answer


def test_how_long_till_good_at_it_is_the_years_to_proficiency(components: Components) -> None:
    reply = talk(components.bot, "how long till im actually good at it tho")
    assert "2-3 years" in reply.answer


def test_a_figure_the_guide_never_gives_is_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot, "how heavy is the lifting? 25 lbs? 50? does the guide say a number"
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide gives no figure for that"
    )
    assert "moderate weights" in reply.answer  # and the nearest it says


def test_chat_shorthand_asks_both_things(components: Components) -> None:
    reply = talk(components.bot, "hw much do u make n is it stressful")
    assert "$58,500" in reply.answer
    assert "moderate" in reply.answer.lower()


def test_a_yes_is_said_only_of_what_the_list_names(components: Components) -> None:
    reply = talk(components.bot, "what about the skills then. do they have to read a lot")
    assert not reply.answer.startswith("Yes")
