"""Conversations as people have them on the bundled guide: thanks, gibberish, both halves of
a question, a whole topic, references to the last answer, and questions the guide can't
answer."""

from __future__ import annotations

import pytest

from api.components import Components
from bot.answer import Mode
from bot.services.chat import CareerBot
from tests.talk import sections, talk

DAY = "A Day in the Life"
TIERS = "Career Path Tiers"


@pytest.fixture(scope="module")
def bot(components: Components) -> CareerBot:
    return components.bot


def test_thanks_gets_a_short_closing_not_the_greeting(bot: CareerBot) -> None:
    for thanks in ("ok thanks!", "thanks, bye", "ok thats all i needed, cheers 👍"):
        reply = talk(bot, "how do I become a production technician", thanks)
        assert reply.mode is Mode.REFUSAL
        assert "welcome" in reply.answer.lower()
        assert "Hi!" not in reply.answer
        assert "I can help with" not in reply.answer


def test_thanks_with_a_remark_closes_and_thanks_with_a_question_is_answered(
    bot: CareerBot,
) -> None:
    closings = (
        "Thank you, this helps.",
        "thanks, I'll look into the certification",
        "awesome thank you so much!!",  # not "thank" and then "you so much"
        "really appreciate it, thanks",
        "okay thanks, I'll think it over",  # a word of assent before the thanks
    )
    for thanks in closings:
        reply = talk(bot, "how do I become a production technician", thanks)
        assert reply.mode is Mode.REFUSAL, thanks
        assert "welcome" in reply.answer.lower()
    reply = talk(bot, "how do I become a production technician", "thanks! and the salary?")
    assert reply.mode is Mode.CITED
    assert any("Salary" in section for section in sections(reply))


def test_gibberish_is_asked_to_be_rephrased_and_short_follow_ups_are_not(bot: CareerBot) -> None:
    reply = talk(bot, "asdkjh qwpoeiru zmxncbv")
    assert reply.mode is Mode.CLARIFY
    assert "another way" in reply.answer
    assert not reply.citations
    for follow_up in ("what kind?", "even partly?", "thx. what certs should i get"):
        assert talk(bot, "do i need to know programming for this", follow_up).mode is Mode.CITED


def test_pros_and_cons_answers_both_halves(bot: CareerBot) -> None:
    cited = sections(talk(bot, "pros and cons?"))
    assert any(s.endswith("› Pros") for s in cited)
    assert any(s.endswith("› Cons") for s in cited)


def test_a_typical_day_covers_every_part_of_the_day(bot: CareerBot) -> None:
    cited = sections(talk(bot, "what's a typical day like"))
    slots = [s.path_text for s in bot.guides["production-technician"].walk()]
    assert {s for s in slots if s.startswith(f"{DAY} › ")} <= set(cited)


def test_ordinals_point_at_the_items_of_the_last_answer(bot: CareerBot) -> None:
    top = talk(bot, "what are the career tiers?", "what does the top one involve?")
    assert sections(top)[0] == f"{TIERS} › Lead Production Technician / Supervisor"
    second = talk(bot, "what are the career tiers?", "the second one?")
    assert sections(second)[0] == f"{TIERS} › Production Technician"


def test_about_that_stays_on_the_subject_of_the_last_answer(bot: CareerBot) -> None:
    reply = talk(bot, "is it stressful?", "what can I do about that?")
    assert "Work-Life Balance & Stress" in sections(reply)


def test_a_question_the_guide_does_not_cover_says_so_and_keeps_the_career(
    bot: CareerBot,
) -> None:
    reply = talk(bot, "what else is this job called?")
    assert reply.mode is Mode.REFUSAL
    assert "Production Technician Career Path Guide doesn't cover that" in reply.answer
    after = talk(bot, "what else is this job called?", "and the pay?")
    assert sections(after)[0] == "Annual Salary (US, USD)"


def test_where_to_start_is_answered_from_the_path_not_the_cons(bot: CareerBot) -> None:
    reply = talk(bot, "I'm 45 and work in retail, is it too late to switch?")
    assert sections(reply)[0] == "Path to Production Technician"
    reply = talk(bot, "how do i get into this line of work")
    assert sections(reply)[0] == "Path to Production Technician"


