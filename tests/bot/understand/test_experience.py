"""The visitor's own years of experience place them among a career's levels: "I have 15
years, what level is that?" is answered with the levels whose years hold 15, not the first."""

from __future__ import annotations

import math

import pytest

from api.components import Components
from bot.understand.experience import own_years, stands_among_levels, years_span
from tests.talk import sections, talk

TIERS = "Career Path Tiers"


@pytest.mark.parametrize(
    ("message", "years"),
    [
        ("I have 15 years, not 0. What is level for 15 years?", 15),
        ("Navy vet. 6 yrs machinist's mate. Where would I slot in on the career tiers?", 6),
        ("i been on the line 3 yrs", 3),
        ("I am 46 years old", None),  # an age, not experience
        ("how many years to become senior?", None),  # asked, not had
        # a career's requirement said back, and years denied: none of the visitor's own
        ("wait pilots need less than 5 yrs experience? experience doing what, flying?", None),
        ("i dont have 5 years of anything im 16 lol", None),
        ("i have over 10 years of experience", 10),
        ("does it take 5 years to get there? i have 3 years", 3),
    ],
)
def test_the_visitor_s_own_years_are_read(message: str, years: int | None) -> None:
    assert own_years(message) == years


def test_a_level_s_years_are_read_as_a_span() -> None:
    assert years_span("Experience: 2-5 years") == (2, 5)
    assert years_span("A Senior Production Technician typically has 5+ years") == (5, math.inf)
    assert stands_among_levels("I worked 15 years there. Can I work as one?") is None
    # the level asked about is the next one, not the one the years hold
    assert stands_among_levels("3 years in. What do I need to move up to senior?") is None
    assert stands_among_levels("With 10 years, would I start at entry level?") == 10


@pytest.mark.parametrize(
    ("message", "fitting", "not_fitting"),
    [
        (
            "I have 15 years, not 0. What is level for 15 years?",
            {"Senior Production Technician", "Lead Production Technician / Supervisor"},
            {"Junior Production Technician", "Production Technician"},
        ),
        (
            "i been doing this 3 yrs, what tier am i",
            {"Production Technician"},
            {"Junior Production Technician", "Senior Production Technician"},
        ),
    ],
)
def test_the_levels_that_hold_the_visitor_s_years_answer(
    components: Components, message: str, fitting: set[str], not_fitting: set[str]
) -> None:
    reply = talk(components.bot, message)
    levels = {s.removeprefix(f"{TIERS} › ") for s in sections(reply) if s.startswith(TIERS)}
    assert levels
    assert levels <= fitting, levels
    assert not levels & not_fitting
