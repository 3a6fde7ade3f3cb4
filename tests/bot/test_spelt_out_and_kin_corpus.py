"""The forty-second panel over the O*NET guides: "a med lab technologist" on the medical lab
technologists' page is that page's career, not the cardiovascular ones whose other title "lab
technologist" is; "crew supervisor or foreman" on the construction managers' page is the
construction trades' supervisors its guide lists as related, not the farming supervisors;
"bartending or managing" after bartenders and food service managers weighs those two;
"compare to what techs make" after pharmacists, from a pharmacy tech, weighs the pharmacy
technicians; "Waiters? Not quite what I had in mind." turns the waiters down."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk


def test_a_title_written_short_on_a_page_is_the_page_s_career(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "medical-and-clinical-laboratory-technologists",
        "Hi, I'm a phlebotomist and I'm interested in becoming a med lab technologist. What "
        "degree would I need?",
    )
    assert guides_cited(reply) == {"medical-and-clinical-laboratory-technologists"}


def test_another_career_s_title_is_the_related_career_of_its_job_noun(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "construction-managers",
        "is there a step in between, like crew supervisor or foreman? what does that pay and "
        "do they need a degree",
    )
    assert guides_cited(reply) == {"first-line-supervisors-of-construction-trades-and-extraction"}


def test_the_work_of_a_career_in_play_is_that_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hiii im a barista (23) and kinda want to either bartend or work my way up to "
        "restaurant manager. do u need any training for bartending? and what do they make",
        "ok. for the manager route how much experience would i need first? ive been at the "
        "cafe 3 yrs, been shift lead for 1",
        "nice. which one has more jobs out there, bartending or managing?",
    )
    assert guides_cited(reply) == {"bartenders", "food-service-managers"}


def test_techs_weighed_by_a_pharmacy_tech_are_pharmacy_technicians(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hi im a pharmacy tech (28) and thinking about going back to school to be a "
        "pharmacist. how many years of school is it and what do pharmacists make?",
        "how does that compare to what techs make? trying to figure out if its worth the loans lol",
    )
    assert guides_cited(reply) == {"pharmacists", "pharmacy-technicians"}


def test_not_quite_what_i_had_in_mind_turns_the_career_down(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Good afternoon. I'm 55 and would like to spend my last working years doing something "
        "with older people, helping seniors. I've been in retail management for 30 years. What "
        "careers would suit?",
        "Waiters? Not quite what I had in mind. I specifically want to work with the elderly, "
        "maybe in a care home or visiting people at home. And could my management experience "
        "be useful somewhere?",
    )
    assert "waiters-and-waitresses" not in guides_cited(reply)
    assert reply.citations
