"""The forty-first panel on the bundled guide: "whatever" ("like downtime reduced or
whatever") names no job to refuse; "do those pay you while you learn" after apprenticeships
asks whether the training pays, which the guide does not say; a job named after "and" with a
remark behind it ("and maintenance mechanic? you skipped that one") is one the guide does not
cover; a list item naming a thing with its examples is said as what the list holds, never left
a bare fragment ("Hand tools (wrenches, …).")."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page

PAGE = "production-technician"


def test_whatever_in_an_example_is_no_job_to_refuse(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hi! im redoing my resume for production technician jobs. what should it show?",
        "should i put numbers on it? like downtime reduced or whatever. and certs?",
    )
    assert "I don't have a guide for" not in reply.answer
    assert reply.citations


def test_training_that_pays_while_you_learn_is_said_not_covered(components: Components) -> None:
    reply = on_page(
        components.bot, PAGE, "what about apprenticeships? do those pay you while you learn"
    )
    assert "doesn't say whether apprentices are paid" in reply.answer
    assert "entry-level pay, about $46,950" in reply.answer


def test_a_job_named_after_and_with_a_remark_is_not_covered(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "whats the difference between a production technician and a machine operator?",
        "and maintenance mechanic? you skipped that one",
    )
    assert reply.answer.startswith("I don't have a guide for maintenance mechanic yet.")


def test_a_thing_listed_with_its_examples_is_said_as_listed(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hey what machines does a production tech actually run day to day? is it like PLCs and "
        "computer stuff or more hand tools",
    )
    assert "Hand tools (wrenches, screwdrivers, pneumatic tools)" in reply.answer
    assert ". Hand tools (" not in reply.answer
    assert not reply.answer.startswith("Hand tools (")
