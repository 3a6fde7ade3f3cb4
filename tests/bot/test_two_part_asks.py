"""A message asking two things gets both answered, for each career it weighs, however the
second is put ("how much schooling does each one take?", "do u need colege", "and what I
need?"); a thing no guide covers is said plainly, and an option is read by the name people
use for it ("solar installer", "wind turbine tech")."""

from __future__ import annotations

import re

import pytest

from api.components import Components
from bot.answer import Mode
from tests.talk import cited, guides_cited, replies, talk

PAY = "Annual Salary (US, USD)"
GET_IN = "How to Become One"
OUTLOOK = "Job Outlook"


@pytest.mark.parametrize(
    ("message", "careers", "parts"),
    [
        (
            "Hi! I'm 45 and I've been a receptionist at a dental office for 8 years. I'm thinking"
            " about going back to school to be either a dental hygienist or a dental assistant."
            " What's the difference in pay and how much schooling does each one take?",
            ("dental-hygienists", "dental-assistants"),
            (PAY, GET_IN),
        ),
        (
            "I want study for better job. Radiologic technologist or ultrasound sonographer,"
            " which is better salary and school is how long?",
            ("radiologic-technologists-and-technicians", "diagnostic-medical-sonographers"),
            (PAY, GET_IN),
        ),
        (
            "Electrician vs plumber - which has more job openings and which apprenticeship is"
            " shorter?",
            ("electricians", "plumbers-pipefitters-and-steamfitters"),
            (OUTLOOK, GET_IN),
        ),
        (  # "solar installer" is a title of both solar careers: the broad one, not the thermal
            "got laid off from the oil patch, was a roughneck 6 yrs. lookin at wind turbine tech"
            " or solar installer. which one pays better n is there work",
            ("wind-turbine-service-technicians", "solar-photovoltaic-installers"),
            (PAY, OUTLOOK),
        ),
    ],
)
def test_each_career_weighed_gets_both_things_asked(
    onet_components: Components, message: str, careers: tuple[str, ...], parts: tuple[str, ...]
) -> None:
    reply = talk(onet_components.bot, message)
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == set(careers)
    for slug in careers:
        assert f"{onet_components.bot.guides[slug].career}:" in reply.answer
        for part in parts:
            assert (slug, part) in cited(reply)


@pytest.mark.parametrize(
    "message",
    [
        "wat does an interpreter make and do u need colege",
        "Good evening. I am from Morocco, I teach French 15 years. I want to know about work of"
        " interpreter and translator in United States: the salary and if I need a certificate.",
    ],
)
def test_pay_and_schooling_of_one_career_are_both_answered(
    onet_components: Components, message: str
) -> None:
    reply = talk(onet_components.bot, message)
    guide = onet_components.bot.guides["interpreters-and-translators"]
    assert {("interpreters-and-translators", PAY), ("interpreters-and-translators", GET_IN)} <= (
        cited(reply)
    )
    assert guide.facts.median_salary is not None
    assert guide.facts.median_salary.value in reply.answer
    assert "bachelor's degree" in reply.answer


def test_what_a_cook_needs_to_be_a_chef_is_answered_beside_the_pay(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hola, I am cook in restaurant 10 years, from Guatemala. I want to be chef, head chef."
        " how much they make and what I need?",
    )
    assert {("chefs-and-head-cooks", PAY), ("chefs-and-head-cooks", GET_IN)} <= cited(reply)
    assert "doesn't cover" not in reply.answer


def test_the_physical_side_no_guide_covers_is_said_plainly_for_each(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I been a cook 20 years, the kitchen heat is rough. Food service manager or chef, which"
        " one is easier on the body and what do they pay?",
    )
    assert guides_cited(reply) == {"food-service-managers", "chefs-and-head-cooks"}
    assert reply.answer.count("doesn't cover the physical demands") == 2
    assert not any(section == "Work Style" for _, section in cited(reply))
    assert {section for _, section in cited(reply)} == {PAY}


def test_a_trade_asked_about_as_a_career_is_its_workers_guide(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "My son is 19 and loves taking things apart. Is welding a good career for him? What's"
        " the job outlook?",
    )
    assert guides_cited(reply) == {"welders-cutters-solderers-and-brazers"}
    assert ("welders-cutters-solderers-and-brazers", OUTLOOK) in cited(reply)


