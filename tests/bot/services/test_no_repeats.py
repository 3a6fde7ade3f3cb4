"""A follow-up never gets the last answer again word for word, and thanks in any form close
the chat."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from bot.services.chat import CareerBot
from tests.talk import replies


@pytest.fixture(scope="module")
def bot(components: Components) -> CareerBot:
    return components.bot


@pytest.mark.parametrize(
    "thanks",
    [
        "got it, that sounds fair, thanks",
        "muchas gracias",
        "vielen Dank",
        "obrigada",
        "grazie",
        # thanks inside a remark that asks nothing, however long
        "Got it. Thanks, I'll look into my county's program.",
        "Ok so the entry level pays about 40 grand. Thanks for your help.",
        "ok thats more like it, ty",
        "Thanks so much, this gives us a lot to talk about at dinner!",
        "Thank you sweetheart, I'll tell him all about it.",
        # goodbyes without thanks
        "Appreciate your help. Take care.",
        "ok byeee",
        "k. later",
        "Roger. Out.",
        "Much obliged.",
        "Much appreciated. Good night.",
        "Ok salamat, bye",
        "Good. Done.",
    ],
)
def test_thanks_after_a_remark_or_in_another_language_closes_the_chat(
    bot: CareerBot, thanks: str
) -> None:
    first, closing = replies(bot, "what does a production technician earn?", thanks)
    assert closing.mode is Mode.REFUSAL
    assert "welcome" in closing.answer.lower()
    assert closing.answer != first.answer
    assert "didn't understand" not in closing.answer


def test_thanks_with_a_question_is_answered(bot: CareerBot) -> None:
    _, asked = replies(
        bot, "what does a production technician earn?", "thanks! how long is the training?"
    )
    assert asked.mode is Mode.CITED


def test_a_question_about_the_last_answer_gets_what_its_section_says_besides(
    bot: CareerBot,
) -> None:
    first, source = replies(bot, "whats the growth rate for this", "where is that figure from?")
    assert source.mode is Mode.CITED
    assert source.answer != first.answer
    assert "Bureau of Labor Statistics" in source.answer
    assert [c.section for c in source.citations] == ["Job Outlook & Related Roles"]


def test_a_question_asked_again_may_get_the_same_answer(bot: CareerBot) -> None:
    first, again = replies(
        bot, "what does a production technician earn?", "what does a production technician earn?"
    )
    assert again.answer == first.answer
