"""The forty-seventh panel on the O*NET corpus: one of the careers offered chosen by its field
("landscaping is more like it", "music therapy sounds cool tho") is that career, not the ones
set aside; a career asked about by its field ("anything on health informatics jobs?"), by a
clipped title ("a clinical lab technologist") or in a question after a remark ("…none of
these are about speaking spanish. what about a bilingual bank teller") is that career; a
correction telling one's own job ("personal care aide?? no im a teachers aide") asks of it; a
level's word on a page is the page's career; a story of the visitor's own work on a page
leaves the page's career asked; the best paid work without college is the best paid, in
order of pay; pay asked against one's own work or the other career in play weighs both;
training while working is said uncovered."""

from __future__ import annotations

import re

from api.components import Components
from tests.talk import guides_cited, on_page, talk

LANDSCAPERS = "landscaping-and-groundskeeping-workers"
TEACHING_ASSISTANTS = "teaching-assistants-preschool-elementary-middle-and-secondary"


def test_a_career_offered_chosen_by_its_field_is_that_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I hate being stuck in an office. I like being outside and working with my hands, "
        "physical stuff. what kind of jobs should I look at",
        "engineer and safety specialist sound like office jobs tbh. landscaping is more like "
        "it. what does that pay?",
    )
    assert LANDSCAPERS in guides_cited(reply)
    assert "occupational-health-and-safety-specialists" not in guides_cited(reply)
    music = talk(
        onet_components.bot,
        "i love music, like its my whole life, but i know trying to make it as a performer is "
        "super risky. what jobs are there that are still around music but more stable?",
        "musician is literally the thing i said was risky haha. and dj is kind of the same "
        "deal. music therapy sounds cool tho, what do you need to do that and does it pay ok?",
    )
    assert guides_cited(music) == {"music-therapists"}


def test_a_career_asked_by_its_field_or_a_clipped_title_is_that_career(
    onet_components: Components,
) -> None:
    field = talk(
        onet_components.bot,
        "I'm a retail pharmacist and I'm burned out. what do pharmacists make?",
        "so thats just general pharmacist pay, which i know. is there anything on health "
        "informatics jobs specifically, like what they do and pay?",
    )
    assert guides_cited(field) == {"health-informatics-specialists"}
    clipped = talk(
        onet_components.bot,
        "like a clinical lab technologist, the people who run the tests on samples. does that "
        "need a bachelor's, and what does it pay?",
    )
    assert guides_cited(clipped) == {"medical-and-clinical-laboratory-technologists"}
    assert "has no pay figures" in clipped.answer


def test_a_career_asked_after_a_remark_on_those_in_play_is_asked(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I speak Spanish and English fluently. What careers actually use that?",
        "hmm I don't have a bachelor's yet, just an associate's. is there anything bilingual "
        "where that's enough?",
        "ESL and HR both say bachelor's tho?? and none of these are really about speaking "
        "spanish. what about a bilingual bank teller, what does that pay",
    )
    assert guides_cited(reply) == {"tellers"}


def test_a_correction_telling_my_own_job_asks_of_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do personal care aides make?",
        "personal care aide?? no im a teachers aide in a school, like a paraprofessional. do "
        "you have pay for that?",
    )
    assert guides_cited(reply) == {TEACHING_ASSISTANTS}
    assert "has no pay figures" in reply.answer


def test_a_levels_word_on_a_page_is_the_pages_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "electricians",
        "im 17 and trying to figure out if i should do trade school or just try to get an "
        "apprenticeship. how long does it take to become a journeyman",
    )
    assert guides_cited(reply) == {"electricians"}
    assert "apprenticeship" in reply.answer


def test_my_own_work_told_on_a_page_leaves_the_pages_career_asked(
    onet_components: Components,
) -> None:
    story = on_page(
        onet_components.bot,
        "physician-assistants",
        "hi! i was an EMT for 4 years and now work in an office. im 30 and seriously "
        "considering PA school. what prereqs do i need and do my EMT hours count toward "
        "patient care hours?",
    )
    assert guides_cited(story) == {"physician-assistants"}
    follow_up = on_page(
        onet_components.bot,
        "physician-assistants",
        "what education do PAs need?",
        "ok master's. and do programs want patient care hours? i have like 4 yrs on the "
        "ambulance, would that count as experience",
    )
    assert guides_cited(follow_up) == {"physician-assistants"}


def test_the_best_paid_work_without_college_is_the_best_paid(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "graduating high school in june and not going to college, at least not right away. "
        "what jobs pay the best right out of high school??",
    )
    assert reply.answer.startswith("The best-paid careers in our guides that need no college")
    assert "fast-food-and-counter-workers" not in guides_cited(reply)
    pays = [int(p.replace(",", "")) for p in re.findall(r"Median pay: \$([\d,]+)", reply.answer)]
    assert len(pays) > 1
    assert pays == sorted(pays, reverse=True)  # by median pay, as the lead says


def test_pay_against_my_own_work_or_the_other_in_play_weighs_both(
    onet_components: Components,
) -> None:
    own = on_page(
        onet_components.bot,
        "dental-assistants",
        "Hi! I already work as a dental assistant (3 yrs chairside). I'm thinking about "
        "becoming a hygienist instead. What kind of school would I need for that?",
        "lets just do pay - how much more would i make as a hygienist than assisting?",
    )
    assert guides_cited(own) == {"dental-assistants", "dental-hygienists"}
    other = on_page(
        onet_components.bot,
        "occupational-therapists",
        "what about being an OT assistant instead? how much school is that",
        "but how much less does the assistant make compared to the OT? is it a big drop",
    )
    assert guides_cited(other) == {"occupational-therapists", "occupational-therapy-assistants"}


def test_training_while_working_is_said_uncovered(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I'm a CNA. what do I need to become an RN, and whats the pay? can i do it while working",
    )
    assert "doesn't cover training while working" in reply.answer
    assert "registered-nurses" in guides_cited(reply)
