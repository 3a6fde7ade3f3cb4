"""What a visitor does not want of a career is read as such, never as what is sought."""

from __future__ import annotations

import pytest

from bot.understand.aversions import aversions, without_aversions


@pytest.mark.parametrize(
    ("message", "unwanted", "sought"),
    [
        (
            "I want to help people but I faint at the sight of blood. Any career ideas?",
            ["blood"],
            "I want to help people but I . Any career ideas?",
        ),
        (
            "what jobs are good for someone who loves animals but doesn't want to be a vet?",
            ["vet"],
            "what jobs are good for someone who loves animals but ?",
        ),
        (
            "i dont do well with phones or crowds. i'm good with computers",
            ["phones or crowds"],
            "i . i'm good with computers",
        ),
        ("I'm scared of heights and like building things", ["heights"], "and like building things"),
        ("Careers in healthcare without blood?", ["blood"], "Careers in healthcare ?"),
        ("whats something similar w/o chemicals", ["chemicals"], "whats something similar"),
        (
            "what jobs could use my medical background but no lifting",
            ["lifting"],
            "what jobs could use my medical background but",
        ),
    ],
)
def test_what_is_not_wanted_is_taken_out_of_what_is_sought(
    message: str, unwanted: list[str], sought: str
) -> None:
    found = aversions(message)
    assert [a.what for a in found] == unwanted
    assert without_aversions(message, found) == sought


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to go to college, what can I do?",  # a wish the entry education meets
        "I hate the idea of more school but want good pay",
        "jobs without a degree that pay well",
        "how do I become an electrician without going to school?",
        "jobs with no experience needed",
        "I love working with my hands",
    ],
)
def test_schooling_and_likes_are_no_aversion(message: str) -> None:
    assert aversions(message) == []


@pytest.mark.parametrize(
    ("message", "what"),
    [
        ("what?? I'm not going to be an ER doctor lol. just the dispatcher one", "ER doctor"),
        ("forget the doctor thing, how long is the training", "doctor thing"),
        ("forget hvac. is welding dangerous", "hvac"),
        ("i like animals but not blood", "blood"),
        # the twenty-fifth panel: a subject one is bad at, the careers offered turned down
        ("I am terrible at math. Are there any good paying jobs?", "math"),
        ("Actuaries?? I told you, something else", "Actuaries"),
        ("forget school buses. just city bus", "school buses"),
        # the twenty-sixth panel: careers offered said not to be what was asked for
        ("um surgeons arent creative jobs?? i mean art stuff", "surgeons"),
        # the thirty-third panel: careers offered said not to be what was meant, or beneath
        ("lol washing and parking cars isnt really what i had in mind", "washing and parking cars"),
        ("hmm tech support isnt really what i meant by helping ppl", "tech support"),
        ("those all sound like patient care tho. LPN would be a step down for me", "LPN"),
        # the thirty-fifth panel: a career corrected, questioned, forgotten or not fancied
        ("no not school bus, transit. city buses", "school bus"),
        ("why r u talking about nurses lol. last q, what software do actuaries use", "nurses"),
        (
            "forget the school counselor thing. just CO vs probation officer",
            "school counselor thing",
        ),
        (
            "bro i dont wanna wash cars or park them lol. i mean fixing them",
            "wash cars or park them",
        ),
        ("event planner could be fun, but janitor?? lol. whats more like PM", "janitor"),
    ],
)
def test_a_career_laughed_off_or_dropped_is_not_wanted(message: str, what: str) -> None:
    assert [a.what for a in aversions(message)] == [what]


@pytest.mark.parametrize(
    "message",
    [
        "i forget the name of it",
        "dont forget the safety gear",
        "sounds ok but how much does it pay??",  # a question after "but", nothing turned down
        "ok but is that true??",
    ],
)
def test_forgetting_is_no_career_set_aside(message: str) -> None:
    assert aversions(message) == []


def test_a_side_not_to_lose_is_wanted_kept() -> None:
    assert aversions("do they actually cook tho? i dont wanna lose the food side completely") == []


def test_a_thing_called_a_no_is_not_wanted() -> None:
    message = (
        "im scared of heights so roofing or anything up on ladders/scaffolding is a no. what "
        "kind of jobs would work"
    )
    assert "roofing or anything up on ladders/scaffolding" in [a.what for a in aversions(message)]
    assert aversions("retail is no fun but the pay is ok") == []


@pytest.mark.parametrize(
    ("message", "what"),
    [
        ("i like building stuff but roofing is out. what else?", "roofing"),
        ("retail is out, what pays better?", "retail"),
        ("honestly desk jobs are off the table for me", "desk jobs"),
        ("working nights is out of the question.", "nights"),
        ("No, I want to get OUT of sales. I want to help people, like counseling", "sales"),
        ("im trying to leave retail, what else pays ok", "retail"),
    ],
)
def test_a_thing_said_to_be_out_is_not_wanted(message: str, what: str) -> None:
    assert what in [a.what for a in aversions(message)]


def test_the_career_schooling_not_wanted_leads_to_is_not_wanted() -> None:
    said = "i do NOT want to do like 6 more years of grad school to be a psychologist"
    assert [a.what for a in aversions(said)] == ["psychologist"]
    assert aversions("i dont want to go to college") == []  # schooling alone is a wish
