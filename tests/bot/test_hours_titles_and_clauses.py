"""The nineteenth panel on the bundled guide: pay asked by the hour, a pay hoped for, a
level's title, school courses of a senior year, where the job leads, machines taking the
work, two questions joined by a comma, and another job told of beside a question about
this one."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from bot.understand.wishes import dollars
from tests.talk import on_page, replies, sections, talk

PAGE = "production-technician"
JUNIOR = "Career Path Tiers › Junior Production Technician"
ADVANCEMENT = (
    "Frequently Asked Questions › What career advancement opportunities exist for "
    "Production Technicians?"
)


def test_pay_asked_by_the_hour_gives_each_levels_hourly_rate(components: Components) -> None:
    reply = talk(components.bot, "how much is the pago, per hour? I work in fabrica now, packing")
    facts = components.bot.guides[PAGE].facts
    assert facts.salary_entry is not None
    assert facts.salary_senior is not None
    entry, senior = dollars(facts.salary_entry.value), dollars(facts.salary_senior.value)
    assert entry is not None
    assert senior is not None
    assert "The guide gives yearly pay, not hourly rates" in reply.answer
    assert f"about ${entry / 2080:,.2f} an hour" in reply.answer
    assert f"about ${senior / 2080:,.2f} an hour" in reply.answer


def test_a_pay_hoped_for_is_not_taken_for_the_visitors_own(components: Components) -> None:
    reply = talk(components.bot, "how long till i could be making like 58k")
    assert "You make" not in reply.answer
    assert "2-5 years" in reply.answer


def test_a_levels_job_title_is_the_level_not_a_refusal(components: Components) -> None:
    entry = talk(components.bot, "one more, is there an entry level job title i should search for")
    assert entry.mode is Mode.CITED
    assert sections(entry)[0] == JUNIOR
    later = talk(components.bot, "what would my job title be after a few years")
    assert later.mode is Mode.CITED
    assert all(s.startswith("Career Path Tiers") for s in sections(later))


def test_a_senior_years_classes_are_the_courses_the_guide_names(components: Components) -> None:
    reply = talk(
        components.bot, "what should he take in his senior year of high school to get ready"
    )
    assert "courses in mathematics, physics, and industrial arts" in reply.answer


def test_whether_the_job_leads_to_engineering_is_where_it_leads(components: Components) -> None:
    reply = talk(components.bot, "Does being production tech lead to engineer roles or no")
    assert sections(reply) == [ADVANCEMENT]
    assert "Pros:" not in reply.answer


def test_machines_taking_the_work_is_answered_by_the_outlook(components: Components) -> None:
    reply = talk(
        components.bot,
        "honestly worried about robots and AI. if the whole point is automation arent they "
        "going to replace production techs in like 10 years?",
    )
    assert "projected to grow 6%" in reply.answer
    assert "Market Demand" in sections(reply)


def test_two_questions_joined_by_and_or_a_comma_are_both_answered(
    components: Components,
) -> None:
    plc = replies(
        components.bot,
        "what does a production tech do all day",
        "I never touched a PLC though. How big a deal is that, and where do people usually "
        "learn it",
    )[-1]
    assert "increasingly important" in plc.answer  # how big a deal
    assert "community colleges or technical institutes" in plc.answer  # where to learn it
    school = talk(
        components.bot,
        "would i need to go back to school first, how long are those programs",
    )
    assert "Skills and Qualifications › Education Level" in sections(school)  # school first?
    assert "Required Education" in sections(school)  # how long the programs are


def test_another_job_told_of_beside_a_question_about_this_one(components: Components) -> None:
    reply = on_page(
        components.bot,
        PAGE,
        "hmm. whats the actual day to day like tho, electricians are on job sites all over. "
        "is this just inside a factory all day",
    )
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith("I don't have a guide for electricians yet")
    assert any(s.startswith("A Day in the Life") for s in sections(reply))
    asked = on_page(components.bot, PAGE, "how do i become an electrician")
    assert asked.mode is Mode.REFUSAL  # a job asked about is still one without a guide


def test_which_certifications_count_is_the_lines_naming_them(components: Components) -> None:
    reply = talk(components.bot, "which certifications actually matter for this job?")
    assert "Certified Manufacturing Technician (CMT)" in reply.answer
    assert sections(reply)[0].startswith("Frequently Asked Questions › What certifications")


def test_a_trait_asked_of_the_job_is_weighed_from_both_sides(components: Components) -> None:
    reply = talk(
        components.bot,
        "real talk is this job boring? i game like 6 hrs a day and i need something that "
        "keeps my brain busy",
    )
    assert "Among the pros: Hands-on work with advanced machinery" in reply.answer
    assert "Among the cons: Potential monotony" in reply.answer
    assert "Shift work and overtime" not in reply.answer  # not the whole cons list


def test_one_side_asked_for_by_name_is_that_list_whole(components: Components) -> None:
    guide = components.bot.guides[PAGE]
    for asked, side in (("what are the cons", "Cons"), ("what are the pros", "Pros")):
        reply = talk(components.bot, asked)
        assert [s.rsplit(" › ", 1)[-1] for s in sections(reply)] == [side]
        listed = next(s for s in guide.walk() if s.path_text.endswith(f" › {side}"))
        assert all(item in reply.answer for item in listed.items)


def test_a_compressed_week_the_guide_never_names_is_said_to_be_missing(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "what about the shifts then, if i have to go in could i at least do like 4 10s or is "
        "it random nights",
    )
    assert reply.answer.startswith(
        "The Production Technician Career Path Guide doesn't cover four-day or compressed weeks"
    )
    assert "Shift work or overtime is common" in reply.answer  # the nearest it has


def test_years_away_from_work_are_said_to_be_uncovered_not_ignored(
    components: Components,
) -> None:
    reply = talk(
        components.bot,
        "hello, i am 41 and have been home with my kids for 10 years. before that i did "
        "assembly work at a factory for 5 years. i am thinking about going back. is "
        "production technician something i could do or is my experience too old now",
    )
    assert "doesn't cover returning to work after time away" in reply.answer


def test_a_term_seen_elsewhere_is_the_lines_spelling_it_out(components: Components) -> None:
    reply = talk(
        components.bot,
        "which certifications actually matter for this job?",
        "whats the CMT one i keep seeing on job postings? is it worth it over six sigma",
    )
    assert "Certified Manufacturing Technician (CMT) from the Manufacturing Skill" in reply.answer
    assert "Pros:" not in reply.answer


def test_whether_the_work_holds_a_kind_of_task_is_its_duties(components: Components) -> None:
    reply = talk(
        components.bot, "is there any part thats like puzzle solving, figuring out whats broken"
    )
    assert "Key Responsibilities" in sections(reply)
    assert "Diagnose mechanical, electrical, or process faults" in reply.answer
    assert "Common Mistakes of Beginners" not in sections(reply)


def test_a_tool_the_guide_never_names_is_said_to_be_missing(components: Components) -> None:
    reply = talk(components.bot, "do production techs use fortran")
    assert reply.answer == "The Production Technician Career Path Guide doesn't mention fortran."
