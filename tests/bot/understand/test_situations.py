"""A visitor's circumstances ("I have a bad back", "I only have a GED", "two kids, day shifts"):
the answer leads with what the guide says that bears on them, cited, or says plainly that it
says nothing on them; on the bundled guide and on O*NET guides."""

from __future__ import annotations

import numpy as np
import pytest
from langchain_core.embeddings import Embeddings

from api.components import Components
from bot.answer import Draft, Mode
from bot.compose.citations import render
from bot.compose.extractive import unit_piece
from bot.compose.situated import situated
from bot.retrieval.units import UnitBank
from bot.services.chat import CareerBot
from bot.understand.situations import stated
from index.chunking import guide_chunks
from knowledge.model import Guide

CORPUS = (
    "nursing-assistants",
    "registered-nurses",
    "cashiers",
    "electricians",
    "accountants-and-auditors",
    "hotel-motel-and-resort-desk-clerks",
    "construction-laborers",
)


@pytest.mark.parametrize(
    ("message", "kinds"),
    [
        ("My back is shot after 10 years of warehouse work, could I do this?", ["health"]),
        ("looking for something not too physical", ["physical"]),
        ("i'm colorblind, does that matter?", ["senses"]),
        ("can you be a pilot without perfect vision?", ["senses"]),
        ("I've got 3 kids so I can't work nights", ["schedule"]),
        ("Is it doable while I'm still working full-time?", ["studying while working"]),
        ("a way to get experience without quitting my day job?", ["studying while working"]),
        ("i cant afford to go back to school", ["the cost or length of school"]),
        ("Im 45. Is that going to be a problem, do they want younger guys?", ["age"]),
        ("I dropped out of college, is that a problem?", ["education held"]),
        ("honestly I suck at maths", ["math"]),
        ("I'm pretty shy and not a people person", ["people"]),
        ("I can't stand being stuck at a desk", ["desk"]),
        ("Im 58, am I too old for this", ["age"]),
        (
            "I've been working in customer service for years and want to switch careers",
            ["career change"],
        ),
        ("i have type 1 diabetes and need regular breaks to check my sugar", ["health"]),
        ("I have epilepsy, is that a problem?", ["health"]),
        ("what's the typical salary?", []),
        ("I want to work with young children", []),  # the work's subject, not the visitor's
        ("do you need a degree?", []),
        ("how many hours a week do they work?", []),
        # the forty-ninth panel: years elsewhere weighed in few words
        (
            "you not answer. my 10 years on textile machines, this help me get job?",
            ["experience elsewhere"],
        ),
    ],
)
def test_circumstances_are_read_from_how_visitors_state_them(
    message: str, kinds: list[str]
) -> None:
    assert [c.kind for c in stated(message)] == kinds


@pytest.fixture(scope="module")
def bot(components: Components) -> CareerBot:
    return components.bot


def test_a_bad_back_gets_the_bundled_guides_word_on_physical_demands_first(bot: CareerBot) -> None:
    reply = bot.reply("my back's been bad since an injury, could I handle this job?", None, None)
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith(
        "The Production Technician guide doesn't cover disability or health limits; "
        "on the physical demands, it says:"
    )
    physical = reply.answer.split("On the health risks of the work, it says:")[0]
    assert "extreme physical strength is not typically required [" in physical
    assert "repetitive motions can pose health risks" in reply.answer
    cited = [c.section for c in reply.citations]
    assert "Frequently Asked Questions › Is physical strength required in this job?" in cited


@pytest.mark.parametrize(
    ("message", "lead", "quoted"),
    [
        (
            "We've got two little kids at home so I need day shifts",
            # which it never names, said first
            "The Production Technician Career Path Guide doesn't cover day shifts. On hours and "
            "shifts, the Production Technician guide says:",
            "Shift work or overtime is common",
        ),
        (
            "All I have is a GED. Is that enough to get hired?",
            "On the education it asks for, the Production Technician guide says:",
            "at least a high school diploma or equivalent",
        ),
        (
            "sitting at a desk all day would drive me crazy, what's this job like?",
            "On whether the work is at a desk, the Production Technician guide says:",
            "hands-on",
        ),
        (
            "I was never good with numbers, is this job for me?",
            "On math, the Production Technician guide says:",
            "mathematics",
        ),
        (
            "I have a full time job I can't leave, how would I train for this?",
            "On training while working, the Production Technician guide says:",
            "apprenticeships",
        ),
    ],
)
def test_a_circumstance_the_bundled_guide_speaks_to_leads_the_answer_cited(
    bot: CareerBot, message: str, lead: str, quoted: str
) -> None:
    reply = bot.reply(message, None, None)
    assert reply.mode is Mode.CITED
    assert reply.answer.startswith(lead)
    first = reply.answer.split("[1]")[0]
    assert quoted.lower() in first.lower()


