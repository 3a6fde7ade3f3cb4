"""A misspelt word is read as the word it is written like, by letters or by sound."""

from __future__ import annotations

import pytest

from bot.understand.spelling import Speller, edits, sound_key

TITLE_WORDS = [
    "veterinarian", "carpenter", "architect", "dermatologist", "firefighter", "psychologist",
    "anesthesiologist", "therapist", "electrician", "technician", "physician", "plumber",
    "nurse", "nursing", "accountant", "mechanic", "cooling", "harvest", "shopping", "lease",
]  # fmt: skip
SPELLER = Speller(TITLE_WORDS, 0.85)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("vetrinarian", "veterinarian"),  # a letter left out
        ("carpinter", "carpenter"),  # a vowel as it sounds
        ("architech", "architect"),
        ("dermatoligist", "dermatologist"),
        ("firefigher", "firefighter"),
        ("sycologist", "psychologist"),  # a silent letter left out, "ch" written "c"
        ("anestesiologist", "anesthesiologist"),
        ("theripist", "therapist"),
        ("electricion", "electrician"),  # "-cian" written as it sounds
        ("fysician", "physician"),
        ("nurce", "nurse"),  # spelt as it sounds, however short
        ("plumer", "plumber"),
        ("acountant", "accountant"),
    ],
)
def test_a_misspelt_job_word_is_read_as_the_word_meant(typed: str, meant: str) -> None:
    assert SPELLER.closest(typed) == meant


@pytest.mark.parametrize("word", ["nurture", "theorist", "mechanism", "electronics", "cheaper"])
def test_a_word_unlike_any_is_left_alone(word: str) -> None:
    assert SPELLER.closest(word) == ""


def test_sounds_are_spelt_one_way() -> None:
    assert sound_key("pharmasist") == sound_key("pharmacist")
    assert sound_key("electrition") == sound_key("electrician")
    assert sound_key("psychologist") == sound_key("sycologist")


def test_edits_count_changes_and_swaps_up_to_a_limit() -> None:
    assert edits("nurse", "nurse", 1) == 0
    assert edits("nusre", "nurse", 1) == 1  # two letters swapped
    assert edits("nrse", "nurse", 1) == 1
    assert edits("plumber", "planner", 1) == 2  # past the limit: limit + 1
