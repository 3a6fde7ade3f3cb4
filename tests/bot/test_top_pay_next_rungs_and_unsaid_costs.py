"""The thirty-eighth panel on the bundled guide: "senior techs and like the top 10%" gives both
figures; "what titles come after senior tech?" after the pay is the level above senior, and
"no not pay, job titles…" too, with its years; a growth rate quoted back ("6% is that good or
bad?") is weighed by the guide's own status line, also right after the outlook was given;
"are there jobs like that" after part-time hours asks for such jobs, not the outlook; whether
employers pay for a certification is said not covered, also asked again as "huh? i asked…"."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, sections

PAGE = "production-technician"
TOP = "whats the pay like at the top end? senior techs and like the top 10%"


def test_senior_and_top_pay_asked_together_give_both(components: Components) -> None:
    reply = on_page(components.bot, PAGE, TOP)
    assert "$70,050" in reply.answer  # senior level
    assert "$75,000+" in reply.answer  # top 10%


def test_the_title_after_senior_is_the_lead_level(components: Components) -> None:
    after_pay = on_page(
        components.bot, PAGE, TOP, "what titles come after senior tech? like whats the next step up"
    )
    titles = on_page(
        components.bot,
        PAGE,
        "no not pay, job titles. what comes after senior production technician and how many "
        "years does it take to get there",
    )
    lead = "Career Path Tiers › Lead Production Technician / Supervisor"
    assert lead in sections(after_pay)
    assert "Annual Salary (US, USD)" not in sections(after_pay)
    assert lead in sections(titles)
    assert "7+ years" in titles.answer


def test_a_growth_rate_quoted_back_is_weighed(components: Components) -> None:
    reply = on_page(components.bot, PAGE, "6% is that good or bad?")
    again = on_page(  # the rate just given, quoted back beside a second question
        components.bot,
        PAGE,
        "ok and is this job going to still be around in like 10 years? whats the outlook",
        "6% is that good or bad? and where do apprenticeships even come in, you never said",
    )
    for answer in (reply, again):
        assert "growing at an average pace" in answer.answer
        assert "Job Outlook & Related Roles" in sections(answer)


def test_jobs_like_the_hours_told_are_no_outlook_question(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "ok. realistically i need something part time or during school hours, like 9 to 3. are "
        "there jobs like that or is it all shifts and overtime?",
    )
    assert "doesn't cover part-time work" in reply.answer
    assert "projected to grow" not in reply.answer
    assert "Shift work or overtime is common" in reply.answer


def test_employers_paying_for_a_certification_is_said_not_covered(
    components: Components,
) -> None:
    first = on_page(
        components.bot,
        PAGE,
        "what certifications help?",
        "ok. do companies usually pay for it or am i on my own",
    )
    again = on_page(
        components.bot,
        PAGE,
        "what certifications help?",
        "huh? i asked if employers pay for certifications",
    )
    for reply in (first, again):
        assert "doesn't mention employers paying for training" in reply.answer
        assert "Almost all manufacturing sectors" not in reply.answer
