"""Credentials asked about by their initials ("should I get the CPT certification?", "what about
CPT specifically?"), which a guide may never name."""

from __future__ import annotations

import re
from collections.abc import Collection

# Initials of a credential, then what it is ("the CPT certification", "an NCCER cert")
INITIALS_KIND = re.compile(
    r"\b(?P<name>[A-Z][A-Z0-9]{1,5})s?\s+(?P<kind>certifications?|certificates?|certs?"
    r"|licen[cs]es?|exams?|courses?|credentials?|training)\b"
)
# Initials asked about alone ("what about CPT specifically?", "is CPT the same as the CMT one?",
# "you didn't say anything about SHRM.")
INITIALS_ASKED = re.compile(
    r"\b(?:[Ww]hat about|[Hh]ow about|[Ii]s|[Dd]oes|anything (?:about|on)|mention(?:ed)?)\s+"
    r"(?:the\s+)?(?P<name>[A-Z][A-Z0-9]{1,5})\b"
    r"(?=\s+(?:specifically|the same|like|worth|any good|better|needed|required|help|count"
    r"|matter)\b|\s*[?.!]|\s*$)"
)
# Initials to get ("keep telling me to get my PMP before I get out")
INITIALS_GOT = re.compile(
    r"\b(?:[Gg]et|[Gg]etting|[Ee]arn|[Ee]arning) (?:my|the|an?|your) "
    r"(?P<name>[A-Z][A-Z0-9]{1,5})\b"
)
CERTIFYING = re.compile(r"\bcertif\w*|\blicen[cs]\w*|\bcredential", re.IGNORECASE)
INITIALS = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
SENTENCE = re.compile(r"(?<=[.!?])\s+")
# Words asking what a job requires: initials asked so are a credential ("is that required?")
REQUIRED = re.compile(r"\brequire\w*|\bmandatory\b", re.IGNORECASE)
# Initials of no credential: places and wards, fields, the bot, times of day, grades
NOT_CREDENTIALS = frozenset(
    ("US", "USA", "UK", "DC", "OK", "AI", "IT", "AM", "PM", "GPA", "FAQ", "ID", "TV", "ICU",
     "NICU", "ER", "OR", "CEO", "HQ", "USD")
)  # fmt: skip


def credentials_named(question: str, careers: Collection[str] = ()) -> list[str]:
    """The credentials ``question`` names by their initials ("CPT certification", "CPT"),
    leaving out the initials of ``careers`` ("RN") and of no credential."""
    found = [
        (m["name"], f"{m['name']} {m['kind'].lower()}") for m in INITIALS_KIND.finditer(question)
    ]
    found += [(m["name"], m["name"]) for m in INITIALS_ASKED.finditer(question)]
    found += [(m["name"], m["name"]) for m in INITIALS_GOT.finditer(question)]
    kept = dict(reversed(found))  # the fullest way each is said
    return [
        said
        for name, said in kept.items()
        if name not in NOT_CREDENTIALS and name not in careers and name.lower() not in careers
    ]


def unnamed_credential(question: str, text: str, careers: Collection[str] = ()) -> str:
    """The credential ``question`` asks about by its initials that ``text`` never writes
    ("the CPT certification"; "CPT" alone when the question speaks of credentials or what is
    required, or names initials ``text`` writes among credentials: "is CPT the same thing as
    the CMT one?", not "is SAP the same as ERP?"), else ``""``."""
    for credential in credentials_named(question, careers):
        if re.search(rf"\b{re.escape(credential.split()[0])}s?\b", text, re.IGNORECASE):
            continue
        if " " in credential:
            return f"the {credential}"
        if CERTIFYING.search(question) or REQUIRED.search(question):
            return credential
        if _beside_credentials(question, text):
            return credential
    return ""


def by_initials(thing: str) -> bool:
    """``thing`` is a credential said by its initials ("CPT", "the CPT certification")."""
    return INITIALS.match(thing.removeprefix("the ")) is not None


def _beside_credentials(question: str, text: str) -> bool:
    """``question`` names initials ``text`` writes among credentials ("CMT")."""
    said = set(INITIALS.findall(question))
    credited = (s for s in SENTENCE.split(text) if CERTIFYING.search(s))
    return any(said & set(INITIALS.findall(s)) for s in credited)
