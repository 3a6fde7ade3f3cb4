"""Follow-ups of the tenth panel over the O*NET guides: a verdict between the two careers
just compared, the last question asked of the career named next, a job word meaning the
conversation's career, a circumstance no compared guide covers, a level that is no second
career, and an in-scope question that mentions a sport."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import cited, guides_cited, talk

NURSES, HYGIENISTS = "registered-nurses", "dental-hygienists"


def test_which_one_pays_more_after_two_careers_weighs_both(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I'm stuck between registered nurse and dental hygienist. How long is school for each?",
        "ok so hygienist is shorter. which one pays more though? and which has more jobs "
        "opening up?",
    )
    assert guides_cited(reply) == {NURSES, HYGIENISTS}
    assert "pay more" in reply.answer  # the verdict, not one career's figures
    assert "openings" in reply.answer


def test_and_for_the_other_one_asks_the_last_question_of_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what does a registered nurse make starting out?",
        "and for the paramedic one?",
    )
    assert guides_cited(reply) == {"paramedics"}
    assert "An entry-level paramedic earns about" in reply.answer


def test_what_about_after_a_complaint_asks_the_last_question_of_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do family medicine physicians make?",
        "you only did the doctor side. what about graphic designers?",
    )
    assert guides_cited(reply) == {"graphic-designers"}
    assert "The median salary for a graphic designer" in reply.answer


def test_a_job_word_of_the_conversations_career_is_that_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do civil engineers make?",
        "is there any cert that would help me get the engineer job without a degree?",
    )
    assert reply.mode == Mode.CITED.value  # not "Several careers match “engineer”"
    assert guides_cited(reply) == {"civil-engineers"}


def test_a_record_no_compared_guide_covers_is_said_before_the_comparison(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "40 yr old line cook here. got a felony from 2014, clean since. want to get into a trade, "
        "electrician or hvac. will the record stop me? which trade is easier to get into",
    )
    assert reply.answer.startswith("The guides for Electricians and Heating")
    assert "don't cover a criminal record" in reply.answer
    assert len(guides_cited(reply)) == 2


def test_an_experienced_one_is_a_level_not_another_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what would a starting registered nurse earn versus an experienced one?",
    )
    assert guides_cited(reply) == {NURSES}
    assert "entry level $" in reply.answer  # both levels set against each other
    assert "senior level $" in reply.answer


def test_a_sport_in_a_question_about_the_job_is_no_reason_to_refuse(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do welders make",
        "ok. is welding hard on ur body tho? my back is kinda messed up from football",
    )
    assert reply.mode == Mode.CITED.value
    assert "welders-cutters-solderers-and-brazers" in guides_cited(reply)


def test_a_career_said_to_be_out_stays_out(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i love animals but i faint when i see blood 😅 so vet tech is out. what does a "
        "veterinary assistant make?",
        "lol i literally said vet tech is out 😭 the assistant one sounds nice tho. do i need "
        "college",
    )
    assert "veterinary-technologists-and-technicians" not in guides_cited(reply)
    assert "veterinary-assistants-and-laboratory-animal-caretakers" in guides_cited(reply)


def test_a_career_asked_to_be_a_better_bet_is_weighed_against_the_last(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do registered nurses make?",
        "thanks. what does it pay starting out, and would LPN be a better bet?",
    )
    assert guides_cited(reply) == {NURSES, "licensed-practical-and-licensed-vocational-nurses"}


def test_pay_for_all_three_adds_the_career_named_to_the_two_before(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "compare registered nurses and paramedics on pay",
        "what about an EMT, is that between those two? pay for all three?",
    )
    assert guides_cited(reply) == {NURSES, "paramedics", "emergency-medical-technicians"}


def test_what_about_another_career_asks_both_of_the_last_questions_asks(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how long is school for electricians and what do they make?",
        "what about plumbers?",
    )
    slug = "plumbers-pipefitters-and-steamfitters"
    assert cited(reply) >= {(slug, "How to Become One"), (slug, "Annual Salary (US, USD)")}


def test_a_bare_job_word_means_the_career_of_the_conversation_it_names(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "compare registered nurses and paramedics on pay",
        "what about an EMT, is that between those two? pay for all three?",
        "thx. is there any cert that would help me get the technician job?",
    )
    assert guides_cited(reply) == {"emergency-medical-technicians"}
