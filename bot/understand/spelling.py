"""Misspelt words that decide what a question asks ("salery", "schoool"), put right."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable

from knowledge.words import singular

MIN_CORRECTED = 5  # shorter words are too easily another word with one letter changed
SPELLING = 0.8  # difflib similarity for a misspelt topic word
# Edits of its sound allowed in a misspelt word: none below 8 letters (a short word is too
# easily another word), one from 8, two from 10.
EDITS_FROM = (8, 10)
# The words intents and needs are read from (bot/understand/intents.py, needs.py).
TOPIC_WORDS = sorted(
    {
        "salary", "salaries", "wages", "income", "earnings", "money", "hourly",
        "school", "college", "university", "degree", "bachelors", "masters", "diploma",
        "education", "training", "apprenticeship", "certification", "certifications",
        "certificate", "license", "requirements", "qualifications", "classes", "courses",
        "outlook", "demand", "growth", "growing", "openings", "market",
        "stress", "stressful", "difficult", "demanding", "challenging", "hardest",
        "responsibilities", "duties", "typical", "schedule", "shifts", "overtime",
        "skills", "knowledge", "experience", "become", "becoming", "career", "careers",
        "senior", "junior", "entry", "level", "levels", "promotion", "related", "similar",
    }
)  # fmt: skip
# English spellings of one sound, written one way so that a word spelt as it sounds
# ("pharmasist", "electrition", "sycologist") is near the word it means.
SOUNDS = (
    (re.compile(r"^ps"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[tcs]s?i[ao]n"), "shn"),  # -tion, -sion, -ssion, -cian, -tian
    (re.compile(r"c[kh]"), "k"),  # "ck"; "ch" as in "psych", "tech", "mechanic"
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"c"), "k"),
    (re.compile(r"(?<=.)y"), "i"),
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters
)


# Chat shorthand ("hw much", "do u need", "classes in hs"), written out so what is asked and
# the guides' words match it
SHORTHAND = {
    "hs": "high school", "uni": "university", "yrs": "years", "yr": "year", "wat": "what",
    "wut": "what", "skool": "school", "n": "and", "hw": "how", "hwo": "how", "wht": "what",
    "u": "you", "ur": "your", "abt": "about", "bc": "because", "cuz": "because", "pls": "please",
    "plz": "please", "govt": "government", "gov": "government", "gvt": "government",
}  # fmt: skip


def respell(text: str, known: Collection[str]) -> str:
    """``text`` with shorthand written out ("classes in hs") and words no ``known`` word
    matches put right when a topic word is close."""
    out = []
    for word in re.findall(r"[A-Za-z]+|[^A-Za-z]+", text):
        low = word.lower()
        if low in SHORTHAND and word != "U":  # "the U.S." stays
            word = SHORTHAND[low]
        elif (
            len(low) >= MIN_CORRECTED
            and low not in known
            and singular(low) not in known  # "carpenters" is no misspelt "careers"
            and low not in TOPIC_WORDS
        ):
            close = difflib.get_close_matches(low, TOPIC_WORDS, n=1, cutoff=SPELLING)
            word = close[0] if close else word
        out.append(word)
    return "".join(out)


def sound_key(word: str) -> str:
    """``word`` spelt by its sounds: ``pharmacist`` and ``pharmasist`` → ``farmasist``."""
    for pattern, replacement in SOUNDS:
        word = pattern.sub(replacement, word)
    return word


def edits(first: str, second: str, limit: int) -> int:
    """The edits (insert, delete, change, swap two letters) from one word to the other, or
    ``limit + 1`` once more than ``limit`` are needed."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    before: list[int] = []
    row = list(range(len(second) + 1))
    for i, a in enumerate(first, 1):
        current = [i] + [0] * len(second)
        for j, b in enumerate(second, 1):
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if i > 1 and j > 1 and a == second[j - 2] and first[i - 2] == b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


class Speller:
    """Reads a misspelt word as the word of a vocabulary it is written like: the same by
    its sound, else close by letters (``difflib``), else by its sound within an edit or two
    for a long word."""

    def __init__(self, vocabulary: Iterable[str], cutoff: float) -> None:
        self._words = sorted(set(vocabulary))
        self._cutoff = cutoff
        self._keys: dict[str, list[str]] = {}
        for word in self._words:
            self._keys.setdefault(sound_key(word), []).append(word)
        self._seen: dict[str, str] = {}
        self._by_start: dict[tuple[str, int], list[str]] = {}  # first letter, length ± 1
        for word in self._words:
            for size in (len(word) - 1, len(word), len(word) + 1):
                self._by_start.setdefault((word[:1], size), []).append(word)

    def near(self, word: str) -> str:
        """The vocabulary word most like ``word`` among those spelt as it sounds or sharing its
        first letter and about its length (fast: no search of the whole vocabulary)."""
        same = self._keys.get(sound_key(word), [])
        near = same or self._by_start.get((word[:1], len(word)), [])
        scored = [(difflib.SequenceMatcher(None, word, w).ratio(), w) for w in near]
        best = max(scored, default=(0.0, ""))
        return best[1] if best[0] >= self._cutoff else ""

    def closest(self, word: str) -> str:
        """The vocabulary word ``word`` (lower case) is a misspelling of, or ``""``."""
        if word not in self._seen:
            self._seen[word] = self._closest(word)
        return self._seen[word]

    def _closest(self, word: str) -> str:
        key = sound_key(word)
        same = self._keys.get(key, [])  # spelt as it sounds: "fisical" is "physical"
        if same:
            return max(same, key=lambda w: difflib.SequenceMatcher(None, word, w).ratio())
        close = difflib.get_close_matches(word, self._words, n=1, cutoff=self._cutoff)
        if close:
            return close[0]
        limit = sum(len(word) >= n for n in EDITS_FROM)
        found = [
            (distance, -difflib.SequenceMatcher(None, word, candidate).ratio(), candidate)
            for other, candidates in self._keys.items()
            if other[:2] == key[:2] and (distance := edits(key, other, limit)) <= limit
            for candidate in candidates
        ]
        return min(found)[2] if found else ""
