"""Follow-ups of the eleventh panel over the O*NET guides: careers picked by a word ("the zoo
one", "the payroll one and the billing one", "the eligibility one"), a job word of the
conversation's career ("the trainer job"), a career ruled out, a title several careers share
read by the conversation, a one-word name of a worker, and stories that ask nothing."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, talk

CARETAKERS, ZOOLOGISTS = "animal-caretakers", "zoologists-and-wildlife-biologists"
TRAINING, COORDINATORS = "training-and-development-specialists", "instructional-coordinators"


def test_the_zoo_one_picks_the_caretakers_over_the_zoologists(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "What about working at a zoo taking care of the animals, like a zookeeper? how does "
        "the pay compare to the zoologist",
        "Not farms, just the zoo one. Are there more openings for that one than for zoologists?",
    )
    assert guides_cited(reply) == {CARETAKERS, ZOOLOGISTS}
    assert reply.answer.startswith("Animal Caretakers have more openings")


def test_taking_care_of_the_animals_names_no_farmworkers(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "What about working at a zoo taking care of the animals, like a zookeeper? how does "
        "the pay compare to the zoologist",
    )
    assert guides_cited(reply) == {CARETAKERS, ZOOLOGISTS}


def test_the_trainer_job_is_the_conversations_training_specialists(
    onet_components: Components,
) -> None:
    asked = (
        "what does a training and development specialist make?",
        "hm ok. what about instructional coordinator, my principal mentioned that one. does it "
        "pay better than the trainer job and do i need a masters for it",
    )
    reply = talk(onet_components.bot, *asked)
    assert guides_cited(reply) == {COORDINATORS, TRAINING}
    again = talk(
        onet_components.bot,
        *asked,
        "lol not animal trainer, I meant the training and development specialist. so its "
        "coordinator 77k vs trainer 69k?",
    )
    assert "animal-trainers" not in guides_cited(again)


def test_two_careers_picked_from_a_list_of_related_roles_are_compared(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what does a bookkeeping clerk make",
        "what similar jobs are there though, that's what I really want to know",
        "the payroll one and the billing one - which is doing better job-wise and which pays more?",
    )
    assert guides_cited(reply) == {"payroll-and-timekeeping-clerks", "billing-and-posting-clerks"}
    assert "pay more" in reply.answer


def test_the_eligibility_one_is_picked_over_the_visitors_own_job(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I have been a cashier for 22 years. What do eligibility interviewers and social and "
        "human service assistants earn?",
        "The first one sounds interesting, the eligibility one. Would my cashier experience "
        "help me get hired there?",
    )
    assert guides_cited(reply) == {"eligibility-interviewers-government-programs"}


def test_a_title_several_careers_share_is_the_one_the_conversation_listed(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I have been a pharmacy technician for 9 years. What other jobs use what I know about "
        "medications?",
        "No, I asked LPN versus medical lab technician. which pays more and how long is the "
        "schooling?",
    )
    assert guides_cited(reply) == {
        "licensed-practical-and-licensed-vocational-nurses",
        "medical-and-clinical-laboratory-technicians",
    }


def test_a_bookkeeper_is_the_bookkeeping_clerks(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "i want to become a bookkeeper, how long does it take?")
    assert reply.mode == Mode.CITED.value
    assert guides_cited(reply) == {"bookkeeping-accounting-and-auditing-clerks"}


def test_a_daughters_age_and_a_part_time_job_ask_no_hours(onet_components: Components) -> None:
    for question in (
        "Hi! My daughter (14) is obsessed with wildlife. She wants to be a zoologist. Is that a "
        "real job you can get, and what would she study in college?",
        "Hi, I'm 24 and doing my associate's at a community college (environmental studies). I "
        "work part time at a garden center. Can I get an environmental science technician job "
        "with just the associate's or do I need to transfer to a 4 year?",
    ):
        reply = talk(onet_components.bot, question)
        assert "hours and shifts" not in reply.answer, question
        assert "how experience from other work counts" not in reply.answer, question


def test_the_pay_of_bakers_asked_by_a_student_is_their_pay(onet_components: Components) -> None:
    reply = onet_components.bot.reply(
        "31, back in school at community college for culinary arts. single dad so I need to be "
        "realistic. how much do bakers make? is it early mornings?",
        None,
        "bakers",
    )
    assert "The median salary for a baker is" in reply.answer
    assert "whether this training is paid" not in reply.answer


def test_another_careers_manager_is_no_rung_without_pay(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "loan officer vs property manager. which pays better and which one can I do without "
        "a college degree",
    )
    assert "no pay figure for managers" not in reply.answer
    assert "Loan Officers pay more" in reply.answer


def test_a_career_ruled_out_is_not_answered_from_the_conversation(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "how much do coders make an hour??",
        "no not programmers lol. billing codes for insurance, whats that pay",
    )
    assert reply.mode is Mode.CITED
    assert "computer-programmers" not in guides_cited(reply)
    assert "billing-and-posting-clerks" in guides_cited(reply)


def test_a_career_the_visitor_did_not_mean_leaves_what_is_weighed(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do architectural and civil drafters make?",
        "Sorry, I didn't mean drafters. I mean actual architects vs civil engineers. What's the "
        "median pay for each?",
    )
    assert guides_cited(reply) == {"architects-except-landscape-and-naval", "civil-engineers"}
