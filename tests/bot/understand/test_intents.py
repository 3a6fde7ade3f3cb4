"""Which figure a message asks for: pay, the outlook, or neither, read as people write."""

from __future__ import annotations

import pytest

from bot.understand.intents import Intent, detect_intent


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("Growth?", Intent.GROWTH),  # after a comparison of pay
        ("how many openings a year", Intent.GROWTH),  # "a year" is no salary here
        ("hmm is that more stable", Intent.GROWTH),
        ("which one of us will make more", Intent.SALARY),
        ("what do they make a year", Intent.SALARY),
        ("which certification is fastest to get? money is tight", None),  # the visitor's means
        ("does it make more sense to study first", None),
        ("room for growth?", None),  # moving up, not the job market
        # machines taking the work: whether the jobs will last
        ("Is this job at risk from automation/robots?", Intent.GROWTH),
        ("will AI replace production technicians?", Intent.GROWTH),
        ("I don't want to train for something that disappears in 10 years", Intent.GROWTH),
        ("what automation software do they use?", None),
        # a shortage, or finding work after training: the job market
        ("Is there a pilot shortage, will she actually find a job when she's done?", Intent.GROWTH),
        ("will i find a job after the program?", Intent.GROWTH),
        ("can i get a job with a felony?", None),  # the visitor's record, not the market
        ("Web developer skills. Not salary.", None),  # a figure ruled out is not asked for
        ("other than pay, what's good about it?", None),
    ],
)
def test_the_figure_asked_for(message: str, intent: Intent | None) -> None:
    assert detect_intent(message) is intent
