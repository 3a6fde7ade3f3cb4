"""The thirty-fourth panel on the bundled guide: gear and comparisons worded like jobs
("masks or respirators", "would electronics be cleaner than…", "fixing machines vs checking
quality") are no other career the guide lacks; a next step the guide itself names ("promotion
into QA or engineering tech") is answered from its growth paths; heat ("is it hot/loud in
there", "like 95 degrees in summer") is its Work Setting, not its education; a level the last
answer was at ("those are senior level skills tho") is not the level asked; pay "starting out,
then 5 yrs in, and at the top" gives every level; a region put aside ("ohio not asia"), or a
topic dropped ("forget the women thing"), leads nothing, nor do the visitor's own staff ("a
couple girls working for me"); a diploma from abroad is said not covered."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_gear_worded_like_a_job_is_no_other_career(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what protective gear do techs wear",
        "ok. and the PPE, does it say masks or respirators or just goggles and gloves",
    )
    assert "don't have a guide" not in reply.answer
    assert "Work Setting" in sections(reply)
    assert "safety goggles, gloves, and ear protection" in reply.answer


def test_a_comparison_worded_like_a_job_is_no_other_career(components: Components) -> None:
    dusty = on_page(
        components.bot,
        PAGE,
        "which industries would be less dusty, like would pharmaceuticals or electronics be "
        "cleaner than automotive?",
    )
    tasks = on_page(
        components.bot,
        PAGE,
        "how much is actually fixing machines vs checking quality? trying to figure out if its "
        "closer to maintenance or QC",
    )
    assert "don't have a guide" not in dusty.answer
    assert "don't have a guide" not in tasks.answer


def test_a_next_step_the_guide_names_is_answered_from_its_growth_paths(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "does the guide say anything about promotion into QA or engineering tech, and what "
        "would help me get there",
    )
    assert "don't have a guide" not in reply.answer
    assert "engineering technician, or quality assurance positions" in reply.answer


def test_heat_is_answered_from_the_work_setting(components: Components) -> None:
    asked = on_page(
        components.bot,
        PAGE,
        "how physical is this job? like how much do you have to lift, are you standing all day, "
        "and is it hot/loud in there",
    )
    degrees = on_page(
        components.bot,
        PAGE,
        "what about heat, some plants i've seen are like 95 degrees in summer",
    )
    assert "exposure to heat" in asked.answer
    assert "hot/loud" not in asked.answer  # never "doesn't cover 'is it hot/loud in there'"
    assert "exposure to heat" in degrees.answer
    assert "Skills and Qualifications › Education Level" not in sections(degrees)


def test_the_physical_side_asked_at_an_age_is_its_physical_demands(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok good. what about heat, some plants i've seen are like 95 degrees in summer",
        "that was about school not heat lol. im 52, do you think the physical stuff is doable at "
        "my age or is it more a young persons job",
    )
    assert "doesn't cover age" in reply.answer
    assert "lifting moderate weights" in reply.answer


def test_a_level_the_last_answer_was_at_is_not_the_level_asked(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "what skills words do employers look for, like what should be in the skills section",
        "those are senior level skills tho, im a total beginner. what would an entry level "
        "person put, like soft skills or basic stuff",
    )
    assert not any("Senior" in s for s in sections(reply))
    assert "5+ years" not in reply.answer


def test_pay_at_the_start_after_years_and_at_the_top_gives_every_level(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "how much do production techs make starting out, then like 5 yrs in, and at the top? "
        "also is overtime a normal thing",
    )
    assert "$46,950" in reply.answer
    assert "$70,050" in reply.answer
    assert "$75,000+" in reply.answer
    assert "overtime" in reply.answer.lower()


def test_a_region_put_aside_leads_nothing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i'm in ohio not asia lol. would specializing in automation or plc stuff make me harder "
        "to lay off?",
    )
    assert "Asia" not in reply.answer
    assert "automation" in reply.answer


def test_a_topic_dropped_leads_nothing(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ugh ok, forget the women thing. do techs mostly work alone on machines or with a team",
    )
    assert "women" not in reply.answer
    assert "Collaboration with cross-functional teams" in reply.answer


def test_a_diploma_from_abroad_is_said_not_covered(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "sorry i think you not understand. 1) foreign high school diploma, ok or not? 2) "
        "overtime - extra pay or same pay?",
    )
    assert "doesn't mention whether diplomas or degrees from abroad count" in reply.answer
    assert "high school diploma or equivalent" in reply.answer


def test_the_visitors_own_staff_are_no_question_about_women(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "could i run my own shop someday with a couple girls working for me, or is it always "
        "working for a plant? what does a lead make",
    )
    assert "women" not in reply.answer
    assert "$" in reply.answer
