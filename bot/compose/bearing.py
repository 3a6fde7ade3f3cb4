"""An answer that shares no word with a question of no kind the bot knows ("do companies make
you take a test to get hired?" answered by the industries that hire) is led by saying it is
only the nearest the guide has, never passed off as the answer."""

from __future__ import annotations

import re

from bot.answer import Piece
from bot.compose.mentioned import EVERYDAY
from bot.text import english_stemmer, search_terms
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need
from bot.understand.vocabulary import expand
from knowledge.model import Guide

# Words of any career question that name nothing an answer would have to repeat
PLAIN = frozenset(
    (
     "do", "you", "my", "me", "who", "get", "got", "job", "jobs", "work", "working", "people",
     "ppl", "person", "someone", "year", "years", "day", "days", "time", "way", "go", "going",
     "lot", "lots", "ok", "okay", "yeah", "yes", "no", "not", "your", "our", "we", "us", "im",
     "dont", "doesnt", "didnt", "cant", "couldnt", "wont", "isnt", "honestly", "guys", "techs",
     "tech", "one", "ones", "field", "role", "roles", "company", "companies", "place", "places",
     "hire", "hired", "hiring", "realistically",
    )
)  # fmt: skip
NEAREST = "doesn't answer that directly; the nearest it has:"
DISCLAIMS = re.compile(r"\b(?:doesn't|don't) (?:cover|mention|answer|say)\b")
# Words of any lead saying what a guide doesn't cover
STOCK = frozenset(
    ("doesn", "cover", "mention", "answer", "directly", "nearest", "guide", "guides", "career",
     "there", "which", "about", "whether", "here", "what", "where", "gives")
)  # fmt: skip
MIN_ASKED = 2  # words a question must name before an answer sharing none is off it
MIN_STEM = 4  # letters of a stem that may match another's start ("robot", "robotics")


def nearest_only(question: str, guide: Guide, pieces: list[Piece]) -> list[Piece]:
    """``pieces`` led by "The … doesn't answer that directly; the nearest it has:" when they
    share no word (or the guide's word for an everyday one) with what ``question`` asks."""
    if not pieces or any(p.kind == "lead" for p in pieces):
        return pieces
    if detect_intent(question) or detect_need(question):  # "…phd thing? pay and school"
        return pieces
    stem = english_stemmer().stemWord
    own = {stem(w) for w in search_terms(f"{guide.career} {guide.title}")}
    skipped = {stem(w) for w in (*EVERYDAY, *PLAIN)}
    asking = asking_text(question)
    asked = {stem(w) for w in search_terms(asking)} - own - skipped
    if len(asked) < MIN_ASKED:
        return pieces
    meant = asked | {stem(w) for w in search_terms(expand(asking))} - own - skipped
    said = {  # what the answer says, and the headings it is quoted from ("How to Become One")
        stem(w) for p in pieces for w in search_terms(f"{p.text} {p.source.section}")
    }
    if any(_same(a, s) for a in meant for s in said):
        return pieces
    lead = f"The {guide.title} {NEAREST}"
    return [Piece(lead, pieces[0].source, "", "lead"), *pieces]


def one_disclaimer(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without a lead saying again, in other words, what an earlier lead of the
    same guide said it doesn't cover ("…doesn't cover disability or health limits, or the
    physical demands" then "…doesn't cover the physical demands or work setting"), nor the
    "nearest" lead after any other."""
    told: dict[str, set[str]] = {}
    kept = []
    for piece in pieces:
        if piece.kind == "lead" and DISCLAIMS.search(piece.text):
            said = (
                set(re.findall(r"[a-z]{5,}", piece.text.lower()))
                - STOCK
                - set(re.findall(r"[a-z]{5,}", piece.source.guide_title.lower()))
            )
            earlier = told.get(piece.source.guide)
            if earlier is not None and (NEAREST in piece.text or said & earlier):
                continue
            told[piece.source.guide] = (earlier or set()) | said
        kept.append(piece)
    return kept


def _same(asked: str, said: str) -> bool:
    """One stem is the other, or the start of it ("robot" of "robotics")."""
    if asked == said:
        return True
    short, long = sorted((asked, said), key=len)
    return len(short) >= MIN_STEM and long.startswith(short)
