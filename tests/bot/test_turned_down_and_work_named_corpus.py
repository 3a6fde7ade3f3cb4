"""The thirty-second panel over the O*NET guides: a career the last answer gave, questioned
and turned down ("why fashion designers lol, im not doing that"); work named by what it does
("not coaching", "nursing informatics"); a job word repeating the title just said ("personal
trainer… are gyms hiring trainers"); options that weigh what a job asks ("license or
training for either"), not careers; and a worker's name only one occupation reports."""

from __future__ import annotations

from pathlib import Path

from api.components import Components
from bot.compose.tools_named import SoftwareNames
from index.embeddings import vocabulary
from knowledge.loader import load_guides
from tests.onet_corpus import compose_corpus
from tests.talk import guides_cited, sections, talk

HAIRDRESSERS = "hairdressers-hairstylists-and-cosmetologists"
TRAINERS = "exercise-trainers-and-group-fitness-instructors"
JANITORS = "janitors-and-cleaners-except-maids-and-housekeeping-cleaners"


def test_a_career_questioned_and_turned_down_is_set_aside(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "what do hairstylists and fashion designers make",
        "why fashion designers lol, im not doing that. what kind of money do stylists actually "
        "make, and would owning the salon make more?",
    )
    assert guides_cited(reply) == {HAIRDRESSERS}
    assert "fashion designer" not in reply.answer.lower()


def test_careers_questioned_together_are_each_set_aside(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "how much do LPNs, fitness trainers, janitors and security guards make",
        "why r u talking about nurses and fitness trainers lol i said janitor vs security guard",
    )
    assert guides_cited(reply) == {JANITORS, "security-guards"}


def test_work_turned_down_by_what_it_does_and_a_job_word_said_twice_name_one_career(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "thinking coaching or personal training. whats the difference in pay",
        "for coaching, does 9 yrs playing pro count as the experience they want",
        "no i switched to personal trainer, not coaching. forget the cert then, are gyms "
        "actually hiring trainers? and whats the most important skill for it",
    )
    assert "coaches-and-scouts" not in guides_cited(reply)
    assert "animal-trainers" not in guides_cited(reply)  # the trainers just named
    assert guides_cited(reply) & {TRAINERS, "athletic-trainers"}


def test_options_weighing_what_the_jobs_ask_add_no_careers(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "im a night owl, what jobs can i do at night",
        "yeah janitor at night could work honestly. or like security guard at a warehouse "
        "overnight? which one pays more and do u need any license or training for either",
    )
    assert guides_cited(reply) == {JANITORS, "security-guards"}
    assert "Annual Salary (US, USD)" in sections(reply)


def test_a_field_one_careers_titles_work_in_names_it(onet_components: Components) -> None:
    reply = talk(
        onet_components.bot,
        "RN here 12 yrs med surg, totally burnt out on bedside. been looking at nursing "
        "informatics and case management. which is less stressful and would i keep my pay",
        "thats just what i make now lol. i asked about informatics — what does a nursing "
        "informatics person make, and would i need to go back for a degree? i have my BSN",
    )
    assert guides_cited(reply) == {"health-informatics-specialists"}
    assert "Annual Salary (US, USD)" in sections(reply)


def test_a_worker_name_only_one_occupation_reports_routes_to_it(
    onet_components: Components,
) -> None:
    """O*NET lists "Arborist" for tree trimmers, fallers and soil scientists; only tree
    trimmers report it as their title."""
    reply = talk(onet_components.bot, "how do i become an arborist")
    assert guides_cited(reply) == {"tree-trimmers-and-pruners"}


def test_a_common_word_in_a_software_name_is_no_software_asked(tmp_path: Path) -> None:
    """Over every O*NET guide: "Med Math", "Epi Info", "Power Automate" make no "med",
    "info" or "automate" software, while "Excel", "Epic" and "MATLAB" stay names."""
    compose_corpus(tmp_path)
    names = SoftwareNames(load_guides(tmp_path), vocabulary())
    asked = {
        "torn between applying to PA school or med school?": [],
        "everyone says software is gonna automate it": [],
        "ok fine no hours info. do i need some certificate or is my experience enough": [],
        "do they use excel or matlab?": ["excel", "matlab"],
    }
    for message, software in asked.items():
        assert [words for words, _ in names.named(message)] == software, message


def test_how_long_a_careers_training_takes_is_what_its_preparation_says(
    onet_components: Components,
) -> None:
    reply = talk(
        onet_components.bot,
        "what about LPN, licensed practical nurse, how long is that and what does it pay",
    )
    assert "one or two years of training" in reply.answer
    assert {"Preparation", "Annual Salary (US, USD)"} <= set(sections(reply))
