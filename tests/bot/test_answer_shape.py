"""The shape of an answer on the bundled guide, as a visitor reads it: the sentence that
answers first, both halves of a two-part question answered (or said plainly not to be in the
guide), and pay while training answered from the training, not the salary table."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.services.chat import CareerBot
from tests.talk import sections, talk

PAY = "Annual Salary (US, USD)"
GUIDE = "The Production Technician Career Path Guide"


@pytest.fixture(scope="module")
def bot(components: Components) -> CareerBot:
    return components.bot


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # the paragraph's first sentence ("…typically work in industrial settings") came first
        ("do they work shifts?", "Shift work or overtime is common"),
        ("is the job physically demanding?", "While the role involves some physical demands"),
        ("what certifications help?", "Certification"),  # not the education sentence before
    ],
)
def test_the_sentence_that_answers_comes_first(bot: CareerBot, question: str, opening: str) -> None:
    reply = talk(bot, question)
    assert reply.answer.startswith(opening), reply.answer


def test_an_answer_never_opens_on_a_sentence_pointing_back(bot: CareerBot) -> None:
    # "Here, there is significant demand…" reads only after the sentence naming the region
    reply = talk(bot, "where's the industry heading, any big trends")
    assert not reply.answer.startswith(("Here,", "During this", "These ", "They ")), reply.answer


def test_two_halves_are_both_answered_each_cited(bot: CareerBot) -> None:
    # the second half asks a kind of thing the bot has no name for: it was dropped
    reply = talk(bot, "what's the salary and do they work night shifts?")
    assert "$58,500" in reply.answer
    assert "Shift work or overtime is common" in reply.answer
    assert PAY in sections(reply)
    assert "Work Setting" in sections(reply)
    assert reply.answer.index("$58,500") < reply.answer.index("Shift work")  # in the order asked


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "pay and pension for production techs?",
            "doesn't mention retirement plans such as a 401(k) or pension",
        ),
        ("what's the salary and is it unionized?", "doesn't mention unions"),
    ],
)
def test_a_half_the_guide_does_not_answer_is_said_plainly(
    bot: CareerBot, question: str, missing: str
) -> None:
    reply = talk(bot, question)
    assert "$58,500" in reply.answer
    assert sections(reply)[0] == PAY
    assert reply.answer.endswith(f"{GUIDE} {missing}.")


def test_pay_while_training_is_answered_from_the_training_not_the_salary_table(
    bot: CareerBot,
) -> None:
    reply = talk(bot, "is the training program paid?")
    assert reply.answer.startswith(f"{GUIDE} doesn't say whether this training is paid")
    assert "median" not in reply.answer.lower()
    assert sections(reply)[0] == "Required Education"
    assert "entry-level pay, about $46,950" in reply.answer  # the nearest figure, last


@pytest.mark.parametrize(
    ("question", "who"),
    [("do apprentices get paid?", "apprentices"), ("do interns get paid anything?", "interns")],
)
def test_trainees_pay_quotes_what_the_guide_says_of_that_training(
    bot: CareerBot, question: str, who: str
) -> None:
    reply = talk(bot, question)
    assert reply.answer.startswith(f"{GUIDE} doesn't say whether {who} are paid")
    assert "Internships, apprenticeships, or entry-level positions" in reply.answer
    assert "median" not in reply.answer.lower()


def test_the_guide_s_own_sentence_on_paid_training_answers_first(bot: CareerBot) -> None:
    reply = talk(bot, "can i get paid work experience while i'm still in school")
    assert reply.answer.startswith("Many schools offer cooperative education (co-op)")
    assert "doesn't say" not in reply.answer
    assert "$" not in reply.answer
