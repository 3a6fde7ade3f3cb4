"""Careers found by name: titles, the job names inside them, abbreviations, whose job it is."""

from __future__ import annotations

import pytest

from bot.routing.career import career_of
from bot.routing.job_words import tokens
from bot.routing.names import CareerNames
from bot.routing.narrowing import Narrowing
from bot.routing.titles import role_name, title_forms
from bot.understand.spelling import Speller
from knowledge.model import Guide, Section


def _guide(career: str, *aka: str) -> Guide:
    sections = [Section("Overview", ("Overview",), paragraphs=[f"What {career} do."])]
    if aka:
        sections.append(Section("Also Known As", ("Also Known As",), items=list(aka)))
    slug = career.lower().replace(" ", "-").replace(",", "")
    return Guide(slug, f"{career} Career Guide", career, sections)


NAMES = CareerNames(
    career_of(g)
    for g in [
        _guide("Registered Nurses"),
        _guide("Licensed Practical and Licensed Vocational Nurses"),
        _guide("Nurse Practitioners"),
        _guide("Paramedics"),
        _guide("Cashiers"),
        _guide("Electricians", "maintenance electrician"),
        _guide("Cleaners of Vehicles and Equipment"),
        _guide("Production Technician", "manufacturing technician"),
    ]
)


@pytest.mark.parametrize(
    ("title", "inside"),
    [
        ("Licensed Practical and Licensed Vocational Nurses", "Licensed Practical Nurses"),
        ("Licensed Practical and Licensed Vocational Nurses", "Licensed Vocational Nurses"),
        ("Inspectors, Testers, Sorters, Samplers, and Weighers", "Samplers"),
        ("First-Line Supervisors of Retail Sales Workers", "First-Line Supervisors"),
        ("Maintenance and Repair Workers, General", "General Maintenance and Repair Workers"),
    ],
)
def test_a_title_gives_the_job_names_inside_it(title: str, inside: str) -> None:
    assert inside in title_forms(title)


def test_abbreviations_are_spelled_out_but_chat_words_are_not() -> None:
    assert tokens("do RNs make six figures") == [
        "do",
        "registered",
        "nurse",
        "make",
        "six",
        "figure",
    ]
    assert "registered" not in tokens("i need a job rn")
    assert tokens("cna classes")[:2] == ["nursing", "assistant"]
    # CDL work is heavy-truck driving; the licence asked of another job is no job
    assert "tractor" in tokens("cdl jobs pay good??")
    assert "tractor" not in tokens("do i need a cdl for this")
    # the twenty-fifth panel: "PI", "PR"; a place managed, a craft made
    assert tokens("how much do PIs make")[-3:-1] == ["private", "investigator"]
    assert "relation" in tokens("pay in PR")
    assert tokens("managing a salon") == ["salon", "manager"]
    assert tokens("cabinet making") == ["cabinetmaker"]
    # the twenty-sixth panel: teaching at a school level is that level's teacher
    assert tokens("teach high school history") == ["high", "school", "history", "teacher"]
    assert tokens("teaching middle school") == ["middle", "school", "teacher"]
    # the thirty-eighth panel: "hr" before a job word is human resources, after a figure an hour
    assert tokens("or hr specialist?")[1:3] == ["human", "resource"]
    assert "human" not in tokens("a 20 an hr job")


def test_a_bare_job_word_naming_the_visitors_own_job_is_that_job() -> None:
    guides = [
        _guide("Real Estate Sales Agents", "Realtor"),
        _guide("Real Estate Brokers", "Realtor"),
        _guide("Agents and Business Managers of Artists, Performers, and Athletes", "Agent"),
    ]
    names = CareerNames(career_of(g) for g in guides)
    narrowing = Narrowing(guides, names)
    message = "ive been a realtor 2 yrs. is that normal for agents? what do most make"
    mentions = names.mentions(message)
    agents = next(m for m in mentions if m.words == "agent")
    realtor = [m for m in mentions if m.words == "realtor"]
    narrowed = narrowing.of_own(agents, realtor)
    assert narrowed is not None
    assert narrowed.slugs == ("real-estate-sales-agents",)


