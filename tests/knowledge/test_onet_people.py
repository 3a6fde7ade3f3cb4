"""O*NET titles as the plural people a sentence names: never "a registered nurses"."""

from __future__ import annotations

import pytest

from knowledge.onet_people import people, sentence_start


@pytest.mark.parametrize(
    ("title", "phrase"),
    [
        ("Registered Nurses", "registered nurses"),
        ("Cooks, Restaurant", "restaurant cooks"),
        ("Engineers, All Other", "other engineers"),
        ("Helpers--Electricians", "helpers of electricians"),
        ("Architects, Except Landscape and Naval", "architects (except landscape and naval)"),
        (
            "Nursing Instructors and Teachers, Postsecondary",
            "postsecondary nursing instructors and teachers",
        ),
        (
            "Tax Examiners and Collectors, and Revenue Agents",
            "tax examiners and collectors, and revenue agents",
        ),
        (
            "Fraud Examiners, Investigators and Analysts",
            "fraud examiners, investigators and analysts",
        ),
        ("Derrick Operators, Oil and Gas", "derrick operators (oil and gas)"),
        (
            "Laborers and Freight, Stock, and Material Movers, Hand",
            "laborers and freight, stock, and material movers (hand)",
        ),
        (
            "Pressers, Textile, Garment, and Related Materials",
            "pressers (textile, garment, and related materials)",
        ),
        ("Computer Occupations, All Other", "workers in other computer occupations"),
        ("Helpers, Construction Trades, All Other", "other construction trades helpers"),
        (
            "English Language and Literature Teachers, Postsecondary",
            "postsecondary English language and literature teachers",
        ),
    ],
)
def test_titles_become_plural_people(title: str, phrase: str) -> None:
    assert people(title) == phrase


def test_a_sentence_starts_with_a_capital() -> None:
    assert sentence_start(people("Cooks, Restaurant")) == "Restaurant cooks"
