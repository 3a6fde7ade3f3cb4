"""Golden sets through the real bot: figures must stay above their floors."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.services.evaluation import load_set, run_dialogues, run_questions, run_refusals, summarize
from tests.paths import EVAL


@pytest.fixture(scope="module")
def figures(components: Components) -> dict[str, float]:
    bot = components.bot
    questions = run_questions(bot, load_set(EVAL / "guide_questions.json"))
    dialogues = run_dialogues(bot, load_set(EVAL / "dialogues.json"))
    refusals = run_refusals(bot, load_set(EVAL / "out_of_scope.json"))
    return summarize(questions, dialogues, refusals, bot)


@pytest.fixture(scope="module")
def heldout(components: Components) -> dict[str, float]:
    bot = components.bot
    return summarize(run_questions(bot, load_set(EVAL / "heldout_questions.json")), [], [], bot)


def test_golden_set_is_large_enough(figures: dict[str, float]) -> None:
    assert figures["questions"] >= 60


def test_the_right_section_is_found(figures: dict[str, float]) -> None:
    assert figures["hit@3"] >= 0.95
    assert figures["hit@1"] >= 0.80


def test_answers_contain_the_required_facts(figures: dict[str, float]) -> None:
    assert figures["fact_recall"] >= 0.75


def test_no_number_is_invented(figures: dict[str, float]) -> None:
    assert figures["invented_numbers"] == 0


def test_follow_ups_use_the_conversation(figures: dict[str, float]) -> None:
    assert figures["dialogue_hit@1"] >= 0.70


def test_out_of_scope_is_refused_and_in_scope_answered(figures: dict[str, float]) -> None:
    assert figures["refusal_accuracy"] >= 0.95
    assert figures["answered_in_scope"] >= 0.98


def test_heldout_questions_written_after_tuning(heldout: dict[str, float]) -> None:
    assert heldout["hit@3"] >= 0.80