def _named(message: str) -> list[tuple[str, tuple[str, ...], bool, bool]]:
    return [(m.words, m.slugs, m.exact, m.own) for m in NAMES.mentions(message)]


def test_whole_titles_and_alternative_titles_name_one_career() -> None:
    assert _named("what does an LPN earn?") == [
        (
            "licensed practical nurse",
            ("licensed-practical-and-licensed-vocational-nurses",),
            True,
            False,
        )
    ]
    assert _named("manufacturing technician salary")[0][1] == ("production-technician",)
    assert _named("is a maintenance electrician paid well?")[0][1] == ("electricians",)


def test_a_bare_job_word_names_every_career_it_could_be() -> None:
    ((words, slugs, exact, _),) = _named("how much do nurses make?")
    assert (words, exact) == ("nurse", False)
    assert set(slugs) == {"registered-nurses", "licensed-practical-and-licensed-vocational-nurses"}


def test_a_job_word_repeating_a_named_career_is_not_a_second_career() -> None:
    assert [n[1] for n in _named("how much do nurses make? (Registered Nurses)")] == [
        ("registered-nurses",)
    ]


def test_comparisons_name_both_careers_in_order() -> None:
    assert [n[1] for n in _named("RN vs paramedic pay")] == [
        ("registered-nurses",),
        ("paramedics",),
    ]


def test_the_visitors_own_job_is_told_apart_from_the_one_asked_about() -> None:
    named = _named("I'm a cashier and want to become an electrician")
    assert [(n[1], n[3]) for n in named] == [(("cashiers",), True), (("electricians",), False)]
    # others in the visitor's story are no job of theirs
    for story in ("I've been watching the paramedics at work", "I work with paramedics"):
        assert [(n[1], n[3]) for n in _named(story)] == [(("paramedics",), False)]
    # the thirty-eighth panel: a job weighed as an option is asked about ("does being a CNA
    # help?" tells the visitor's own); "the same as a" compares, it tells no job
    option = _named("would being an electrician be another option for someone like me?")
    assert [(n[1], n[3]) for n in option] == [(("electricians",), False)]
    same = _named("does a cashier make about the same as a paramedic?")
    assert [(n[1], n[3]) for n in same] == [(("cashiers",), False), (("paramedics",), False)]


def test_words_that_only_end_a_title_are_not_jobs() -> None:
    assert _named("what equipment do I need?") == []
    assert _named("I work in a hospital with other people") == []


@pytest.mark.parametrize(
    ("career", "role"),
    [
        ("Production Technician", "a production technician"),
        ("Registered Nurses", "a registered nurse"),
        ("Inspectors, Testers, Sorters, Samplers, and Weighers", "an inspector"),
        ("First-Line Supervisors of Retail Sales Workers", "a first-line supervisor"),
        ("Actuaries", "an actuary"),
        # a possessive is no plural: the person is the officer, not "a police and sheriff'"
        ("Police and Sheriff's Patrol Officers", "a police and sheriff's patrol officer"),
    ],
)
def test_suggested_questions_name_one_person_in_the_career(career: str, role: str) -> None:
    assert role_name(career) == role


def test_a_routing_only_title_names_its_career_when_written_whole() -> None:
    nurses = _guide("Registered Nurses")
    nurses.alternate_titles = ("Charge Nurse", "Discharge Planner")
    names = CareerNames(
        career_of(g) for g in [nurses, _guide("Meeting Planners"), _guide("Cashiers")]
    )
    assert [m.slugs for m in names.mentions("I'm a charge nurse, what could I earn?")] == [
        ("registered-nurses",)
    ]
    assert [m.slugs for m in names.mentions("the discharge planner called")] == [
        ("registered-nurses",)
    ]
    # Its last word is no job word of the career: "planner" still means meeting planners.
    assert [m.slugs for m in names.mentions("how much do planners make?")] == [
        ("meeting-planners",)
    ]
    assert career_of(nurses).summary == career_of(_guide("Registered Nurses")).summary


