"""The forty-sixth panel's wrong careers on the O*NET corpus: a field one is "thinking about
getting into" is its career, however the own job is told ("i do IT help desk", "im 27 and
have been a reporter") or where the story happens ("the front desk at a doctors office"); a
field that names what a career's work is of ("real estate") is not that career; a student's
schooling beside a job word ("how many years of school") narrows it to no "school" career; a
clause led by a field ("for air traffic control, …") asks of it; a job word the career in play
goes by ("coders" after medical coding) is that career; a search that lists a kind of work
("teaching or education, or office-type stuff") finds careers, leaving out those just offered
and remarked on ("LPN would be a step down"); "either of those" after options the message
joins weighs those; one word of a field ("health") names no career in play by a word of its
field; pay weighed against one's own job ("what I make as an RN now") is the own job's; a
field turned to "as a middle ground" is its career; "which setting pays more" weighs no
career named "setting"; "is there something in between, like…" or "are there jobs i
could start right away" asks for careers; a title of two careers weighed against the one in
play ("how does it compare to a postal clerk?") is weighed against it; and software set
aside as known ("besides python") is no software asked about."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, replies, talk

RN = "registered-nurses"
HEALTH_EDUCATION = "health-education-specialists"
NURSING_TEACHERS = "nursing-instructors-and-teachers-postsecondary"


def test_a_field_one_is_thinking_about_getting_into_is_its_career(
    onet_components: Components,
) -> None:
    bookkeeping = talk(
        onet_components.bot,
        "hey so im a cashier at a grocery store and im good with numbers, ive been thinking "
        "about getting into bookkeeping. what kind of training would i need?",
    )
    assert guides_cited(bookkeeping) == {"bookkeeping-accounting-and-auditing-clerks"}
    security = talk(
        onet_components.bot,
        "hey, i do IT help desk (tier 1, password resets, tickets etc) for about 2 years. want "
        "to get into cybersecurity. which certs should i get?",
    )
    assert guides_cited(security) == {"information-security-analysts"}
    coding = talk(
        onet_components.bot,
        "Hello, I work the front desk at a doctors office (checking patients in, insurance, "
        "scheduling). I'd like to get into medical coding. Do I need a certificate for that?",
    )
    # a job weighed as an option ("should I do LPN first") is not the visitor's own
    either = talk(
        onet_components.bot,
        "Hi! I'm a CNA at a nursing home, been doing it almost 2 years. I want to move up but "
        "I'm confused, should I do LPN first or go straight for RN? How long does each one take?",
    )
    assert guides_cited(either) == {"licensed-practical-and-licensed-vocational-nurses", RN}
    assert coding.mode.value == "cited"
    assert guides_cited(coding) == {"medical-records-specialists"}
    assert "doctor" not in coding.answer.lower()


def test_two_fields_moved_into_are_weighed_not_the_job_left(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "I'm 27 and have been a reporter at a local paper for 5 years. Newspapers are dying "
        "lol. I'm thinking of moving into PR or marketing. Which one makes more sense for "
        "someone with my background?",
    )
    assert guides_cited(reply) == {
        "public-relations-specialists",
        "market-research-analysts-and-marketing-specialists",
    }


def test_real_estate_is_the_agents_not_what_appraisers_appraise(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hi! I'm a 3rd grade teacher (33) and I've been thinking about getting into real "
        "estate. How long does it take to get licensed?",
    )
    assert guides_cited(reply) == {"real-estate-sales-agents"}


def test_years_of_school_beside_a_job_word_name_no_school_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "hii so i want to be a psychologist when im older (im a senior in hs). how many years "
        "of school is that and how much do they make??",
    )
    assert guides_cited(reply) == {"clinical-and-counseling-psychologists"}


def test_a_clause_led_by_a_field_asks_of_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "trying to decide between being a pilot or an air traffic controller. what kind of "
        "training do you need for each",
        "wait pilots need less than 5 yrs experience? how do people get that",
        "ok forget it. for air traffic control, what is the training like, is it long?",
    )
    assert guides_cited(reply) == {"air-traffic-controllers"}


def test_a_job_word_the_career_in_play_goes_by_is_that_career(
    onet_components: Components,
) -> None:
    coders = talk(
        onet_components.bot,
        "I don't want to be a doctor, I want to be a medical coder. Like coding diagnoses for "
        "billing. Is there a certificate I need?",
        "Ok. And what's the pay like for coders? I'm at about 8,000 at the front desk.",
    )
    assert guides_cited(coders) == {"medical-records-specialists"}
    alone = talk(onet_components.bot, "what do coders make?")
    assert guides_cited(alone) == {"computer-programmers"}


def test_a_nurse_looking_for_teaching_or_office_work_is_offered_careers_then_weighs_her_own(
    onet_components: Components,
) -> None:
    first, search, either, pay = replies(
        onet_components.bot,
        "I'm a nurse, 35, been on a med-surg floor for 9 years and I'm completely burnt out. I "
        "don't want to leave healthcare completely but I need to get out of the hospital. what "
        "jobs could I do that still use my nursing background?",
        "hm, LPN would be a step down, I'm already an RN with a BSN. and NP means going back "
        "to school for a master's which I'm not sure I have the energy for. is there anything "
        "more like teaching or education, or office-type stuff where my nursing knowledge "
        "counts?",
        "thats not really what I meant, I don't want a doctorate. what about something like "
        "teaching patients about health, or being a nursing instructor? would either of those "
        "work for someone with just a BSN?",
        "ok the health education one sounds doable with my bachelor's. how does the pay "
        "compare to what I make as an RN now? I don't want to take a huge hit",
    )
    assert len(guides_cited(first)) >= 2
    # a search: several careers, none the visitor just turned down
    assert len(guides_cited(search)) >= 2
    assert not guides_cited(search) & {
        "licensed-practical-and-licensed-vocational-nurses",
        "nurse-practitioners",
        "education-teachers-postsecondary",
    }
    assert guides_cited(either) == {HEALTH_EDUCATION, NURSING_TEACHERS}
    assert guides_cited(pay) == {HEALTH_EDUCATION, RN}
    assert "Registered Nurses pay more" in pay.answer


def test_a_field_turned_to_as_a_middle_ground_is_its_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "honestly what about just being an illustrator or fine artist, like selling my work? is "
        "that realistic money wise",
        "31k to start is rough with my rent. what about graphic design as a middle ground, could "
        "i get hired with my art degree right away? and whats the starting pay",
    )
    assert guides_cited(reply) == {"graphic-designers"}


def test_which_setting_pays_more_weighs_no_career_named_by_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "ive heard retail pharmacists are super stressed and hospital ones have it better. whats "
        "the difference between working in a hospital vs a retail pharmacy?",
        "thats just a list of tasks tho, it doesnt tell me which ones are hospital vs retail. "
        "does it say anything about stress or which setting pays more?",
    )
    assert guides_cited(reply) == {"pharmacists"}


def test_something_in_between_or_jobs_to_start_now_ask_for_careers(
    onet_components: Components,
) -> None:
    social, between = replies(
        onet_components.bot,
        "the social worker one sounded meaningful, what school would i need for that and does "
        "it pay better?",
        "4 years of college is a lot, im not sure i can afford it rn. is there something in "
        "between, like working at a camp or rec center with kids? does that need a degree",
    )
    assert len(guides_cited(between)) >= 2
    assert not guides_cited(social) & guides_cited(between)  # not the career in play
    assert {"childcare-workers", "recreation-workers"} & guides_cited(between)
    right_away = talk(
        onet_components.bot,
        "ok pilot sounds sick but how do i actually get into that? like how long is the training",
        "idk that kinda confusing, it says no experience but then 2 to 4 years?? also are there "
        "jobs i could start like right away without school, not cop stuff",
    )
    assert len(guides_cited(right_away)) >= 2
    assert not {g for g in guides_cited(right_away) if "pilot" in g or "police" in g}


def test_a_shared_title_weighed_against_the_career_in_play_is_weighed_against_it(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what do tax examiners make?",
        "is that job growing or shrinking? i want something that will be around for 30 years. "
        "and how does it compare to a postal clerk?",
    )
    assert "tax-examiners-and-collectors-and-revenue-agents" in guides_cited(reply)
    assert len(guides_cited(reply)) == 2


def test_software_set_aside_as_known_is_not_what_is_asked(
    onet_components: Components,
) -> None:
    reply = on_page(
        onet_components.bot,
        "software-developers",
        "what should i be learning now besides python, like what do devs actually use at work",
    )
    assert reply.answer.count("(hot technology)") > 1  # the stack, not Python alone
