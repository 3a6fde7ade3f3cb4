"""Messages asking several things, and searches for careers, on O*NET guides: every ask
answered (for every career compared), the entry path from How to Become One, "the … one"
picking one career of a comparison, and a shortlist that meets what is wished of it."""

from __future__ import annotations

import re

from api.components import Components
from bot.understand.needs import TIME_SPAN
from bot.understand.wishes import BELOW_DEGREE, dollars, education_rank
from tests.talk import cited, guides_cited, talk


def test_pay_and_outlook_of_one_career_are_both_answered(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "information security analyst pay and job outlook")
    facts = onet_components.bot.guides["information-security-analysts"].facts
    assert facts.median_salary is not None
    assert facts.growth_rate is not None
    assert facts.median_salary.value in reply.answer
    assert "projected to grow" in reply.answer
    assert {s for _, s in cited(reply)} >= {"Annual Salary (US, USD)", "Job Outlook"}


def test_what_they_do_and_whether_jobs_remain_are_both_answered(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do court reporters do and do they still have jobs with all the recording tech",
    )
    sections = {s for _, s in cited(reply)}
    assert {"Key Responsibilities", "Job Outlook"} <= sections
    assert "openings" in reply.answer or "projected" in reply.answer


def test_a_comparison_asking_school_and_pay_answers_both_for_each_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "physical therapist vs physical therapist assistant. school length and salary?",
    )
    for slug in ("physical-therapists", "physical-therapist-assistants"):
        assert (slug, "How to Become One") in cited(reply)
        assert (slug, "Annual Salary (US, USD)") in cited(reply)
    assert "doctoral or professional degree" in reply.answer


def test_the_difference_with_its_asks_after_it_compares_those_asks(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "My dad is a plumber. what's the difference between an electrician and an HVAC tech? "
        "like school and pay",
    )
    guides = guides_cited(reply)
    assert guides == {"electricians", "heating-air-conditioning-and-refrigeration-mechanics-and"}
    assert {s for _, s in cited(reply)} == {"How to Become One", "Annual Salary (US, USD)"}


def test_the_difference_asked_beside_a_story_compares_what_each_does(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "What's the difference between a paramedic and an EMT? I'm a volunteer firefighter "
        "and want to go paid.",
    )
    for slug in ("paramedics", "emergency-medical-technicians"):
        assert (slug, "Overview") in cited(reply)  # what each is, not two task lists


def test_training_length_is_answered_for_each_career_with_a_length(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "cna vs lpn which one should i do first?",
        "ok but how long is the training for each",
    )
    parts = reply.answer.split("\n\n")
    for title in ("Nursing Assistants", "Licensed Practical and Licensed Vocational Nurses"):
        part = next(p for p in parts if p.startswith(f"{title}:"))
        assert TIME_SPAN.search(part), part  # "one or two years of training", "1 to 3 months"
    assert "How to Become One" in {s for _, s in cited(reply)}
    assert "Job zones run from" not in reply.answer  # the scale's definition answers nothing


def test_how_long_the_schooling_is_comes_with_the_difference_for_each_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "whats the diffrence between an emt and a paramedic and how long is the schooling for each",
    )
    parts = reply.answer.split("\n\n")
    for title in ("Emergency Medical Technicians", "Paramedics"):
        part = next(p for p in parts if p.startswith(f"{title}:"))
        assert TIME_SPAN.search(part), part


def test_the_first_two_of_a_comparison_are_compared_alone(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Which pays more: HVAC tech, plumber, or electrician?",
        "which of the first two has more jobs opening up?",
    )
    assert guides_cited(reply) == {
        "heating-air-conditioning-and-refrigeration-mechanics-and",
        "plumbers-pipefitters-and-steamfitters",
    }
    assert "openings" in reply.answer


def test_the_one_of_a_comparison_a_longer_message_names_is_answered_alone(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "electrician or plumber, which pays more?",
        "So the plumber one is more realistic for me. Is there steady demand for it?",
    )
    assert guides_cited(reply) == {"plumbers-pipefitters-and-steamfitters"}
    assert ("plumbers-pipefitters-and-steamfitters", "Job Outlook") in cited(reply)


def test_what_about_another_career_then_pay_answers_its_pay_not_its_titles(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "Tell me about electricians.", "Ok. What about plumbers instead? Pay?"
    )
    assert cited(reply) == {("plumbers-pipefitters-and-steamfitters", "Annual Salary (US, USD)")}


