"""The forty-ninth panel on the O*NET corpus: a job word with the word before it ("surgical
tech", "quality engineer") or a title several careers share ("network engineer") is the
career whose titles hold it far more often than any other's; a field's people by its initials
("HR people") are its career; one's own job asked about again ("I'm a mechanical engineer…
what do mechanical engineers make?") is asked, not set aside, and work got into instead of it
("get into dispatching instead") is that work's career; a job required first ("work as a
regular RN first") stays a step of the career on the page; what someone says against a job
("my dad says artists dont make money") is no career meant, but a field given as an example
of what is meant ("more like outdoors or fieldwork, like environmental stuff") is; a title
looked for in the last answer ("wheres copywriter in that? is that the writers one?") is said
to be the guide's; whether offices are hiring is the outlook; a master's licence has no pay
figure of its own, and "thats it?" before a question is no question of its own."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections, talk

NP = "nurse-practitioners"


def test_a_job_word_with_the_word_before_it_is_the_career_titled_so(
    onet_components: Components,
) -> None:
    surgical = talk(
        onet_components.bot,
        "hi, ive been a CNA for about 2 years now and im thinking about becoming a surgical "
        "tech. what kind of program do i need to get into that?",
    )
    assert guides_cited(surgical) == {"surgical-technologists"}
    quality = talk(onet_components.bot, "what degree do i need to be a quality engineer")
    assert guides_cited(quality) == {"validation-engineers"}


def test_a_title_several_careers_share_is_the_one_titled_so_most(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I've done IT help desk for 2 years and want to move up to cloud engineer or network "
        "engineer. which certifications should I get?",
    )
    assert "computer-network-architects" in guides_cited(reply)  # the network engineer's
    corrected = talk(
        onet_components.bot,
        "again, not security. network engineer / network architect, the cisco routing and "
        "switching kind of job. what do those pay",
    )
    assert guides_cited(corrected) == {"computer-network-architects"}


def test_a_fields_people_by_its_initials_are_its_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "People always tell me I'm good with people and I should go into sales. But I really "
        "hate being pushy. Is there a job where I use people skills without having to pressure "
        "anyone?",
        "hmm those are all sales jobs tho. what about something like customer service or HR, "
        "helping people instead of selling to them?",
        "i asked about customer service and HR though. do you have anything on those? like what "
        "do HR people actually do all day",
    )
    assert guides_cited(reply) == {"human-resources-specialists"}


def test_ones_own_job_asked_about_again_is_asked(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Hello. I'm 50 and have been a mechanical engineer for most of my career. I'd like to "
        "move into teaching high school math. What certification would I need, given I already "
        "have an engineering degree?",
        "I'm a mechanical engineer, not electronics. What do mechanical engineers make by "
        "comparison?",
    )
    assert "mechanical-engineers" in guides_cited(reply)
    assert "$104,110" in reply.answer


def test_work_got_into_instead_of_ones_own_is_its_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "been driving truck 15 yrs and my back is shot. want to get into dispatching instead. "
        "what kind of training do i need for that",
    )
    assert guides_cited(reply) == {"dispatchers-except-police-fire-and-ambulance"}


def test_a_job_required_first_stays_a_step_of_the_career_on_the_page(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        NP,
        "hi! im 20 and in my bsn program rn. how long does it take after you finish the bsn to "
        "actually become an NP? and whats the pay like",
        "so its a masters, but like how many years is that usually? and do i have to work as a "
        "regular RN first or can i go straight in",
    )
    assert guides_cited(reply) == {NP}


def test_what_someone_says_against_a_job_is_no_career_meant(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "ok fine college it is lol. how much do animators make tho? my dad says artists dont "
        "make money",
    )
    assert guides_cited(reply) == {"special-effects-artists-and-animators"}
    assert "$102,030" in reply.answer


def test_a_field_given_as_an_example_of_what_is_meant_is_its_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "those all sound like lab jobs tho? chemist literally says in laboratories. i was "
        "thinking more like outdoors or fieldwork, like environmental stuff",
    )
    assert guides_cited(reply) == {"environmental-scientists-and-specialists-including-health"}


def test_a_title_looked_for_in_the_last_answer_is_said_to_be_the_guides(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "i love writing and want to do it for a living. journalist, copywriter or editor - "
        "which pays best?",
        "wait wheres copywriter in that? is that the writers one? and honestly whats the job "
        "market like, i keep hearing journalism is dying",
    )
    assert "Copywriter is one of the job titles the Writers and Authors" in reply.answer
    assert "doesn't cover" not in reply.answer


def test_whether_offices_are_hiring_is_the_outlook(onet_components: Components) -> None:
    for question in (
        "are dental offices actually hiring? i dont want to do 2 years of school and then not "
        "find anything",
        "is it hard to find manager jobs, like are restaurants hiring a lot of them?",
    ):
        reply = talk(onet_components.bot, question)
        assert "Job Outlook" in sections(reply), question


def test_a_masters_licence_has_no_pay_figure_of_its_own(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "plumbers-pipefitters-and-steamfitters",
        "ok. so whats the pay difference, like what does a journeyman make vs a master plumber",
    )
    assert reply.answer.startswith("The guide gives no pay by licence")
    assert "$108,420" in reply.answer  # the nearest: every level the guide gives
    again = on_page(
        onet_components.bot,
        "plumbers-pipefitters-and-steamfitters",
        "ok. so whats the pay difference, like what does a journeyman make vs a master plumber",
        "thats it? what about the top guys, and what would i be making starting out as a new "
        "journeyman",
    )
    assert "doesn't cover" not in again.answer  # "thats it?" is no question of its own
    assert "$44,150" in again.answer
