"""The forty-second panel on the bundled guide: breaks and meal times, who supplies the tools,
quotas, travel and field service, and what people in the job think of it are things the guide
never names, said so plainly instead of a section that only shares a word."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import on_page

PAGE = "production-technician"
NEVER_NAMED = {
    "do you get breaks tho? like lunch or do you just eat when the line lets you lol": (
        "breaks or meal times"
    ),
    "do i need to bring my own tools like at the shop? ive got like 15k in snap-on lol": (
        "who supplies the tools"
    ),
    "are there quotas or hard deadlines you have to hit every shift?": "quotas",
    "do production technicians travel much for work? or are you stuck at one plant": (
        "travel for work"
    ),
    "what do people who actually do this job say about it? like do they like it": (
        "what people who do the job think of it"
    ),
}


@pytest.mark.parametrize("question", list(NEVER_NAMED))
def test_a_thing_the_guide_never_names_is_said_missing(
    components: Components, question: str
) -> None:
    reply = on_page(components.bot, PAGE, question)
    assert f"doesn't mention {NEVER_NAMED[question]}" in reply.answer


def test_lunch_as_a_time_of_day_is_no_missing_thing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what does a production tech's day look like?",
        "what about after lunch?",
    )
    assert "doesn't mention" not in reply.answer
    assert reply.citations
