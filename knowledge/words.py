"""Word forms shared by the O*NET importer and career routing."""

from __future__ import annotations

import re

NOT_PLURAL = frozenset(
    (
        *("news", "series", "species", "physics", "economics", "mathematics", "electronics"),
        *("logistics", "statistics", "athletics", "ethics", "robotics", "graphics", "analytics"),
        "securities",  # stocks and bonds, not the plural of security
    )
)


def singular(word: str) -> str:
    """``nurses`` → ``nurse``, ``secretaries`` → ``secretary``, ``salesmen`` → ``salesman``."""
    if len(word) <= 3 or word.endswith(("ss", "us", "is")) or word in NOT_PLURAL:
        return word
    if word.endswith("buses"):  # "school buses"
        return word[:-2]
    if word.endswith("ies"):
        return word[:-3] + "y"
    if re.search(r"(?:ches|shes|xes|zes|sses)$", word):
        return word[:-2]
    if word.endswith("men"):
        return word[:-3] + "man"
    return word[:-1] if word.endswith("s") else word


def plural(phrase: str) -> str:
    """The phrase with its last word plural: ``registered nurse`` → ``registered nurses``,
    ``salesman`` → ``salesmen``, ``secretary`` → ``secretaries``."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        many = last[:-3] + "men"
    elif last.endswith("fe"):
        many = last[:-2] + "ves"
    elif re.search(r"[^aeiou]y$", last):
        many = last[:-1] + "ies"
    elif re.search(r"(?:s|x|z|ch|sh)$", last):
        many = last + "es"
    else:
        many = last + "s"
    return f"{head} {many}".strip()
