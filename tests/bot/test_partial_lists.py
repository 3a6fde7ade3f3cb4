"""A list shown in part says how many items more its cited section has; a whole list does not."""

from __future__ import annotations

from api.components import Components
from bot.compose.lists import COUNTS
from tests.talk import talk


def test_a_list_cut_short_says_how_many_more_and_where(components: Components) -> None:
    tools = talk(components.bot, "which gear and software do production techs work with?")
    tech_stack = components.bot.guides["production-technician"].find("Tech Stack")
    assert tech_stack is not None
    shown = tools.answer.count("\n- ")
    left = len(tech_stack.items) - shown
    assert left > 0
    # a count in words: no figure the guide does not state
    assert tools.answer.endswith(f"\n…and {COUNTS[left]} more in the Tech Stack section [1].")


def test_both_sides_asked_for_are_each_shown_whole(components: Components) -> None:
    reply = talk(components.bot, "give me the good and bad sides of production tech")
    guide = components.bot.guides["production-technician"]
    sides = [s for s in guide.walk() if s.path_text.endswith((" › Pros", " › Cons"))]
    assert len(sides) == 2
    for side in sides:
        assert side.items
        for item in side.items:
            assert item in reply.answer
    assert "more in the" not in reply.answer


def test_a_whole_list_says_nothing_more(components: Components) -> None:
    reply = talk(components.bot, "what are the upsides?")
    assert reply.answer.count("\n- ") == 6
    assert "more in the" not in reply.answer
