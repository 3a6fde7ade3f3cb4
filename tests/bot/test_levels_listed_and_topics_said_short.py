"""The forty-eighth panel on the bundled guide: "downsides?" alone is the Cons, not a message
to rephrase, and "worth it?" weighs both sides; "list the levels for me" is every tier, and
an answer from one tier's section says which tier it is ("whats the highest level you can get
to"); "programs for vets" are for veterans and "pharma or semiconductor" are industries, not
careers without a guide."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, replies, sections

PAGE = "production-technician"
TIERS = "Career Path Tiers"
NO_GUIDE = "I don't have a guide for"


def test_a_chat_word_for_a_topic_alone_is_read_as_that_topic(components: Components) -> None:
    _, downsides = replies(components.bot, "is it dangerous", "downsides?", page=PAGE)
    assert downsides.mode.value == "cited"
    assert any(s.endswith("› Cons") for s in sections(downsides))
    assert "Shift work" in downsides.answer
    _, worth = replies(components.bot, "is it boring", "worth it?", page=PAGE)
    assert {s.rsplit(" › ", 1)[-1] for s in sections(worth)} == {"Pros", "Cons"}


def test_the_levels_listed_are_every_tier_and_one_tier_says_its_name(
    components: Components,
) -> None:
    listed = on_page(components.bot, PAGE, "list the levels for me")
    tiers = [s for s in sections(listed) if s.startswith(TIERS)]
    assert len(tiers) == 4
    top = on_page(components.bot, PAGE, "whats the highest level you can get to in this career")
    assert sections(top) == [f"{TIERS} › Lead Production Technician / Supervisor"]
    assert top.answer.startswith("Lead Production Technician / Supervisor (7+ years):")


def test_veterans_and_industries_are_no_career_without_a_guide(components: Components) -> None:
    _, programs = replies(
        components.bot,
        "Army vet here, 88M motor transport, 6 years. does military experience count?",
        "are there any programs for vets, like skillbridge or apprenticeships that would get "
        "me in faster",
        page=PAGE,
    )
    assert NO_GUIDE not in programs.answer
    assert "apprenticeships" in programs.answer
    industries = on_page(
        components.bot,
        PAGE,
        "does the guide say anything about pharma or semiconductor specifically? like "
        "cleanroom work, GMP, that kind of thing",
    )
    assert NO_GUIDE not in industries.answer
    assert "pharmaceuticals" in industries.answer
