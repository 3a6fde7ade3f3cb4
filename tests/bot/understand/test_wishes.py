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


def test_what_else_after_a_career_ruled_out_seeks_others() -> None:
    assert seeks_careers("i like building stuff and being outside, but roofing is out. what else?")
    assert not seeks_careers("ok so they make about 50k. what else?")  # of the same career


@pytest.mark.parametrize(
    "message",
    ["any jobs i can do remotely? im good with computers", "what jobs can i do with a GED"],
)
def test_jobs_one_can_do_are_sought(message: str) -> None:
    assert seeks_careers(message)


@pytest.mark.parametrize(
    "message",
    [
        "i do NOT want 6 more years of grad school. are there jobs in psychology with just a "
        "bachelors?",
        "are there jobs in healthcare with just a certificate",
    ],
)
def test_jobs_there_are_for_a_person_are_sought(message: str) -> None:
    assert seeks_careers(message)


@pytest.mark.parametrize(
    "message", ["are there a lot of jobs for that?", "are there jobs in nursing right now"]
)
def test_jobs_counted_are_the_market_not_a_search(message: str) -> None:
    assert not seeks_careers(message)


def test_starting_right_away_asks_no_years_of_experience() -> None:
    assert wishes_of(
        "what jobs can i start right now with just a GED, that pay decent"
    ).no_experience


def test_a_ged_is_the_most_schooling() -> None:
    assert wishes_of("what jobs can i do with a GED").no_degree
    assert not wishes_of("i have a high school diploma and a BA, what jobs fit").no_degree


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


@pytest.mark.parametrize(
    ("message", "part"),
    [
        # the forty-eighth panel: a search told again, as people write it after a list
        (
            "only 2200 a year sounds like not a lot. whats something with an associates that "
            "pays well but has way more openings?",
            "whats something with an associates that pays well but has way more openings?",
        ),
        (
            "no i mean a DIFFERENT job. not air traffic. something 2 year degree, 70k+",
            "i mean a DIFFERENT job. not air traffic. something 2 year degree, 70k+",
        ),
        (
            "35k is kinda low tho. anything overnight that pays better?",
            "anything overnight that pays better?",
        ),
        (
            "um nursing and waiting tables are both on your feet all day. i mean like office or "
            "desk type jobs",
            "i mean like office or desk type jobs",
        ),
        (
            "is there something in between i could do first without a degree?",
            "is there something in between i could do first without a degree?",
        ),
    ],
)
def test_a_search_told_again_is_a_search(message: str, part: str) -> None:
    assert search_part(message) == part


@pytest.mark.parametrize(
    "message",
    [
        "what jobs pay the best right out of high school??",
        "any entry level jobs that pay ok",
        "something i could get with no experience",
    ],
)
def test_work_one_can_start_untried_is_wished(message: str) -> None:
    assert wishes_of(message).no_experience


def test_many_openings_an_associates_and_a_sum_are_wished() -> None:
    wishes = wishes_of(
        "no i mean a DIFFERENT job. something 2 year degree, 70k+, with lots of openings every year"
    )
    assert wishes.short_school
    assert wishes.many_openings
    assert wishes.min_pay == 70_000
    assert wishes_of("whats something with an associates that pays well").short_school


def test_a_sum_judged_low_is_the_floor_of_better_pay() -> None:
    wishes = wishes_of("35k is kinda low tho. anything overnight that pays better?")
    assert wishes.good_pay
    assert wishes.min_pay == 35_000
    sitting = wishes_of(
        "is there anything sit-down like that but pays more, like 50k? im 41 so i dont want to "
        "go back to school for years"
    )
    assert sitting.min_pay == 50_000
    assert sitting.short_school


@pytest.mark.parametrize(
    "message",
    [
        "i like working with my hands and being outside, didnt go to college and dont really "
        "want to. what kind of jobs are out there for someone like me",
        "never went to college, what can i do that pays ok",
    ],
)
def test_college_not_gone_to_nor_wanted_is_no_degree(message: str) -> None:
    assert wishes_of(message).no_degree


@pytest.mark.parametrize(
    ("message", "wished"),
    [
        ("What kinds of jobs can I actually get with just a bachelor's in psychology?", True),
        ("what jobs can get me to 100k a year without needing a masters degree?", True),
        ("is there anything i could do right after graduation with just the BA?", True),
        ("i have a bachelors and a masters, what pays best?", False),
    ],
)
def test_no_school_past_a_bachelors_is_wished(message: str, wished: bool) -> None:
    assert wishes_of(message).up_to_bachelors is wished


def test_a_four_year_degree_not_wanted_is_two_years_of_school_at_most() -> None:
    message = (
        "I've always been good with numbers. Looking for something stable, but I don't want to "
        "do a 4 year degree. What careers would fit?"
    )
    assert wishes_of(message).short_school
