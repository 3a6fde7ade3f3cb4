"""The fiftieth panel on the bundled guide: the jobs a technician can move into "that pay
more" are the moves the guide names, not its pay table again; what each level is expected to
do ("do they expect you to know PLC stuff on day one") is each tier's line on it; which
certifications exist, asked beside which comes first, are the ones the guide names with the
plain word that it ranks none, and "other certs" are all of them; a length the guide doesn't
give, asked beside something else it doesn't cover, is said in one statement."""

from __future__ import annotations

from api.components import Components
from tests.talk import on_page, replies, sections

PAGE = "production-technician"
ADVANCEMENT = (
    "Frequently Asked Questions › What career advancement opportunities exist for Production "
    "Technicians?"
)


def test_the_jobs_a_move_leads_to_that_pay_more_are_the_moves(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "you just repeated the same numbers. what jobs can a production tech move into that pay "
        "more?",
    )
    assert sections(reply) == [ADVANCEMENT]
    assert "supervisory positions" in reply.answer
    assert "$58,500" not in reply.answer


def test_what_each_level_is_expected_to_do_is_each_tiers_line_on_it(
    components: Components,
) -> None:
    for question in (
        "hmm ok. do they expect you to know PLC stuff on day one or do you learn it on the job",
        "when do they expect you to actually program them? the PLCs i mean",
    ):
        reply = on_page(components.bot, PAGE, question)
        assert "Proficiency in PLC programming and diagnostics is expected" in reply.answer
        assert "Production Technician (2-5 years)" in reply.answer, question
        assert "Required Education" not in sections(reply), question


def test_the_certifications_that_exist_are_named_with_no_order_made_up(
    components: Components,
) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "Hi, I'm looking into becoming a production technician. What certifications are out "
        "there and which one should I get first?",
    )
    assert reply.answer.startswith("The guide doesn't say which to get first")
    assert "Certified Manufacturing Technician (CMT)" in reply.answer
    assert "Six Sigma" in reply.answer
    others = on_page(
        components.bot, PAGE, "you didnt answer if theres other certs. what else is there?"
    )
    assert "Certified Manufacturing Technician (CMT)" in others.answer


def test_two_things_uncovered_are_said_in_one_statement(components: Components) -> None:
    *_, reply = replies(
        components.bot,
        "if i wanted to look better on paper which certificate would help most? i only got a GED",
        "so out of those which one do i start with? OSHA one sounds easiest. how long do those "
        "take",
        page=PAGE,
    )
    assert "doesn't cover how long the OSHA training takes or which is easiest" in reply.answer
    assert reply.answer.count("doesn't cover") == 1
