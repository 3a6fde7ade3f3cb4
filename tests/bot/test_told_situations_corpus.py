"""What people tell of themselves on O*NET guides, used as they mean it: a condition or the
job being left does not pick the careers offered, what is ruled out stays out, a pay and a
length of school asked for hold for every career listed, a correction asks the last
question again, and what a guide never says is said without an unrelated list after it."""

from __future__ import annotations

from api.components import Components
from bot.understand.wishes import BELOW_DEGREE, dollars, education_rank
from tests.talk import cited, guides_cited, replies, talk


def test_a_pay_and_a_length_of_school_asked_for_hold_for_every_career_listed(
    onet_components: Components,
) -> None:
    bot = onet_components.bot
    reply = talk(
        bot,
        "cant afford 4 yrs of college. whats a job that pays 50k+ with 2 years or less of school",
    )
    assert reply.answer.startswith("These careers need at most an associate's degree")
    listed = guides_cited(reply)
    assert listed
    for slug in listed:
        facts = bot.guides[slug].facts
        assert facts.median_salary is not None
        assert facts.entry_education is not None
        pay = dollars(facts.median_salary.value)
        entry = education_rank(facts.entry_education.value)
        assert pay is not None
        assert pay >= 50_000, slug
        assert entry is not None
        assert entry <= BELOW_DEGREE, slug


def test_the_visitors_condition_and_present_job_do_not_pick_the_careers(
    onet_components: Components,
) -> None:
    bot = onet_components.bot
    foster = talk(
        bot,
        "aging out of foster care next month. I need a job fast and I have zero experience. "
        "what can I actually get hired for",
    )
    assert foster.citations
    assert not any("nurse" in slug for slug in guides_cited(foster))  # "care" is no wish
    pregnant = talk(
        bot,
        "im 5 months pregnant and work in a warehouse lifting boxes all day. what jobs could i "
        "switch to that aren't heavy lifting?",
    )
    assert pregnant.citations
    assert not any(
        word in slug
        for slug in guides_cited(pregnant)
        for word in ("midwi", "laborers", "material-moving", "stockers")
    )


def test_what_is_ruled_out_stays_out_of_a_search(onet_components: Components) -> None:
    bot = onet_components.bot
    reply = talk(
        bot,
        "I want to work in healthcare but I faint at the sight of blood. What are options that "
        "dont involve needles or surgery?",
    )
    assert reply.citations
    assert not any("surg" in slug or "phlebot" in slug for slug in guides_cited(reply))


def test_a_correction_asks_the_last_question_again_of_the_career_meant(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "how much do electricians make", "no i meant registered nurses"
    )
    assert cited(reply) == {("registered-nurses", "Annual Salary (US, USD)")}


def test_the_visitors_own_job_told_with_an_age_is_not_asked_about(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "im a 38 yr old cashier and I want to be an electrician. what do electricians make",
    )
    assert guides_cited(reply) == {"electricians"}


def test_a_job_the_career_may_require_keeps_the_page_career(
    onet_components: Components,
) -> None:
    reply = onet_components.bot.reply(
        "volunteer firefighter 3 years. do I need to be a paramedic to get hired?",
        None,
        "firefighters",
    )
    assert guides_cited(reply) == {"firefighters"}


def test_a_topic_a_guide_never_covers_is_said_without_an_unrelated_list(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "how much do electricians make", "do they work nights too?")
    assert reply.answer == "The Electricians Career Guide doesn't cover hours or schedules."


def test_a_danger_half_the_guide_never_covers_is_said_beside_the_way_in(
    onet_components: Components,
) -> None:
    first, reply = replies(
        onet_components.bot,
        "tell me about electricians",
        "is it dangerous? my mom freaks out about it. also how do you even get in",
    )
    assert first.citations
    assert "doesn't cover how safe the job is" in reply.answer
    assert ("electricians", "How to Become One") in cited(reply)


def test_the_nearest_to_a_topic_never_covered_is_a_line_that_speaks_of_it(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "how much do electricians make", "and is it dangerous tho")
    assert reply.answer.startswith(
        "The Electricians Career Guide doesn't cover how safe the job is or its injury risks; "
        "here is the nearest it has."
    )
    quoted = [line for line in reply.answer.splitlines() if line.startswith("- ")]
    assert quoted
    assert all(any(w in line.lower() for w in ("safe", "hazard", "injur")) for line in quoted)
    assert cited(reply) == {("electricians", "Key Responsibilities")}  # no rating list
