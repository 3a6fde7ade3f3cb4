"""The twelfth panel's career changers over the O*NET guides: other work from the job they
have ("What can an RN do that's away from the bedside?", "any other jobs like that one?",
"a similar job with a little more pay"), and whether their experience counts, asked beside
pay in a comparison or a two-part question."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections

NURSES = "registered-nurses"
POLICE = "police-and-sheriff-s-patrol-officers"
DISPATCHERS = "dispatchers-except-police-fire-and-ambulance"
SECRETARIES = "medical-secretaries-and-administrative-assistants"


def test_what_an_rn_can_do_away_from_the_bedside_is_the_related_roles(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        NURSES,
        "I've been an ER nurse for 12 years and I am completely burnt out. Night shifts, short "
        "staffing, I can't do bedside anymore. What can an RN do that's away from the bedside?",
    )
    assert sections(reply) == ["Related Roles"]
    assert "doesn't cover hours" not in reply.answer  # the story's nights ask nothing


def test_other_jobs_like_that_one_are_the_careers_not_the_last_answer_again(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        DISPATCHERS,
        "what does a dispatcher do",
        "thanks man. any other jobs like that one i should look at?",
    )
    assert sections(reply) == ["Related Roles"]


def test_a_similar_job_with_a_little_more_pay_lists_related_careers_paid_more(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        SECRETARIES,
        "Is there a similar job with a little more pay I could aim for later on?",
    )
    assert "pay more than its median of $45,930" in reply.answer
    assert len(guides_cited(reply)) > 1


def test_experience_asked_beside_a_pay_comparison_is_answered_for_the_career_named(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "compare pay for the two, cop vs electrician. also does my military time count for "
        "anything with police",
    )
    assert guides_cited(reply) >= {POLICE, "electricians"}
    last = reply.answer.split("\n\n")[-1]
    assert last.startswith("The Police and Sheriff's Patrol Officers guide doesn't say whether")
    assert "work experience in a related occupation" in last


def test_experience_asked_beside_pay_and_growth_is_not_dropped(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "what about truck dispatcher, pay and is it growing? and would 15 yrs driving help me "
        "get hired",
    )
    assert "doesn't say whether experience from a particular job" in reply.answer.split(";")[0]
    assert {"How to Become One", "Annual Salary (US, USD)", "Job Outlook"} <= set(sections(reply))
