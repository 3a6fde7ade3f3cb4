"""Which careers a message is about, on O*NET guides: the one asked about, not a job in the
visitor's story; a name read whole ("HVAC technician"); and a career search that keeps away
from what the visitor says they cannot bear or do not want."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, talk


def test_a_career_search_keeps_away_from_what_the_visitor_cannot_bear(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I want to help people but I faint at the sight of blood. Any career ideas?",
    )
    found = guides_cited(reply)
    assert len(found) >= 2  # a shortlist
    assert "phlebotomists" not in found


def test_a_career_ruled_out_by_its_name_is_left_out_of_the_search(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "I don't want to be a nurse, what else is there in healthcare?"
    )
    assert reply.mode == "cited"
    assert guides_cited(reply)
    assert not any(slug.endswith("nurses") for slug in guides_cited(reply))


def test_a_shared_job_word_after_a_career_s_name_is_that_career(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "how long does it take to become an hvac technician?")
    assert guides_cited(reply) == {"heating-air-conditioning-and-refrigeration-mechanics-and"}
    assert ("heating-air-conditioning-and-refrigeration-mechanics-and", "How to Become One") in (
        cited(reply)
    )


def test_a_job_in_the_visitor_s_story_is_not_compared_with_the_one_asked_about(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "my husband was a truck driver for 30 years. what do nurses make?"
    )
    assert guides_cited(reply) == {"registered-nurses"}
    assert ("registered-nurses", "Annual Salary (US, USD)") in cited(reply)


def test_the_career_the_question_names_decides_whatever_the_story_named_first(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "My brother is a security guard and he told me to look at journeyman electrician jobs. "
        "What do electricians earn?",
    )
    assert cited(reply) == {("electricians", "Annual Salary (US, USD)")}
