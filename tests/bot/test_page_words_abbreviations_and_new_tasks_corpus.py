"""The twenty-fifth panel over the corpus slice: a loose word of the page's own title is the
page's career ("animals" on the animal caretakers' page, not the farm animals' workers), and
a name never runs across a sentence ("forget farms. animal caretakers"); "PI" and "PR" are
spelled out; "CPA here" is the visitor's own job; a job to be "first" is a step on the way;
"like a therapist one" says which psychologist; "managing a salon" is its manager; "forget
school buses" sets them aside; "in general then" names no career; "paid firefighters" asks
no pay and "the top end a barber can make" does; what a career does that the visitor's own
job doesn't is its tasks set against theirs; the step up from a career without levels is
the supervisors among its related careers; a subject no rating names keeps its career in
play; and software weighed on a page ("python or java") is answered from its Tech Stack,
not refused."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, replies, sections

ANIMALS = "animal-caretakers"
DETECTIVES = "private-detectives-and-investigators"
TRANSIT = "bus-drivers-transit-and-intercity"


def test_a_loose_word_of_the_pages_title_is_its_career(onet_components: Components) -> None:
    first, second = replies(
        onet_components.bot,
        "hi i really love animals like dogs cats anything really, but i dont know what job i "
        "could do with that. what are my options",
        "ok forget farms. animal caretakers, the kennel dog daycare type job. how much does "
        "that pay",
        page=ANIMALS,
    )
    assert guides_cited(first) == {ANIMALS}
    assert guides_cited(second) == {ANIMALS}
    assert "$35,360" in second.answer


def test_pi_and_pr_are_spelled_out(onet_components: Components) -> None:
    pi = on_page(
        onet_components.bot,
        None,
        "retiring from the PD after 20 yrs next spring, 46. thinking PI work on the side. do i "
        "need a license for that and how much do PIs make",
    )
    assert guides_cited(pi) == {DETECTIVES}
    assert "$51,220" in pi.answer
    pr = on_page(
        onet_components.bot,
        None,
        "Hi. Ive been a newspaper reporter for 15 years and Im 44. How does pay in PR compare "
        "to what reporters make?",
    )
    assert guides_cited(pr) == {
        "public-relations-specialists",
        "news-analysts-reporters-and-journalists",
    }


def test_a_job_said_as_who_writes_is_the_visitors_own(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "data-scientists",
        "CPA here, 15 yrs in audit/tax. i do a ton of excel and some power bi already. which "
        "of my skills carry over to data science and whats the biggest gap i'd have to fill",
    )
    assert "data-scientists" in guides_cited(reply)
    assert "accountants-and-auditors" not in guides_cited(reply)


def test_in_general_names_no_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "accountants-and-auditors",
        "so the guide doesnt say anything about CPA? ok whats the pay range for accountants "
        "in general then",
    )
    assert guides_cited(reply) == {"accountants-and-auditors"}
    assert "$83,680" in reply.answer


def test_a_job_to_be_first_is_a_step_on_the_way(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "how do i become a forensic science technician",
        "ok the blood spatter thing sounds cool. do i need to be a cop first or do i go to "
        "college for it",
    )
    assert guides_cited(reply) == {"forensic-science-technicians"}
    assert "bachelor's degree" in reply.answer


def test_an_example_says_which_of_a_jobs_careers(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "hi im 17 and i really want to be a psychologist like a therapist one. what do they "
        "actually make?",
    )
    assert "physical-therapists" not in guides_cited(reply)
    assert "$100,580" in reply.answer


def test_managing_a_salon_is_its_managers_work(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "Hairstylist 15 years here. I want to move into managing a salon, what does that job "
        "actually involve day to day?",
    )
    assert guides_cited(reply) == {"spa-managers"}
    assert "Key Responsibilities" in sections(reply)


def test_school_buses_forgotten_leave_the_city_bus(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        TRANSIT,
        "whats the difference between driving a school bus and a city bus",
        "forget school buses. just city bus, what computer programs would I be using if any",
    )
    assert guides_cited(reply) == {TRANSIT}
    assert sections(reply) == ["Tech Stack"]


def test_paid_firefighters_ask_their_duties_not_pay(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        None,
        "im a volunteer firefighter. what do paid firefighters actually do on a shift",
    )
    assert "Key Responsibilities" in sections(reply)
    assert "Annual Salary (US, USD)" not in sections(reply)


def test_the_most_a_barber_can_make_is_their_pay(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot, "barbers", "whats the top end a barber can make? like the real ceiling"
    )
    assert "Annual Salary (US, USD)" in sections(reply)
    assert "$76,460" in reply.answer


def test_what_is_new_against_the_own_job(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "emergency-medical-technicians",
        "what does a paramedic actually do that i cant do now as an emt",
    )
    assert guides_cited(reply) == {"paramedics"}
    new = reply.answer.split("least like any the Emergency Medical Technicians guide lists:")
    assert len(new) == 2
    assert "intravenous" in new[1]


def test_the_step_up_is_the_supervisors_with_their_figures(onet_components: Components) -> None:
    reply = on_page(onet_components.bot, None, "security guard, nights. how do i move up from here")
    assert guides_cited(reply) == {"first-line-supervisors-of-security-workers"}
    assert "$55,940" in reply.answer
    assert "Related Roles:" not in reply.answer


def test_a_subject_not_rated_keeps_the_career_in_play(onet_components: Components) -> None:
    first, second = replies(
        onet_components.bot,
        "ok how about like hairdresser? do hairstylists need math",
        "oh good. how long is beauty school and how much do they make",
    )
    hairdressers = "hairdressers-hairstylists-and-cosmetologists"
    assert first.answer.startswith("Mathematics is not among")
    assert guides_cited(first) == {hairdressers}
    assert guides_cited(second) == {hairdressers}
    assert "$35,790" in second.answer


def test_software_weighed_on_a_page_is_what_its_stack_lists(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "software-developers",
        "cs junior here. should i focus on python or java for getting hired, which one do "
        "employers actually want more",
    )
    assert reply.answer.startswith(
        "The Software Developers guide's Tech Stack lists Python and Oracle Java"
    )
    assert sections(reply) == ["Tech Stack"]
