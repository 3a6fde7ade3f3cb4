"""A guide's ``Label: value`` lines ("Work Experience: None", "Experience: 0-2 years") read as
sentences when quoted, or left out when the answer says the same already."""

from __future__ import annotations

import re
from collections.abc import Callable

LABEL = re.compile(r"^(?P<label>[A-Z][\w /&()%-]{1,30}): (?P<value>[^.]{1,40})\.?$")
PATH_SEPARATOR = " › "


def with_article(phrase: str) -> str:
    """``Bachelor's degree`` → ``a bachelor's degree``; ``No formal…`` stays as it is."""
    lower = phrase[:1].lower() + phrase[1:]
    if re.match(r"(?:no|some|none)\b", lower):
        return lower
    return f"{'an' if lower[:1] in 'aeiou' else 'a'} {lower}"


def _experience(value: str, section: str) -> str:
    parts = section.split(PATH_SEPARATOR)
    if len(parts) > 1:  # a career tier: "Career Path Tiers › Junior Production Technician"
        tier = parts[-1]
        article = "An" if tier[:1].lower() in "aeiou" else "A"
        return f"{article} {tier} typically has {value} of experience."
    return f"This takes {value} of experience."


def _growth(value: str, section: str) -> str:
    if value.lstrip().startswith(("-", "\N{MINUS SIGN}")):
        return f"Employment is projected to change by {value}, a decline."
    return f"Employment is projected to grow {value}."


def _work_experience(value: str, section: str) -> str:
    if value.lower() == "none":
        return "No work experience in a related occupation is typical."
    return f"{value} of work experience in a related occupation is typical."


def _training(value: str, section: str) -> str:
    lower = value.lower()
    if lower == "none":
        return "No on-the-job training is typical."
    if "training" not in lower:  # "Apprenticeship", "Internship/residency"
        return f"New workers typically complete {with_article(lower.replace('/', ' or '))}."
    return f"New workers typically receive {lower}."


def _pay(name: str) -> Callable[[str, str], str]:
    return lambda value, section: f"{name} pay is about {value} a year."


TEMPLATES: dict[str, Callable[[str, str], str]] = {
    "experience": _experience,
    "growth rate": _growth,
    "work experience": _work_experience,
    "on-the-job training": _training,
    "typical entry education": lambda v, s: f"The typical entry education is {with_article(v)}.",
    "annual openings": lambda v, s: f"About {v} openings a year are projected.",
    "employment change": lambda v, s: f"Employment is projected to change by {v}.",
    "stress level": lambda v, s: f"The guide rates the stress level as {v.lower()}.",
    "balance rating": lambda v, s: f"Work-life balance is rated {v.lower()}.",
    "median": lambda v, s: f"The median salary is {v} a year.",
    "entry-level": _pay("Entry-level"),
    "mid-level": _pay("Mid-level"),
    "senior-level": _pay("Senior-level"),
    "focus": lambda v, s: f"The focus is {v}.",
}


def is_label_line(text: str) -> bool:
    """A ``Label: value`` line of a guide."""
    return LABEL.match(text) is not None


def readable(text: str, section: str) -> str | None:
    """``text`` as a sentence if it is a label line the bot can word ("Work Experience: None"
    → "No work experience in a related occupation is typical."), else ``None``."""
    found = LABEL.match(text)
    if found is None:
        return None
    template = TEMPLATES.get(found["label"].lower())
    return template(found["value"].strip(), section) if template else None


def said_already(text: str, others: list[str]) -> bool:
    """Whether a label line's value is stated by one of ``others`` ("Work Experience: None"
    beside "…no work experience in a related occupation is typical…")."""
    found = LABEL.match(text)
    if found is None or not others:
        return False
    said = " ".join(others).lower()
    value, label = found["value"].strip().lower(), found["label"].lower()
    if value == "none":
        return f"no {label}" in said
    words = re.findall(r"[a-z0-9%,+]+", value)
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", said) for w in words)
