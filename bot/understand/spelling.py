"""Misspelt words that decide what a question asks ("salery", "schoool"), put right."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection

MIN_CORRECTED = 5  # shorter words are too easily another word with one letter changed
SPELLING = 0.8  # difflib similarity for a misspelt topic word
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


def respell(text: str, known: Collection[str]) -> str:
    """``text`` with words no ``known`` word matches put right when a topic word is close."""
    out = []
    for word in re.findall(r"[A-Za-z]+|[^A-Za-z]+", text):
        low = word.lower()
        if len(low) >= MIN_CORRECTED and low not in known and low not in TOPIC_WORDS:
            close = difflib.get_close_matches(low, TOPIC_WORDS, n=1, cutoff=SPELLING)
            word = close[0] if close else word
        out.append(word)
    return "".join(out)
