"""The thirty-fifth panel on the bundled guide: "how secure are these jobs" asks whether the
work lasts (its outlook), not its safety; a level's years said back in doubt ("7+ years
tho??") are no years of the visitor's to place them by; "whats a co-op, would that work for
me" is explained from the guide's own words; "what would my first year be like" asks the
entry level, not which step comes first; "why would remote work matter lol" complains of the
last answer and asks nothing of remote work; "whats the best way to get paid more" asks the
way up, not the pay figures again."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"


def test_job_security_is_the_outlook_not_safety(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i live in a small town, theres basically one plant within 40 min. how secure are these "
        "jobs? if that plant closes im kinda screwed",
    )
    assert "Market Demand" in sections(reply) or "Job Outlook & Related Roles" in sections(reply)
    assert "Job Market Today › Role Challenges" not in sections(reply)
    assert "Safety concerns" not in reply.answer


def test_a_levels_years_said_back_are_not_the_visitors(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "i run shifts at a fast food place, like 8-12 people under me. does any of that count if "
        "i wanted to eventually be a lead or supervisor here?",
        "7+ years tho?? so my manager experience doesnt shortcut that at all? i'd still have to "
        "start as junior and learn the machines first?",
    )
    assert "yours would fall here" not in reply.answer
    assert "Career Path Tiers › Senior Production Technician" not in sections(reply)


def test_a_term_asked_with_a_second_question_is_explained(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "whats a co-op, would that work for me or would i have to quit the warehouse",
    )
    assert "cooperative education (co-op)" in reply.answer
    assert "Key Responsibilities" not in sections(reply)


def test_the_first_year_is_the_entry_level(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok so i could get hired with just the diploma? what would my first year actually be "
        "like, like what do they have you doing",
    )
    assert "Career Path Tiers › Junior Production Technician" in sections(reply)
    assert "which comes first" not in reply.answer


def test_a_complaint_about_the_last_answer_asks_nothing_of_it(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "im red green colorblind. does that rule me out of this kind of work? thinking about "
        "wiring colors and those indicator lights on machines",
        "why would remote work matter lol. ok so how much of the job is actually electrical "
        "stuff vs mechanical? if its mostly mechanical maybe im fine",
    )
    assert "remote" not in reply.answer.lower()
    assert "electrical" in reply.answer


def test_the_way_to_more_pay_is_the_way_up(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "so whats the best way to get paid more, any industry. im at 48k now as a junior tech at "
        "a food plant",
    )
    assert "advance" in reply.answer or "Specializ" in reply.answer
    assert sections(reply) != ["Annual Salary (US, USD)"]
