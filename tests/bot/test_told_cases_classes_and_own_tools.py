"""The twenty-fifth panel on the bundled guide: the case study a question names is the one
told ("the electronics factory example"), the classes to take "this spring" are the guide's
school courses, and whether you need your own tools gets no "yes" from the Tech Stack."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_the_case_a_question_names_is_the_one_told(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "the electronics factory example, can you tell me more about what the techs did there",
    )
    assert reply.answer.startswith("In a consumer electronics factory")
    assert "pharmaceutical" not in reply.answer


def test_classes_to_take_this_spring_are_the_school_courses(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "do i need college for this or can i just start after i graduate high school",
        "no i meant school wise lol. is a 4 year degree even needed or is that kinda a waste",
        "ok bet thanks. what classes should i take this spring to get ready for it",
    )
    assert "mathematics, physics, and industrial arts" in reply.answer


def test_owning_tools_gets_no_yes_from_the_list(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "wat tools and machines do u use on this job, like do u need ur own tools",
    )
    assert sections(reply) == ["Tech Stack"]
    assert "Yes" not in reply.answer
