"""The twentieth panel over the corpus slice: "whats that exactly" beside another question is
the guide's overview, "out in the field or in an office?" is a work setting no guide records
(said, with the duties that show where the work is), the number of jobs asked beside where
they are, "do they always need people" is the outlook, and searches for someone who avoids
teaching or people; a help desk worker asking into cyber security (a "password reset" is no
attack, "do you have anything on…" asks nothing, "3 yrs of help desk" is her own job and "the
security analyst one" is the information security analysts), "trainers" after the fitness
instructors' guide is that career, "more like a doctor" likens the job to one, remote
work is recorded by no guide, years told in a story make no question of a level, "pay and
jobs wise" compares both, and "can i just start at like cvs" asks the way in."""

from __future__ import annotations

from api.components import Components
from bot.answer import Mode
from tests.talk import guides_cited, on_page, replies, sections, talk

NO_SETTING = "doesn't cover the physical demands or work setting"


def test_what_a_job_is_asked_beside_another_question(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "eligibility interviewer whats that exactly and do i need college for it",
    )
    assert sections(reply)[:2] == ["Overview", "How to Become One"]
    assert "determine eligibility" in reply.answer
    surveyors = talk(onet_components.bot, "what is a surveyor and how much do they make")
    assert sections(surveyors) == ["Overview", "Annual Salary (US, USD)"]


def test_field_or_office_is_a_setting_the_guide_lacks(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "surveyors",
        "Ok so surveyors use a lot of math. But are they actually out in the field or mostly "
        "in an office? And what is the pay?",
    )
    assert NO_SETTING in reply.answer
    assert "ground surveys" in reply.answer  # the duties that show where the work is
    assert "Annual Salary (US, USD)" in sections(reply)
    alone = on_page(onet_components.bot, "surveyors", "do surveyors work outside or in an office?")
    assert NO_SETTING in alone.answer
    assert "Related Roles" not in sections(alone)


def test_a_desk_job_is_not_answered_by_physical_therapy(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot, "registered-nurses", "whats the job outlook and is it a desk job"
    )
    assert sections(reply)[0] == "Job Outlook"
    assert NO_SETTING in reply.answer
    assert "physical activity" not in reply.answer


def test_how_many_jobs_beside_where_they_are(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "are there a lot of nanny jobs out there, like would i find one fast in my town",
    )
    assert "Job Outlook" in sections(reply)
    assert "openings a year" in reply.answer
    assert "doesn't mention where the jobs are located" in reply.answer


def test_always_needing_people_is_the_outlook(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "forget that one. what about nursing assistants, do they always need people and how "
        "fast can i get certified",
    )
    assert guides_cited(reply) == {"nursing-assistants"}
    assert sections(reply)[:2] == ["Job Outlook", "How to Become One"]
    assert "licensed nursing staff" not in reply.answer  # others' licences are not hers


def test_kids_but_not_teaching_offers_no_teachers(onet_components: Components) -> None:
    for message in (
        "i love kids but not teaching, what jobs are there?",
        "what jobs work with kids but arent teaching",
    ):
        reply = talk(onet_components.bot, message)
        assert reply.mode is Mode.CITED
        assert len(guides_cited(reply)) > 1
        assert not [g for g in guides_cited(reply) if "teachers" in g], message
        assert guides_cited(reply) & {"childcare-workers", "nannies"}, message


def test_jobs_for_an_introvert_is_a_search(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "jobs for an introvert?")
    assert len(guides_cited(reply)) > 1
    assert "don't answer that directly" not in reply.answer


def test_a_help_desk_worker_asking_into_cyber_security(onet_components: Components) -> None:
    search, duties, degree, meant = replies(
        onet_components.bot,
        "im on a help desk doing password resets and tickets all day, want to get into cyber "
        "security. what job title should i even be looking at",
        "ok um do you have anything on information security analyst? what do they do day to day",
        "do i need a bachelors for that? i got no degree just comptia a+ and 3 yrs of help desk",
        "no thats my current job lol. i meant the security analyst one. degree needed or not? "
        "and whats the pay",
    )
    assert search.mode is Mode.CITED
    assert "information-security-analysts" in guides_cited(search)
    assert "doesn't cover" not in duties.answer
    assert "Key Responsibilities" in sections(duties)
    assert guides_cited(degree) == {"information-security-analysts"}
    assert guides_cited(meant) == {"information-security-analysts"}
    assert sections(meant) == ["How to Become One", "Annual Salary (US, USD)"]


def test_a_word_of_the_careers_name_is_that_career(onet_components: Components) -> None:
    reply = replies(
        onet_components.bot,
        "the fitness instructor one, do i need a cert and whats the pay",
        "are there gonna be jobs for trainers tho or is it saturated",
    )[-1]
    assert guides_cited(reply) == {"exercise-trainers-and-group-fitness-instructors"}
    assert sections(reply) == ["Job Outlook"]


def test_a_job_the_career_is_likened_to_is_not_asked_about(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "nurse-practitioners",
        "cool. last q what would i actually be doing day to day, is it more like a doctor or "
        "more like nursing",
    )
    assert reply.mode is Mode.CITED
    assert guides_cited(reply) == {"nurse-practitioners"}
    assert "Key Responsibilities" in sections(reply)


def test_a_search_for_remote_work_says_no_guide_records_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "which jobs can you do fully remote from home? i live in a small town with nothing around",
    )
    assert reply.answer.startswith("The guides don't record which jobs can be done from home")
    assert len(guides_cited(reply)) > 1


def test_years_told_in_a_story_do_not_make_duties_a_level(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "private-detectives-and-investigators",
        "Retired after 25 years with the county sheriffs office, last 10 as a detective. Bored "
        "stiff. What kind of cases do private investigators actually work on these days",
    )
    assert "Key Responsibilities" in sections(reply)
    assert "How to Become One" not in sections(reply)


def test_pay_and_jobs_wise_compares_both(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "plumbers-pipefitters-and-steamfitters",
        "how does it compare to hvac tho, pay and jobs wise",
    )
    assert len(guides_cited(reply)) == 2
    assert set(sections(reply)) == {"Annual Salary (US, USD)", "Job Outlook"}
    assert "projected to grow faster" in reply.answer


def test_starting_at_a_store_is_the_way_in_not_the_pay(onet_components: Components) -> None:
    reply = replies(
        onet_components.bot,
        "pharmacy tech pay?",
        "do u need to be certified or can i just start at like cvs",
    )[-1]
    assert guides_cited(reply) == {"pharmacy-technicians"}
    assert "How to Become One" in sections(reply)
    assert "Annual Salary (US, USD)" not in sections(reply)
    assert "Top Skills" not in sections(reply)