def test_a_career_only_a_hashtag_names_yields_to_one_the_text_names() -> None:
    found = NAMES.mentions("How do I become a paramedic? #cashier #career")
    assert [m.slugs for m in found] == [("paramedics",)]
    only_tagged = NAMES.mentions("is there room in this field? #paramedic")
    assert [m.slugs for m in only_tagged] == [("paramedics",)]


def test_a_number_names_no_job() -> None:
    names = CareerNames([career_of(_guide("Recreational Therapists", "Therapist 3"))])
    assert names.mentions("Physical therapy questions 3: how do I find a job?") == []
    assert [m.slugs for m in names.mentions("is a therapist 3 paid well?")] == [
        ("recreational-therapists",)
    ]


STORY = CareerNames(
    career_of(g)
    for g in [
        _guide("Optometrists"),
        _guide("Receptionists and Information Clerks"),
        _guide("Customer Service Representatives", "customer service person"),
        _guide("Elementary School Teachers"),
        _guide("Software Developers"),
    ]
)


@pytest.mark.parametrize(
    ("message", "careers"),
    [
        # someone who told the visitor something is part of the story, not the job asked about
        ("One of the receptionists told me to show up with my resume. Should I ask the "
         "optometrist for a shadowing day?", ["optometrists"]),
        ("My teacher said coding is hard. Do software developers use a lot of math?",
         ["software-developers"]),
        ("I've never met anyone in tech besides teachers, what do software developers do?",
         ["software-developers"]),
        # a word for anyone, which one title ends in, names no job
        ("should I go in person to ask the optometrist?", ["optometrists"]),
        # a job ruled out is not asked about
        ("how much do software developers make, not teachers", ["software-developers"]),
        ("I'd rather be an optometrist instead of a receptionist, how long is school?",
         ["optometrists"]),
        ("customer service person rather than a teacher, what does it pay?",
         ["customer-service-representatives"]),
    ],
)  # fmt: skip
def test_people_in_the_visitors_story_and_words_for_anyone_name_no_career(
    message: str, careers: list[str]
) -> None:
    assert [slug for m in STORY.mentions(message) for slug in m.slugs] == careers


def test_someone_who_was_in_a_job_or_is_leaving_it_is_not_asking_about_it() -> None:
    for message in ("my husband was a paramedic for years", "he wants to leave cashiers"):
        assert [m.own for m in NAMES.mentions(message)] == [True], message
    assert [m.own for m in NAMES.mentions("what does a paramedic make")] == [False]


def test_a_misspelt_everyday_word_is_not_read_as_a_job_word() -> None:
    names = CareerNames([career_of(_guide("Actuaries")), career_of(_guide("Plumbers"))])
    english = Speller(["actually", "usually", "plume"], 0.85)
    assert names.corrected("what do they actualy do") == "what do they actuary do"  # the case
    assert names.corrected("what do they actualy do", english=english) == ""
    assert names.corrected("how much do plumers make", english=english) == (
        "how much do plumber make"
    )


def _sized(career: str, employment: int) -> Guide:
    guide = _guide(career)
    guide.sections[0].paragraphs.append(f"Employment: {employment:,}")
    return guide


def test_a_word_a_small_career_is_titled_by_also_names_the_larger_career_it_begins() -> None:
    names = CareerNames(
        career_of(g)
        for g in [
            _sized("Transit and Railroad Police", 3_900),
            _sized("Police and Sheriff's Patrol Officers", 665_000),
            _sized("Registered Nurses", 3_300_000),
            _sized("Nurse Practitioners", 300_000),
        ]
    )
    (police,) = names.mentions("police. pay and how to get in")
    assert "police-and-sheriff's-patrol-officers" in police.slugs
    assert [m.slugs for m in names.mentions("how much do nurses make")] == [("registered-nurses",)]
