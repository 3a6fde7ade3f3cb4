"""The twenty-third panel on the bundled guide: where people go from the job ("what jobs do
ppl switch to", "not a supervisor, what else can i move into") is its Growth Paths, never a
level or the way in; "move up from junior" asks the next level; burnout is answered by the
line naming it; training while paid by the co-op line; a refused half ("is that a real job
title?") leaves the other half answered; a choice the guide doesn't rank ("which is
quicker", "which of those", "the best cert") and the shift a newbie gets are said to be
missing; and a bare "Source:" line is no answer."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import sections, talk

GUIDE = "The Production Technician Career Path Guide"
GROWTH_PATHS = "Job Market Today › Growth Paths"


def test_where_people_go_from_the_job_is_its_growth_paths(components: Components) -> None:
    reply = talk(
        components.bot, "ok and if i get bored of it in like 3 yrs what jobs do ppl switch to"
    )
    assert sections(reply) == [GROWTH_PATHS]
    assert "quality assurance" in reply.answer
    assert "Source:" not in reply.answer


def test_a_level_turned_down_is_not_offered_as_the_way_on(components: Components) -> None:
    reply = talk(
        components.bot,
        "ok so no number for lead. if i dont want to be a supervisor at all what else can i move "
        "into after this",
    )
    assert GROWTH_PATHS in sections(reply)
    assert not any("Lead Production Technician" in s for s in sections(reply))


def test_moving_up_from_a_level_asks_the_next_one(components: Components) -> None:
    reply = talk(
        components.bot, "you didnt answer that. what skills do i need to move up from junior"
    )
    assert sections(reply) == ["Career Path Tiers › Production Technician"]
    assert "2-5 years" in reply.answer


def test_burnout_is_answered_by_the_line_naming_it(components: Components) -> None:
    reply = talk(
        components.bot,
        "wait so is there burnout in this job too? thats literally what im trying to get away from",
    )
    assert "burnout risks" in reply.answer
    assert "Job Market Today › Role Challenges" in sections(reply)


def test_training_while_paid_is_answered_by_the_co_op_line(components: Components) -> None:
    reply = talk(
        components.bot,
        "i cant afford 2 years of school with no income tho. is there a way to train while "
        "getting paid",
    )
    assert reply.answer.startswith("Many schools offer cooperative education (co-op)")
    assert "$" not in reply.answer


def test_a_half_the_guide_cannot_answer_leaves_the_other_answered(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "predictive maintenance, is that a real job title? what would i need to learn for it",
    )
    assert reply.mode == Mode.CITED.value
    assert "doesn't cover" in reply.answer
    assert "Data Analysis for Predictive Maintenance" in reply.answer


def test_a_choice_the_guide_does_not_rank_is_said_so(components: Components) -> None:
    for question, which in (
        ("the co op thing or apprenticeship, which is quicker to get me to that 47k", "quicker"),
        ("no i meant NOT management. like the engineering tech thing or automation, which of "
         "those", "better"),
        ("whats the best cert to get", "best"),
    ):  # fmt: skip
        reply = talk(components.bot, question)
        assert reply.answer.startswith(f"{GUIDE} doesn't cover which is {which}")


def test_which_shift_a_newbie_gets_is_said_to_be_missing(components: Components) -> None:
    reply = talk(
        components.bot, "no i meant the shifts. like would i be on days or nights as a newbie"
    )
    assert reply.answer.startswith(f"{GUIDE} doesn't cover day shifts")
    assert "Shift work or overtime is common" in reply.answer
