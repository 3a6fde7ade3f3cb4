"""The forty-first panel over the O*NET guides: "something like data entry or medical
transcription. would either of those suit me?" weighs the two named, not the two in play;
"any trades that pay more than electrician?" lists the electricians' better-paid relations; a
"landscaping crew supervisor" is the landscaping supervisors, though "crew supervisor" is the
farming supervisors' other title; "been an electricians helper" on the electricians' page is the
visitor's own job; "do i need culinary school to become a chef or can i just work my way up?" is
the way into chef; "the pay for both? i'm at about 62k as exec chef" is the two in play, not the
chefs; "and the pay? hygienist seems like way more money" is both careers; "how high up do they
climb?" is the duty of climbing, not the outlook, and "do they climb towers? im not sure about
heights" is asked by its question, not the remark after it; "which languages or tools" is the
Tech Stack; school social workers' pay asked beside the hospital ones' is no question of paid
training; "is it higher than schools?" weighs the school social workers still in play."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page, sections, talk


def test_careers_named_anew_are_weighed_not_those_in_play(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "how much do landscaping workers make compared to residential advisors?",
        "Landscaping isn't something you can do from home. I'm thinking computer-based work, "
        "something like data entry or medical transcription. Would either of those suit "
        "someone with admin experience?",
    )
    assert guides_cited(reply) == {"data-entry-keyers", "medical-transcriptionists"}


def test_trades_paying_more_than_the_career_are_its_better_paid_relations(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "ok electrician sounds good. how much do they make?",
        "hmm ok. are there any trades that pay more than electrician tho? without college i mean",
    )
    assert "pay more than its median of $63,190" in reply.answer
    assert "electrical-power-line-installers-and-repairers" in guides_cited(reply)


def test_a_field_word_before_a_title_names_the_career_with_both(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "been doing landscaping 10+ years. what does a landscaping crew supervisor make? like a "
        "groundskeeping foreman",
    )
    assert guides_cited(reply) == {"first-line-supervisors-of-landscaping-lawn-service-and"}


def test_the_helper_i_have_been_is_my_own_job_on_the_electricians_page(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "Im 45 and been an electricians helper a couple years. How do I get my license and how "
        "many years til journeyman?",
    )
    assert "electricians" in guides_cited(reply)
    assert "helpers-electricians" not in guides_cited(reply)


def test_schooling_or_working_up_into_a_job_is_the_way_in(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a line cook (3 yrs) and want to move up. do i actually need culinary school to "
        "become a chef or can i just work my way up?",
    )
    assert reply.citations[0].guide == "chefs-and-head-cooks"
    assert reply.citations[0].section == "How to Become One"
    assert reply.answer.startswith("Chefs and head cooks typically need")


def test_the_pay_for_both_is_the_two_in_play_not_my_own_job(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "chef here, 41, done with the 14 hr days. would food safety inspector or dietitian be "
        "doable? what do you need for each",
        "ok dietitian sounds like more school. what's the pay for both? i'm at about 62k as "
        "exec chef",
    )
    assert guides_cited(reply) == {"agricultural-inspectors", "dietitians-and-nutritionists"}


def test_a_remark_after_the_question_does_not_narrow_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hi im a dental assistant, thinking about going into dental lab tech or hygienist. "
        "whats the schooling for each",
        "and the pay? hygienist seems like way more money",
    )
    assert guides_cited(reply) == {"dental-laboratory-technicians", "dental-hygienists"}


def test_climbing_asked_is_the_duty_that_names_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what kind of training do you need for wind turbine tech",
        "how high up do they climb? im 44 and not sure about heights",
    )
    assert "Climb wind turbine towers" in reply.answer
    assert sections(reply) == ["Key Responsibilities"]


def test_a_yes_or_no_question_is_read_before_the_remark_after_it(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "wind-turbine-service-technicians",
        "do they climb towers? im not sure about heights",
    )
    assert reply.answer.startswith("Yes, the guide lists it.")
    assert "Climb wind turbine towers" in reply.answer


def test_languages_or_tools_to_learn_are_the_tech_stack(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "whats the pay like for web developers",
        "ok so its still growing. what should i learn now tho, like which languages or tools",
    )
    assert ("web-developers", "Tech Stack") in cited(reply)
    assert reply.citations[0].section == "Tech Stack"


def test_pay_for_a_job_of_schools_is_no_pay_during_school(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "How does pay compare for school social workers vs hospital social workers?",
    )
    assert "whether this training is paid" not in reply.answer
    assert "$59,550" in reply.answer
    assert "$67,880" in reply.answer


def test_higher_than_a_word_of_a_career_in_play_weighs_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "How does pay compare for school social workers vs hospital social workers?",
        "huh? I meant salary not training. what's the median for healthcare social workers, is "
        "it higher than schools?",
    )
    assert guides_cited(reply) == {
        "child-family-and-school-social-workers",
        "healthcare-social-workers",
    }
