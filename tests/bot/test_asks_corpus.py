"""Messages asking several things, and searches for careers, on O*NET guides: every ask
answered (for every career compared), the entry path from How to Become One, "the … one"
picking one career of a comparison, and a shortlist that meets what is wished of it."""

from __future__ import annotations

import re

from api.components import Components
from bot.answer import Reply
from bot.understand.wishes import BELOW_DEGREE, dollars, education_rank


def ask(components: Components, question: str, conversation: str | None = None) -> Reply:
    return components.bot.reply(question, conversation, None)


def cited(reply: Reply) -> set[tuple[str, str]]:
    return {(c.guide, c.section) for c in reply.citations}


def test_pay_and_outlook_of_one_career_are_both_answered(onet_components: Components) -> None:
    reply = ask(onet_components, "information security analyst pay and job outlook")
    facts = onet_components.bot.guides["information-security-analysts"].facts
    assert facts.median_salary is not None
    assert facts.growth_rate is not None
    assert facts.median_salary.value in reply.answer
    assert "projected to grow" in reply.answer
    assert {s for _, s in cited(reply)} >= {"Annual Salary (US, USD)", "Job Outlook"}


def test_what_they_do_and_whether_jobs_remain_are_both_answered(
    onet_components: Components,
) -> None:
    reply = ask(
        onet_components,
        "what do court reporters do and do they still have jobs with all the recording tech",
    )
    sections = {s for _, s in cited(reply)}
    assert {"Key Responsibilities", "Job Outlook"} <= sections
    assert "openings" in reply.answer or "projected" in reply.answer


def test_a_comparison_asking_school_and_pay_answers_both_for_each_career(
    onet_components: Components,
) -> None:
    reply = ask(
        onet_components,
        "physical therapist vs physical therapist assistant. school length and salary?",
    )
    for slug in ("physical-therapists", "physical-therapist-assistants"):
        assert (slug, "How to Become One") in cited(reply)
        assert (slug, "Annual Salary (US, USD)") in cited(reply)
    assert "doctoral or professional degree" in reply.answer


def test_the_difference_with_its_asks_after_it_compares_those_asks(
    onet_components: Components,
) -> None:
    reply = ask(
        onet_components,
        "My dad is a plumber. what's the difference between an electrician and an HVAC tech? "
        "like school and pay",
    )
    guides = {g for g, _ in cited(reply)}
    assert guides == {"electricians", "heating-air-conditioning-and-refrigeration-mechanics-and"}
    assert {s for _, s in cited(reply)} == {"How to Become One", "Annual Salary (US, USD)"}


def test_the_difference_asked_beside_a_story_compares_what_each_does(
    onet_components: Components,
) -> None:
    reply = ask(
        onet_components,
        "What's the difference between a paramedic and an EMT? I'm a volunteer firefighter "
        "and want to go paid.",
    )
    for slug in ("paramedics", "emergency-medical-technicians"):
        assert (slug, "Key Responsibilities") in cited(reply)


def test_training_length_is_answered_from_how_to_become_one_not_the_job_zone(
    onet_components: Components,
) -> None:
    first = ask(onet_components, "cna vs lpn which one should i do first?")
    reply = ask(onet_components, "ok but how long is the training for each", first.conversation_id)
    assert {s for _, s in cited(reply)} == {"How to Become One"}
    assert "Job zones run from" not in reply.answer
    assert "Employees in these occupations usually need" not in reply.answer


def test_the_one_of_a_comparison_a_longer_message_names_is_answered_alone(
    onet_components: Components,
) -> None:
    first = ask(onet_components, "electrician or plumber, which pays more?")
    reply = ask(
        onet_components,
        "So the plumber one is more realistic for me. Is there steady demand for it?",
        first.conversation_id,
    )
    assert {g for g, _ in cited(reply)} == {"plumbers-pipefitters-and-steamfitters"}
    assert ("plumbers-pipefitters-and-steamfitters", "Job Outlook") in cited(reply)


def test_what_about_another_career_then_pay_answers_its_pay_not_its_titles(
    onet_components: Components,
) -> None:
    first = ask(onet_components, "Tell me about electricians.")
    reply = ask(onet_components, "Ok. What about plumbers instead? Pay?", first.conversation_id)
    assert cited(reply) == {("plumbers-pipefitters-and-steamfitters", "Annual Salary (US, USD)")}


def test_day_to_day_of_a_guide_without_a_day_section_lists_the_duties(
    onet_components: Components,
) -> None:
    reply = ask(onet_components, "what does a physical therapist assistant do day to day")
    assert ("physical-therapist-assistants", "Key Responsibilities") in cited(reply)


def test_jobs_that_pay_well_without_a_degree_meet_both_wishes(
    onet_components: Components,
) -> None:
    reply = ask(onet_components, "what jobs pay decent without a degree?")
    lead = re.match(r"These careers need no college degree to start and pay a median above "
                    r"\$([\d,]+) a year", reply.answer)  # fmt: skip
    assert lead is not None, reply.answer
    floor = float(lead[1].replace(",", ""))
    listed = {g for g, _ in cited(reply)}
    assert len(listed) == 3
    for slug in listed:
        facts = onet_components.bot.guides[slug].facts
        assert facts.entry_education is not None
        assert facts.median_salary is not None
        entry = education_rank(facts.entry_education.value)
        assert entry is not None
        assert entry < BELOW_DEGREE
        pay = dollars(facts.median_salary.value)
        assert pay is not None
        assert pay > floor
        assert facts.median_salary.value in reply.answer


def test_a_search_for_someone_leaving_a_job_does_not_offer_that_job(
    onet_components: Components,
) -> None:
    reply = ask(
        onet_components,
        "My husband was a corrections officer for 12 years and has PTSD now. He needs "
        "something calmer, working alone is fine. He likes fixing things. Any ideas?",
    )
    listed = {g for g, _ in cited(reply)}
    assert len(listed) == 3
    assert "correctional-officers-and-jailers" not in listed


def test_hours_a_guide_has_no_section_on_are_said_to_be_missing(
    onet_components: Components,
) -> None:
    reply = ask(onet_components, "do electricians work weekends?")
    assert reply.answer.startswith(
        "The Electricians Career Guide doesn't cover hours or schedules; here is the nearest "
        "it has."
    )
    reply = ask(
        onet_components, "electrician vs plumber: which pays more and is part-time work common?"
    )
    assert "The Electricians Career Guide doesn't cover hours or schedules." in reply.answer
    assert "doesn't cover hours or schedules." in reply.answer.split("Plumbers")[-1]
    assert " pay more: a median of " in reply.answer.split("\n")[0]
