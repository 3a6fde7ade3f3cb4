"""Routing over real O*NET guides: a field's students and workers reach its practitioners,
not its professors; misspelt jobs are read; every title has a grammatical person."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_huggingface import HuggingFaceEmbeddings

from bot.routing.router import Router
from bot.routing.titles import people_in, role_name
from index.embeddings import vocabulary
from knowledge.model import Guide

pytestmark = pytest.mark.slow
CAREERS = [
    "software-developers",
    "computer-programmers",
    "computer-science-teachers-postsecondary",
    "registered-nurses",
    "nursing-instructors-and-teachers-postsecondary",
    "lawyers",
    "law-teachers-postsecondary",
    "plumbers-pipefitters-and-steamfitters",
    "electricians",
    "welders-cutters-solderers-and-brazers",
    "veterinarians",
    "veterinary-technologists-and-technicians",
    "veterinary-assistants-and-laboratory-animal-caretakers",
    "animal-caretakers",
    "family-medicine-physicians",
    "physical-medicine-and-rehabilitation-physicians",
    "physical-therapists",
    "compensation-benefits-and-job-analysis-specialists",
    "mechanical-engineers",
    "mechanical-engineering-technologists-and-technicians",
]


@pytest.fixture(scope="module")
def router(onet_guides: list[Guide], embeddings: HuggingFaceEmbeddings) -> Router:
    chosen = [g for g in onet_guides if g.slug in CAREERS]
    assert len(chosen) == len(CAREERS)
    return Router(chosen, embeddings, vocabulary())


def first(router: Router, embeddings: HuggingFaceEmbeddings, message: str) -> str:
    route = router.route(message, lambda: np.asarray(embeddings.embed_query(message)))
    return route.careers[0]


@pytest.mark.parametrize(
    ("message", "career"),
    [
        ("how difficult was nursing school?", "registered-nurses"),
        ("do you need a bunch of math classes to be a software engineer", "software-developers"),
        ("what coding language is in most computer science jobs", "computer-programmers"),
        ("second year in law school, how do I start my career?", "lawyers"),
        ("I want to teach nursing students at a college",
         "nursing-instructors-and-teachers-postsecondary"),
        ("how much does a plumer make", "plumbers-pipefitters-and-steamfitters"),
        ("is welding a hard job?", "welders-cutters-solderers-and-brazers"),
        # everyday names no O*NET title uses
        ("How much do veterinary doctors make?", "veterinarians"),
        ("Do I need a degree to become a zookeeper?", "animal-caretakers"),
        # a plural that is not a person ("Compensation, Benefits, …") names no job
        ("what are the benefits of becoming a physical therapist?", "physical-therapists"),
        # hashtags are tags, not one phrase ("#medicine #doctor")
        ("I want to be a doctor in family medicine #medicine #doctor #healthcare",
         "family-medicine-physicians"),
        # a field's name means the profession, not its technicians, unless they are asked for
        ("Why is mechanical engineering interesting to you?", "mechanical-engineers"),
        ("what do veterinary techs do all day?", "veterinary-technologists-and-technicians"),
    ],
)  # fmt: skip
def test_questions_reach_the_career_they_are_about(
    router: Router, embeddings: HuggingFaceEmbeddings, message: str, career: str
) -> None:
    assert first(router, embeddings, message) == career


def test_teachers_a_student_has_met_are_not_the_career_they_ask_about(
    router: Router, embeddings: HuggingFaceEmbeddings
) -> None:
    message = (
        "I'm really into computer science but I've never met anyone in the field besides "
        "teachers. What is the work like?"
    )
    assert first(router, embeddings, message) in ("software-developers", "computer-programmers")


def test_gibberish_is_unreadable_and_real_words_are_not(router: Router) -> None:
    assert router.unreadable("asdkjh qwpoeiru zmxncbv")
    for message in ("what kind?", "even partly?", "plumer?", "thx"):
        assert not router.unreadable(message)


def test_every_title_gives_a_grammatical_person(onet_guides: list[Guide]) -> None:
    assert len(onet_guides) > 1000
    for guide in onet_guides:
        one, many = role_name(guide.career), people_in(guide.career)
        article, _, person = one.partition(" ")
        last = person.split()[-1]
        assert article == ("an" if person[0] in "aeiou" else "a"), one
        assert not (last.endswith("s") and not last.endswith(("ss", "us", "is"))), one
        assert not last.endswith(("ing", ",", "'", "’")), one  # no cut possessive
        assert many.endswith("s"), many
    named = {g.career: role_name(g.career) for g in onet_guides}
    assert named["Registered Nurses"] == "a registered nurse"
    assert named["Welders, Cutters, Solderers, and Brazers"] == "a welder"
    assert named["Cooks, Restaurant"] == "a restaurant cook"


# A field's practitioners beside the careers whose titles carry the field as a modifier.
PRACTICES = [
    "veterinarians",
    "veterinary-technologists-and-technicians",
    "veterinary-assistants-and-laboratory-animal-caretakers",
    "psychiatrists",
    "psychiatric-technicians",
    "psychiatric-aides",
    "advanced-practice-psychiatric-nurses",
    "clinical-and-counseling-psychologists",
    "pediatricians-general",
    "pediatric-surgeons",
    "orthopedic-surgeons-except-pediatric",
    "pharmacists",
    "pharmacy-technicians",
    "pharmacy-aides",
    "lawyers",
    "police-and-sheriff-s-patrol-officers",
    "hospitalists",
    "registered-nurses",
]


@pytest.fixture(scope="module")
def practice_router(onet_guides: list[Guide], embeddings: HuggingFaceEmbeddings) -> Router:
    chosen = [g for g in onet_guides if g.slug in PRACTICES]
    assert len(chosen) == len(PRACTICES)
    return Router(chosen, embeddings, vocabulary())


@pytest.mark.parametrize(
    ("message", "career"),
    [
        ("Should I volunteer at a veterinary clinic before applying to college?",
         "veterinarians"),
        ("what's a normal workday in psychiatry like?", "psychiatrists"),
        ("is pediatrics a good choice if I love working with kids?", "pediatricians-general"),
        ("how competitive is pharmacy school these days?", "pharmacists"),
        ("I want to get into law, what should I major in?", "lawyers"),
        # a support role spoken of keeps the field word the support role's
        ("new pharm tech here, what's a shift at the pharmacy counter like?",
         "pharmacy-technicians"),
        # a word the guides use that only looks like a field ("hospital": no hospitalists)
        ("I'm interested in nursing, what is work in a hospital like?", "registered-nurses"),
    ],
)  # fmt: skip
def test_a_field_named_means_its_practitioners_not_the_titles_it_modifies(
    practice_router: Router, embeddings: HuggingFaceEmbeddings, message: str, career: str
) -> None:
    assert first(practice_router, embeddings, message) == career


# Fields named by a word English does not derive from their practitioners ("medical",
# "dental", "legal", "culinary"), beside the careers whose titles carry it as a modifier.
IRREGULAR = [
    "medical-assistants",
    "medical-records-specialists",
    "medical-scientists-except-epidemiologists",
    "medical-secretaries-and-administrative-assistants",
    "family-medicine-physicians",
    "physicians-all-other",
    "dentists-general",
    "dental-assistants",
    "dental-hygienists",
    "lawyers",
    "paralegals-and-legal-assistants",
    "chefs-and-head-cooks",
    "cooks-restaurant",
]
PHYSICIANS = {"family-medicine-physicians", "physicians-all-other"}


@pytest.fixture(scope="module")
def irregular_router(onet_guides: list[Guide], embeddings: HuggingFaceEmbeddings) -> Router:
    chosen = [g for g in onet_guides if g.slug in IRREGULAR]
    assert len(chosen) == len(IRREGULAR)
    return Router(chosen, embeddings, vocabulary())


@pytest.mark.parametrize(
    ("message", "careers"),
    [
        ("what's a normal week like for people in the medical field?", PHYSICIANS),
        ("how many years does med school take after college?", PHYSICIANS),
        ("I'm thinking about a career in medicine, is it worth the debt?", PHYSICIANS),
        ("how hard is it to get into dental school?", {"dentists-general"}),
        ("what should I major in for the legal field?", {"lawyers"}),
        ("is culinary school worth it or should I just start working?",
         {"chefs-and-head-cooks", "cooks-restaurant"}),
        # the field word modifying a job still names that job
        ("what does a medical assistant do all day?", {"medical-assistants"}),
        ("how much do dental hygienists make?", {"dental-hygienists"}),
        ("do legal assistants need a degree?", {"paralegals-and-legal-assistants"}),
    ],
)  # fmt: skip
def test_a_field_english_names_apart_from_its_practitioners_means_them(
    irregular_router: Router, embeddings: HuggingFaceEmbeddings, message: str, careers: set[str]
) -> None:
    assert first(irregular_router, embeddings, message) in careers


@pytest.mark.parametrize(
    ("message", "career"),
    [
        ("how many years of school to be a vetrinarian?", "veterinarians"),
        ("what does a mechanical enginer do?", "mechanical-engineers"),
        # spelt as they sound, further than letters allow
        ("is being an electrishan hard on your body?", "electricians"),
        ("how do I become a fisical therapist?", "physical-therapists"),
        ("do registerd nurces work nights?", "registered-nurses"),
    ],
)
def test_a_misspelt_job_reaches_its_career(
    router: Router, embeddings: HuggingFaceEmbeddings, message: str, career: str
) -> None:
    route = router.route(message, lambda: np.asarray(embeddings.embed_query(message)))
    assert route.explicit
    assert route.careers[0] == career


def test_an_english_word_is_no_misspelt_job(router: Router) -> None:
    message = "i'm hoping the hardest schooling is over, please tell me"
    assert router.respelled(message) == message
