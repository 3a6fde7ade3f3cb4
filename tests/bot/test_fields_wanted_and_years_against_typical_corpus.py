"""The forty-sixth panel on the O*NET corpus: a field the visitor wants to get into is the
career one of whose titles it names, written in any order or as the field's work ("UX/UI
design": UI/UX Designer; "medical coding": Medical Coder; "…off the floor into hospital
administration": Hospital Administrator), not the visitor's own job or a word of their story;
years told of one's own work are set against the related experience a career typically asks,
and years at home are no work."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk

FOREMEN = "first-line-supervisors-of-construction-trades-and-extraction"


def test_a_field_written_in_another_order_is_the_career_titled_so(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hi - I've been a graphic designer for about 6 years (mostly print and branding) and "
        "want to move into UX/UI design. How different is the work really, and what skills "
        "would I need to pick up?",
    )
    assert "web-and-digital-interface-designers" in guides_cited(reply)
    assert "landscape-architects" not in guides_cited(reply)


def test_a_field_named_by_its_work_is_the_career_titled_by_its_worker(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hi! I've been a stay at home mom for 8 years and my youngest just started school. I "
        "keep hearing about medical coding as a work from home job. What kind of training do I "
        "need to get into it?",
    )
    assert guides_cited(reply) == {"medical-records-specialists"}
    assert "With your 8 years" not in reply.answer


def test_a_move_off_the_floor_into_a_field_leaves_the_own_job(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "ICU nurse for 10 years here, BSN. I want to move off the floor into hospital "
        "administration eventually. Do I need an MHA for that or can I move up with nursing "
        "experience?",
    )
    assert "medical-and-health-services-managers" in guides_cited(reply)
    assert "critical-care-nurses" not in guides_cited(reply)


def test_years_told_meet_the_related_experience_typical(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        FOREMEN,
        "been a laborer 8 years, my super keeps hinting i could run a crew. what does it "
        "actually take to get this job",
    )
    assert "With your 8 years, you meet that" in reply.answer
    assert "5 years or more" in reply.answer


def test_years_told_short_of_the_related_experience_typical_say_by_how_much(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what does it take to become a supply chain manager? i dont have a degree, just my 4 "
        "yrs in the warehouse. is that enough or no",
    )
    assert "supply-chain-managers" in guides_cited(reply)
    assert "With your 4 years, you are 1 year short of that" in reply.answer