def test_one_levels_section_answers_only_questions_about_levels(bot: CareerBot) -> None:
    for question in ("what is it?", "could I become one with no technical background?"):
        reply = talk(bot, question)
        assert not sections(reply)[0].startswith(f"{TIERS} › "), question
        assert not reply.answer.startswith("Experience:"), question  # no label fragments
    reply = talk(bot, "how do you become a lead?")
    assert f"{TIERS} › Lead Production Technician / Supervisor" in sections(reply)


def test_a_question_asking_two_things_gets_both_answers(bot: CareerBot) -> None:
    reply = talk(bot, "whats the pay like? also is it stressful")
    assert sections(reply)[0] == "Annual Salary (US, USD)"
    assert "Work-Life Balance & Stress" in sections(reply)
    assert "$58,500" in reply.answer
    assert "stress level as moderate" in reply.answer


@pytest.mark.parametrize(
    ("message", "topic"),
    [
        ("I'm 52 and work in retail, is it too late to switch?", "age"),
        ("is this a good job for a woman?", "gender"),
    ],
)
def test_a_circumstance_the_guide_is_silent_on_is_said_before_what_it_says(
    bot: CareerBot, message: str, topic: str
) -> None:
    reply = talk(bot, message)
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith(f"The Production Technician guide doesn't cover {topic};")
    plain = talk(bot, "what does a production technician earn?")
    assert "doesn't cover" not in plain.answer


def test_misspelt_topic_words_are_read_and_a_correction_keeps_the_topic(bot: CareerBot) -> None:
    first = talk(bot, "wat is the salery for a prodution techncian")
    assert sections(first) == ["Annual Salary (US, USD)"]
    senior = bot.guides["production-technician"].facts.salary_senior
    assert senior is not None
    corrected = talk(
        bot, "wat is the salery for a prodution techncian", "no i meant for senior level"
    )
    assert sections(corrected) == ["Annual Salary (US, USD)"]
    assert senior.value in corrected.answer


@pytest.mark.parametrize(
    ("turns", "said", "level"),
    [
        (
            ("what levels are there in this job", "and what do the supervisors get paid?"),
            "The guide gives no pay figure for the Lead Production Technician / Supervisor level",
            "salary_senior",
        ),
        (
            ("which sectors employ production techs?", "which of them pays the most?"),
            "The guide doesn't break pay down by industry",
            "median_salary",
        ),
        (("whats the pay like in ohio",), "by state or country", "median_salary"),
    ],
)
def test_pay_for_a_case_the_guide_has_no_figure_for_says_so_then_the_nearest_figures(
    bot: CareerBot, turns: tuple[str, ...], said: str, level: str
) -> None:
    reply = talk(bot, *turns)
    first, _, rest = reply.answer.partition(". ")
    assert said in first
    nearest = getattr(bot.guides["production-technician"].facts, level)
    assert nearest.value in rest
    assert sections(reply) == ["Annual Salary (US, USD)"]
    assert "doesn't" not in talk(bot, "what do production technicians get paid?").answer
    own = talk(bot, "I'm a supervisor at a factory, what would I earn as a production tech?")
    assert "pay figure for" not in own.answer
    assert "break pay down" not in own.answer


def test_label_lines_are_read_as_sentences_not_pasted(bot: CareerBot) -> None:
    reply = talk(bot, "what sets a senior production technician apart from the others?")
    assert sections(reply) == [f"{TIERS} › Senior Production Technician"]
    # read as a sentence; the sentence nearest the question comes first, this one after it
    assert "A Senior Production Technician typically has 5+ years of experience" in reply.answer
    assert "Experience:" not in reply.answer
    stress = talk(bot, "would i be stressed out all the time")
    assert "Stress Level:" not in stress.answer


def test_everyday_wordings_reach_the_section_that_answers_them(bot: CareerBot) -> None:
    # "a living" is pay, tools and software are the tech stack, "what else could I do" is
    # the related roles and growth paths, not the job's own description or one level.
    assert sections(talk(bot, "can you make a decent living as a production tech?")) == [
        "Annual Salary (US, USD)"
    ]
    assert sections(talk(bot, "which software and equipment would I use on the job?"))[0] == (
        "Tech Stack"
    )
    related = sections(talk(bot, "what else could I do later with the skills from this job?"))
    assert related[0] in {"Job Market Today › Growth Paths", "Job Outlook & Related Roles"}
    glance = talk(bot, "tell me about production technicians")  # the career as a whole
    assert sections(glance)[:2] == ["Overview", "Annual Salary (US, USD)"]
    assert "$58,500" in glance.answer
    shifts = talk(bot, "tell me about the night shifts")  # every section that speaks of them
    assert sections(shifts) == ["Work Setting", "Work-Life Balance & Stress"]
    assert "generally predictable" in shifts.answer
    tasks = talk(bot, "what are the daily tasks of a production tech?")
    assert "Key Responsibilities" in sections(tasks)  # tasks are the job's duties
    six = talk(bot, "how much do production techs make? is it really 6 figures")
    assert sections(six) == ["Annual Salary (US, USD)"]  # one question about pay, not two
    assert "doesn't cover" not in six.answer
    later = talk(bot, "how much do production techs earn starting out", "and after about 5 yrs?")
    assert "$70,050" in later.answer.split(".")[0]  # the senior level's figure, first


