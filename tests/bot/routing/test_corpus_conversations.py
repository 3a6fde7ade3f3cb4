"""Conversations over many careers as people hold them: comparisons that say which pays
more, "the two" of a conversation, misspelt titles, follow-ups asking something new, and
open questions that get a shortlist of careers."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from bot.compose.extractive import LABEL_LINE
from tests.talk import guides_cited, talk


def _median(components: Components, slug: str) -> str:
    median = components.bot.guides[slug].facts.median_salary
    assert median is not None
    return median.value


def test_a_misspelt_title_asked_against_the_conversation_s_career_says_which_pays_more(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do nurses make",
        "what about nurse practioner is that more money",
    )
    assert {c.guide for c in reply.citations} == {"registered-nurses", "nurse-practitioners"}
    practitioners = _median(onet_components, "nurse-practitioners")
    assert reply.answer.startswith(f"Nurse Practitioners pay more: a median of {practitioners}")
    assert _median(onet_components, "registered-nurses") in reply.answer


def test_the_two_means_the_last_two_careers_of_the_conversation(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do electricians do",
        "and plumbers?",
        "which one of the two pays better",
    )
    assert {c.guide for c in reply.citations} == {
        "electricians",
        "plumbers-pipefitters-and-steamfitters",
    }
    assert " pay more: a median of " in reply.answer.split("\n")[0]


def test_which_is_the_better_career_compares_pay_and_outlook_not_lists_of_names(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "plumber or electrician, which is the better career?")
    assert {c.section for c in reply.citations} == {"Annual Salary (US, USD)", "Job Outlook"}
    for slug in ("electricians", "plumbers-pipefitters-and-steamfitters"):
        openings = onet_components.bot.guides[slug].facts.annual_openings
        assert openings is not None
        assert openings.value in reply.answer


@pytest.mark.parametrize(
    ("follow_up", "section"),
    [
        ("and how long is school for it", "How to Become One"),
        ("do i need college for it", "How to Become One"),
        ("is it hard to get a job in that", "Job Outlook"),
        ("ok and whats the outlook", "Job Outlook"),
    ],
)
def test_a_follow_up_asking_something_new_is_answered_as_asked(
    onet_components: Components, follow_up: str, section: str
) -> None:
    reply = talk(onet_components.bot, "how much do paramedics make", follow_up)
    assert reply.mode is Mode.CITED
    assert {c.section for c in reply.citations} == {section}
    assert {c.guide for c in reply.citations} == {"paramedics"}


def test_both_halves_of_is_it_a_good_career_and_what_does_it_pay_are_answered(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "my son wants to be a paramedic. is that a good career and what does it pay?",
    )
    assert {c.section for c in reply.citations} == {"Job Outlook", "Annual Salary (US, USD)"}
    assert _median(onet_components, "paramedics") in reply.answer


def test_the_question_asked_decides_not_the_situation_told_before_it(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "I'm a paramedic and I'm burned out. What could I switch to?")
    assert {c.section for c in reply.citations} == {"Related Roles"}
    assert {c.guide for c in reply.citations} == {"paramedics"}


def test_someone_who_does_not_know_what_to_do_gets_careers_introduced_by_what_they_are(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "i dont really know what i want to do. i like helping people who are sick",
    )
    assert reply.mode is Mode.CITED
    guides = {c.guide for c in reply.citations}
    assert len(guides) >= 2
    overviews = {c.guide for c in reply.citations if c.section == "Overview"}
    assert overviews == guides  # each career says what it is
    assert ", All Other" not in reply.answer  # catch-all occupations are no career to try
    lines = [line.strip() for line in reply.answer.split("\n") if line.strip()]
    assert not any(LABEL_LINE.match(line.rstrip("]0123456789[ ")) for line in lines)


def test_what_about_another_career_asks_the_last_question_of_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how do i become a paramedic",
        "what about emergency medical technicians instead",
    )
    assert {c.guide for c in reply.citations} == {"emergency-medical-technicians"}
    assert "How to Become One" in {c.section for c in reply.citations}


@pytest.mark.parametrize(
    "question",
    ["how do you become an electrician", "how would i go about becoming a paramedic"],
)
def test_how_to_get_in_reads_as_sentences_not_label_lines(
    onet_components: Components, question: str
) -> None:
    reply = talk(onet_components.bot, question)
    assert "How to Become One" in {c.section for c in reply.citations}
    for label in ("Typical Entry Education:", "Work Experience:", "On-the-Job Training:"):
        assert label not in reply.answer
    assert "typically need" in reply.answer


def test_a_comparison_asking_two_things_answers_both_for_each_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "paramedic vs emt: how are they different, and which one earns more?"
    )
    cited = {(c.guide, c.section) for c in reply.citations}
    for slug in ("paramedics", "emergency-medical-technicians"):
        assert (slug, "Overview") in cited  # what each is
        assert (slug, "Annual Salary (US, USD)") in cited
    assert " pay more: a median of " in reply.answer.split("\n")[0]


def test_pay_and_growth_asked_together_are_both_compared(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "electrician or plumber, which pays better and which is growing faster?",
    )
    cited = {(c.guide, c.section) for c in reply.citations}
    for slug in ("electricians", "plumbers-pipefitters-and-steamfitters"):
        assert (slug, "Annual Salary (US, USD)") in cited
        assert (slug, "Job Outlook") in cited
    assert " are projected to grow faster: " in reply.answer.split("\n")[0]


def test_which_has_more_openings_compares_the_conversation_s_careers(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what does a plumber do",
        "and electricians?",
        "ok which one has more openings",
    )
    assert {(c.guide, c.section) for c in reply.citations} == {
        ("electricians", "Job Outlook"),
        ("plumbers-pipefitters-and-steamfitters", "Job Outlook"),
    }
    assert " have more openings: about " in reply.answer.split("\n")[0]


def test_a_bare_versus_follow_up_compares_what_was_asked_before(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "how much does a registered nurse make", "vs a paramedic?")
    assert {c.section for c in reply.citations} == {"Annual Salary (US, USD)"}
    assert {c.guide for c in reply.citations} == {"registered-nurses", "paramedics"}
    assert " pay more: a median of " in reply.answer.split("\n")[0]


def test_a_job_ruled_out_is_not_compared(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "how much do paramedics make, not emts")
    assert {c.guide for c in reply.citations} == {"paramedics"}
    reply = talk(onet_components.bot, "electrician rather than a plumber: how do I start?")
    assert {c.guide for c in reply.citations} == {"electricians"}


def test_the_difference_is_what_each_does_and_easier_to_get_into_is_how_each_starts(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what's the difference between an emt and a paramedic")
    assert {(c.guide, c.section) for c in reply.citations} == {  # what each is, in a line
        ("emergency-medical-technicians", "Overview"),
        ("paramedics", "Overview"),
    }
    reply = talk(onet_components.bot, "electrician or plumber, which one is easier to get into?")
    assert {c.guide for c in reply.citations} == {
        "electricians",
        "plumbers-pipefitters-and-steamfitters",
    }
    assert {c.section for c in reply.citations} == {"How to Become One"}


def test_after_a_comparison_one_career_is_picked_by_name_or_place(
    onet_components: Components,
) -> None:
    compared = ("electrician vs plumber, which pays more?",)
    reply = talk(onet_components.bot, *compared, "what does the plumber one earn")
    assert {(c.guide, c.section) for c in reply.citations} == {
        ("plumbers-pipefitters-and-steamfitters", "Annual Salary (US, USD)")
    }
    reply = talk(onet_components.bot, *compared, "what does the plumber one earn", "and outlook?")
    assert {(c.guide, c.section) for c in reply.citations} == {
        ("plumbers-pipefitters-and-steamfitters", "Job Outlook")
    }
    reply = talk(onet_components.bot, *compared, "how do I become the second one?")
    assert {c.guide for c in reply.citations} == {"plumbers-pipefitters-and-steamfitters"}


@pytest.mark.parametrize(
    ("follow_up", "section"),
    [
        ("what skills does the second one need", "Top Skills"),
        ("ok what skills would i need for the plumber one", "Top Skills"),
        ("what does the second one do all day", "Key Responsibilities"),
    ],
)
def test_a_new_question_about_a_career_picked_after_a_comparison_is_answered_as_asked(
    onet_components: Components, follow_up: str, section: str
) -> None:
    reply = talk(onet_components.bot, "electrician vs plumber, which pays more?", follow_up)
    assert {c.guide for c in reply.citations} == {"plumbers-pipefitters-and-steamfitters"}
    cited = [c.section for c in reply.citations]
    assert section in cited
    assert "How to Become One" not in cited  # not the next section after the pay compared


def test_a_verdict_asked_after_a_comparison_compares_the_same_careers_again(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "electricians vs plumbers pay", "Which one has a better outlook?"
    )
    assert guides_cited(reply) == {"electricians", "plumbers-pipefitters-and-steamfitters"}
    assert " are projected to grow faster: " in reply.answer.split("\n")[0]
    # a new career named with "which one…?" is compared with the conversation's
    reply = talk(
        onet_components.bot,
        "how do i become an electrician",
        "and plumbers? which one is better pay",
    )
    assert guides_cited(reply) == {"electricians", "plumbers-pipefitters-and-steamfitters"}
    assert " pay more: a median of " in reply.answer.split("\n")[0]


def test_a_job_word_asked_about_leaves_the_conversation_s_career(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "tell me about paramedics", "what does a nurse make?")
    assert "paramedics" not in guides_cited(reply)  # a nurse was asked about, not the paramedic
    assert reply.mode in (Mode.CITED, Mode.CLARIFY)
    # someone the career works with is no new subject
    reply = talk(onet_components.bot, "tell me about paramedics", "do they work with nurses?")
    assert guides_cited(reply) == {"paramedics"}


def test_the_visitor_s_own_job_compared_with_another_is_answered_for_both(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "I'm a cashier. How much more do registered nurses make than cashiers?"
    )
    assert guides_cited(reply) == {"cashiers", "registered-nurses"}
    assert " pay more: a median of " in reply.answer.split("\n")[0]
