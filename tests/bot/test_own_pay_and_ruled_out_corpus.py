"""The fortieth panel over the O*NET guides: pay a career's guide gives from a broader
occupation says whose it is; a raise "from what I make now" compares with the visitor's own
job told earlier, and "more than what techs make" is that own job; a bare "trainer" beside
the fitness coordinators' page is the exercise trainers the route already chose, not Animal
Trainers; a career turned down ("animal trainers, no - i meant…", "please stop with animal
trainers") stays down for the rest of the talk; "no not school counselor, i mean mental health
counselor, like doing therapy" is the mental health counselors alone; "getting out - corporate
training or technical writing" weighs the training specialists, not exercise trainers; "what do
emts make compared to that? whats the actual jump" after paramedics weighs the two."""

from __future__ import annotations

from api.components import Components
from tests.talk import guides_cited, on_page, talk

COORDINATORS = "fitness-and-wellness-coordinators"
EXERCISE = "exercise-trainers-and-group-fitness-instructors"
FIRST_ON_COORDINATORS = (
    "Hi! I'm 29, I coach at a gym part time and love it. This coordinator role looks "
    "interesting - what does a fitness and wellness coordinator actually do compared to being "
    "a trainer?"
)


def test_pay_of_a_broader_occupation_says_whose_it_is(onet_components: Components) -> None:
    reply = talk(onet_components.bot, "what do business intelligence analysts make?")
    assert "$120,230" in reply.answer
    assert "These are BLS figures for the occupation Data Scientists (15-2051)" in reply.answer


def test_a_raise_from_what_i_make_now_is_weighed_against_my_own_job(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "Hi, I'm a medical assistant (8 years) and I've been looking at sonography. What kind "
        "of program do you need to become a sonographer?",
        "ok and what's the pay like? would it be a big raise from what I make now",
    )
    assert guides_cited(reply) == {"diagnostic-medical-sonographers", "medical-assistants"}


def test_what_techs_make_is_the_visitors_own_job(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a pharmacy tech and thinking about going back to school to be a pharmacist. how "
        "many years of school is it?",
        "and the pay? is it a lot more than what techs make",
    )
    assert guides_cited(reply) == {"pharmacists", "pharmacy-technicians"}


def test_a_bare_trainer_beside_the_coordinators_is_the_exercise_trainers(
    onet_components: Components,
) -> None:
    reply = on_page(onet_components.bot, COORDINATORS, FIRST_ON_COORDINATORS)
    assert guides_cited(reply) == {COORDINATORS, EXERCISE}


def test_a_career_turned_down_stays_down(onet_components: Components) -> None:
    bot = onet_components.bot
    after_no = talk(
        bot,
        "what do animal trainers make?",
        "haha animal trainers, no - i meant personal trainer like i do now. so does a fitness "
        "and wellness coordinator pay more than a personal trainer?",
    )
    stopped = talk(
        bot,
        "what does a fitness and wellness coordinator make compared to animal trainers?",
        "omg please stop with animal trainers lol. compare it to exercise trainers and group "
        "fitness instructors",
        "ok so coordinator is like 70k vs 47k for trainers. what do i need to move up to "
        "coordinator from being a trainer?",
    )
    assert "animal-trainers" not in guides_cited(after_no)
    assert "animal-trainers" not in guides_cited(stopped)
    assert COORDINATORS in guides_cited(stopped)


def test_i_mean_after_not_is_the_title_meant_alone(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "hi, i just graduated with a psych degree and want to become a counselor (like mental "
        "health, therapy). do i need a masters for that?",
        "no not school counselor, i mean mental health counselor, like doing therapy with clients",
    )
    assert guides_cited(reply) == {"mental-health-counselors"}


def test_a_field_after_a_dash_is_weighed_by_its_own_name(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "I teach high school english (35, 10 yrs in). looking at getting out - corporate "
        "training or technical writing. which one pays better?",
    )
    assert guides_cited(reply) == {"training-and-development-specialists", "technical-writers"}


def test_a_career_weighed_against_that_is_set_beside_the_one_in_play(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "thinking about going from emt to paramedic. what do paramedics make?",
        "ok but what do emts make compared to that? like whats the actual jump",
    )
    assert guides_cited(reply) == {"paramedics", "emergency-medical-technicians"}
