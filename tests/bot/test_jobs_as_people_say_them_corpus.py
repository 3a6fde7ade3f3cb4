"""The thirteenth panel's careers over the O*NET guides: two fields looked at ("bookkeeping
and also medical records/coding") over the job left, a career named by the words its titles
open with ("IT help desk"), a workplace's name that holds a job word, a correction naming two
careers after ruling two out, the related helper on a trade's page, a person in the story
who was right, and the way into a career asked as "how does one become"."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections

BOOKKEEPING = "bookkeeping-accounting-and-auditing-clerks"
RECORDS = "medical-records-specialists"
SUPPORT = "computer-user-support-specialists"


def test_two_fields_looked_at_are_compared_not_the_job_left(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "Hello! I'm 41 and have been home with my three kids for ten years. Before that I was "
        "a bank teller. I've been looking at bookkeeping and also medical records/coding. "
        "Could you compare the two for me - training needed and pay?",
    )
    assert guides_cited(reply) == {BOOKKEEPING, RECORDS}
    assert "Tellers" not in reply.answer


def test_a_career_named_by_the_words_its_titles_open_with(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "I separated from the Army two years ago after 8 years as an infantryman. I keep "
        "hearing about IT help desk as a way into tech. Is that realistic and what does it pay?",
    )
    assert guides_cited(reply) == {SUPPORT}
    assert "$61,860" in reply.answer


def test_a_correction_naming_two_careers_after_ruling_two_out(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "No, not PA or nurse. I mean something like medical assistant or phlebotomist. Which "
        "one pays better and how long is the training?",
    )
    assert guides_cited(reply) == {"medical-assistants", "phlebotomists"}
    assert reply.answer.startswith("Medical Assistants pay more")


def test_the_helper_job_on_a_trades_page_is_that_trades_helper(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "whats the helper job, is that faster to start and what does it pay compared",
    )
    helpers = {g for g in guides_cited(reply) if g.startswith("helpers-")}
    assert helpers == {"helpers-electricians"}


def test_a_person_in_the_story_who_was_right_is_no_career_asked(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "mechanical-engineers",
        "how do mechanical engineers compare to electrical engineers for pay? my advisor says "
        "EE pays more",
        "hm ok so advisor was right. is switching worth it tho - which one has better job growth?",
    )
    assert guides_cited(reply) == {"mechanical-engineers", "electrical-engineers"}
    assert reply.answer.startswith("Mechanical Engineers are projected to grow faster")


def test_how_does_one_become_is_the_way_in(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "phlebotomists",
        "Thank you. Now the path in: how does one become a phlebotomist? Does my 11 years of "
        "hospital work help?",
    )
    assert sections(reply)[0] == "How to Become One"


def test_a_wage_told_after_the_pay_question_gets_the_pay(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "public-safety-telecommunicators",
        "whats the pay. i was at 22/hr with overtime",
    )
    assert "Annual Salary (US, USD)" in sections(reply)
    assert "At $22.00 an hour, full-time work" in reply.answer
    assert "hours or schedules" not in reply.answer
