"""The seventeenth panel on the bundled guide: "prod tech" is the guide's own career, a level
ruled out or said of a person ("not the lead", "my lead says") is not asked about, and
"doing the same thing all day" asks whether the work is repetitive, not for the last answer
again."""

from __future__ import annotations

from api.components import Components
from tests.talk import replies, sections, talk

CONS = "Pros & Cons for Production Technician › Cons"
LEAD = "Career Path Tiers › Lead Production Technician / Supervisor"


def test_prod_tech_is_the_guides_own_career(components: Components) -> None:
    reply = talk(components.bot, "do prod techs work nights too or is it mostly days?")
    assert not reply.answer.startswith("I don't have a guide")
    assert "Shift work" in reply.answer


def test_a_lead_ruled_out_or_in_the_story_is_not_answered(components: Components) -> None:
    first, second = replies(
        components.bot,
        "im a packaging operator on nights, been 3 yrs. my lead says i should apply for the "
        "prod tech spot when it opens. whats the difference between what i do and what a "
        "production tech does",
        "no not the lead, i mean a regular production tech. like do they fix the machines or "
        "just run them like me",
    )
    for reply in (first, second):
        assert not reply.answer.startswith("I don't have a guide")
        assert LEAD not in sections(reply)


def test_doing_the_same_thing_all_day_asks_if_it_is_repetitive(components: Components) -> None:
    before, boring = replies(
        components.bot,
        "whats an apprenticeship like for this, do they pay u while u learn",
        "hm ok. is the job boring tho like doing the same thing all day",
    )
    assert boring.answer != before.answer
    assert CONS in sections(boring)
    assert "monotony" in boring.answer
