"""The twenty-second panel over the corpus slice: a follow-up naming one of the careers just
compared ("forget diesel. for aircraft…", "just NP", "do dietitians actually cook") is about
that one alone; a career turned down ("crossing guards?? no") or left ("from a guard job")
is not the one answered; a field named as its work ("technical writing or editing",
"makeup for film/theater instead") is its career; related careers asked for with conditions
("not going down, and pays about the same or more", "closer to my 80k", "without college")
are those meeting them, with their figures; "how long till I get there" and "do they hire a
lot" are the way in and the outlook."""

from __future__ import annotations

import re

from api.components import Components
from tests.talk import guides_cited, on_page, replies, sections

AIRCRAFT = "aircraft-mechanics-and-service-technicians"
DIESEL = "bus-and-truck-mechanics-and-diesel-engine-specialists"


def test_a_follow_up_naming_one_compared_career_is_about_that_one(
    onet_components: Components,
) -> None:
    compared, forgot, openings = replies(
        onet_components.bot,
        "yo im 29 been a car mechanic 8 yrs at a dealership. thinking aircraft mechanic or diesel. "
        "which one pays better",
        "forget diesel. for aircraft whats the actual work like, is it mostly inspections and "
        "paperwork or hands on wrenching",
        "ok cool. last thing how many openings are there each yr for aircraft mechs",
        page=AIRCRAFT,
    )
    assert guides_cited(compared) == {AIRCRAFT, DIESEL}
    assert guides_cited(forgot) == {AIRCRAFT}
    assert "Key Responsibilities" in sections(forgot)
    assert guides_cited(openings) == {AIRCRAFT}
    assert "openings a year" in openings.answer


def test_just_the_one_career_after_a_comparison_of_three(onet_components: Components) -> None:
    reply = replies(
        onet_components.bot,
        "hi im an icu nurse, been an RN 9 years. thinking about going back for NP. whats the pay "
        "difference between what i make now and an NP",
        "i dont need the RN stuff lol im already one. just NP. is the job market good for NPs or "
        "is it getting saturated",
        page="nurse-practitioners",
    )[-1]
    assert guides_cited(reply) == {"nurse-practitioners"}
    assert "Job Outlook" in sections(reply)
    assert reply.answer.count("than the average for all occupations") <= 1  # said once


def test_a_job_word_said_as_what_someone_does_names_no_career(
    onet_components: Components,
) -> None:
    reply = replies(
        onet_components.bot,
        "im a sous chef thinking about becoming a dietitian. whats the pay like compared to "
        "being a chef",
        "nice. and the menus and recipes stuff - do dietitians actually cook or just plan",
    )[-1]
    assert guides_cited(reply) == {"dietitians-and-nutritionists"}


def test_a_career_turned_down_or_left_is_not_the_one_answered(
    onet_components: Components,
) -> None:
    left, turned_down = replies(
        onet_components.bot,
        "my cousin keeps telling me to do cyber security instead, like a security analyst. do i "
        "need college for that one or can i do it from a guard job",
        "crossing guards?? no. information security analyst, the computer one. what school do "
        "they need",
    )
    assert guides_cited(left) == {"information-security-analysts"}
    assert guides_cited(turned_down) == {"information-security-analysts"}
    assert "bachelor's degree" in turned_down.answer


def test_a_field_named_by_its_work_is_its_career(onet_components: Components) -> None:
    compared = replies(
        onet_components.bot,
        "What careers would let me write most of the day without a lot of talking to people?",
        "Hmm, those are not really what I meant. I was thinking of something like technical "
        "writing or editing. How do those two compare?",
    )[-1]
    assert guides_cited(compared) == {"technical-writers", "editors"}
    makeup = on_page(
        onet_components.bot,
        "hairdressers-hairstylists-and-cosmetologists",
        "ok. my hands are starting to hurt from all the blowouts. thinking about makeup for "
        "film/theater instead, whats that pay and do i need more school",
    )
    assert guides_cited(makeup) == {"makeup-artists-theatrical-and-performance"}
    assert "Annual Salary (US, USD)" in sections(makeup)


