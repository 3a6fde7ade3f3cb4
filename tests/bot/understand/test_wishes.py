"""A career search is read as people write it, and where in a message it starts: the story
before it is background."""

from __future__ import annotations

import pytest

from bot.understand.seeking import search_part, seeks_careers
from bot.understand.wishes import likes_part, wishes_of


@pytest.mark.parametrize(
    ("message", "part"),
    [
        ("Careers in healthcare without blood?", "Careers in healthcare without blood?"),
        (
            "paramedic 10 yrs, herniated disc. what jobs could use my medical background",
            "what jobs could use my medical background",
        ),
        ("i do nails. whats something similar w/o chemicals", "something similar w/o chemicals"),
        ("what does a paramedic make?", ""),
        ("i like animals but not blood", "i like animals but not blood"),
        ("i like that, how long is school", ""),
        ("i like the pay but is it hard?", ""),
        # the thirty-third panel: work one can train for is a search
        (
            "i need a better job fast. whats something i can train for in less than a year",
            "whats something i can train for in less than a year",
        ),
    ],
)
def test_the_search_starts_where_it_asks_which_careers_fit(message: str, part: str) -> None:
    assert search_part(message) == part
    assert seeks_careers(message) is bool(part)


@pytest.mark.parametrize(
    ("message", "liked"),
    [
        (
            "taking a gap year after high school. i like being outside, hiking, not a desk "
            "person. what careers would fit",
            "i like being outside hiking not a desk person what careers would fit",
        ),
        (
            "I use a wheelchair and I'm a senior in high school. I'm good at math and "
            "computers. What careers would work well for me?",
            "I'm good at math and computers What careers would work well for me?",
        ),
        ("I got laid off after 22 years in office admin. what jobs could I do?", ""),
    ],
)
def test_a_search_is_led_by_what_is_liked_not_the_rest_of_the_story(
    message: str, liked: str
) -> None:
    assert likes_part(message) == liked


def test_the_highest_paying_asks_for_the_best_paid_first() -> None:
    wishes = wishes_of("whats the highest paying job you can get without a degree")
    assert wishes.most_pay
    assert wishes.good_pay
    assert wishes.no_degree
    assert not wishes_of("what jobs pay decent without a degree?").most_pay


@pytest.mark.parametrize(
    "message",
    [
        "what jobs pay the best right out of high school??",
        "graduating in june and not going to college. best paid jobs?",
        "best paying jobs with just a high school diploma",
    ],
)
def test_the_best_paid_without_college_is_wished_as_written(message: str) -> None:
    wishes = wishes_of(message)
    assert wishes.most_pay
    assert wishes.no_degree


@pytest.mark.parametrize(
    "message",
    [
        "whats something i can train for in less than a year",
        "what job can i get certified for in a few months",
        "any quick training programs that lead to a job?",
    ],
)
def test_a_year_of_training_or_less_is_wished(message: str) -> None:
    assert wishes_of(message).quick_training


@pytest.mark.parametrize(
    "message", ["what jobs need less than 2 years of school", "how long is the training"]
)
def test_longer_schooling_or_a_length_asked_is_no_quick_training(message: str) -> None:
    assert not wishes_of(message).quick_training