def test_day_to_day_of_a_guide_without_a_day_section_lists_the_duties(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what does a physical therapist assistant do day to day")
    assert ("physical-therapist-assistants", "Key Responsibilities") in cited(reply)


def test_jobs_that_pay_well_without_a_degree_meet_both_wishes(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what jobs pay decent without a degree?")
    lead = re.match(r"These careers need no college degree to start and pay a median above "
                    r"\$([\d,]+) a year", reply.answer)  # fmt: skip
    assert lead is not None, reply.answer
    floor = float(lead[1].replace(",", ""))
    listed = guides_cited(reply)
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
    reply = talk(
        onet_components.bot,
        "My husband was a corrections officer for 12 years and has PTSD now. He needs "
        "something calmer, working alone is fine. He likes fixing things. Any ideas?",
    )
    listed = guides_cited(reply)
    assert len(listed) == 3
    assert "correctional-officers-and-jailers" not in listed


def test_a_search_told_after_a_story_does_not_answer_with_the_story_s_job(
    onet_components: Components,
) -> None:
    """The careers a story names ("my school counselor wants us to…") are background: the
    question asks which careers fit, and gets a shortlist without them."""
    reply = talk(
        onet_components.bot,
        "im a sophmore in hs and my school counselor wants us to pick a career pathway. im good "
        "at math and like computers but idk if i want to sit at a desk all day. what careers "
        "would fit?",
    )
    listed = guides_cited(reply)
    assert len(listed) == 3
    assert "educational-guidance-and-career-counselors-and-advisors" not in listed


def test_a_search_without_something_keeps_away_from_it(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "Careers in healthcare without blood?")
    listed = guides_cited(reply)
    assert len(listed) == 3
    assert "phlebotomists" not in listed
    assert "blood" not in reply.answer.lower()
    assert "Sources & References" not in {s for _, s in cited(reply)}


def test_hours_a_guide_has_no_section_on_are_said_to_be_missing(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "do electricians work weekends?")
    # said plainly: no duties list after it, which says nothing of the hours
    assert reply.answer == "The Electricians Career Guide doesn't cover hours or schedules."
    reply = talk(
        onet_components.bot, "electrician vs plumber: which pays more and is part-time work common?"
    )
    assert "The Electricians Career Guide doesn't cover hours or schedules." in reply.answer
    assert "doesn't cover hours or schedules." in reply.answer.split("Plumbers")[-1]
    assert " pay more: a median of " in reply.answer.split("\n")[0]


def test_a_license_question_is_never_answered_with_the_guide_s_credits(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what do truck drivers make, and how do I get the license?")
    assert "Sources & References" not in {s for _, s in cited(reply)}
    assert "CC BY 4.0" not in reply.answer


def test_a_correction_ruling_a_career_out_leaves_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do taxi drivers make?",
        "No, not taxi. Truck driver, tractor trailer. The pay please.",
    )
    assert guides_cited(reply) == {"heavy-and-tractor-trailer-truck-drivers"}


def test_tell_me_about_a_career_after_a_story_gives_the_career_at_a_glance(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I have chronic fatigue syndrome and can only manage part-time, ideally from home. "
        "Tell me about medical transcriptionists.",
    )
    assert guides_cited(reply) == {"medical-transcriptionists"}
    assert {"Overview", "Annual Salary (US, USD)"} <= {s for _, s in cited(reply)}


def test_which_of_the_three_compares_all_three_careers_talked_about(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do radiologic technologists make?",
        "How does that compare to dental hygienists and registered nurses in pay?",
        "Which of the three is growing the fastest?",
    )
    assert guides_cited(reply) == {
        "radiologic-technologists-and-technicians",
        "dental-hygienists",
        "registered-nurses",
    }


def test_what_another_job_makes_compares_pay_not_job_security(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what's the outlook for private detectives?",
        "how does that compare to what security guards make",
    )
    assert {s for _, s in cited(reply)} == {"Annual Salary (US, USD)"}
    assert "security-guards" in guides_cited(reply)


def test_an_outlook_states_each_figure_once(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "what's the job outlook for plumbers?")
    openings = re.findall(r"\d[\d,]* openings", reply.answer)
    assert openings
    assert len(openings) == len(set(openings))


def test_a_licence_asked_about_is_quoted_or_said_to_be_missing(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "do electricians need a license?")
    assert reply.answer.startswith("On licences or certification, the Electricians guide says:")
    assert "Maintain current electrician's license" in reply.answer
    reply = talk(onet_components.bot, "do pharmacy technicians need to be certified?")
    assert reply.answer.startswith(
        "The Pharmacy Technicians guide doesn't cover licences or certification"
    )
    assert ("pharmacy-technicians", "How to Become One") in cited(reply)


def test_a_one_word_follow_up_asks_the_same_careers_for_their_growth(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "electrician or plumber, which pays more?", "Growth?")
    assert cited(reply) == {
        ("electricians", "Job Outlook"),
        ("plumbers-pipefitters-and-steamfitters", "Job Outlook"),
    }


def test_one_ask_picked_out_of_a_comparison_answering_two_is_answered_for_both(
    onet_components: Components,
) -> None:
    """ "Growth?" after pay and growth compared narrows the answer: both careers' outlook."""
    reply = talk(onet_components.bot, "compare electricians with plumbers. Pay, growth.", "Growth?")
    assert cited(reply) == {
        ("electricians", "Job Outlook"),
        ("plumbers-pipefitters-and-steamfitters", "Job Outlook"),
    }


def test_asks_in_a_sentence_after_the_careers_are_each_answered_for_each(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what does a payroll clerk make?",
        "no, Payroll and Timekeeping Clerks vs Billing and Posting Clerks. outlook and pay for "
        "each please",
    )
    for slug in ("payroll-and-timekeeping-clerks", "billing-and-posting-clerks"):
        assert (slug, "Job Outlook") in cited(reply)
        assert (slug, "Annual Salary (US, USD)") in cited(reply)


def test_how_long_to_get_in_is_the_way_in_and_a_kid_off_to_college_needs_no_care(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do electricians make?",
        "appreciate it. how does HVAC compare, pay wise and how long to get in? trying to pick "
        "the faster one, I got a kid starting college in 2 yrs",
    )
    assert "hours and shifts" not in reply.answer
    for slug in ("electricians", "heating-air-conditioning-and-refrigeration-mechanics-and"):
        assert (slug, "How to Become One") in cited(reply)


def test_desk_or_out_on_sites_is_the_setting_a_guide_does_not_cover(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do construction and building inspectors make?",
        "is it mostly desk work or am i out on sites all day? and whats the job market like",
    )
    assert reply.answer.startswith(
        "The Construction and Building Inspectors Career Guide doesn't cover the physical "
        "demands or work setting"
    )
    assert "Yes, the guide lists it" not in reply.answer  # no yes after "doesn't cover"
    assert "Inspect and monitor construction sites" in reply.answer  # the nearest it has
    assert ("construction-and-building-inspectors", "Job Outlook") in cited(reply)
