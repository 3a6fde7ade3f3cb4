"""The forty-sixth panel on the bundled guide: the steps up asked, or every level asked though
some are named, get the whole ladder; the level between two named ones is that level; a move
into other work is the growth paths; the way "there" is the way to the level the story aims
at; a career the site has no guide for, weighed against this one or asked about beside it,
leaves this one's half answered; pay asked "here" after a place outside the US says the
figures are US ones; a credential asked by initials the guide never writes is said missing,
with the credentials it names; an apprenticeship asked gets the guide's line on
apprenticeships, and a parent asking for their son is no parent needing day shifts; what they
do all day is the day in the life, and a bad day the stress."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
SALARY = "Annual Salary (US, USD)"
TIERS = "Career Path Tiers"
MID = f"{TIERS} › Production Technician"
LEAD = f"{TIERS} › Lead Production Technician / Supervisor"
GROWTH = "Job Market Today › Growth Paths"


def test_the_steps_up_and_how_long_each_takes_are_the_whole_ladder(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok so like if i started as a tech what are the steps up from there and how long does "
        "each one take? i want something to show my parents",
    )
    assert "doesn't answer that directly" not in reply.answer
    for years in ("0-2 years", "2-5 years", "5+ years", "7+ years"):
        assert years in reply.answer


def test_every_level_asked_though_two_are_named_is_the_whole_ladder(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i mean like junior tech then senior or whatever, the levels once you're working. how "
        "many years at each",
    )
    assert MID in sections(reply)
    assert LEAD in sections(reply)


def test_the_level_between_two_named_is_that_level(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "is there nothing between junior and senior? and whats above senior, like can you "
        "become a supervisor eventually",
    )
    assert MID in sections(reply)
    assert LEAD in sections(reply)
    assert "2-5 years" in reply.answer


def test_a_move_into_other_work_is_the_growth_paths(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "could i move from this into a quality engineer role eventually? what would i need",
    )
    assert sections(reply)[0] == GROWTH
    assert "quality assurance positions" in reply.answer


def test_a_normal_next_step_into_other_work_is_no_level(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "is quality engineering a normal next step from production tech, and would six sigma "
        "help me get there",
    )
    assert GROWTH in sections(reply)
    assert "Six Sigma" in reply.answer


def test_the_way_there_is_the_way_to_the_level_the_story_aims_at(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Been a production tech for about 6 years now at a food plant. Thinking about going "
        "for the lead / supervisor spot. What does it take to get there and whats the pay like?",
    )
    assert sections(reply)[0] == LEAD
    assert SALARY in sections(reply)


def test_a_career_weighed_against_this_one_leaves_its_half_answered(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "trying to decide between this and an electrician apprenticeship. which one gets me "
        "to decent money faster?",
    )
    assert "I don't have a guide for electrician" in reply.answer
    assert "$46,950" in reply.answer


def test_a_guide_missing_asked_beside_this_job_leaves_its_question_answered(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "you dont have anything on electricians at all? ok well what about pay for this job "
        "then, like how fast do you go from starting pay to good pay",
    )
    assert reply.mode.value == "cited"
    assert SALARY in sections(reply)


def test_pay_asked_here_after_a_place_abroad_says_the_figures_are_us_ones(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hi, im in ontario canada. what does a production technician make here?",
    )
    assert "US national figures, in US dollars" in reply.answer
    assert "$58,500" in reply.answer


def test_a_credential_the_guide_never_names_is_said_missing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi, my supervisor mentioned I should get the CPT certification. Is it worth it for a "
        "production technician? What other certs actually matter?",
    )
    assert "doesn't mention the CPT certification" in reply.answer
    assert "Certified Manufacturing Technician (CMT)" in reply.answer


def test_initials_asked_beside_a_credential_named_are_said_missing(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what certs matter for this?",
        "but what about CPT specifically? is that the same thing as the CMT one?",
    )
    assert "doesn't mention CPT" in reply.answer
    assert "certifications" in reply.answer


def test_an_apprenticeship_asked_gets_the_line_on_apprenticeships(
    components: Components,
) -> None:
    reply = on_page(components.bot, PAGE, "is there an apprenticeship route instead of college?")
    assert "apprenticeships" in reply.answer


def test_a_parent_asking_for_their_son_needs_no_day_shifts(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hello, asking for my son who is 16 and really into taking things apart and fixing them. "
        "What classes should he be taking in high school for this? And is there an "
        "apprenticeship route instead of college?",
    )
    assert "mathematics, physics, and industrial arts" in reply.answer
    assert "Work Setting" not in sections(reply)


def test_what_they_do_all_day_is_the_day_in_the_life(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hey so what do you actually do all day in this job? like the calibrating and "
        "troubleshooting stuff, how does that work day to day",
    )
    assert sections(reply)[0].startswith("A Day in the Life")


def test_a_bad_day_is_the_stress_not_the_usual_day(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "be honest what does a bad day look like in this job")
    assert "Work-Life Balance & Stress" in sections(reply)
    assert not any(s.startswith("A Day in the Life") for s in sections(reply))
