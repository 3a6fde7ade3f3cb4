"""The twenty-fourth panel over the corpus slice: both sides of a pay comparison named by a
job word, a lower-case title or a kind of tech ("chefs vs line cooks", "an rn than an lpn",
"avionics tech"); "and line cooks?" or "what about PR specialists?" after a pay answer asks
their pay; "move up to supervisor" on the guards' page is the guards' supervisors, their way
in and pay; a health aside beside a question leaves the question answered, and "forget my
back" drops it; the software asked after "starting out" is the Tech Stack; a job cut or
still hiring is the outlook, whatever pay was said before it; something similar with less
school is a related career needing less; and "network admin" is the administrators, not the
help desk the visitor works at."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, replies, sections

AIRCRAFT = "aircraft-mechanics-and-service-technicians"
CHEFS, COOKS = "chefs-and-head-cooks", "cooks-restaurant"
LPN = "licensed-practical-and-licensed-vocational-nurses"
LOGISTICIANS = "logisticians"
SUPERVISORS = "first-line-supervisors-of-security-workers"


def test_both_sides_of_a_pay_comparison_by_job_word(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "line cook 6 years, want to be a chef someday. what do chefs actually make vs line cooks",
    )
    assert guides_cited(reply) == {CHEFS, COOKS}
    assert "$62,470" in reply.answer
    assert "$37,390" in reply.answer


def test_a_kind_of_tech_is_that_kind_of_technician(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        AIRCRAFT,
        "nice. and how does avionics tech pay compare if i add that on",
    )
    assert guides_cited(reply) == {AIRCRAFT, "avionics-technicians"}


def test_lower_case_nursing_titles_are_both_compared(onet_components: Components) -> None:
    reply = on_page(onet_components.bot, LPN, "ok but how much more does an rn make than an lpn")
    assert guides_cited(reply) == {"registered-nurses", LPN}
    assert "$97,550" in reply.answer
    assert "$64,400" in reply.answer


def test_another_career_after_a_pay_answer_asks_its_pay(onet_components: Components) -> None:
    _, cooks = replies(
        onet_components.bot,
        "what do chefs make",
        "and line cooks? restaurant cooks i mean",
    )
    assert guides_cited(cooks) == {COOKS}
    assert "$37,390" in cooks.answer
    _, pr = replies(
        onet_components.bot,
        "Ive been a newspaper reporter for 15 years. How does pay in PR compare to what "
        "reporters make?",
        "Right, but what about PR specialists? thats the part I actually need",
    )
    assert guides_cited(pr) == {"public-relations-specialists"}
    assert "$74,750" in pr.answer


def test_moving_up_to_supervisor_is_the_guards_supervisors(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "security-guards",
        "cool. and if i stick with it could i move up to supervisor? what do they make",
    )
    assert guides_cited(reply) == {SUPERVISORS}
    assert sections(reply) == ["How to Become One", "Annual Salary (US, USD)"]
    assert "$55,940" in reply.answer


def test_a_health_aside_leaves_the_question_answered(onet_components: Components) -> None:
    first, second = replies(
        onet_components.bot,
        "Drove over the road 22 years, 52 now and my back is done. I know freight inside and "
        "out but no college. Can I get into logistics with just my driving experience",
        "forget my back. what schooling does a logistician need",
        page=LOGISTICIANS,
    )
    assert "How to Become One" in sections(first)
    assert "bachelor's degree" in first.answer
    assert "disability" not in second.answer
    assert "bachelor's degree" in second.answer


def test_software_asked_after_starting_out_is_the_tech_stack(
    onet_components: Components,
) -> None:
    _, tools = replies(
        onet_components.bot,
        "ok. whats the money like, im making about 68k driving now",
        "so starting out id take a hit. what computer programs would i need to learn, i mostly "
        "just use my ELD and a phone lol",
        page=LOGISTICIANS,
    )
    assert sections(tools) == ["Tech Stack"]
    programs = on_page(
        onet_components.bot,
        "graphic-designers",
        "ok so mostly computer. what programs would i need to learn? i only have procreate",
    )
    assert sections(programs) == ["Tech Stack"]
    assert "Adobe Photoshop" in programs.answer


def test_jobs_being_cut_or_still_hiring_is_the_outlook(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "postal-service-clerks",
        "that pay is better than I thought. But I heard the post office is cutting jobs, is that "
        "true? are they still hiring",
    )
    assert sections(reply) == ["Job Outlook"]
    assert "6,100" in reply.answer


def test_something_similar_with_less_school_needs_less(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "civil-engineers",
        "Okay. If engineering turns out too hard, what is something similar I could do with "
        "less school?",
    )
    assert "need no more than an associate's degree" in reply.answer
    assert "Civil Engineering Technologists and Technicians" in reply.answer
    assert "Mechatronics" not in reply.answer


def test_a_network_admin_is_the_administrators(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "network-and-computer-systems-administrators",
        "hey so ive been doing help desk about 3 yrs now, do i actually need a bachelors to "
        "become a network admin or does my experience count for anything",
    )
    assert guides_cited(reply) == {"network-and-computer-systems-administrators"}
    assert "bachelor's degree" in reply.answer
