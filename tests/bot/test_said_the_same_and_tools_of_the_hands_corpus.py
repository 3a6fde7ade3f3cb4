"""The thirty-third panel over the O*NET guides: an answer called the same as before ("you
kinda just said the same thing again lol. different q - …") is a complaint before a new
question, not the last question asked again; a trade's tools ("what tools does a carpenter
need to buy") are answered by the duties naming them, not by the software of its Tech Stack;
"techs" compared on a technicians' page are that page's technicians; a search for work one can
train for in under a year keeps to careers BLS says start with at most a certificate and at
most moderate-term training; "helpers" compared after plumbers are the plumbers' helpers;
"does either one use python" weighs the two careers in play; hours asked beside a comparison
("do lawyers really work 80 hr weeks") are said not covered."""

from __future__ import annotations

from api.components import Components
from bot.compose.wished import LONG_TRAINING, entry_rank
from bot.understand.wishes import EDUCATION_ORDER
from tests.talk import guides_cited, on_page, sections, talk

PLUMBERS = "plumbers-pipefitters-and-steamfitters"
TECHNOLOGISTS = "electrical-and-electronic-engineering-technologists-and"


def test_an_answer_called_the_same_is_no_question_asked_again(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do electricians and plumbers make",
        "you kinda just said the same thing again lol. different q - whats the job outlook for "
        "each, is it hard to find a job as a plumber",
    )
    assert "Job Outlook" in sections(reply)
    assert "Annual Salary (US, USD)" not in sections(reply)


def test_a_trades_tools_are_the_duties_naming_them_not_its_software(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what tools does a carpenter need to buy when starting out")
    first = reply.answer.split("\n")[0]
    assert "no list of tools to buy" in first
    assert "hand tools" in reply.answer
    assert reply.answer.index("hand tools") < reply.answer.index("QuickBooks")
    assert "Key Responsibilities" in sections(reply)


def test_software_asked_of_a_trade_is_still_its_tech_stack(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "what software do electricians use")
    assert sections(reply) == ["Tech Stack"]
    assert "no list of tools" not in reply.answer


def test_techs_compared_on_a_technicians_page_are_that_pages_technicians(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "pharmacy-technicians",
        "what do LPNs make",
        "right but compared to techs? i make around 46k",
    )
    assert "pharmacy-technicians" in guides_cited(reply)
    assert TECHNOLOGISTS not in guides_cited(reply)


def test_work_trained_for_in_under_a_year_starts_with_a_certificate_at_most(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hi im a single mom w 2 kids and i need to get a better job fast. whats something i can "
        "train for in less than a year",
    )
    assert "at most a postsecondary certificate" in reply.answer
    guides = {g.slug: g for g in onet_components.guides}
    offered = guides_cited(reply)
    assert len(offered) >= 2
    for slug in offered:
        entry = entry_rank(guides[slug])
        training = guides[slug].facts.job_training
        assert entry is not None
        assert entry <= EDUCATION_ORDER.index("postsecondary nondegree award")
        assert training is None or not LONG_TRAINING.search(training.value)


def test_a_trades_helpers_compared_are_its_own_helpers(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "whats a licensed plumber make",
        "u already told me the salary lol. what about the helper job itself, what do helpers "
        "make compared",
    )
    helpers = {g for g in guides_cited(reply) if g.startswith("helpers-")}
    assert helpers == {f"helpers-pipelayers-{PLUMBERS}"}
    assert "$42,360" in reply.answer


def test_either_one_weighed_by_a_thing_is_the_careers_in_play(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "which pays more, civil or mechanical engineers",
        "you skipped the coding part. does either one use python or programming",
    )
    assert guides_cited(reply) == {"civil-engineers", "mechanical-engineers"}


def test_hours_asked_beside_a_comparison_are_said_not_covered(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "pre law here. how much do lawyers actually make vs paralegals? and do lawyers really "
        "work 80 hr weeks",
    )
    assert "doesn't cover hours or schedules" in reply.answer
    assert "$159,670" in reply.answer
