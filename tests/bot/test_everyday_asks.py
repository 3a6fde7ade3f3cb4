"""What a visitor asks in everyday words is answered from the part of the bundled guide that
answers it: school shorthand, a dead end, years told in a story, and a whole typical day."""

from __future__ import annotations

import pytest

from api.components import Components
from tests.talk import sections, talk

DAY = "A Day in the Life"
ADVANCEMENT = (
    "Frequently Asked Questions › What career advancement opportunities exist for Production"
    " Technicians?"
)


def test_classes_in_hs_are_the_high_school_classes(components: Components) -> None:
    reply = talk(components.bot, "what classes should i have taken in hs for it")
    first = reply.answer.split(". ")[0]
    assert "high school" in first
    assert "mathematics, physics, and industrial arts" in first


def test_a_dead_end_asks_where_the_job_leads(components: Components) -> None:
    reply = talk(components.bot, "Is production technician a dead-end job?")
    assert sections(reply)[0] in {ADVANCEMENT, "Job Market Today › Growth Paths"}
    assert "engineering technician" in reply.answer


def test_years_told_in_a_story_pick_no_career_level(components: Components) -> None:
    reply = talk(
        components.bot,
        "I work assembly line electronics factory 6 years. I want become production"
        " technician. What is difference from my job now?",
    )
    assert not any(s.startswith("Career Path Tiers") for s in sections(reply))


def test_a_typical_day_shows_each_part_whole(components: Components) -> None:
    day = talk(components.bot, "what's a typical day look like for them")
    guide = components.bot.guides["production-technician"]
    slots = [s for s in guide.walk() if s.path_text.startswith(f"{DAY} › ")]
    assert len(slots) == 3
    for slot in slots:
        for item in slot.items:
            assert item in day.answer
    assert "more in the" not in day.answer


def test_a_part_of_a_message_the_guide_answers_no_differently_is_not_quoted_back(
    components: Components,
) -> None:
    # the second question asks what the first answer says; a story sentence asks nothing
    for message in (
        "Hello, I am welder 10 years in Colombia. I want to be production technician in USA."
        " Is good salary? Which is median?",
        "My son is 19 and loves taking things apart. Is production technician a good career"
        " for him? What's the job outlook?",
    ):
        reply = talk(components.bot, message)
        assert "doesn't cover \"" not in reply.answer
        assert reply.citations


def test_a_career_level_named_by_its_place_is_that_level(components: Components) -> None:
    third = talk(components.bot, "the third tier, what do they do?")
    assert sections(third)[0] == "Career Path Tiers › Senior Production Technician"


def test_a_region_of_the_world_asks_the_global_outlook(components: Components) -> None:
    reply = talk(
        components.bot, "I'm from Poland. Is Middle East good option? What type of plants?"
    )
    assert "Global Outlook" in sections(reply)[0]
    assert "petrochemical" in reply.answer


def test_an_age_told_beside_another_question_is_not_answered_as_asked(
    components: Components,
) -> None:
    told = talk(components.bot, "I'm 34. What does a production technician do all day?")
    assert "doesn't cover age" not in told.answer
    asked = talk(components.bot, "I'm 52, is it too late to become a production technician?")
    assert "doesn't cover age" in asked.answer


def test_technical_and_soft_skills_asked_together_are_both_listed_whole(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "What skills should I screen for when hiring production technicians? Technical and soft"
        " skills please.",
    )
    parts = [f"Skills and Qualifications › {part}" for part in ("Tech Skills", "Soft Abilities")]
    assert sections(reply) == parts
    guide = components.bot.guides["production-technician"]
    for path in parts:
        section = guide.find(path)
        assert section is not None
        for item in section.items:
            assert item in reply.answer


def test_moving_up_to_senior_answers_the_senior_tier_beside_its_pay(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "I've been a production tech for 3 years. How do I move up to senior and make more money?",
    )
    cited = sections(reply)
    assert cited[0] == "Career Path Tiers › Senior Production Technician"
    assert "Annual Salary (US, USD)" in cited
    assert "5+ years" in reply.answer
    assert "$70,050" in reply.answer
    assert "promotion" in reply.answer  # the way up, not only what the level is


def test_pay_and_college_asked_in_chat_spelling_are_both_answered(components: Components) -> None:
    reply = talk(components.bot, "wat does a production technician make and do u need colege")
    cited_sections = sections(reply)
    assert cited_sections[0] == "Annual Salary (US, USD)"
    assert "$58,500" in reply.answer
    assert any(s in {"Required Education", "Skills and Qualifications › Education Level",
                     "Path to Production Technician"} for s in cited_sections[1:])  # fmt: skip


def test_which_certification_first_is_told_the_guide_does_not_rank_them(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "I'm thinking about certifications. OSHA, CMT, Six Sigma",
        "which one of those first",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover which comes first"
    )
    assert "OSHA" in reply.answer


@pytest.mark.parametrize(
    "message",
    [
        "ok what about the day to day for a production tech",
        "what does a normal day look like then",
    ],
)
def test_a_day_asked_in_other_words_shows_every_part_of_it(
    components: Components, message: str
) -> None:
    cited = sections(talk(components.bot, message))
    assert [s for s in cited if s.startswith(f"{DAY} › ")] == [
        f"{DAY} › {slot}"
        for slot in (
            "Morning (9:00 AM - 12:00 PM)",
            "Afternoon (12:00 PM - 3:00 PM)",
            "Late Afternoon (3:00 PM - 6:00 PM)",
        )
    ]


def test_levels_written_with_a_hyphen_are_the_guides_own_levels(components: Components) -> None:
    reply = talk(components.bot, "How much does an entry-level tech make versus a mid-level one?")
    assert "don't have a guide" not in reply.answer
    assert "$46,950" in reply.answer
