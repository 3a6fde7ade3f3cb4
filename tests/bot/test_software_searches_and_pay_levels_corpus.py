"""The twenty-first panel over the corpus slice: software a question names is told from the
career's Tech Stack (which it lists, that it doesn't rank them), a search for good money
"without needing a degree" keeps to careers needing none, "the best job security" is the
projected growth (with layoffs said to be unrecorded), not security work, "jobs like that"
after an aversion is a search away from it, pay levels named in a trade's words ("top out
as a journeyman", "the middle and the top", "the low end") are those levels, a school year
told with an age is no career level, "the work style" is the guide's Work Style, and a bare
job word set against two careers ("dispatcher vs baker vs security guard") is compared too."""

from __future__ import annotations

import re

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, on_page, replies, sections, talk

DEGREES = re.compile(r"Typical entry education: (?:bachelor|master|doctoral)", re.IGNORECASE)


def test_software_named_is_told_from_the_tech_stack(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "data-scientists",
        "Hm, no Python or R in that list? I assumed those were the main ones.",
    )
    assert reply.answer.startswith("The Data Scientists guide's Tech Stack lists Python and R")
    assert "Tech Stack" in sections(reply)
    figma = on_page(onet_components.bot, "web-and-digital-interface-designers", "figma or coding?")
    assert "Tech Stack lists Figma" in figma.answer
    assert "Figma (Graphical user interface development software)" in figma.answer


def test_software_of_the_visitors_story_is_told_only_when_software_is_asked(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "data-scientists",
        "i use python at work already, would I need a masters for this?",
    )
    assert "Tech Stack" not in reply.answer  # python is in her story, not her question
    known = on_page(
        onet_components.bot,
        "data-scientists",
        "What software do data scientists use? I am fluent in Excel and some SQL.",
    )
    assert known.answer.startswith("The Data Scientists guide's Tech Stack lists Microsoft Excel")
    assert "SQL" in known.answer.split("\n")[0]  # what he knows, found in the list
    assert "doesn't list" not in known.answer.split("\n")[0]  # "fluent" names no software
    teacher = on_page(
        onet_components.bot,
        "training-and-development-specialists",
        "what software would i need to learn, i know powerpoint and google classroom but thats "
        "about it",
    )
    assert "lists Microsoft PowerPoint" in teacher.answer
    assert "It doesn't list Google Classroom." in teacher.answer


def test_good_money_without_needing_a_degree_needs_no_degree(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what jobs pay good money without needing a degree? i did 1 year of college and "
        "dropped out",
    )
    assert reply.answer.startswith("These careers need no college degree to start and pay")
    assert "Typical entry education:" in reply.answer
    assert not DEGREES.search(reply.answer)


def test_job_security_is_the_outlook_not_security_work(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I am 45 and was laid off twice in 5 years. Which jobs have the best job security?",
    )
    assert reply.answer.startswith("The guides don't record layoffs or job security")
    assert reply.answer.count("Projected growth:") >= 2
    assert not {g for g in guides_cited(reply) if "security" in g}


def test_jobs_like_that_after_an_aversion_leave_it_out(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I do not want anything to do with insurance anymore. I enjoy gardening and being "
        "outdoors. What jobs like that could I start without years of training?",
    )
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith("These careers need at most an associate's degree")
    assert not {g for g in guides_cited(reply) if "insurance" in g}


def test_a_trades_pay_levels_in_its_own_words(onet_components: Components) -> None:
    topped = on_page(
        onet_components.bot,
        "electricians",
        "im a 2nd yr apprentice right now, what does pay look like once i top out as a journeyman",
    )
    assert "$108,510" in topped.answer  # the senior level
    assert "apprentices" not in topped.answer  # her own status, not the pay asked about
    both = on_page(
        onet_components.bot,
        "electricians",
        "what does a journeyman actually make, like the middle and the top",
    )
    assert "$63,190" in both.answer
    assert "$108,510" in both.answer


def test_the_low_end_is_the_entry_level(onet_components: Components) -> None:
    _, low = replies(
        onet_components.bot,
        "what do lawyers make",
        "What about the low end though? like the bottom of the range",
        page="lawyers",
    )
    assert low.answer.startswith("An entry-level lawyer earns about $78,360 a year")


def test_a_school_year_told_with_an_age_is_no_level(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "lawyers",
        "I'm 21, senior poli sci, LSAT in march. Realistically what do lawyers make",
    )
    assert reply.answer.startswith("The median salary for a lawyer is $159,670")


def test_the_work_style_is_the_guides_section(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "lawyers",
        "ok last q. I'm not sure law is for me, I like writing and arguing but hate the idea of "
        "80 hr weeks. does the guide say anything about hours or what the work style is like",
    )
    assert reply.mode is Mode.CITED
    assert "Work Style" in sections(reply)


def test_a_bare_job_word_set_against_two_careers_is_compared_too(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "dispatcher vs baker vs security guard, which one pays best")
    assert reply.answer.startswith("Dispatchers, Except Police, Fire, and Ambulance pay more")
    assert guides_cited(reply) >= {"bakers", "security-guards"}
