"""Options named the way people name them: fields ("respiratory therapy", "phlebotomy",
"plumbing") and short job names ("radiology tech", "power lineman") are weighed side by side,
and a follow-up that turns to one is answered from it, while a topic stays with the career."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from bot.routing.options import NATURE, choice_sides
from tests.talk import guides_cited, replies, talk

SIDES = [
    (
        "Would surgical tech or radiology tech be easier to get into?",
        ["surgical tech", "radiology tech"],
    ),
    (
        "torn between respiratory therapy and radiologic technology (x-ray tech).",
        ["respiratory therapy", "radiologic technology"],
    ),
    (
        "thinking about driving a school bus instead, or maybe being a teacher's aide",
        ["school bus", "teacher's aide"],
    ),
    (
        "I'm trying to decide between bookkeeping and becoming an accountant.",
        ["bookkeeping", "accountant"],
    ),
    ("I like cooking and baking, what jobs?", []),
]


@pytest.mark.parametrize(("message", "sides"), SIDES)
def test_the_options_a_message_weighs_are_read_as_written(message: str, sides: list[str]) -> None:
    assert choice_sides(message) == sides


@pytest.mark.parametrize(
    ("message", "careers"),
    [
        (
            "My daughter is 20 and torn between respiratory therapy and radiologic technology."
            " Which one has better job prospects?",
            {"respiratory-therapists", "radiologic-technologists-and-technicians"},
        ),
        (
            "Would surgical tech or radiology tech be easier to get into?",
            {"surgical-technologists", "radiologic-technologists-and-technicians"},
        ),
        (
            "I was thinking phlebotomy or maybe medical transcription from home. What do they pay?",
            {"phlebotomists", "medical-transcriptionists"},
        ),
        (  # the visitor's own job is no option
            "bartender 10 yrs, 34. thinking elevator mechanic or power lineman. which pays more?",
            {
                "elevator-and-escalator-installers-and-repairers",
                "electrical-power-line-installers-and-repairers",
            },
        ),
    ],
)
def test_options_named_by_their_field_are_compared_citing_each(
    onet_components: Components, message: str, careers: set[str]
) -> None:
    reply = talk(onet_components.bot, message)
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == careers
    for slug in careers:
        assert f"{onet_components.bot.guides[slug].career}:" in reply.answer


def test_a_follow_up_turning_to_a_field_answers_from_its_career(
    onet_components: Components,
) -> None:
    first, turned = replies(
        onet_components.bot, "what do electricians make?", "what about plumbing?"
    )
    assert guides_cited(first) == {"electricians"}
    assert guides_cited(turned) == {"plumbers-pipefitters-and-steamfitters"}
    median = onet_components.bot.guides["plumbers-pipefitters-and-steamfitters"].facts
    assert median.median_salary is not None
    assert median.median_salary.value in turned.answer


@pytest.mark.parametrize("topic", ["benefits?", "what about night shifts?", "and training?"])
def test_a_follow_up_naming_a_topic_stays_with_the_career(
    onet_components: Components, topic: str
) -> None:
    _, follow_up = replies(onet_components.bot, "what do electricians make?", topic)
    assert guides_cited(follow_up) <= {"electricians"}


def test_the_one_picked_by_a_word_of_its_field_is_answered_alone(
    onet_components: Components,
) -> None:
    compared, picked = replies(
        onet_components.bot,
        "Would surgical tech or radiology tech be easier to get into?",
        "and the radiology one? what does it pay?",
    )
    assert len(guides_cited(compared)) == 2
    assert guides_cited(picked) == {"radiologic-technologists-and-technicians"}


@pytest.mark.parametrize(
    "message",
    [
        "is it better to work full time or part time as an electrician?",
        "do electricians work in cities or rural areas?",
    ],
)
def test_options_that_are_no_careers_leave_the_career_asked_about(
    onet_components: Components, message: str
) -> None:
    reply = talk(onet_components.bot, message)
    assert guides_cited(reply) <= {"electricians"}  # "doesn't cover hours" cites no section
    assert "electricians" in reply.answer.lower()
    assert reply.retrieved_guides[:1] == ["electricians"]


def test_options_weighed_on_two_things_are_answered_on_both(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "surgical tech or radiology tech, which one pays better and do either need a college"
        " degree?",
    )
    sections = {(c.guide, c.section) for c in reply.citations}
    for slug in ("surgical-technologists", "radiologic-technologists-and-technicians"):
        assert (slug, "How to Become One") in sections
        assert (slug, "Annual Salary (US, USD)") in sections


@pytest.mark.parametrize(
    ("message", "of_the_work"),
    [
        ("whats the day to day, is it mostly surveillance or computer work", True),
        ("is the job more office or field", True),
        ("is it better to be a nurse or a teacher", False),
    ],
)
def test_what_the_work_is_like_is_no_choice_of_careers(message: str, of_the_work: bool) -> None:
    assert bool(NATURE.search(message)) is of_the_work
