"""School subjects, abilities and personality asked of a career over the O*NET guides ("how
much MATH do web developers actually need?", "do nurses need to be good at chemistry?", "in
this job she talk with people a lot?", "which fits an artsy person?"): the guide's rating of
each, or plainly that it rates none, and the interests the work suits."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk


def test_how_much_math_a_career_needs_is_its_mathematics_rating(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "how much MATH do web developers actually need?")
    assert sections(reply) == ["Knowledge"]
    assert "Mathematics" in reply.answer
    assert "importance 3.4 of 5" in reply.answer
    assert "Tech Stack" not in reply.answer


def test_a_subject_the_guide_does_not_rate_is_said_not_to_be_among_the_most_important(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "do nurses need to be good at chemistry?")
    assert reply.answer.startswith("Chemistry is not among the knowledge areas and skills the")


def test_a_guide_without_ratings_says_so_instead_of_listing_software(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "do software developers actually use that much math day to day or is it mostly a weed "
        "out thing",
    )
    assert "no skill, knowledge or work style ratings" in reply.answer
    assert "Tech Stack" not in reply.answer


def test_which_career_is_less_math_heavy_gives_each_ones_rating(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Is web development or cybersecurity less math heavy than being a software developer?",
    )
    assert "Web Developers:" in reply.answer
    assert "Mathematics" in reply.answer
    assert "Mathematics is not among" in reply.answer  # one of them does not rate it


def test_talking_with_people_a_lot_is_answered_from_the_speaking_skills(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "my daughter wants to be a dental hygienist. she is very shy. in this job she talk with "
        "people a lot?",
    )
    assert "Speaking" in reply.answer
    assert "Critical Thinking" not in reply.answer  # the skills asked of, not the whole list


def test_how_much_math_teachers_make_is_still_a_pay_question(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "how much do math teachers make")
    assert "median salary" in reply.answer


def test_which_of_two_fits_an_artsy_person_is_answered_from_their_interests(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "architects vs civil engineers, whats the median pay for each?",
        "ok. last thing - I am more of an artsy person who happens to be good at physics. which "
        "of the two fits that better, personality-wise?",
    )
    assert set(sections(reply)) == {"Interests and Fit"}
    assert "Artistic (4.55)" in reply.answer


def test_anatomy_is_read_in_the_medicine_the_guide_rates(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "would I still need a lot of anatomy/biology for surgical technologists? thats what im "
        "bad at",
    )
    assert "Medicine and Dentistry" in reply.answer
    assert not reply.answer.rstrip().endswith(":")  # no lead-in left without its list
