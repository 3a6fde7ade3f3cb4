"""The thirty-ninth panel over the O*NET guides: a topic after "what about" ("licensing") is no
career; places weighed ("industry or hospital", "outside retail") are no careers either;
teaching a subject at a college is that subject's teachers; a career said
back in disbelief ("no... industrial engineer?? i'm a pharmacist") is turned down, as is one
said as meant and not wanted in one breath ("painting like art, not painting walls"); years of
the own job told ("i have 8 yrs paralegal experience") keep the talk on the career asked
about; a title two careers share is narrowed by the school level said with it; a wish told
("want better pay") weighs nothing; "you still haven't told me what they do day to day" asks
it again, and day-to-day work asked beside the pay is told for each career; a title three
careers share ("Health Inspector") is not said to be one guide's alone."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page, sections, talk

SOCIAL = "child-family-and-school-social-workers"


def test_licensing_after_what_about_is_a_topic_not_a_career(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        SOCIAL,
        "ok. what about licensing, do school social workers need a state license?",
    )
    assert guides_cited(reply) == {SOCIAL}


def test_places_weighed_are_no_careers(onet_components: Components) -> None:
    bot = onet_components.bot
    places = talk(
        bot,
        "im a pharmacist, burned out on retail. what do pharmacists make?",
        "I mean jobs where my pharmacy degree counts, like industry or hospital or something",
    )
    outside = talk(
        bot,
        "what do industrial engineers make?",
        "no... industrial engineer?? i'm a pharmacist. ok simpler question, do pharmacists "
        "outside retail make more or less? like hospital pharmacists",
    )
    assert not guides_cited(places) & {"industrial-engineers", "hospitalists"}
    assert guides_cited(outside) == {"pharmacists"}


def test_teaching_a_subject_at_a_college_is_its_teachers(onet_components: Components) -> None:
    # (teaching a subject at a high school names Career/Technical Education Teachers,
    # Secondary School, a guide the slice leaves out: see the router tests' freshman question)
    college = talk(
        onet_components.bot,
        "what do pharmacists make?",
        "forget that. could i teach pharmacy at a college instead? what does that pay",
    )
    assert guides_cited(college) == {"health-specialties-teachers-postsecondary"}


def test_a_name_meant_and_turned_down_at_once_gives_way(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do painters make?",
        "lol i meant painting like art, not painting walls. what about graphic design? is that "
        "a steady job and what does it pay",
    )
    assert guides_cited(reply) == {"graphic-designers"}


def test_the_own_jobs_years_keep_the_career_asked_about(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "how much more do lawyers make than paralegals?",
        "ok the pay jump is nice. do law firms care that i have 8 yrs paralegal experience or "
        "do i start at the bottom like everyone else?",
    )
    assert guides_cited(reply) == {"lawyers"}


def test_a_shared_title_is_narrowed_by_the_school_level(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Hello, I drive a school bus and I'd like to have my summers off. What do you need to be "
        "a teacher assistant in an elementary school?",
    )
    assert guides_cited(reply) == {"teaching-assistants-preschool-elementary-middle-and-secondary"}


def test_a_wish_told_weighs_nothing(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hi im a nail tech, want better pay. what school do i need for dental hygienist",
    )
    assert guides_cited(reply) == {"dental-hygienists"}
    assert "which is better" not in reply.answer


def test_what_was_left_untold_is_asked_again(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "You still haven't told me what sustainability specialists do day to day. And what's "
        "the pay like?",
    )
    assert "Key Responsibilities" in sections(reply)
    assert "Annual Salary (US, USD)" in sections(reply)


def test_each_day_of_one_career_in_play_is_that_careers(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do geoscientists, environmental scientists and conservation scientists make?",
        "ok but you didnt say what conservation scientists actually do each day. do they go out "
        "to sites or is it mostly computer work?",
    )
    assert guides_cited(reply) == {"conservation-scientists"}
    assert ("conservation-scientists", "Key Responsibilities") in cited(reply)


def test_day_to_day_work_is_told_beside_the_pay_compared(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do animal trainers actually do day to day? and do they make more than animal "
        "caretakers",
    )
    assert ("animal-trainers", "Key Responsibilities") in cited(reply)
    assert ("animal-trainers", "Annual Salary (US, USD)") in cited(reply)


def test_a_title_several_careers_share_is_not_told_as_one_guides(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do agricultural inspectors do?",
        "agricultural inspector? is that the same thing as the health inspector who comes to "
        "restaurants? thats more what i meant",
    )
    assert "Health Inspector is one of the job titles" in reply.answer
    assert "O*NET gives that title to 3 careers" in reply.answer  # not one guide's alone
