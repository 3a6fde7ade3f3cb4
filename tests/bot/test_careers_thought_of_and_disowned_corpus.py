"""The forty-fifth panel over the O*NET guides: a career one "might be good as" is asked
about, not one's own job; a subject taught at a school of its own ("teaching pharmacy, like at
a pharmacy school") is its teacher; a career "I was thinking more like" is, in a talk, asked
about, not searched for, also when a comparison it seems to ask has no second; a
career disowned ("why data scientists? i didnt ask about that") is not answered."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk

LOAN_OFFICERS = "loan-officers"
PHARMACY_TEACHERS = "health-specialties-teachers-postsecondary"
EDUCATION_TEACHERS = "education-teachers-postsecondary"


def test_a_career_one_might_be_good_as_is_the_one_asked_about(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "tellers",
        "Hi, I've been a teller at a credit union for almost 2 years. My manager mentioned I might "
        "be good as a loan officer. How do I make that move from here?",
    )
    assert LOAN_OFFICERS in guides_cited(reply)
    assert "tellers" not in guides_cited(reply)


def test_a_subject_taught_at_its_own_school_is_its_teacher(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i'm a pharmacist. what would i make teaching pharmacy, like at a pharmacy school?",
    )
    assert PHARMACY_TEACHERS in guides_cited(reply)
    assert EDUCATION_TEACHERS not in guides_cited(reply)


def test_a_career_thought_of_more_is_asked_about_not_searched(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I want a job where I get to travel a lot, like constantly. What careers fit?",
        "travel agents dont really travel tho do they? i was thinking more like flight attendant "
        "or something. what does that job need and does it pay ok",
    )
    assert "flight-attendants" in guides_cited(reply)
    assert "$63,580" in reply.answer  # their pay, not careers paying above the median
    assert "These careers pay" not in reply.answer


def test_a_career_thought_of_beside_the_careers_in_play_is_asked_about(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "compare fundraisers, concierges and parking attendants",
        "parking attendant?? thats not really what i meant by making a difference haha. I was "
        "thinking more like social work or counseling, something where you actually help people "
        "with their problems. would that work for me?",
    )
    assert "child-family-and-school-social-workers" in guides_cited(reply)
    assert "concierges" not in guides_cited(reply)


def test_a_career_disowned_is_not_answered(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do data scientists and technical writers make?",
        "why data scientists? i didnt ask about that. anyway, are there a lot of technical writing "
        "jobs out there",
    )
    assert "technical-writers" in guides_cited(reply)
    assert "data-scientists" not in guides_cited(reply)