def test_a_circumstance_the_bundled_guide_is_silent_on_is_said_plainly(bot: CareerBot) -> None:
    reply = bot.reply("I'm colour blind - would that stop me doing this?", None, None)
    assert reply.mode is Mode.CITED
    # asked only of the circumstance: said plainly, with no unrelated passage after it
    assert reply.answer == (
        "The Production Technician guide doesn't cover colour vision, eyesight or hearing."
    )
    started = bot.reply("I'm colour blind. how do I get started?", None, None)
    assert "doesn't cover colour vision" in started.answer  # and what is asked besides:
    assert "Path to Production Technician" in [c.section for c in started.citations]
    plain = bot.reply("what tools do production technicians use?", None, None)
    assert "guide says:" not in plain.answer
    assert "doesn't cover" not in plain.answer


@pytest.fixture(scope="module")
def corpus(onet_guides: list[Guide], embeddings: Embeddings) -> tuple[dict[str, Guide], UnitBank]:
    guides = {g.slug: g for g in onet_guides if g.slug in CORPUS}
    chunks = [chunk for slug in CORPUS for chunk in guide_chunks(guides[slug])]
    return guides, UnitBank(chunks, embeddings)


def led(
    corpus: tuple[dict[str, Guide], UnitBank], embeddings: Embeddings, message: str, slug: str
) -> str:
    """The rendered answer about ``slug``: what ``situated`` leads with, then a stand-in for
    the rest of the answer (the guide's first sentence)."""
    guides, bank = corpus
    guide = guides[slug]
    vector = np.asarray(embeddings.embed_query(f"{guide.career}: {message}"), dtype=np.float32)
    rest = unit_piece(next(u for u in bank.units if u.chunk.guide == slug))
    text, _ = render(Draft(Mode.CITED, situated(message, vector, guide, bank, [rest])))
    return text


def test_onet_guides_lead_with_their_own_evidence_cited(
    corpus: tuple[dict[str, Guide], UnitBank], embeddings: Embeddings
) -> None:
    back = led(
        corpus, embeddings, "I hurt my back last year. Could I be a CNA?", "nursing-assistants"
    )
    assert back.startswith(
        "The Nursing Assistants guide doesn't cover disability or health limits; on the "
        "physical demands, it says: Key Responsibilities — Lift or assist others to lift patients"
    )
    assert "[1]" in back.split("\n")[0]
    ged = led(corpus, embeddings, "i only got my GED, can i work a register?", "cashiers")
    assert ged.startswith("On the education it asks for, the Cashiers guide says:")
    assert "high school diploma" in ged.split("[1]")[0].lower() or "no formal" in ged.lower()
    math = led(
        corpus, embeddings, "Math was never my thing. Accountant?", "accountants-and-auditors"
    )
    assert math.startswith("On math, the Accountants and Auditors guide says:")
    assert "Mathematics" in math
    quiet = led(corpus, embeddings, "I'm an introvert, could I do this?", "cashiers")
    assert quiet.startswith("On dealing with people, the Cashiers guide says:")
    night = led(corpus, embeddings, "cant leave my day job, how do I train?", "electricians")
    assert night.startswith("On training while working, the Electricians guide says:")
    assert "apprenticeship" in night.lower()


def test_onet_guides_say_plainly_what_they_do_not_cover(
    corpus: tuple[dict[str, Guide], UnitBank], embeddings: Embeddings
) -> None:
    back = led(corpus, embeddings, "with my bad knees could I still nurse?", "registered-nurses")
    assert back == (
        "The Registered Nurses guide doesn't cover disability or health limits, or the physical "
        "demands."
    )
    kids = led(corpus, embeddings, "single dad here, I need regular hours", "registered-nurses")
    assert kids.startswith("The Registered Nurses guide doesn't cover hours and shifts;")
    # "Desk" names the job ("Desk Clerks"): it says nothing of sitting at a desk
    desk = led(
        corpus,
        embeddings,
        "I hate sitting at a desk, is this ok?",
        "hotel-motel-and-resort-desk-clerks",
    )
    assert desk.startswith(
        "The Hotel, Motel, and Resort Desk Clerks guide doesn't cover whether the work is at "
        "a desk;"
    )
    woman = led(corpus, embeddings, "is construction ok for a woman?", "construction-laborers")
    assert woman.startswith("The Construction Laborers guide doesn't cover gender;")
