"""The twenty-first panel on the bundled guide: which of several is loudest, cleanest or
easiest is a ranking the guide never makes (said, before the industries or certifications
it lists), rotating shifts, a four-day week and forced overtime are schedules it never
describes, steady work and layoffs are answered by the outlook with layoffs said to be
missing, and protective gear the guide never names is said to be missing."""

from __future__ import annotations

from api.components import Components
from tests.talk import replies, sections, talk

INDUSTRIES = "Common industries include automotive"


def test_the_loudest_industry_is_a_ranking_the_guide_never_makes(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "which industries are the loudest? i was thinking food processing might be quieter "
        "than auto",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover which is loudest"
    )
    assert INDUSTRIES in reply.answer  # the nearest it has: the industries it names
    cleanest = talk(
        components.bot,
        "So which industries would be cleanest for my lungs? Would electronics be better than "
        "food processing or plastics?",
    )
    assert "doesn't cover which is cleanest" in cleanest.answer
    assert INDUSTRIES in cleanest.answer


def test_the_easiest_certification_is_not_ranked(components: Components) -> None:
    reply = talk(components.bot, "whats the easiest cert to get first")
    assert "doesn't cover which is easiest" in reply.answer
    assert "OSHA" in reply.answer  # the certifications it does name


def test_rotating_shifts_are_a_schedule_the_guide_never_describes(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "What about rotating shifts, like days one week nights the next? Is that normal in "
        "this job",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover rotating shifts"
    )
    assert "shift" in reply.answer.split(";", 1)[1]  # the nearest lines are about shifts


def test_a_four_day_week_is_a_schedule_not_a_case_study(components: Components) -> None:
    reply = talk(
        components.bot, "what about a 4 day week, do plants do that? would make the drive easier"
    )
    assert "doesn't cover four-day or compressed weeks" in reply.answer
    assert "Shift work or overtime is common" in reply.answer
    assert "predictive maintenance" not in reply.answer


def test_forced_overtime_is_said_to_be_missing(components: Components) -> None:
    reply = talk(components.bot, "How much overtime are we talking, like is it forced or optional")
    assert "doesn't cover whether overtime is required" in reply.answer
    assert "overtime requirements are common but generally predictable" in reply.answer


def test_steady_work_is_the_outlook_and_layoffs_are_said_to_be_missing(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "is it steady work tho or do plants lay people off all the time. i need something stable",
    )
    assert "projected to grow 6%" in reply.answer
    assert "doesn't mention layoffs" in reply.answer
    assert "Work Setting" not in sections(reply)  # not the noise and goggles paragraph


def test_protective_gear_the_guide_never_names_is_said_to_be_missing(
    components: Components,
) -> None:
    _, reply = replies(
        components.bot,
        "What protective gear do they usually provide?",
        "Would a respirator or dust mask be part of that?",
    )
    assert "doesn't mention a respirator or dust mask" in reply.answer
    assert reply.mode.value == "cited"  # with the nearest it has, not a refusal
