"""What the bundled guide never says is said first, before the nearest it has: what training
costs, part-time work; and a list asked for whole, or its rest, is given whole."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from tests.talk import replies, talk

GUIDE = "The Production Technician Career Path Guide"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("how much does the training cost?", "what training or certification costs"),
        ("which certification is cheapest or fastest to get? money is tight", "what training"),
        ("So the guide does not say anything about part time?", "part-time work"),
    ],
)
def test_what_the_guide_never_says_is_said_before_the_nearest(
    components: Components, question: str, missing: str
) -> None:
    reply = talk(components.bot, question)
    assert reply.mode is Mode.CITED, reply.answer
    assert reply.answer.startswith(f"{GUIDE} doesn't cover {missing}")
    assert "here is the nearest it has" in reply.answer
    assert "$" not in reply.answer  # the nearest to a cost is the way in, not the pay


def test_what_the_guide_says_is_not_called_missing(components: Components) -> None:
    reply = talk(components.bot, "are the shifts predictable?")
    assert "doesn't cover" not in reply.answer


def test_a_list_asked_for_whole_is_given_whole(components: Components) -> None:
    responsibilities = components.bot.guides["production-technician"].find("Key Responsibilities")
    assert responsibilities is not None
    assert len(responsibilities.items) > 10
    reply = talk(components.bot, "Could you give me the list of key responsibilities?")
    assert all(item in reply.answer for item in responsibilities.items)
    assert "more in the" not in reply.answer


def test_the_rest_of_a_list_shown_in_part_follows_when_asked(components: Components) -> None:
    stack = components.bot.guides["production-technician"].find("Tech Stack")
    assert stack is not None
    first, rest = replies(
        components.bot,
        "which gear and software do production techs work with?",
        "can you show me the other nine?",
    )
    assert "more in the Tech Stack section" in first.answer
    hidden = [item for item in stack.items if item not in first.answer]
    assert hidden
    assert [c.section for c in rest.citations] == ["Tech Stack"]
    assert all(item in rest.answer for item in hidden)


def test_a_health_condition_asked_after_is_said_to_be_outside_the_guide(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "would production tech work for me? what are the shifts like",
        "um ok but the diabetes thing? can i take breaks",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't cover disability or health limits"
    )
