"""Searches and follow-ups on O*NET guides as people write them: the best paid asked for
first, the last question asked again of the career now meant, and a career the visitor
laughs off kept out of the answer."""

from __future__ import annotations

from api.components import Components
from bot.understand.wishes import BELOW_DEGREE, dollars, education_rank
from tests.talk import cited, guides_cited, talk


def test_the_highest_paying_jobs_without_a_degree_come_best_paid_first(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "whats the highest paying job you can get without a degree. be honest"
    )
    assert reply.answer.startswith("The best-paid careers in our guides that need no college")
    pays: list[float] = []
    for slug in dict.fromkeys(c.guide for c in reply.citations):
        facts = onet_components.bot.guides[slug].facts
        assert facts.entry_education is not None
        assert facts.median_salary is not None
        entry = education_rank(facts.entry_education.value)
        assert entry is not None
        assert entry < BELOW_DEGREE
        pay = dollars(facts.median_salary.value)
        assert pay is not None
        pays.append(pay)
    assert len(pays) == 3
    assert pays == sorted(pays, reverse=True)


def test_same_questions_of_another_career_answers_every_part_of_them(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do electricians make and do i need a degree for it",
        "no sorry I meant registered nurses, not electricians. same questions",
    )
    assert guides_cited(reply) == {"registered-nurses"}
    assert {s for _, s in cited(reply)} >= {"Annual Salary (US, USD)", "How to Become One"}


def test_a_career_laughed_off_is_left_out_of_the_next_answer(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do paramedics and firefighters make?",
        "what?? I'm not going to be a firefighter lol. just the paramedic one. pay?",
    )
    assert guides_cited(reply) == {"paramedics"}


def test_similar_careers_that_pay_more_are_related_ones_paid_more(
    onet_components: Components,
) -> None:
    bot = onet_components.bot
    message = "is there anything similar to this that pays more, like a related trade?"
    reply = bot.reply(message, None, "electricians")
    own = bot.guides["electricians"]
    related = {i for s in own.walk() if s.title == "Related Roles" for i in s.items}
    assert own.facts.median_salary is not None
    floor = dollars(own.facts.median_salary.value)
    assert floor is not None
    others = [g for g in dict.fromkeys(c.guide for c in reply.citations) if g != "electricians"]
    assert others
    for slug in others:
        other = bot.guides[slug]
        assert other.career in related
        assert other.facts.median_salary is not None
        pay = dollars(other.facts.median_salary.value)
        assert pay is not None
        assert pay > floor


def test_similar_careers_that_pay_more_beside_a_second_ask_answer_both(
    onet_components: Components,
) -> None:
    message = "is there anything similar to this that pays more? and how long is the training"
    reply = onet_components.bot.reply(message, None, "electricians")
    assert "lists as related, these pay more" in reply.answer
    assert len({c.guide for c in reply.citations}) > 1
    assert "training" in reply.answer.split("a year [")[-1]
