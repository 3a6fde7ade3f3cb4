"""The forty-eighth panel on the O*NET corpus: a move from one's own job toward a field ("work
as an accountant, thinking about switching to nursing", "want to get into cybersecurity") is
the field's career; the pay asked beside one's own pay, or after saying what one knows, stays
with the career in play; a search told again after a career ("something with an associates
that pays well but has way more openings", "i mean like office or desk type jobs", "anything
sit-down that pays more, like 50k") finds other careers that meet it; work right out of high
school needs no years in a related job; a path weighed against its field's school, two fields
wanted, a pay jump or cut from one job to another and a move up from one's own job weigh or
answer the careers meant; a title named whole beside another is its own career; medics are
paramedics; whether jobs are easy to find is the outlook; the work done in a place asked is
the duties; a field seen in ads is its career; work done to things ("fixing them") is no
field of its own, nor is a word only one title of a career holds ("studio"); and the length
of degrees named by their initials is said uncovered."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, sections, talk

RN = "registered-nurses"
LPN = "licensed-practical-and-licensed-vocational-nurses"


def test_a_move_from_ones_own_job_toward_a_field_is_the_fields_career(
    onet_components: Components,
) -> None:
    nursing = talk(
        onet_components.bot,
        "hi, im 38 and work as an accountant, seriously thinking about switching to nursing. "
        "are there accelerated programs for people who already have a bachelors? how long do "
        "they take",
    )
    assert guides_cited(nursing) == {RN}
    security = talk(
        onet_components.bot,
        "Hey. I got out of the Army last year, was 11B infantry for 6 years, I'm 29 now. Want "
        "to get into cybersecurity. What certs should I be going for first?",
    )
    assert guides_cited(security) == {"information-security-analysts"}


def test_a_field_said_is_the_people_it_names_not_a_title_using_its_word(
    onet_components: Components,
) -> None:
    # nurses, whose title the field names, not nurse practitioners, whose title only uses it
    # (the two are a near tie by summary alone, and which wins differs between encoders)
    switching = talk(
        onet_components.bot,
        "hi, im 38 and work as an accountant, seriously thinking about switching to nursing.",
    )
    assert guides_cited(switching) == {RN}


def test_the_pay_asked_beside_ones_own_stays_with_the_career_in_play(
    onet_components: Components,
) -> None:
    first = (
        "ive been a construction laborer 12 yrs and my knee is shot. could i become a cost "
        "estimator? what does it take"
    )
    pay = talk(
        onet_components.bot, first, "ok. whats the pay like? i make about 45k now as a laborer"
    )
    assert guides_cited(pay) == {"cost-estimators"}
    assert "$78,740" in pay.answer
    desk = talk(
        onet_components.bot,
        first,
        "no i know what laborers make, i AM one. i meant estimators. and do they sit at a desk "
        "all day or are they out on sites a lot",
    )
    assert guides_cited(desk) == {"cost-estimators"}
    assert "construction laborer" not in desk.answer.lower()


def test_a_search_told_again_after_a_career_finds_others_that_meet_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "whats the best paying job i can get with a 2 year degree?",
        "what does an air traffic controller make and how many openings are there?",
        "only 2200 a year sounds like not a lot. whats something with an associates that pays "
        "well but has way more openings? i'd be fine with like 70-80k",
    )
    assert reply.answer.startswith("These careers need at most an associate's degree")
    assert "openings a year than most careers" in reply.answer
    assert "air-traffic-controllers" not in guides_cited(reply)
    assert reply.answer.count("Openings a year: about") == 3


def test_office_work_meant_after_jobs_on_ones_feet_is_searched(
    onet_components: Components,
) -> None:
    feet = {LPN, "waiters-and-waitresses", "food-servers-nonrestaurant"}
    reply = talk(
        onet_components.bot,
        "I hurt my back a few years ago and can't do lifting or standing all day anymore. I need "
        "a job where I can sit down, and I don't have a degree. What are my options?",
        "um nursing and waiting tables are both on your feet all day and lifting stuff, thats "
        "exactly what i cant do. i mean like office or desk type jobs",
    )
    assert guides_cited(reply)
    assert not guides_cited(reply) & feet
    assert "office" in reply.answer.lower()
    more = talk(
        onet_components.bot,
        "i need a sit-down job, like office or front desk work. what are my options?",
        "ok. is there anything sit-down like that but pays more, like 50k? im 41 so i dont want "
        "to go back to school for years",
    )
    assert more.answer.startswith(
        "These careers need at most an associate's degree to start and pay a median of $50,000"
    )


def test_work_right_out_of_high_school_needs_no_years_in_a_related_job(
    onet_components: Components,
) -> None:
    reply = talk(onet_components.bot, "what jobs pay the best right out of high school??")
    assert "no related work experience first" in reply.answer
    listed = guides_cited(reply)
    assert len(listed) == 3
    for slug in listed:
        experience = onet_components.bot.guides[slug].facts.work_experience
        assert experience is not None
        assert experience.value == "None"


def test_two_paths_or_two_fields_are_both_answered(onet_components: Components) -> None:
    law = on_page(
        onet_components.bot,
        "paralegals-and-legal-assistants",
        "im a college sophomore and kind of into law. should i become a paralegal now or go to "
        "law school later? how long does each path take",
    )
    assert guides_cited(law) == {"paralegals-and-legal-assistants", "lawyers"}
    office = talk(
        onet_components.bot,
        "i work in a warehouse, mostly drive forklift, been there 5 years. i want to get into "
        "logistics or supply chain, like the office side. do i need a degree",
    )
    assert "supply-chain-managers" in guides_cited(office)
    assert len(guides_cited(office)) == 2


def test_a_move_from_one_job_to_another_weighs_or_answers_the_one_meant(
    onet_components: Components,
) -> None:
    jump = on_page(
        onet_components.bot,
        LPN,
        "ive been an LPN for 4 years in long term care. thinking about doing an LPN to RN "
        "bridge program. how long do those usually take?",
        "ok well what kind of pay jump am i looking at going from LPN to RN",
    )
    assert guides_cited(jump) == {RN, LPN}
    cut = talk(
        onet_components.bot,
        "hi, im 38 and work as an accountant, seriously thinking about switching to nursing.",
        "ok. and money wise, would i be taking a pay cut going from accounting to nursing? "
        "starting out as a new nurse i mean",
    )
    assert guides_cited(cut) == {RN, "accountants-and-auditors"}
    loans = talk(
        onet_components.bot,
        "im a cashier and want to become a bank teller. what do tellers need?",
        "ok and then eventually i want to be a loan officer. can i move up to that from teller "
        "or do i need college for it",
    )
    assert guides_cited(loans) == {"loan-officers"}


def test_titles_named_whole_and_medics_are_their_own_careers(
    onet_components: Components,
) -> None:
    build = talk(
        onet_components.bot,
        "i like building stuff and designing things. thinking civil engineer or architect. what "
        "degree do i need for those and do you need a license?",
    )
    assert guides_cited(build) == {"civil-engineers", "architects-except-landscape-and-naval"}
    medics = talk(
        onet_components.bot,
        "im an EMT, thinking about paramedic school. how much more do medics make than EMTs?",
    )
    assert guides_cited(medics) == {"paramedics", "emergency-medical-technicians"}


def test_jobs_easy_to_find_and_work_in_a_place_are_answered(
    onet_components: Components,
) -> None:
    found = on_page(
        onet_components.bot,
        "pharmacists",
        "are pharmacist jobs still easy to find? i keep hearing retail pharmacies are closing",
    )
    assert sections(found) == ["Job Outlook"]
    schools = on_page(
        onet_components.bot,
        "speech-language-pathologists",
        "do speech pathologists work in schools with kids, yes or no?",
    )
    assert "doesn't answer" not in schools.answer
    assert "programs in schools" in schools.answer


def test_a_field_seen_in_ads_is_its_career(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "Hi, I've been a stay at home mom for 8 years and I'm 40. I keep seeing ads for medical "
        "coding certificates you can do online. Is that a real career? what certificate do you "
        "need?",
    )
    assert guides_cited(reply) == {"medical-records-specialists"}


def test_the_length_of_degrees_named_by_initials_is_said_uncovered(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hi im 17 and thinking about nursing. should i do an ADN or BSN? how long does each one "
        "take and do they get paid different",
    )
    assert "doesn't cover how long an ADN or a BSN takes" in reply.answer
    assert guides_cited(reply) == {RN}


def test_work_done_to_things_is_no_field_of_its_own(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "i really love cars, always messing with my truck. i dont want to go to college tho. "
        "what jobs could i do?",
        "lol i dont wanna wash cars or park them. i mean like fixing them, working on engines. "
        "is mechanic a thing without college?",
    )
    assert "watch-and-clock-repairers" not in guides_cited(reply)
    assert any("mechanics" in slug for slug in guides_cited(reply))


def test_a_word_a_single_title_holds_is_no_field(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "been gigging as a bass player for like 10 years and im tired of never knowing where "
        "rent is coming from. thinking sound engineer or live audio tech for something "
        "steadier. what kind of training do you actually need? i already run sound for my own "
        "band sometimes",
        "and for the sound engineer side, like studio mixing/recording? is that different "
        "training and does it pay better than the live tech stuff",
        "so basically the same schooling, studio pays more on average. but the starting pay is "
        "about the same right? is studio work actually steady or is it gig based too",
    )
    assert "photographers" not in guides_cited(reply)
    assert "sound-engineering-technicians" in guides_cited(reply)
