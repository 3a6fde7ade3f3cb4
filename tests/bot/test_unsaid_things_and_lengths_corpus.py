"""The forty-second panel over the O*NET guides, on what the guides never say: "is it all
commission?" of two careers compared is said to be in neither guide; "going out on my own" on
the plumbers' page is said not to be in the guide; "how long is the apprenticeship" says the
guide gives no length before the nearest it has; "do i need anything besides playing
experience" asks the way in, answered beside the pay; "airline pilot vs commercial pilot" after
the airline pilots weighs both, though the commercial pilots go by "airline pilot" too."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections, talk


def test_a_thing_neither_compared_guide_names_is_said_missing(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hello, I'm 50 and have been an office manager for 20 years. I'm interested in "
        "becoming a real estate agent. How do I get licensed and how long does it take?",
        "Ok. Is it all commission? I'm used to a steady paycheck",
    )
    assert "don't mention commission" in reply.answer


def test_running_a_business_of_ones_own_is_said_missing(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "plumbers-pipefitters-and-steamfitters",
        "is that for guys who own their own shop too? I'm thinking about going out on my own, "
        "anything on that",
    )
    assert "doesn't mention running a business of one's own" in reply.answer


def test_a_program_length_the_guide_lacks_is_said_first(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hey i'm 18 and want to be a plumber. how does the apprenticeship work, like how long "
        "is it",
    )
    assert reply.answer.startswith(
        "The Plumbers, Pipefitters, and Steamfitters Career Guide doesn't cover how long the "
        "apprenticeship takes"
    )


def test_anything_needed_besides_experience_is_the_way_in(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "coaching football would be the dream honestly. what do coaches make and do i need "
        "anything besides playing experience",
    )
    assert {"Annual Salary (US, USD)", "How to Become One"} <= set(sections(reply))


def test_a_title_both_careers_go_by_keeps_the_one_in_play(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hey so i want to be a pilot, im 18. whats the training like to become one",
        "how much does flight school cost tho? i heard its like 100k",
        "dang ok. so whats the pay like, airline pilot vs like a commercial pilot",
    )
    assert guides_cited(reply) == {
        "airline-pilots-copilots-and-flight-engineers",
        "commercial-pilots",
    }
