"""The forty-fourth panel over the O*NET guides: a title written short is the career whose
name spells it out ("medical lab technologist"), and a bare job noun joined to a title takes
its modifiers ("a medical lab technician and a technologist"); a job noun several careers'
titles end in ("data analyst") is none of them alone; "the force" is no Special Forces; a
field wanted is where the answer comes from ("get into real estate… the license exam"); a
correction ruling a career out is no pick of it; "and the tools?" turns to no tool operators;
options after "I was thinking more like" are compared; "jobs coming up" is the outlook; "and
if I make detective later on?" asks the last question of detectives; "the top guys" are the
top of the pay; "nursing or a pharmacy tech, which can I start faster" weighs both; whether a
degree of one's own field counts is said unknown, the guides naming no field of study; "old
enough" asks an age the guides never give; "what about foreman? can i get that with just
experience" is one question of the way in."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, sections, talk

SALARY = "Annual Salary (US, USD)"
TECHNICIANS = "medical-and-clinical-laboratory-technicians"
TECHNOLOGISTS = "medical-and-clinical-laboratory-technologists"
ELECTRICAL = "electrical-and-electronic-engineering-technologists-and"


def test_a_bare_job_noun_takes_the_modifiers_of_the_title_before_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hey im a phlebotomist and want to move up to the lab side. whats the difference "
        "between a medical lab technician and a technologist? and what school do i need",
    )
    assert {TECHNICIANS, TECHNOLOGISTS} <= guides_cited(reply)
    assert ELECTRICAL not in guides_cited(reply)


def test_tech_vs_technologist_are_the_two_careers_of_the_talk(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "whats the difference between a medical lab technician and a technologist?",
        "ok and the pay for tech vs technologist? i make like 43k as a phleb",
    )
    assert ELECTRICAL not in guides_cited(reply)
    assert "electrical" not in reply.answer.lower()


def test_a_title_written_short_is_the_career_its_name_spells_out(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "i mean medical lab technologist, the clinical lab one. what school do i need?",
    )
    assert guides_cited(reply) == {TECHNOLOGISTS}


def test_a_job_noun_several_careers_titles_end_in_is_none_of_them_alone(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hi, im an accountant (39) thinking about switching to data analyst. what skills would "
        "i actually need to learn? excel i know well already",
    )
    assert "financial-and-investment-analysts" not in guides_cited(reply)


def test_years_on_the_force_are_no_special_forces(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I've been a police officer 18 years and I'm looking at social work with kids and "
        "families. Do I need an MSW?",
        "would my years on the force count as related experience? and do healthcare social "
        "workers make more?",
    )
    assert "special-forces" not in guides_cited(reply)
    assert ("healthcare-social-workers", SALARY) in cited(reply)


def test_a_field_wanted_is_where_the_answer_comes_from(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i work retail rn and want to get into real estate. how hard is the license exam and "
        "how long does it take to get licensed?",
    )
    assert "licensed-practical-and-licensed-vocational-nurses" not in guides_cited(reply)
    assert guides_cited(reply) & {"real-estate-brokers", "real-estate-sales-agents"}


def test_a_career_ruled_out_in_a_correction_is_no_pick(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a plumbers helper rn, been about a year. how does the plumbing apprenticeship work "
        "and how long is it",
        "no i mean the apprenticeship to become an actual plumber, not the helper job. im "
        "already a helper lol",
    )
    assert guides_cited(reply) == {"plumbers-pipefitters-and-steamfitters"}


def test_and_the_tools_turns_to_no_tool_operators(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do health informatics specialists need to learn?",
        "and the tools? like do i need to learn coding or is it more like epic and excel stuff",
    )
    assert ("health-informatics-specialists", "Tech Stack") in cited(reply)
    assert "computer-numerically-controlled-tool-operators" not in guides_cited(reply)


def test_options_one_was_thinking_more_like_are_compared(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "A 911 dispatcher is the opposite of calm. I was thinking more like accounting, "
        "auditing, bookkeeping - something with numbers. Which of those is the least stressful?",
    )
    assert "accountants-and-auditors" in guides_cited(reply)
    assert "bookkeeping-accounting-and-auditing-clerks" in guides_cited(reply)
    assert "public-safety-telecommunicators" not in guides_cited(reply)


def test_jobs_coming_up_is_the_outlook(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hm ok. and pay for civil engineers? like right out of college",
        "why did u send me all the job duties lol. last q: are there a lot of civil engineering "
        "jobs coming up?",
    )
    assert sections(reply) == ["Job Outlook"]


def test_and_if_i_make_another_rung_asks_the_last_question_of_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "i want to be a cop. how much do cops make starting out",
        "and if i make detective later on?",
    )
    assert cited(reply) == {("detectives-and-criminal-investigators", SALARY)}


def test_the_top_guys_are_the_top_of_the_pay(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "how's the pay for welders, like starting and after a few yrs",
        "what about the top guys?",
    )
    assert "doesn't mention" not in reply.answer
    assert ("welders-cutters-solderers-and-brazers", SALARY) in cited(reply)


def test_a_field_or_a_job_which_starts_faster_weighs_both(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "idk if i should do nursing or be a pharmacy tech. which one can i start faster?",
    )
    assert {"registered-nurses", "pharmacy-technicians"} <= guides_cited(reply)


def test_whether_a_degree_of_some_field_counts_is_said_unknown(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "i have a bachelor's in biology. would my biology bachelor's count if i want to become "
        "a registered nurse?",
    )
    assert "doesn't mention which field of study the degree must be in" in reply.answer
    assert ("registered-nurses", "How to Become One") in cited(reply)


def test_old_enough_asks_an_age_the_guide_never_gives(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i want to be a cop. how does police academy work and how long is it",
        "im 18 is that old enough or do u have to be 21",
    )
    assert "doesn't cover age" in reply.answer
    assert guides_cited(reply) == {"police-and-sheriff-s-patrol-officers"}


def test_what_about_a_rung_then_a_question_of_it_is_one_question(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "been a laborer 15 years, no college. can someone like me become a construction manager "
        "without a degree?",
        "figured. whats the pay for construction manager vs what laborers make",
        "what about foreman / site supervisor? can i get that with just experience",
    )
    assert sections(reply) == ["How to Become One"]
    assert "first-line-supervisors-of-construction-trades-and-extraction" in guides_cited(reply)
