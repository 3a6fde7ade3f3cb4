"""The eighteenth panel on the bundled guide: what a term means ("what PLC means in plain
english", "whats lockout tagout"), whether techs teach others, being trained at the start
("do they train you", "the first few months"), how hard the job is on the body, which
high-school classes to take, and the pay between levels ("whats the jump to senior")."""

from __future__ import annotations

from api.components import Components
from tests.talk import replies, sections, talk

JUNIOR = "Career Path Tiers › Junior Production Technician"
STRENGTH = "Frequently Asked Questions › Is physical strength required in this job?"


def test_a_term_asked_about_is_the_guides_line_spelling_it_out(components: Components) -> None:
    plc = talk(components.bot, "can you just tell me what PLC means in plain english")
    assert "PLCs (Programmable Logic Controllers)" in plc.answer
    assert "Skill Map › Foundational Skills" not in sections(plc)  # no list naming it
    lockout = talk(components.bot, "whats lockout tagout, the maint guys always yell about it")
    assert lockout.answer.startswith("The Production Technician guide doesn't define lockout")
    assert "to safely disable equipment before maintenance" in lockout.answer
    cmms = talk(components.bot, "whats CMMS, i see it mentioned. we just use a whiteboard")
    assert "Computerized Maintenance Management Systems (CMMS)" in cmms.answer
    assert "Equipment calibration and maintenance" not in cmms.answer  # not the whole list


def test_an_abbreviation_the_guide_never_writes_is_said_to_be_missing(
    components: Components,
) -> None:
    reply = talk(components.bot, "whats NEC?")
    assert "doesn't mention NEC" in reply.answer


def test_teaching_others_is_answered_by_the_lines_saying_techs_do_it(
    components: Components,
) -> None:
    reply = talk(components.bot, "is teaching other people something techs do")
    assert "Train and assist production operators" in reply.answer
    assert "mentoring junior staff members" in reply.answer
    assert "Skills and Qualifications › Soft Abilities" not in sections(reply)


def test_being_trained_at_the_start_is_the_junior_level(components: Components) -> None:
    trained = talk(
        components.bot, "will they expect me to know machines already or do they train you"
    )
    assert sections(trained)[0] == JUNIOR
    assert "hands-on training" in trained.answer
    months = talk(components.bot, "the first few months, what would i actually be doing day to day")
    assert sections(months)[0] == JUNIOR


def test_how_hard_it_is_on_the_body_is_the_physical_side(components: Components) -> None:
    reply = talk(components.bot, "how hard is it on the body?")
    assert sections(reply)[0] == STRENGTH
    assert "Job Market Today › Role Challenges" not in sections(reply)


def test_high_school_classes_are_the_courses_the_guide_names(components: Components) -> None:
    reply = talk(components.bot, "what subjects should he take in high school?")
    assert "courses in mathematics, physics, and industrial arts" in reply.answer
    assert sections(reply) == ["Path to Production Technician"]


def test_the_pay_between_levels_is_said_in_dollars(components: Components) -> None:
    jump = talk(
        components.bot, "once im a regular tech how much more is senior, like whats the jump"
    )
    assert "$70,050" in jump.answer
    _, junior = replies(
        components.bot,
        "what are the career levels?",
        "wait so junior is how much? and how long til i could be senior",
    )
    assert "$46,950" in junior.answer
