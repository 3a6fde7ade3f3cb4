"""Everyday words on O*NET guides read as people mean them: "the difference" is what each
career is, in a line; "will there be work in 10 years" is the outlook; "X techs" are X
technicians; "hw much … n …" asks two things."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, talk


def test_the_difference_between_two_careers_is_what_each_is_in_a_line(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what is the difference between a paramedic and an EMT")
    assert cited(reply) == {
        ("paramedics", "Overview"),
        ("emergency-medical-technicians", "Overview"),
    }
    assert len(reply.answer) < 400  # two lines, not two lists of ten duties


def test_work_in_ten_years_is_the_outlook(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "how much do diesel mechanics make",
        "and is there going to be work for diesel guys in 10 years",
    )
    assert cited(reply) == {
        ("bus-and-truck-mechanics-and-diesel-engine-specialists", "Job Outlook")
    }
    assert "projected" in reply.answer


def test_techs_are_technicians(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "what do hydroelectric plant techs make")
    assert cited(reply) == {("hydroelectric-plant-technicians", "Annual Salary (US, USD)")}


def test_chat_shorthand_asks_both_things(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "hw much do electricians make n is it dangerous")
    assert ("electricians", "Annual Salary (US, USD)") in cited(reply)
    assert "doesn't cover how safe the job is" in reply.answer


def test_a_plural_job_word_is_never_respelt_into_a_topic_word(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what do carpenters make")  # not "what do careers make"
    assert cited(reply) == {("carpenters", "Annual Salary (US, USD)")}
