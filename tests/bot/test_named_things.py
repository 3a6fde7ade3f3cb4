"""A thing the question names in full ("the Manufacturing Skill Standards Council") is
answered by the sentence of the guide that names it, also right after another answer."""

from __future__ import annotations

from api.components import Components
from tests.talk import replies, sections, talk


def test_a_named_body_is_answered_by_the_sentence_naming_it(components: Components) -> None:
    reply = talk(components.bot, "what does the International Society of Automation offer?")
    assert sections(reply) == ["Required Education"]
    assert reply.answer.startswith(
        "Professional certifications such as the Certified Manufacturing"
    )


def test_a_name_asked_after_a_list_goes_past_that_list(components: Components) -> None:
    first, then = replies(
        components.bot,
        "What certifications should a production technician get?",
        "Which of those is from the Manufacturing Skill Standards Council?",
    )
    assert "Manufacturing Skill Standards Council" not in first.answer
    assert "Certified Manufacturing Technician (CMT) from the Manufacturing Skill Standards" in (
        then.answer
    )
    assert sections(then)[0] == "Required Education"
