"""A career search without the visitor's own conditions: "I have pretty bad social anxiety…
what kind of job can someone with anxiety do?" seeks careers for someone with anxiety, not
careers treating it, so the condition's words do not pull the search."""

from __future__ import annotations

import re

CONDITIONS = (
    r"(?:(?:social |severe |bad |pretty bad |really bad |bad social )?anxiety|depression|ptsd|"
    r"adhd|autism|asperger'?s|dyslexia|epilepsy|seizures|diabetes|bipolar(?: disorder)?|ocd|"
    r"chronic (?:pain|illness|fatigue)|arthritis|migraines|panic attacks)"
)
OWN_CONDITION = re.compile(
    r"\b(?:i have|i'?ve got|i got|i struggle with|i suffer from|i deal with|i live with|"
    r"diagnosed with|someone with|somebody with|a person with|people with|with|my)\s+"
    rf"(?:\w+\s+){{0,2}}?{CONDITIONS}\b",
    re.IGNORECASE,
)
# A condition the work treats or serves ("jobs helping people with anxiety"): the field.
SERVES = re.compile(
    r"\b(?:help|helping|treat|treating|support|supporting|care for|caring for|work with|"
    r"working with|counsel\w*)\s+(?:\w+\s+){0,2}$|\b(?:work|working)\s+$",
    re.IGNORECASE,
)


def without_own_conditions(text: str) -> str:
    """``text`` without the conditions it tells as the visitor's own, or as it was."""
    kept = text
    for found in reversed(list(OWN_CONDITION.finditer(text))):
        if not SERVES.search(text[: found.start()]):
            kept = f"{kept[: found.start()]} {kept[found.end() :]}"
    return kept
