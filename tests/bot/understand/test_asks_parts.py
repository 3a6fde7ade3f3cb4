"""A message cut into the parts that each ask a different thing: a short piece that asks
nothing of its own ("then like 5 yrs in", "and at the top") stays with the question before it,
and "how much" beside another question asks the pay."""

from __future__ import annotations

from bot.understand.asks import asking_text, asks, without_complaints
from bot.understand.intents import Intent, detect_intent
from bot.understand.needs import part_need
from bot.understand.places import regions_named


def _kind(text: str) -> object:
    return part_need(text) or detect_intent(text)


def test_a_short_piece_asking_nothing_stays_with_its_question() -> None:
    parts = asks(
        "how much do production techs make starting out, then like 5 yrs in, and at the top? "
        "also is overtime a normal thing",
        _kind,
    )
    assert parts[0].endswith("then like 5 yrs in, and at the top")
    assert parts[1] == "also is overtime a normal thing"


def test_how_much_beside_another_question_asks_the_pay() -> None:
    parts = asks("what about bank teller, how much and what do i need", _kind)
    assert [str(_kind(p)) for p in parts] == ["salary", "get_in"]


def test_a_region_put_aside_is_not_named() -> None:
    assert regions_named("i'm in ohio not asia lol") == ["north america"]  # a US state: the US
    assert regions_named("is there demand in asia?") == ["asia"]


def test_a_claim_checked_without_a_question_mark_is_asked() -> None:
    told = "english major, junior year. ive always wanted to be a journalist but everyone says its"
    asked = asking_text(f"{told} dying. is that true")
    assert "dying" in asked
    assert "english major" not in asked
    assert detect_intent(asked) is Intent.GROWTH  # the outlook, not the major's schooling


def test_a_complaint_about_the_last_answer_is_not_asked() -> None:
    asked = asking_text("why would remote work matter lol. ok so how much of it is electrical?")
    assert asked == "ok so how much of it is electrical?"
    assert without_complaints("why r u talking about nurses lol. what do actuaries use") == (
        "what do actuaries use"
    )
