"""The thirty-fifth panel over the O*NET guides: a field names its practitioners before the
assistants working in it ("physical therapy", "data science", "social work"); the work a
visitor turns to ("want to get into estimating", "ppl keep telling me technical writing or
PR") is answered, not the job they are leaving; initials weighed against the career in play
("how does PR compare?") name their career; "each" asks every career in play; "what they do
day to day" gives each career's first tasks; a correction ("i mean the photovoltaic ones",
"no not school bus, transit", "i said data science") names the career meant; a career
forgotten, questioned or laughed off ("forget the laborer thing", "why r u talking about
nurses", "but janitor?? lol", "the same office ones") is dropped; a credential weighed ("a
certification or licensing thing") is no career; "is there anything outdoors like forestry" is
a search."""

from __future__ import annotations

from api.components import Components
from tests.talk import cited, guides_cited, on_page, talk


def test_a_field_names_its_practitioners_not_their_assistants(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "im a junior in hs and cant decide between nursing or physical therapy. how long is "
        "school for each and which one pays more",
    )
    assert guides_cited(reply) == {"registered-nurses", "physical-therapists"}


def test_the_work_turned_to_is_answered_not_the_job_left(onet_components: Components) -> None:
    estimating = talk(
        onet_components.bot,
        "im a commercial painter, 12 yrs in. my back is shot so i want to get into estimating, "
        "like bidding jobs for a construction company. do i need a degree for that?",
    )
    writing = talk(
        onet_components.bot,
        "hi im 50, been a newspaper reporter 22 yrs and the paper just folded. ppl keep telling "
        "me technical writing or PR. which one makes more sense for someone like me",
    )
    assert guides_cited(estimating) == {"cost-estimators"}
    assert guides_cited(writing) == {"technical-writers", "public-relations-specialists"}


def test_initials_weighed_name_their_career(onet_components: Components) -> None:
    reply = on_page(
        onet_components.bot,
        "news-analysts-reporters-and-journalists",
        "what do journalists make",
        "yikes. how does PR compare? pay and whether its growing",
    )
    assert "public-relations-specialists" in guides_cited(reply)


def test_a_correction_names_the_career_meant(onet_components: Components) -> None:
    solar = on_page(
        onet_components.bot,
        "roofers",
        "what do SOLAR installers make",
        "is that the panels on roofs tho? i mean the photovoltaic ones, electricity. would i "
        "take a pay cut",
    )
    bus = talk(
        onet_components.bot,
        "what do school bus drivers make",
        "no not school bus, transit. city buses. i make about 28 an hour",
    )
    data = talk(
        onet_components.bot,
        "what do statisticians make",
        "statisticians? i said data science lol, isnt there a data scientist one. what do they "
        "make",
    )
    assert guides_cited(solar) == {"solar-photovoltaic-installers"}
    assert guides_cited(bus) == {"bus-drivers-transit-and-intercity"}
    assert guides_cited(data) == {"data-scientists"}


def test_a_career_forgotten_or_questioned_is_dropped(onet_components: Components) -> None:
    laborer = talk(
        onet_components.bot,
        "what do laborers and freight movers make",
        "forget the laborer thing. tell me about dispatcher jobs, like truck dispatch. what do "
        "they make and do you need school for it",
    )
    nurses = talk(
        onet_components.bot,
        "what do lpns and actuaries need for school",
        "why r u talking about nurses lol. last q, what software do actuaries use",
    )
    janitor = talk(
        onet_components.bot,
        "what do event planners and janitors make",
        "event planner could be fun, but janitor?? lol. whats something more like project "
        "management, and what does that pay compared to event planning",
    )
    assert guides_cited(laborer) == {"dispatchers-except-police-fire-and-ambulance"}
    assert guides_cited(nurses) == {"actuaries"}
    assert guides_cited(janitor) == {
        "information-technology-project-managers",
        "meeting-convention-and-event-planners",
    }


def test_a_credential_weighed_is_no_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "is there like a certification or licensing thing for actuaries or no",
    )
    assert guides_cited(reply) == {"actuaries"}


def test_anything_like_a_field_is_a_search(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what does a park naturalist need for school",
        "ok so i'd have to finish a degree. is there anything outdoors like forestry stuff where i "
        "could start without one and work my way up",
    )
    assert "forest-and-conservation-workers" in guides_cited(reply)


def test_each_asks_every_career_in_play(onet_components: Components) -> None:
    schooling = talk(
        onet_components.bot,
        "dentist vs dental hygienist, which one pays more",
        "right but dentist is way more school. how much schooling does each need",
    )
    helping = talk(
        onet_components.bot,
        "i just really want a job helping people. im between social work and being a school "
        "counselor. what degree do u need for each one",
    )
    assert guides_cited(schooling) == {"dentists-general", "dental-hygienists"}
    assert guides_cited(helping) == {
        "child-family-and-school-social-workers",
        "educational-guidance-and-career-counselors-and-advisors",
    }


def test_the_work_of_a_day_gives_each_careers_tasks(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "freshman engineering major here, have to pick mech e or civil e by next year. whats the "
        "actual difference in what they do day to day",
    )
    assert guides_cited(reply) == {"mechanical-engineers", "civil-engineers"}
    assert {s for _, s in cited(reply)} >= {"Overview", "Key Responsibilities"}


def test_the_same_ones_again_picks_none_of_them(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do word processors and office clerks make",
        "you keep giving me the same office ones. MEDICAL TRANSCRIPTIONIST. how much does that "
        "pay and how do i get trained for it",
    )
    assert guides_cited(reply) == {"medical-transcriptionists"}
