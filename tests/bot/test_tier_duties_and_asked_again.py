"""The thirty-ninth panel on the bundled guide: "what each level does and how many years" gives
each tier's work beside its years, "the lead … tier. what do they do" that tier's duties; "what
would i make at first" is the entry pay, not "which comes first"; a question asked again that
points at one sentence of the last answer ("would i know my schedule ahead? i need to plan") is
answered by that sentence; someone who finished high school is not told to finish it; "break
the levels down for me" gets no Plus note; "can it lead me to engineering? I dont want to be
stuck" and "what gets you promoted from one level to the next" are the ways up; "thats just
the mid level description again" asks nothing of that level; the growth rate and the pace that
names it, said once, are pointed back at when asked after again, not pasted twice."""

from __future__ import annotations

from api.components import Components
from bot.services.chat import PLUS_NOTE
from tests.talk import on_page, replies, sections

PAGE = "production-technician"
LEVELS = (
    "can you break down the career levels for me? like what each level does and how many "
    "years each one takes"
)


def test_each_level_is_told_with_its_work_and_its_years(components: Components) -> None:
    reply = on_page(components.bot, PAGE, LEVELS)
    assert "0-2 years" in reply.answer
    assert "7+ years" in reply.answer
    assert "focuses on learning the basics of machinery operation" in reply.answer  # junior
    assert "Leads coordinate the activities of production technicians" in reply.answer
    assert PLUS_NOTE not in reply.answer  # "for me" asks for an explanation, not advice


def test_one_named_tier_is_told_by_what_it_does(components: Components) -> None:
    reply = on_page(
        components.bot, PAGE, "the lead production technician / supervisor tier. what do they do"
    )
    assert "Leads coordinate the activities of production technicians" in reply.answer
    assert "Responsibilities include scheduling" in reply.answer


def test_pay_at_first_is_the_entry_pay(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "what would i make at first tho")
    assert reply.answer.startswith("An entry-level production technician earns about $46,950")
    assert "which comes first" not in reply.answer


def test_a_question_asked_again_is_answered_by_the_sentence_it_points_at(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi, I'm a single mom with two kids so I really need day shifts. Do production "
        "technicians work nights or rotating shifts?",
        "what about weekends? and do these jobs usually come with health insurance",
        "ok so if i do get shifts, would i know my schedule ahead of time? i need to plan "
        "childcare",
    )
    assert "generally predictable, allowing technicians to plan personal time" in reply.answer
    assert "Work Setting" not in sections(reply)  # not the plants and stamina instead


def test_high_school_told_as_finished_is_no_step_to_take(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i already finished high school lol. whats the very first step for someone already "
        "working on a line",
    )
    assert "completing a high school diploma" not in reply.answer
    assert "Path to Production Technician" in sections(reply)


def test_leading_to_engineering_and_promotion_are_the_ways_up(components: Components) -> None:
    engineering = on_page(
        components.bot,
        PAGE,
        "ok. but if I take this job, can it lead me to engineering later? I dont want to be stuck",
    )
    promoted = on_page(
        components.bot,
        PAGE,
        "what actually gets you promoted from one level to the next? is it just years or "
        "something else",
    )
    assert "engineering technician" in engineering.answer
    assert "Path to Production Technician" not in sections(engineering)  # not the way in
    assert "Certifications and cross-training enhance prospects for promotion" in promoted.answer
    assert "Job Market Today › Growth Paths" in sections(promoted)


def test_a_complaint_about_the_last_answer_asks_nothing_of_it(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        LEVELS,
        "got it. what actually gets you promoted from one level to the next?",
        "thats just the mid level description again. i mean like certs, skills, whatever helps "
        "you get the promotion",
    )
    assert "Career Path Tiers › Production Technician" not in sections(reply)
    assert "Lean Six Sigma" in reply.answer


def test_a_rate_said_already_is_pointed_back_at_not_said_again(components: Components) -> None:
    first, second = replies(
        components.bot,
        "is this job growing?",
        "ok nothing on layoffs, but is the job stable in general? and is any of those industries "
        "growing more",
        page=PAGE,
    )
    assert "projected to grow 6%. The guide calls that growing at an average pace" in first.answer
    assert "what I said above" in second.answer  # the nearest it has, never pasted twice
    assert "projected to grow 6%" not in second.answer