def test_one_of_the_careers_in_play_named_by_a_word_of_its_name(
    onet_components: Components,
) -> None:
    compared, picked = replies(
        onet_components.bot,
        "i hate being stuck inside. landscaping and groundskeeping workers vs recreation workers,"
        " which pays more",
        "landscaping sounds ok i guess. do u need college for that or can i just start, i only "
        "have my diploma",
    )
    assert guides_cited(compared) == {
        "landscaping-and-groundskeeping-workers",
        "recreation-workers",
    }
    assert guides_cited(picked) == {"landscaping-and-groundskeeping-workers"}


def _figures(answer: str, label: str) -> list[float]:
    found = re.findall(rf"{label} (-?[\d,]+(?:\.\d+)?)", answer.replace("$", ""))
    return [float(v.replace(",", "")) for v in found]


def test_related_careers_asked_for_with_conditions_meet_them(
    onet_components: Components,
) -> None:
    growing = on_page(
        onet_components.bot,
        "medical-transcriptionists",
        "hmm shrinking. whats something close to this thats not going down, and pays about the "
        "same or more",
    )
    assert "lists as related, these pay at least about its median of $" in growing.answer
    growth = _figures(growing.answer, "Projected growth")
    pays = _figures(growing.answer, "A median of")
    own = _figures(growing.answer, "its median of")[0]
    assert growth
    assert all(rate > 0 for rate in growth)
    assert pays
    assert all(pay >= 0.9 * own for pay in pays)
    nearer = on_page(
        onet_components.bot,
        "environmental-science-and-protection-technicians-including",
        "I make around 80k now. Is there an environmental job in these guides that would pay "
        "closer to that?",
    )
    assert "these pay closer to your $80,000" in nearer.answer
    listed = _figures(nearer.answer, "a median of")
    assert listed
    assert all(pay >= 72_000 for pay in listed)
    assert abs(listed[0] - 80_000) == min(abs(pay - 80_000) for pay in listed)


def test_how_long_till_i_get_there_and_do_they_hire_a_lot(onet_components: Components) -> None:
    pilots = on_page(
        onet_components.bot,
        None,
        "Army vet here, 31, was a helicopter crew chief, not a pilot. I want to fly for the "
        "airlines. What do airline pilots make and how long till I get there?",
    )
    assert "doesn't cover" not in pilots.answer
    assert {"Annual Salary (US, USD)", "How to Become One"} <= set(sections(pilots))
    hiring = on_page(
        onet_components.bot,
        "pharmacy-technicians",
        "ok nice!! what would i actually be doing tho like counting pills? and do they hire a lot",
    )
    assert "Job Outlook" in sections(hiring)
    assert "openings a year" in hiring.answer


def test_what_a_students_question_asks_that_the_guide_never_says_is_said(
    onet_components: Components,
) -> None:
    years = on_page(
        onet_components.bot,
        "dentists-general",
        "How many years of school is it in total to become a dentist?",
    )
    assert years.answer.startswith(
        "The Dentists, General Career Guide doesn't cover how long the schooling takes"
    )
    admission = on_page(
        onet_components.bot,
        "dentists-general",
        "hi, im 23 and just graduated with a bio degree. thinking about dental school. how "
        "competitive is it to get in and how much do dentists make?",
    )
    assert "doesn't mention how competitive admission to school is" in admission.answer
    assert "Annual Salary (US, USD)" in sections(admission)
    lineman = on_page(  # no school after high school to measure: nothing said missing
        onet_components.bot,
        "electrical-power-line-installers-and-repairers",
        "yo how much do lineman actually make and how fast can i start making that, i dont "
        "wanna do 4 yrs of college",
    )
    assert "schooling takes" not in lineman.answer
