"""How compared figures are worded: the fastest-growing career, or, when every one shrinks,
the one declining least (never "grow faster: -2%")."""

from __future__ import annotations

from bot.answer import Figure
from bot.compose.figures_weighed import grows_faster, higher_paid, more_openings


def test_growth_compared_names_the_faster_grower() -> None:
    rates = [Figure("Electricians", 9, "9% (2024–34)"), Figure("Plumbers", 4, "4% (2024–34)")]
    assert (
        grows_faster(rates)
        == "Electricians are projected to grow faster: 9%, against 4% for Plumbers."
    )


def test_careers_that_all_shrink_are_compared_by_the_least_decline() -> None:
    rates = [Figure("File Clerks", -6, "-6% (2024–34)"), Figure("Tellers", -13, "-13% (2024–34)")]
    assert grows_faster(rates) == (
        "File Clerks are projected to decline least: -6%, against -13% for Tellers."
    )


def test_careers_with_one_pay_figure_are_said_to_pay_the_same() -> None:
    # BLS publishes one wage for occupations it counts together (police and border patrol)
    medians = [
        Figure("Police and Sheriff's Patrol Officers", 76210, "$76,210"),
        Figure("Customs and Border Protection Officers", 76210, "$76,210"),
    ]
    assert higher_paid(medians) == (
        "Police and Sheriff's Patrol Officers and Customs and Border Protection Officers have"
        " the same median pay: $76,210 a year."
    )
    assert "pay more" in higher_paid([medians[0], Figure("Guards", 38000, "$38,000")])


def test_careers_with_as_many_openings_are_said_to_have_the_same() -> None:
    # "which one has more job openings": architects and interior designers, 7,800 a year each
    openings = [
        Figure("Architects, Except Landscape and Naval", 7800, "7,800"),
        Figure("Interior Designers", 7800, "7,800"),
    ]
    said = more_openings(openings)
    assert "more openings" not in said
    assert said == (
        "Architects, Except Landscape and Naval and Interior Designers have the same openings: "
        "about 7,800 a year each."
    )
    assert "more openings" in more_openings([openings[0], Figure("Drafters", 5000, "5,000")])
