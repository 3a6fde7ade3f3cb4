"""The twelfth panel's careers named the way people name them over the O*NET guides: a
field ("I'm looking at bookkeeping", "Someone mentioned medical coding?"), a correction ("I
mean bookkeeping clerks", "I'm asking about …, the page I'm on"), chat abbreviations ("rad
tech"), and a conversation that has moved off the page's career staying there."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page

BOOKKEEPING = "bookkeeping-accounting-and-auditing-clerks"
RECORDS = "medical-records-specialists"
DRIVERS = "heavy-and-tractor-trailer-truck-drivers"
MECHANICS = "bus-and-truck-mechanics-and-diesel-engine-specialists"


def test_a_field_looked_at_is_the_career_asked_not_the_old_job(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        BOOKKEEPING,
        "Hi. I am 52 and was laid off in March after 22 years processing claims at an "
        "insurance company. I'm looking at bookkeeping. Does my background count for anything "
        "here, and what does it pay?",
    )
    assert guides_cited(reply) == {BOOKKEEPING}
    assert "$50,670" in reply.answer


def test_i_mean_names_the_career_over_the_old_job_named_before_it(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        BOOKKEEPING,
        "No, I know what claims clerks make, I was one. I mean bookkeeping clerks. What do "
        "they earn and how do people get into it?",
    )
    assert guides_cited(reply) == {BOOKKEEPING}
    assert "doesn't cover" not in reply.answer  # "how do people get into it" is the way in
    assert "some college" in reply.answer


def test_asking_about_the_page_career_by_its_whole_name_overrules_a_title_echoed(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        BOOKKEEPING,
        "File clerks? I'm asking about Bookkeeping, Accounting, and Auditing Clerks, the page "
        "I'm on. Salary and how to become one please.",
    )
    assert guides_cited(reply) == {BOOKKEEPING}


def test_a_field_someone_mentioned_is_asked_about_not_the_cooking_story(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "I was a line cook for 12 years but I was diagnosed with MS last year and I can't "
        "stand 10 hours a day anymore. I need something I can do sitting down. Someone "
        "mentioned medical coding?",
    )
    assert "Medical Records Specialists" in reply.answer
    assert guides_cited(reply) <= {RECORDS}
    assert "Cooks" not in reply.answer


def test_training_asked_for_a_field_is_its_way_in_not_a_years_pay(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        RECORDS,
        "Hi! I'm a mom of three going back to work after 10 yrs at home. Before kids I was an "
        "admin assistant at a dental office. Is medical coding something I could realistically "
        "train for in under a year?",
    )
    assert guides_cited(reply) == {RECORDS}
    assert "postsecondary nondegree award" in reply.answer
    assert "earns about" not in reply.answer  # "in under a year" asks no pay, "10 yrs" no level


def test_rad_tech_is_the_radiologic_technologists(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "cant decide between dental hygiene and rad tech (xray). which one pays better",
    )
    assert guides_cited(reply) == {"dental-hygienists", "radiologic-technologists-and-technicians"}


def test_the_pay_after_moving_to_another_career_is_that_careers_not_the_pages(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        DRIVERS,
        "been driving OTR 15 years im 44. how hard is it to become a diesel mechanic at my age",
        "so like a year or two of on the job. whats the pay tho, I clear about 70k driving",
    )
    assert guides_cited(reply) == {MECHANICS}
    assert "$61,770" in reply.answer


def test_a_field_weighed_against_the_conversations_career_is_compared_with_it(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what do software developers make?",
        "ok different question, if i switched to web development would that pay a lot less "
        "than software dev?",
    )
    assert guides_cited(reply) == {"software-developers", "web-developers"}
    assert reply.answer.startswith("Software Developers pay more")


def test_a_field_named_by_what_is_done_is_compared_with_the_career_before(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "how much do animal caretakers make?",
        "hmm thats kinda low. what about training dogs, does that pay better than caretaker?",
    )
    assert guides_cited(reply) == {"animal-caretakers", "animal-trainers"}


def test_a_topic_asked_about_is_no_field_to_compare(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what does an electrician make?",
        "what about night shifts, do they pay better than days?",
    )
    assert guides_cited(reply) == {"electricians"}
    assert "doesn't cover hours or schedules" in reply.answer
