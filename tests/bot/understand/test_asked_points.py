"""Points the bundled guide answers, asked in everyday words: schedules, paid training,
training others, industries, regions and moving into the job where one works."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import talk


@pytest.mark.parametrize(
    ("question", "sections", "said"),
    [
        ("are nights common for production techs?", {"Work Setting"}, "Shift work"),
        ("do production technicians work weekends?", {"Work Setting"}, "Shift work"),
        (
            "is it a nine to five job or shift work?",
            {"Work Setting", "Work-Life Balance & Stress"},
            "Shift work",
        ),
        ("does a co-op program pay you?", {"Required Education"}, "paid workplace experience"),
        ("is there paid training?", {"Required Education"}, "training"),
        (
            "do production techs teach people on the line?",
            {"Key Responsibilities"},
            "Train and assist production operators",
        ),
        (
            "what kind of companies hire production techs?",
            {"Frequently Asked Questions › What industries hire Production Technicians?"},
            "automotive",
        ),
        ("which sectors could I work in?", None, "Common industries include"),
        ("which countries need production technicians?", {"Global Outlook"}, "North America"),
        (
            "I'm a machine operator. How can I transfer into a technician role at my company?",
            {"Path to Production Technician"},
            "entry-level",
        ),
    ],
)
def test_an_asked_point_is_answered_from_the_section_that_answers_it(
    components: Components, question: str, sections: set[str] | None, said: str
) -> None:
    reply = talk(components.bot, question)
    cited = [c.section for c in reply.citations]
    assert cited, reply.answer
    if sections is not None:
        assert cited[0] in sections, cited
    assert said in reply.answer
    assert "median" not in reply.answer.lower()  # no salary table for "paid" training


def test_moving_up_to_a_higher_level_is_still_advancement(components: Components) -> None:
    reply = talk(components.bot, "how do I move up to senior technician?")
    assert reply.citations[0].section == "Career Path Tiers › Senior Production Technician"
