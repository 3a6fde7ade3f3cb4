"""The eighteenth panel over the corpus slice: the job a visitor works now ("currently work
as a line cook"), or the office they work in ("front desk at a dentist office"),
is no career asked about; trucks by their everyday names are the heavy-truck drivers; a
career turned to mid-message ("forget the mental health stuff. what about medical
records? does that need phones") is the one each part is answered of; a search by someone
drained by people offers careers that rate people skills low; school classes are the
knowledge areas O*NET rates; an abbreviation the guide never writes is said to be missing."""

from __future__ import annotations

import re

from api.components import Components
from tests.talk import cited, guides_cited, on_page, replies, talk

PEOPLE_SKILL = re.compile(
    r"^- (?:Speaking|Service Orientation|Social Perceptiveness|Persuasion|Negotiation|Customer "
    r"and Personal Service):.*\(importance ([\d.]+) of 5",
    re.MULTILINE,
)


def test_the_job_worked_now_is_not_a_career_asked_about(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "I'm 31 and currently work as a line cook. Looking at becoming an electrician. How "
        "many years does it take?",
    )
    assert guides_cited(reply) == {"electricians"}


def test_the_office_worked_in_is_no_career_asked_about(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im 29 and work front desk at a dentist office. the hygienists here seem to make bank. "
        "what do u need to become one, like a 4 yr degree?",
    )
    assert guides_cited(reply) == {"dental-hygienists"}


def test_trucks_by_their_everyday_names_are_the_heavy_truck_drivers(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hey im 44 been doing warehouse work forever, thinking about getting my CDL and "
        "driving trucks. how long is the training",
    )
    assert guides_cited(reply) == {"heavy-and-tractor-trailer-truck-drivers"}


def test_a_career_turned_to_mid_message_is_the_one_each_part_is_of(
    onet_components: Components,
) -> None:
    _, turned = replies(
        onet_components.bot,
        "what do psychiatric technicians and mental health counselors make?",
        "ok forget the mental health stuff please. what about medical records? does that need "
        "phones, and what does it pay",
    )
    assert guides_cited(turned) == {"medical-records-specialists"}


def test_someone_drained_by_people_is_offered_careers_rating_people_skills_low(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "customer-service-representatives",
        "so i do call center customer service and its draining me. im super introverted. what "
        "jobs are good for introverts where i dont have to talk to people all day",
    )
    offered = guides_cited(reply)
    assert len(offered) >= 2
    guides = {g.slug: g for g in onet_components.guides}
    for slug in offered:
        text = "\n".join(s.text for s in guides[slug].walk())
        assert all(float(rating) < 3.5 for rating in PEOPLE_SKILL.findall(text)), slug


def test_high_school_classes_are_the_knowledge_areas_rated(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "what classes should i take in high school to become an electrician",
    )
    assert cited(reply) == {("electricians", "Knowledge")}
    assert "names no school courses" in reply.answer
    assert "Mathematics" in reply.answer


def test_teaching_apprentices_is_answered_by_the_duty_saying_so(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot, "electricians", "is teaching apprentices something electricians do"
    )
    assert "Direct or train workers" in reply.answer


def test_an_abbreviation_the_guide_never_writes_is_said_to_be_missing(
    onet_components: Components,
) -> None:
    reply = on_page(onet_components.bot, "electricians", "whats NEC?")
    assert "doesn't mention NEC" in reply.answer
    assert not reply.citations
