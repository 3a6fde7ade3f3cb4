"""The twenty-third panel over the corpus slice: a correction naming part of a listed title
("child and family social workers") is that career; personality is the Work Style ratings;
a field weighed before the comparison ("plumbing is better money than electrician"), studied
for ("back to school for cosmetology") or named by the page's own alternative titles ("just
the captains" of airline pilots) is read so; "in loans and then" turns to no career; a job
left is asked for what it leads to ("what jobs can i do with roofing experience"); the
fastest-growing careers without a four-year degree are searched by growth, and related
careers needing only an associate's are those; a career asked by an alternate title
("marine biologist") says whose title it is."""

from __future__ import annotations

import re

from api.components import Components
from tests.talk import guides_cited, on_page, replies, sections

CHILD_FAMILY = "child-family-and-school-social-workers"
HEALTHCARE = "healthcare-social-workers"


def test_a_correction_naming_part_of_a_listed_title_is_that_career(
    onet_components: Components,
) -> None:
    _, corrected, pay = replies(
        onet_components.bot,
        "what do healthcare social workers make",
        "no, child and family social workers, not healthcare ones",
        "whats the pay for child and family social workers specifically",
    )
    assert guides_cited(corrected) == {CHILD_FAMILY}
    assert guides_cited(pay) == {CHILD_FAMILY}
    assert "$59,550" in pay.answer


def test_personality_is_answered_by_the_work_style_ratings(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "firefighters",
        "what kind of personality do they look for in firefighters? thanks for all this",
    )
    assert sections(reply) == ["Work Style"]
    assert "Stress Tolerance" in reply.answer
    assert "RIASEC" not in reply.answer


def test_a_field_weighed_before_the_comparison_is_compared(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "alright. my dad says plumbing is better money than electrician, is he right?",
    )
    assert guides_cited(reply) == {"electricians", "plumbers-pipefitters-and-steamfitters"}
    assert "$63,800" in reply.answer
    assert "$63,190" in reply.answer


def test_school_for_a_field_weighs_it_against_the_job_talked_about(
    onet_components: Components,
) -> None:
    reply = replies(
        onet_components.bot,
        "ive been cutting hair 8 yrs, what does a barber make on average? feel like im underpaid",
        "ok forget that. would i make more if i went back to school for cosmetology",
    )[-1]
    assert guides_cited(reply) == {"barbers", "hairdressers-hairstylists-and-cosmetologists"}
    assert reply.answer.startswith("Barbers pay more")


def test_and_then_after_a_word_turns_to_no_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "lawyers",
        "is the job market for lawyers growing? i dont want to take on 150k in loans and then "
        "not find work",
    )
    assert guides_cited(reply) == {"lawyers"}
    assert sections(reply) == ["Job Outlook"]


def test_a_job_word_the_page_s_career_goes_by_is_that_career(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "airline-pilots-copilots-and-flight-engineers",
        "ok and the pay, do new copilots actually make good money or is that just the captains",
    )
    assert guides_cited(reply) == {"airline-pilots-copilots-and-flight-engineers"}
    assert "$106,710" in reply.answer


def test_what_a_job_left_leads_to_is_its_related_roles(onet_components: Components) -> None:
    left, weighed = replies(
        onet_components.bot,
        "been roofing 19 years and my back is shot. what jobs can i do with roofing experience "
        "that arent so rough on the body",
        "what about drywall or insulation, do those pay about the same as roofing",
    )
    assert guides_cited(left) == {"roofers"}
    assert "Related Roles" in sections(left)
    assert "Drywall and Ceiling Tile Installers" in left.answer
    assert "physical demands" in left.answer  # which the guides don't rate, said so
    assert {"drywall-and-ceiling-tile-installers", "roofers"} <= guides_cited(weighed)
    assert any(g.startswith("insulation-workers") for g in guides_cited(weighed))


def test_the_fastest_growing_without_a_four_year_degree_are_ranked_by_growth(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "A 4% decline worries me. Which jobs in your guides are growing the fastest that dont "
        "need a 4 year degree? I have an associates in business.",
    )
    assert reply.answer.startswith(
        "The fastest-growing careers in our guides that need at most an associate's degree"
    )
    growth = [int(g) for g in re.findall(r"Projected growth: (-?\d+)%", reply.answer)]
    assert len(growth) >= 2
    assert growth == sorted(growth, reverse=True)
    assert "Typical entry education: bachelor's" not in reply.answer


def test_related_careers_needing_only_an_associate_s(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        CHILD_FAMILY,
        "ugh 4 more years. is there something similar to social work that only needs an "
        "associates or a certificate",
    )
    assert "need no more than an associate's degree to start" in reply.answer
    assert "Social and Human Service Assistants" in reply.answer
    assert "master's degree" not in reply.answer


def test_a_career_asked_by_an_alternate_title_says_whose_title_it_is(
    onet_components: Components,
) -> None:
    asked, same = replies(
        onet_components.bot,
        "i want to be a marine biologist and work with dolphins lol is that a real job. what do "
        "they get paid",
        "wait so a marine biologist is the same thing as a zoologist?? and what degree do i need",
    )
    covered = "Marine Biologist is one of the job titles the Zoologists and Wildlife Biologists"
    assert asked.answer.startswith(covered)
    assert "$76,780" in asked.answer
    assert same.answer.startswith(covered)  # asked again whether it is one job
    assert "How to Become One" in sections(same)  # and the degree, not the pay again
