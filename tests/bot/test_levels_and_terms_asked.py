"""The twelfth panel on the bundled guide: the years a level takes ("how many YEARS til im
mid level"), one level named over another ruled out, a term the bot mentioned asked about,
working from home, what kind of person fits, and a worker's own experience asked of this
job; each answered from the section that says it."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk

LEAD_TIER = "Career Path Tiers › Lead Production Technician / Supervisor"


def test_the_years_until_the_mid_level_are_that_levels_span(components: Components) -> None:
    for asked in ("how fast can i get to the mid level number", "how many YEARS til im mid level"):
        reply = talk(components.bot, asked)
        assert "A Production Technician typically has 2-5 years of experience." in reply.answer


def test_a_level_named_with_another_ruled_out_is_the_one_answered(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Is it crazy to start at the bottom at my age, or could my management background let "
        "me aim for the supervisor level?",
        "I meant the Lead / Supervisor level specifically, not senior. What does that one need?",
    )
    assert sections(reply)[0] == LEAD_TIER
    assert "Senior Production Technician" not in reply.answer


def test_a_term_the_visitor_heard_is_explained_by_the_prose_that_explains_it(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "You mentioned lockout/tagout, what is that exactly?",
    )
    assert "to safely disable equipment before maintenance" in reply.answer
    assert not reply.answer.startswith("Yes, the guide lists it.")


def test_working_from_home_on_sick_days_is_answered_from_the_remote_faq(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "im an asst manager at a target, 35, single mom of 2. is this less stressful than "
        "retail and could i do any of it from home on days my kids are sick?",
    )
    assert "fully remote roles are rare" in reply.answer


def test_what_kind_of_person_does_well_is_answered_by_the_soft_abilities(
    components: Components,
) -> None:
    reply = talk(components.bot, "what kind of person does well in this job?")
    assert sections(reply) == ["Skills and Qualifications › Soft Abilities"]


def test_a_mechanics_years_asked_of_this_job_get_what_employers_value(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "been a mechanic 26 yrs, mostly heavy trucks and diesel. would my experience count for "
        "anything as a production tech or am i starting at the bottom",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't say whether experience from a particular job"
    )
    assert "Employers also value experience with industry-specific machinery" in reply.answer


def test_how_long_until_employable_is_answered_beside_the_age_the_guide_leaves_out(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "I'm 56 and got laid off after 24 years on the line. Is it realistic at my age to "
        "retrain as a production technician, and how long would it take before I'm actually "
        "employable?",
    )
    assert reply.answer.startswith("The Production Technician guide doesn't cover age;")
    assert "2-3 years" in reply.answer


def test_how_long_a_named_course_takes_is_said_missing_not_read_off_the_diploma(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "wat certs do i need to get hired. i work at wendys rn no expirence",
        "the osha one how long dose it take",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover how long the OSHA training"
    )


def test_how_long_it_takes_names_no_course(components: Components) -> None:
    reply = talk(components.bot, "how long does it take to become a production technician?")
    assert "doesn't cover how long" not in reply.answer
