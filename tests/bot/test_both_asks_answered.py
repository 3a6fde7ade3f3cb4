"""What the tenth panel's visitors asked of the bundled guide and got half of: both asks of a
sentence, the levels told apart by name, the pay they wait for, what the guide mentions only
in passing or never, what a term stands for, and the thing asked before the story."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import sections, talk

SAFETY_FAQ = (
    "Frequently Asked Questions › Are there any health risks associated with this profession?"
)


def test_a_stable_career_with_decent_pay_gets_the_outlook_and_the_pay(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "My son is 19, hes been stocking shelves at Walmart since graduating. "
        "Is production technician a stable career with decent pay?",
    )
    assert "projected to grow 6%" in reply.answer
    assert "$58,500" in reply.answer


def test_a_question_run_on_into_another_gets_both(components: Components) -> None:
    reply = talk(
        components.bot,
        "i drive forklift at a warehouse 3 yrs. what does a production tech do all day "
        "is it more dangerous then forklift",
    )
    # what they do all day: the work itself or the day in the life
    assert any(s.startswith(("Core Functions", "A Day in the Life")) for s in sections(reply))
    assert "health risks" in reply.answer


def test_two_levels_told_apart_each_under_its_name_and_years(components: Components) -> None:
    reply = talk(
        components.bot,
        "so senior is 70k after 5+ yrs? whats the difference between senior and lead",
    )
    assert "$70,050" in reply.answer
    assert "Senior Production Technician (5+ years):" in reply.answer
    assert "Lead Production Technician / Supervisor (7+ years):" in reply.answer
    assert reply.answer.count("typically has") == 0  # the years are said once, by the name


def test_how_long_until_a_pay_names_the_level_that_pays_it_and_its_years(
    components: Components,
) -> None:
    reply = talk(components.bot, "how long till im making like 70k doing this")
    assert "senior-level pay, about $70,050" in reply.answer
    assert "5+ years" in reply.answer
    beyond = talk(components.bot, "how many years to make 100k")
    assert "No level in the guide pays that much" in beyond.answer
    assert "$75,000+" in beyond.answer


def test_what_the_guide_mentions_only_in_passing_is_quoted_not_refused(
    components: Components,
) -> None:
    reply = talk(components.bot, "ok. my german is not so good. is language important?")
    assert reply.mode == Mode.CITED.value
    assert "Language skills and cultural adaptability" in reply.answer
    assert sections(reply) == ["Global Outlook"]


def test_a_thing_the_guide_never_names_is_said_to_be_missing(components: Components) -> None:
    reply = talk(components.bot, "is there a union")
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't mention unions"
    )


def test_describing_words_are_no_careers_without_a_guide(components: Components) -> None:
    for question in (
        "decent pay?",
        "OSHA is American though, isnt it? Does the guide say anything about UK or European "
        "equivalents?",
    ):
        reply = talk(components.bot, question)
        assert reply.mode == Mode.CITED.value, question
        assert "I don't have a guide for" not in reply.answer


def test_experience_from_other_work_gets_what_the_guide_says_employers_value(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "Army vet here, 8 years as a 91B wheeled vehicle mechanic. Do my mechanic skills carry "
        "over to production tech or am I starting at the bottom?",
    )
    assert reply.answer.startswith(
        "The Production Technician guide doesn't say whether experience from a particular job"
    )
    assert "Employers also value experience with industry-specific machinery" in reply.answer


def test_the_thing_asked_comes_before_the_story_told(components: Components) -> None:
    reply = talk(components.bot, "can i do this job from home. i have a bad back and 2 little kids")
    assert (
        sections(reply)[0]
        == "Frequently Asked Questions › Can Production Technicians work remotely?"
    )
    assert "doesn't cover disability or health limits" in reply.answer


def test_robots_taking_the_job_gets_the_guides_lines_on_automation(
    components: Components,
) -> None:
    reply = talk(components.bot, "r robots going to take this job in 10 yrs")
    assert "projected to grow 6%" in reply.answer
    assert "Job Market Today › Industry Trends" in sections(reply)
    assert len(set(reply.answer.split(". "))) == len(reply.answer.split(". "))  # no line twice


def test_the_level_asked_about_beats_the_level_the_years_hold(components: Components) -> None:
    reply = talk(
        components.bot,
        "Ive been a production tech at a food plant for about 4 years now. What separates me "
        "from a senior tech, and what does a senior make vs what I make now?",
    )
    assert sections(reply)[0] == "Career Path Tiers › Senior Production Technician"
    assert "$70,050" in reply.answer
    assert SAFETY_FAQ not in sections(reply)


def test_being_called_in_at_night_is_said_to_be_missing_before_the_shift_lines(
    components: Components,
) -> None:
    reply = talk(components.bot, "breakdowns, emergencies. do u get called in at 3am")
    assert "doesn't cover being on call" in reply.answer
    assert "Periodic emergencies or equipment breakdowns" in reply.answer


def test_a_school_co_op_asked_to_count_gets_the_guides_co_op_line(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "thanks. Also does my schools co-op count as experience? and what industries should "
        "i target, I like pharma",
    )
    assert reply.answer.index("cooperative education (co-op)") < 200
    assert "pharmaceuticals" in reply.answer


def test_a_level_asked_for_again_is_given_again(components: Components) -> None:
    said = talk(
        components.bot,
        "Ive been a production tech for about 4 years now. What separates me from a senior tech?",
        "Right, thats my level. I asked what the SENIOR level involves though.",
    )
    assert sections(said) == ["Career Path Tiers › Senior Production Technician"]


def test_a_pay_told_by_the_hour_is_told_the_guide_gives_yearly_pay(
    components: Components,
) -> None:
    reply = talk(components.bot, "do they pay more then forklift? i make 19 a hr")
    assert reply.answer.startswith("The guide gives yearly pay, not hourly rates.")
    assert "$58,500" in reply.answer


def test_what_is_ruled_out_is_no_circumstance_told(components: Components) -> None:
    reply = talk(
        components.bot,
        "is it safe?",
        "No, I asked about the HOURS, not certifications. Are night shifts common or not?",
    )
    assert reply.answer.startswith(  # the guide says "around the clock", never "nights"
        "The Production Technician Career Path Guide doesn't cover night shifts; here is the "
        "nearest it has. Shift work or overtime is common"
    )
    assert "certification" not in reply.answer.lower()


def test_what_one_needs_for_a_start_asks_the_way_in(components: Components) -> None:
    reply = talk(
        components.bot,
        "i am from philippines working now in dubai as helper in a plant. i want to become "
        "production technician. is good demand here and what i need for start?",
    )
    assert "Path to Production Technician" in sections(reply)
    assert "doesn't cover" not in reply.answer


def test_hours_asked_alone_asks_the_shifts(components: Components) -> None:
    for turns in (["hours?"], ["whats the pay", "and hours?"]):
        reply = talk(components.bot, *turns)
        assert "Shift work or overtime is common" in reply.answer, turns
        assert "Afternoon" not in reply.answer
