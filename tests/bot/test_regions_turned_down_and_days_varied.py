"""The forty-sixth panel on the bundled guide: a region the last answer brought up, echoed
back or turned down ("middle east? no im staying in the states", "im not moving to the middle
east lol") is no question of regions; the years to a level, asked beside its pay, are that
tier's; whether the days vary ("is the actual work varied or repetitive") and how much of
the work is at a screen are the typical day, not the health risks of repetitive motions;
being "stuck on nights" or "stuck staying late" asks about the shifts, not about getting
stuck in the career; and the mistakes beginners make are the guide's list of them."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, replies, sections

PAGE = "production-technician"
GLOBAL = "Global Outlook"
DAY = "A Day in the Life"


def test_a_region_echoed_or_turned_down_is_no_question_of_regions(
    components: Components,
) -> None:
    echoed = on_page(
        components.bot,
        PAGE,
        "middle east? no im staying in the states lol. i mean does my navy electrical "
        "experience get me past the junior level or no",
    )
    assert GLOBAL not in sections(echoed)
    assert any(s.startswith("Career Path Tiers") for s in sections(echoed))
    turned_down = on_page(
        components.bot,
        PAGE,
        "im not moving to the middle east lol. just tell me, food plants and plastics plants, "
        "do they hire production technicians yes or no",
    )
    assert sections(turned_down) == [
        "Frequently Asked Questions › What industries hire Production Technicians?"
    ]
    assert "plastics" in turned_down.answer


def test_the_years_to_a_level_asked_beside_its_pay_are_that_tiers(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "What does a senior production technician make, and how many years does it usually "
        "take to get to senior?",
    )
    assert "$70,050" in reply.answer
    assert "5+ years" in reply.answer


def test_whether_the_days_vary_is_the_typical_day_not_the_health_risks(
    components: Components,
) -> None:
    _, varied = replies(
        components.bot,
        "hey so i have adhd and i get bored out of my mind doing the same thing over and over. "
        "is this job basically the same task all day every day?",
        "thats not really what i meant, i'm not worried about health stuff. i mean is the actual "
        "work varied or repetitive. like does the day change or is it the same routine",
        page=PAGE,
    )
    assert sections(varied)
    assert all(s.startswith(DAY) for s in sections(varied))
    screen = on_page(
        components.bot,
        PAGE,
        "is there a lot of computer work though? like sitting at a screen or is it mostly hands on",
    )
    assert any(s.startswith(DAY) for s in sections(screen))
    assert "PLCs and SCADA systems" in screen.answer


def test_stuck_on_nights_asks_about_the_shifts(components: Components) -> None:
    reply = replies(
        components.bot,
        "Hi, I'm a single mom with 2 kids (6 and 9). I'm looking at this job but I need to know "
        "about the shifts. Are they family friendly at all or is it nights and overtime all the "
        "time?",
        "predictable is good I guess, I can line up childcare if I know ahead. but would I be "
        "stuck on nights as the new person?",
        page=PAGE,
    )[-1]
    assert "Job Market Today › Growth Paths" not in sections(reply)
    assert "shift" in reply.answer.lower()


def test_staying_late_after_a_breakdown_is_the_hours_not_promotions(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok predictable is good. but what happens if a machine goes down right at the end of "
        "my shift and I need to pick up my kids? do techs get stuck staying late?",
    )
    assert "Job Market Today › Growth Paths" not in sections(reply)
    assert "Work-Life Balance & Stress" in sections(reply)


def test_the_mistakes_beginners_make_are_the_guides_list(components: Components) -> None:
    first, again = replies(
        components.bot,
        "starting my first tech job in 2 weeks!! what are the most common mistakes new techs make?",
        "hm thats not really mistakes though? like what do beginners mess up, does the guide "
        "have a list",
        page=PAGE,
    )
    assert sections(first) == ["Common Mistakes of Beginners"]
    assert "Rushing repairs without fully diagnosing root causes" in first.answer
    assert sections(again) == ["Common Mistakes of Beginners"]
    assert "doesn't mention" not in again.answer  # the list asked for is there