def test_the_job_a_visitor_considers_working_as_is_not_their_own(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Good morning. I am retiring after 22 years as an electrician. I am considering work as"
        " a wind turbine service technician. What does the position pay, and what does the"
        " outlook look like?",
    )
    assert cited(reply) == {
        ("wind-turbine-service-technicians", PAY),
        ("wind-turbine-service-technicians", OUTLOOK),
    }


def test_working_from_home_no_guide_covers_is_said_before_the_pay(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hi im a mom of a 12 yr old and need somthing i can do from home mostly. is medical"
        " transcription a good option? what does it pay",
    )
    assert guides_cited(reply) == {"medical-transcriptionists"}
    assert "doesn't cover" in reply.answer
    assert "working from home" in reply.answer
    assert ("medical-transcriptionists", PAY) in cited(reply)


def test_the_same_questions_of_the_career_meant_are_answered_from_it(
    onet_components: Components,
) -> None:
    first, corrected = replies(
        onet_components.bot,
        "what does a medical lab technician make?",
        "oh wait, I meant web developer. same question please",
    )
    assert guides_cited(first) == {"medical-and-clinical-laboratory-technicians"}
    assert cited(corrected) == {("web-developers", PAY)}


def test_which_needs_less_schooling_is_said_first_from_each_entry_education(
    onet_components: Components,
) -> None:
    _, reply = replies(
        onet_components.bot,
        "Court reporter or medical transcriptionist, what do they pay?",
        "ok so which one needs less schooling, just tell me straight",
    )
    slugs = ("court-reporters-and-simultaneous-captioners", "medical-transcriptionists")
    assert {(slug, GET_IN) for slug in slugs} <= cited(reply)
    first = reply.answer.split("\n")[0]
    entries = [onet_components.bot.guides[slug].facts.entry_education for slug in slugs]
    assert all(entry is not None and entry.value.lower().rstrip(".") in first for entry in entries)


def test_which_of_the_two_is_easier_to_find_work_in_stays_with_the_two(
    onet_components: Components,
) -> None:
    _, reply = replies(
        onet_components.bot,
        "I'm good at physics and math but I don't know what career to pick. Could you compare"
        " mechanical engineers and electrical engineers?",
        "Which one is easier to find a job in?",
    )
    assert guides_cited(reply) == {"mechanical-engineers", "electrical-engineers"}


def test_certs_asked_beside_pay_get_the_way_in(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "information security analyst pay and certs")
    assert {("information-security-analysts", PAY), ("information-security-analysts", GET_IN)} <= (
        cited(reply)
    )
    assert "doesn't cover licences or certification" in reply.answer  # no Security+ to cite


def test_compare_to_another_career_named_in_short_compares_the_two(
    onet_components: Components,
) -> None:
    _, compared = replies(
        onet_components.bot,
        "information security analyst pay and certs",
        "compare to network admin",
    )
    assert guides_cited(compared) == {
        "information-security-analysts",
        "network-and-computer-systems-administrators",
    }


def test_a_bad_knee_and_a_trade_are_answered_without_saying_anything_twice(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I'm 41 and work in a warehouse. I want to learn a trade but I have a bad knee so no"
        " climbing ladders all day. Is HVAC a good idea?",
    )
    assert guides_cited(reply) == {"heating-air-conditioning-and-refrigeration-mechanics-and"}
    assert reply.answer.count("the physical demands") == 1
    sentences = [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\[\d+\]", reply.answer)]
    said = [s for s in sentences if len(s) > 20]
    assert all(not any(s in other and s != other for other in said) for s in said)


def test_jobs_that_use_a_trade_s_knowledge_are_searched_not_the_trade_itself(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "been a diesel mechanic 20 yrs, got diabetes now and feet bother me. what jobs use my"
        " mechanic knowlege but less on my feet",
    )
    assert len(guides_cited(reply)) > 1
    assert "bus-and-truck-mechanics-and-diesel-engine-specialists" not in guides_cited(reply)


def test_a_part_wanting_to_know_more_gets_no_list_of_other_names(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Why is mechanical engineering interesting to you? Why did you select it over other"
        " engineering disciplines?\nI am a senior in high school who doesn't know which"
        " engineering discipline to major in. Mechanical engineering is my top choice right"
        " now, I want to know more about it",
    )
    assert "mechanical-engineers" in guides_cited(reply)
    assert not any(section == "Also Known As" for _, section in cited(reply))
