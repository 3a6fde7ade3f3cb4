"""The fourteenth panel over the O*NET guides: both asks of a comparison answered for each
career (pay and the way in), a comparison by "better money than", the pay a visitor makes
set beside a career's, the page's career pointed at past a story's job word, a longer title
narrowing a correction, careers kept away from what is not wanted, and BLS's own order of
entry education."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page

HYGIENISTS = "dental-hygienists"
ASSISTANTS = "dental-assistants"
WAY_IN = "How to Become One"
PAY = "Annual Salary (US, USD)"


def test_a_comparison_asking_pay_and_the_way_in_answers_both(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "hello, i want to study dental hygiene or dental assistent. which is more easy to get in "
        "and which one make more money? i am 18, first in my family to go college",
    )
    assert {(g, s) for g in (HYGIENISTS, ASSISTANTS) for s in (WAY_IN, PAY)} <= cited(reply)
    assert "Dental Hygienists pay more" in reply.answer
    assert "Dental Assistants need less schooling" in reply.answer


def test_pay_and_how_you_get_in_written_short_are_both_asked(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot, None, "boilermaker vs structural metal fabricator, pay + how u get in"
    )
    for guide in ("boilermakers", "structural-metal-fabricators-and-fitters"):
        assert {(guide, WAY_IN), (guide, PAY)} <= cited(reply)


def test_better_money_than_a_field_compares_the_two(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot, None, "i weld now. wat about hvac is that better money then welding"
    )
    assert guides_cited(reply) == {
        "heating-air-conditioning-and-refrigeration-mechanics-and",
        "welders-cutters-solderers-and-brazers",
    }
    assert "pay more: a median of $61,010" in reply.answer


def test_weekly_pay_told_is_set_beside_the_careers(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "pharmacy-technicians",
        "what it pay and how fast I can start? Uber give me around 600-700 per week",
    )
    assert (
        "$600–$700 a week comes to about $33,800 a year: less than the guide's entry-level "
        "pay of $36,020" in reply.answer
    )
    assert ("pharmacy-technicians", WAY_IN) in cited(reply)


def test_they_with_a_story_of_loose_job_words_is_the_careers_pay(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        HYGIENISTS,
        "ok 2 yrs-ish then. what do they make? i clear maybe 38k a year after booth rent and "
        "product",
    )
    assert guides_cited(reply) == {HYGIENISTS}
    assert "You make about $38,000 a year: less than the guide's entry-level pay" in reply.answer


def test_this_job_on_a_page_is_the_pages_not_a_storys_rank(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "logisticians",
        "Retired Army, 52, did 22 years mostly in logistics/supply (92A then warrant officer). "
        "Does my military logistics background line up with this job, and what's the pay?",
    )
    assert guides_cited(reply) == {"logisticians"}
    assert "$82,320" in reply.answer


def test_a_correction_narrowed_by_the_longer_title_it_writes(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "Is it true she can be a nurse with only 1 year of school, or is that the assistant?",
        "No no, I mean the nurse not the assistant. The practical nurse, LPN. How much school "
        "and how much she make?",
    )
    assert guides_cited(reply) == {"licensed-practical-and-licensed-vocational-nurses"}


def test_a_search_without_blood_offers_no_career_drawing_blood(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "My daughter is 16 and wants to work in healthcare but she literally faints at the sight "
        "of blood. Are there any medical jobs where she wouldn't have to deal with blood or "
        "needles?",
    )
    assert reply.citations
    assert "phlebotomists" not in guides_cited(reply)
    assert "blood" not in reply.answer.lower()


def test_entry_education_is_ranked_in_bls_order(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "library technician vs tutor, which needs less school and which pays better?",
    )
    assert "Tutors need less schooling: typically some college, no degree" in reply.answer


def test_bootcamps_the_guide_never_names_are_said_so(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "yo so im a line cook (26) been teaching myself html/css/javascript on youtube at night. "
        "can i actually get hired as a web developer without a degree?? like do bootcamps count",
    )
    assert reply.answer.startswith("The Web Developers Career Guide doesn't mention bootcamps")
    assert ("web-developers", WAY_IN) in cited(reply)


def test_the_tech_compared_to_is_the_one_the_talk_was_on(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "whats a vet tech do, is there a lot of blood",
        "what about a vet assistant, how much school",
        "how much do they make compared to the tech?",
    )
    assert guides_cited(reply) == {
        "veterinary-assistants-and-laboratory-animal-caretakers",
        "veterinary-technologists-and-technicians",
    }
    assert "Veterinary Technologists and Technicians pay more" in reply.answer


def test_a_line_leading_into_a_list_never_ends_an_answer(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "physical-therapists",
        "ok doctorate, thats a lot. is it hard? like harder than nursing?",
    )
    assert "scale):" not in reply.answer
    assert reply.citations
