"""The nineteenth panel over the corpus slice: a visitor's own job left for a field named
after it ("RN for 14 years… ive heard about health informatics"), a search asked
after a story ("…Ideas??", "what jobs actually use drawing?"), a job lasting through a bad
economy is its outlook, the debt of a degree is what training costs, "an HR specialist" is no
pay by the hour, a job a guide's longer title names is that career ("I meant the social
worker"), a job the career works with is no job without a guide ("work with doctors"), and a
search by what no guide records ("recession proof", "at night") says so."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, on_page, replies, sections, talk


def test_the_own_job_left_for_a_field_named_after_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "RN for 14 years, med surg mostly. my back and my nerves are shot from 12s. ive heard "
        "about health informatics - what do those people actually do all day",
    )
    assert guides_cited(reply) == {"health-informatics-specialists"}
    assert "Key Responsibilities" in sections(reply)


def test_a_search_asked_after_a_story_lists_careers(onet_components: Components) -> None:
    ideas = talk(
        onet_components.bot,
        "I want a job where I get to travel a lot!! Im 25 and working as a cashier and kind "
        "of bored. Ideas??",
    )
    assert len(guides_cited(ideas)) > 1
    assert "cashiers" not in guides_cited(ideas)  # the job being left
    drawing = on_page(
        onet_components.bot,
        "architects-except-landscape-and-naval",
        "im really good at drawing but my parents say art doesnt pay. what jobs actually use "
        "drawing?",
    )
    assert len(guides_cited(drawing)) > 1


def test_lasting_through_a_bad_economy_is_the_outlook(onet_components: Components) -> None:
    reply = replies(
        onet_components.bot,
        "what does an eligibility interviewer do",
        "ok so is that one safe when the economy tanks? whats the outlook for it",
    )[-1]
    assert "injur" not in reply.answer
    assert sections(reply) == ["Job Outlook"]


def test_the_debt_of_a_degree_is_what_training_costs(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "lawyers",
        "How much debt do most people graduate law school with? is it worth it",
    )
    assert "doesn't cover what training or certification costs" in reply.answer


def test_an_hr_specialist_is_no_pay_by_the_hour(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "whats the pay like for an HR specialist?")
    assert "The median salary for a human resources specialist" in reply.answer
    assert "hourly" not in reply.answer


def test_a_job_a_longer_title_names_is_that_career(onet_components: Components) -> None:
    reply = replies(
        onet_components.bot,
        "what do cashiers do",
        "Sorry, I meant the social worker. For a child and family social worker, is a "
        "bachelors degree enough to start?",
    )[-1]
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == {"child-family-and-school-social-workers"}


def test_a_job_the_career_works_with_is_no_job_asked_about(onet_components: Components) -> None:
    reply = on_page(onet_components.bot, "registered-nurses", "do they work with doctors a lot?")
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == {"registered-nurses"}


def test_a_search_by_what_no_guide_records_says_so(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "got laid off twice in 5 yrs from warehouse jobs. which jobs are recession proof, like "
        "they always need people",
    )
    assert reply.answer.startswith("The guides don't record how jobs hold up in a recession")
    assert len(guides_cited(reply)) > 1
    hours = talk(onet_components.bot, "im a night owl. what jobs are actually at night")
    assert hours.answer.startswith("The guides don't record working hours or shifts")
