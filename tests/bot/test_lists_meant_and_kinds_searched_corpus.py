"""The twenty-sixth panel over the corpus slice: careers named in a list after "I mean"
("electrician, plumber, hvac, carpenter. which of those pays best") are the ones weighed,
not the careers the last answer offered; the best paid of a kind of work ("which creative
jobs pay the most") are the best paid of that kind, not the corpus' surgeons; trades are
careers entered without a bachelor's degree; and a thing asked about by name that the
guide never names ("what about the bar exam?") is said to be missing."""

from __future__ import annotations

import re

from api.components import Components
from tests.talk import guides_cited, on_page, replies

TRADES = {
    "electricians",
    "plumbers-pipefitters-and-steamfitters",
    "heating-air-conditioning-and-refrigeration-mechanics-and",
    "carpenters",
}
DOCTORS = re.compile(r"surgeon|physician|psychiatrist|anesthesiologist|cardiologist", re.I)


def test_careers_listed_after_i_mean_are_the_ones_weighed(onet_components: Components) -> None:
    _, weighed = replies(
        onet_components.bot,
        "what do mechanical engineers make",
        "nah not engineering, no college for me. i mean like electrician, plumber, hvac, "
        "carpenter. which of those pays best",
    )
    cited = guides_cited(weighed)
    assert len(cited & TRADES) >= 3, cited
    assert "mechanical-engineers" not in cited


def test_the_best_paid_of_a_kind_of_work_are_of_that_kind(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "im really good at drawing and art in general but i want to actually make money lol. "
        "which creative jobs pay the most?",
    )
    assert not DOCTORS.search(reply.answer), reply.answer
    assert guides_cited(reply) & {
        "art-directors",
        "special-effects-artists-and-animators",
        "graphic-designers",
    }


def test_trades_are_careers_without_a_bachelors(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "i like building stuff with my hands, always fixing things around the house. want a job "
        "that pays good. what trades should i look at",
    )
    assert "Typical entry education: bachelor's degree" not in reply.answer, reply.answer
    assert "at most an associate's degree" in reply.answer


def test_a_thing_asked_about_by_name_the_guide_never_names_is_said_missing(
    onet_components: Components,
) -> None:
    _, asked = replies(
        onet_components.bot,
        "hey so i want to be a lawyer. how many years is law school and do u have to go to "
        "college first",
        "what about the bar exam? is it super hard, do ppl fail it a lot",
        page="lawyers",
    )
    assert asked.answer.startswith("The Lawyers Career Guide doesn't mention the bar exam")