@pytest.mark.parametrize(
    ("first", "follow_up", "section"),
    [
        ("what's a typical morning for a production technician", "and late afternoon?",
         f"{DAY} › Late Afternoon (3:00 PM - 6:00 PM)"),
        ("what does a production tech's day look like?", "what about after lunch?",
         f"{DAY} › Afternoon (12:00 PM - 3:00 PM)"),
        ("what's a typical day like", "and at the end of the day?",
         f"{DAY} › Late Afternoon (3:00 PM - 6:00 PM)"),
        ("what are the foundational skills", "and the advanced ones?",
         "Skill Map › Advanced Technical Skills"),
        ("what are the biggest challenges in this job", "and where is the industry heading?",
         "Job Market Today › Industry Trends"),
        ("how long does a production technician stay junior?", "and what's the next level called?",
         f"{TIERS} › Production Technician"),
    ],
)  # fmt: skip
def test_a_follow_up_naming_another_part_of_the_last_topic_gets_that_part(
    bot: CareerBot, first: str, follow_up: str, section: str
) -> None:
    assert sections(talk(bot, first, follow_up))[0] == section


def test_that_one_after_the_next_level_is_that_level(bot: CareerBot) -> None:
    reply = talk(
        bot,
        "how long does a production technician stay junior?",
        "and what's the next level called?",
        "how many years is that one?",
    )
    assert sections(reply)[0] == f"{TIERS} › Production Technician"
    assert "2-5 years" in reply.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "section"),
    [
        ("do i need to know programming for this", "what kind?",
         "Frequently Asked Questions › Do Production Technicians need to know programming?"),
        ("can i do this job from home", "even partly?",
         "Frequently Asked Questions › Can Production Technicians work remotely?"),
    ],
)  # fmt: skip
def test_a_short_follow_up_asking_for_more_stays_on_the_last_answer(
    bot: CareerBot, first: str, follow_up: str, section: str
) -> None:
    assert sections(talk(bot, first, follow_up))[0] == section


def test_a_reference_asking_what_the_last_answer_did_not_say_is_answered_from_where_it_is(
    bot: CareerBot,
) -> None:
    reply = talk(bot, "what certs help a production technician?", "who issues the CMT one?")
    assert sections(reply)[0] == "Required Education"
    assert reply.answer.startswith("Professional certifications such as the Certified")
    assert "Manufacturing Skill Standards Council" in reply.answer.split("[1]")[0]
    # picking from the last answer's list still answers from that list
    picked = talk(
        bot, "what tools do production techs use?", "which of those are for quality control?"
    )
    assert sections(picked)[0] == "Tech Stack"


def test_what_a_term_of_the_last_answer_is_is_answered_from_that_answer(bot: CareerBot) -> None:
    reply = talk(bot, "what tech stack do they use", "wait whats SCADA")
    assert sections(reply)[0] == "Tech Stack"
    assert "Supervisory Control and Data Acquisition (SCADA)" in reply.answer


def test_a_circumstance_only_told_of_is_not_said_to_be_missing(bot: CareerBot) -> None:
    reply = talk(bot, "I'm 62 and recently widowed. What does a production technician earn?")
    assert reply.mode is Mode.CITED
    assert "doesn't cover age" not in reply.answer
    asked = talk(bot, "I'm 62. Am I too old to start as a production technician at my age?")
    assert "age" in asked.answer.split(".")[0]


def test_a_military_vet_is_a_veteran_not_another_career(bot: CareerBot) -> None:
    reply = talk(bot, "Navy vet here, 6 years. Where would I slot in on the career tiers?")
    assert reply.mode is Mode.CITED
    assert "don't have a guide" not in reply.answer
