"""The seventeenth panel over the corpus slice: the assistant or aide of a profession asked
for by how people say it, a career set aside ("forget hvac") left behind, a career the job
works for kept out, a stress question of a guide with no stress rating met by its Stress
Tolerance (else Self-Control) rating, a career turned to by its field ("the outlook for
welding then"), a pick after "which one do you mean?" answering the question asked, a
job left ("let go from my job as a cashier") no career asked about beside the one being
considered, and likes told without a question searched for fitting careers."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page, replies, talk


def test_the_assistant_version_of_a_profession_is_its_assistants_guide(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot, "i want to be an OT but the assistant version, how long is school"
    )
    assert guides_cited(reply) == {"occupational-therapy-assistants"}
    speech = talk(onet_components.bot, "speech therapist assistant pay?")
    assert cited(speech) == {("speech-language-pathology-assistants", "Annual Salary (US, USD)")}


def test_someone_who_helps_the_pt_is_the_aide_named(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what about someone who helps the PT, like a PT aide? do they need a degree",
    )
    assert guides_cited(reply) == {"physical-therapist-aides"}
    assert "high school diploma" in reply.answer


def test_a_career_set_aside_is_left_behind(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "is hvac hard to learn", "forget hvac. is welding dangerous")
    assert guides_cited(reply) == {"welders-cutters-solderers-and-brazers"}


def test_the_career_a_job_works_for_is_not_answered_too(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "paralegals-and-legal-assistants",
        "so what do paralegals actually do, like do they go to court or is it just typing "
        "stuff up for lawyers",
    )
    assert guides_cited(reply) == {"paralegals-and-legal-assistants"}


def test_stress_without_a_rating_is_met_by_stress_tolerance_in_a_comparison(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "do dental hygienists make more than dental assistants? and is it stressful",
    )
    assert reply.answer.count("has no stress rating; here is the nearest it has.") == 2
    assert reply.answer.count("The median salary for a dental hygienist is") == 1
    assert {("dental-hygienists", "Work Style"), ("dental-assistants", "Work Style")} <= cited(
        reply
    )
    assert "Stress Tolerance:" in reply.answer
    assert "Self-Control:" in reply.answer


def test_a_pick_after_which_one_answers_the_question_asked(onet_components: Components) -> None:
    asked, picked = replies(
        onet_components.bot,
        "how much do engineers make?",
        "civil i guess, like roads and bridges and that kind of stuff",
    )
    assert asked.mode == "clarify"
    assert cited(picked) == {("civil-engineers", "Annual Salary (US, USD)")}


def test_likes_told_without_a_question_get_fitting_careers(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "i like animals but not blood")
    assert len(guides_cited(reply)) > 1
    assert "phlebotomists" not in guides_cited(reply)
    assert "animal-caretakers" in guides_cited(reply)


def test_a_field_turned_to_after_the_talk_is_answered(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what does a paralegal do",
        "hmm thats not really it. whats the job outlook for welding then, maybe ill just do that",
    )
    assert cited(reply) == {("welders-cutters-solderers-and-brazers", "Job Outlook")}


def test_a_job_left_is_no_career_asked_about(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I am 59 and was let go from my job as a cashier after 22 years. I am considering "
        "becoming a pharmacy technician. Am I too old, and what would the training involve?",
    )
    assert guides_cited(reply) == {"pharmacy-technicians"}
