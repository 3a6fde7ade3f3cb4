"""The shape of an answer on O*NET guides: the verdict on a degree first, skills from what
a guide has when O*NET rates none, two-part questions answered half by half, a missing
figure said to be missing, and apprentices' pay answered from the apprenticeship."""

from __future__ import annotations

from api.components import Components
from tests.talk import sections, talk


def test_a_degree_question_is_answered_yes_or_no_first(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "do I need a degree to be a dental hygienist?")
    assert reply.answer.startswith(
        "A degree is usually needed: the typical entry education is an associate's degree. "
    )
    assert sections(reply)[0] == "How to Become One"
    reply = talk(onet_components.bot, "can I become a phlebotomist without a degree?")
    assert reply.answer.startswith(
        "A degree is usually not needed: the typical entry education is a postsecondary "
        "nondegree award"
    )


def test_skills_of_a_guide_with_no_skill_ratings_come_from_its_tech_stack_and_tasks(
    onet_components: Components,
) -> None:
    guide = onet_components.bot.guides["data-scientists"]
    assert not any(s.items for s in guide.walk() if "Skills" in s.title)  # the case itself
    reply = talk(onet_components.bot, "what skills does a data scientist need?")
    assert reply.answer.startswith("O*NET 29.3 has no skill, knowledge or work style ratings")
    assert "Instead, its Tech Stack section lists the tools and technology" in reply.answer
    assert sections(reply) == ["Top Skills", "Tech Stack", "Key Responsibilities"]
    assert "How to Become One" not in sections(reply)


def test_pay_and_hours_answers_the_pay_and_says_the_guide_has_no_hours(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "pay and hours for welders?")
    median = onet_components.bot.guides["welders-cutters-solderers-and-brazers"].facts
    assert median.median_salary is not None
    assert median.median_salary.value in reply.answer
    assert reply.answer.endswith("Brazers Career Guide doesn't cover hours.")


def test_a_stress_question_of_a_guide_without_a_rating_says_so_first(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what does a dental hygienist do and is it stressful?")
    first_line = reply.answer.split("\n")[0]
    assert "Dental hygienists administer oral hygiene care to patients" in first_line
    assert "The Dental Hygienists Career Guide has no stress rating" in reply.answer
    assert sections(reply)[:2] == ["Overview", "Key Responsibilities"]


def test_apprentices_pay_is_answered_from_the_apprenticeship(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "do electrician apprentices get paid?")
    assert reply.answer.startswith(
        "The Electricians Career Guide doesn't say whether apprentices are paid"
    )
    assert "apprenticeship" in reply.answer.split("[1]")[0]
    assert "median" not in reply.answer.lower()


def test_a_question_about_a_whole_career_gets_it_at_a_glance(
    onet_components: Components,
) -> None:
    facts = onet_components.bot.guides["paramedics"].facts
    stated = [facts.median_salary, facts.entry_education, facts.growth_rate]
    for question in ("tell me about paramedics", "what's it like being a paramedic?"):
        reply = talk(onet_components.bot, question)
        # what the job is, told of its people, then its pay, entry and outlook, each cited
        assert reply.answer.startswith("Paramedics administer basic or advanced emergency")
        said = reply.answer.lower()
        assert all(fact is not None and fact.value.lower() in said for fact in stated)
        assert sections(reply) == [
            "Overview", "Annual Salary (US, USD)", "How to Become One", "Job Outlook"
        ]  # fmt: skip
    asked = talk(onet_components.bot, "tell me about apprenticeships for electricians")
    assert sections(asked) == ["How to Become One"]  # something in particular, answered


def test_pay_a_guide_has_no_figure_for_is_said_to_be_missing_first(
    onet_components: Components,
) -> None:
    guide = next(
        g for g in onet_components.bot.guides.values()
        if g.facts.median_salary is None and g.slug != "production-technician"
    )  # fmt: skip
    reply = talk(onet_components.bot, f"how much do {guide.career.lower()} earn?")
    assert reply.answer.startswith(f"The {guide.title} has no pay figures")


def test_pay_asked_beside_the_training_is_the_job_s_pay(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hey im 17 and thinking about being an electrician. how much do they make and how "
        "long is the apprenticeship",
    )
    median = onet_components.bot.guides["electricians"].facts.median_salary
    assert median is not None
    assert median.value in reply.answer
    assert "whether apprentices are paid" not in reply.answer
    assert "apprenticeship" in reply.answer


def test_a_stated_circumstance_follows_the_figure_that_was_asked(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "I'm 63 and retired. What do electricians earn?")
    assert reply.answer.startswith("The median salary for an electrician is ")
    reply = talk(
        onet_components.bot, "My son is 18 and wants to be an electrician. What do they make?"
    )
    assert "hours and shifts" not in reply.answer  # the son's career, not the visitor's kids


def test_an_education_question_is_not_led_by_a_survey_s_spread_of_answers(
    onet_components: Components,
) -> None:
    for question in (
        "What education does a registered nurse need?",
        "Hello, I was working as nurse in Mexico 5 years. What education need registered nurse "
        "in USA?",
    ):
        reply = talk(onet_components.bot, question)
        assert sections(reply)[0] == "How to Become One"
        assert "as workers report it" not in reply.answer.split(". ")[0]
