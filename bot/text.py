"""The text utilities every wing shares: words, stems, stopwords, sentences, numbers, markers."""

from __future__ import annotations

import re
from collections.abc import Iterable

import Stemmer
from bm25s.stopwords import STOPWORDS_EN, STOPWORDS_EN_PLUS

WORD = re.compile(r"\w+")
STOPWORDS = frozenset(STOPWORDS_EN)
# English function words, a longer list ("how", "who", "over"): words naming no thing
FUNCTION_WORDS = frozenset(STOPWORDS_EN_PLUS) | STOPWORDS
# Chat spellings of common words, known words in any message.
CHAT_WORDS = frozenset(
    [
        "thx",
        "ty",
        "tysm",
        "pls",
        "plz",
        "u",
        "ur",
        "r",
        "rn",
        "tho",
        "idk",
        "lol",
        "omg",
        "btw",
        "imo",
        "imho",
        "wfh",
        "cert",
        "certs",
        "cdl",
        "ok",
        "okay",
        "k",
        "kk",
        "yep",
        "nope",
        "ya",
        "yea",
        "yeah",
        "nah",
        "gonna",
        "wanna",
        "gotta",
        "kinda",
        "sorta",
        "dunno",
        "cuz",
        "coz",
        "bc",
        "hr",
        "hrs",
        "yr",
        "yrs",
        "asap",
        "fyi",
    ]
)
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?%?")
# A citation marker as the bot writes it ("[2]") or a model may ("[1, 3]").
CITATION_MARKER = re.compile(r"\[\s*(\d+(?:\s*,\s*\d+)*)\s*\]")
# Where one sentence of guide prose ends and the next begins.
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'$])")
# Abbreviations whose full stop does not end a sentence.
DOTTED_ABBREVIATIONS = ("e.g.", "i.e.", "U.S.", "etc.", "vs.", "approx.", "Dr.", "St.", "Inc.")
# How a complete sentence of generated text ends.
SENTENCE_ENDINGS = (".", "!", "?", '."', ".'", ".)", '!"', '?"')


def words(text: str) -> list[str]:
    """The lower-case words (and numbers) of ``text``."""
    return WORD.findall(text.lower())


def search_terms(text: str) -> list[str]:
    """The words a lexical search looks for: two letters or more, stopwords removed."""
    return [w for w in words(text) if len(w) > 1 and w not in STOPWORDS]


def shared_stems(asked: Iterable[str], said: Iterable[str], shortest: int = 4) -> set[str]:
    """The stems of ``asked`` that a stem of ``said`` (``shortest`` letters or more) begins
    or is begun by ("cataloguing", "catalog": one thing)."""
    long = [w for w in said if len(w) >= shortest]
    return {a for a in asked if any(a.startswith(w) or w.startswith(a) for w in long)}


def english_stemmer() -> Stemmer.Stemmer:
    """A Snowball English stemmer (one per owner: a stemmer is not shared between threads)."""
    return Stemmer.Stemmer("english")


def whole_words(*patterns: str) -> re.Pattern[str]:
    """A case-insensitive pattern matching any of ``patterns`` as whole words."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")\b", re.IGNORECASE)


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, not broken after abbreviations such as "e.g."."""
    sentences: list[str] = []
    for piece in SENTENCE_BREAK.split(paragraph):
        if sentences and sentences[-1].endswith(DOTTED_ABBREVIATIONS):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def without_markers(text: str) -> str:
    """``text`` with its citation markers removed."""
    return CITATION_MARKER.sub("", text)


def numbers(text: str) -> frozenset[str]:
    """Numbers stated in ``text`` (markers aside): commas and ``%`` removed, ``.0`` dropped."""
    found: set[str] = set()
    for raw in NUMBER.findall(CITATION_MARKER.sub(" ", text)):
        number = raw.rstrip("%").replace(",", "")
        if "." in number:
            number = number.rstrip("0").rstrip(".")
        found.add(number)
    return frozenset(found)
