"""The fifteenth panel over the O*NET guides: careers by the names people use for them (a
"lineman", "bookkeeping", "dispatching", a "radiology tech" given as an example), the page
pointed at, the visitor's own job told as years or as experience, and both asks of a
question that asks how to get hired or which career is better."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page

LINE_INSTALLERS = "electrical-power-line-installers-and-repairers"
WAY_IN = "How to Become One"
PAY = "Annual Salary (US, USD)"


def test_linemen_are_the_power_line_installers(onet_components: Components) -> None:
    reply = on_page(onet_components.bot, None, "how much do linemen make. my uncle says 100k+")
    assert guides_cited(reply) == {LINE_INSTALLERS}
    assert "The median salary for an electrical power-line installer" in reply.answer


def test_a_lineman_asked_about_is_no_other_line_worker(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "My daughter is 17. She wants to be a lineman like her uncle but she's scared of "
        "heights. Does the job involve a lot of climbing?",
    )
    assert guides_cited(reply) == {LINE_INSTALLERS}


def test_a_job_given_as_an_example_is_the_one_meant(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what does a radiologist do",
        "is that a doctor? I meant the tech, like a radiology tech. how much school for that one",
    )
    assert guides_cited(reply) == {"radiologic-technologists-and-technicians"}
    assert "associate's degree" in reply.answer


def test_the_page_pointed_at_wins_over_a_loose_job_word(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "information-security-analysts",
        "what do help desk techs make?",
        "negative, I'm asking about info sec analyst, the page I'm on. degree or no degree?",
    )
    assert guides_cited(reply) == {"information-security-analysts"}
    assert "bachelor's degree" in reply.answer


def test_years_in_a_job_make_it_the_visitors_own(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "information-security-analysts",
        "ETS in 5 months. 25B (IT specialist) for 6 yrs, have Sec+ already. Does my military IT "
        "experience count toward this or will they want a degree first?",
    )
    assert guides_cited(reply) == {"information-security-analysts"}


def test_a_field_asked_whether_it_fits_is_that_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "hi! mom of 3 here, was a bank teller for 6 yrs before I stayed home. I want something "
        "part time. Would bookkeeping work for me?? what do they make",
    )
    assert guides_cited(reply) == {"bookkeeping-accounting-and-auditing-clerks"}
    assert "$50,670" in reply.answer


def test_my_teller_experience_is_the_visitors_not_the_career_asked(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "hey! im a bank teller (3 yrs) making like 36k. my branch manager said i should try to "
        "become a loan officer. whats the pay and would my teller experience count?",
    )
    assert "tellers" not in guides_cited(reply)
    assert ("loan-officers", PAY) in cited(reply)


def test_a_field_a_friend_named_is_the_career_asked(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what does an occupational health and safety specialist make?",
        "ok forget that. my buddy said dispatching is a sit down job, trucking dispatch not 911. "
        "what does it pay and how do you get in",
    )
    dispatchers = "dispatchers-except-police-fire-and-ambulance"
    assert {(dispatchers, PAY), (dispatchers, WAY_IN)} <= cited(reply)
    assert "occupational-health-and-safety-specialists" not in guides_cited(reply)


def test_pay_and_how_to_get_hired_are_both_answered(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "no i said DISPATCHER. truck dispatcher. pay and how to get hired",
    )
    dispatchers = "dispatchers-except-police-fire-and-ambulance"
    assert {(dispatchers, PAY), (dispatchers, WAY_IN)} <= cited(reply)


def test_which_is_better_beside_another_ask_is_told_by_pay(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "I am writing for my grandson, he is 18 and good with his hands. He is deciding between "
        "welding and HVAC. Which one is better and how long is the training for each?",
    )
    assert reply.answer.startswith("Heating, Air Conditioning, and Refrigeration Mechanics and")
    assert "pay more: a median of $61,010" in reply.answer
    hvac = "heating-air-conditioning-and-refrigeration-mechanics-and"
    assert {(hvac, WAY_IN), ("welders-cutters-solderers-and-brazers", WAY_IN)} <= cited(reply)


def test_jobs_adjacent_to_the_pages_are_its_related_roles(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "registered-nurses",
        "RN, 48, 20 years med-surg. my surgeon says no more patient lifting ever. What "
        "nursing-adjacent jobs keep me off the floor?",
    )
    assert ("registered-nurses", "Related Roles") in cited(reply)


def test_a_correction_asks_the_last_question_of_the_career_meant(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "how much do electricians make",
        "no not electricians, linemen like the guys who climb the power poles",
    )
    assert ("electrical-power-line-installers-and-repairers", PAY) in cited(reply)


def test_a_line_of_a_list_is_never_left_after_its_count(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "What do dental hygienists actually do all day? Is it just cleaning teeth for 8 hours?",
    )
    tail = reply.answer.rstrip().splitlines()[-1]
    assert tail.startswith("…and ")
    assert "more in the Key Responsibilities section" in tail


def test_a_careers_name_asks_for_no_section_of_its_words(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "I didnt need the software lists, thanks. Last thing - does software developer also "
        "need the bachelors, and what does it pay?",
    )
    assert cited(reply) == {("software-developers", WAY_IN), ("software-developers", PAY)}


def test_but_what_about_a_field_turns_to_its_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what do tutors make?",
        "ok but what about logistics? i dont have a degree, just some community college",
    )
    assert guides_cited(reply) == {"logisticians"}
