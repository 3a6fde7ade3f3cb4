"""Job titles of an occupation besides its own: ESCO synonyms (shown as "Also Known As") and
O*NET's alternate and reported titles (for routing only, never shown or quoted)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from knowledge.onet_data import Occupation, read_rows
from knowledge.onet_ratings import plain_title
from knowledge.words import singular

MAX_AKA = 15
# A title O*NET lists for more SOC occupations than this ("Engineer", "Machine Operator",
# "Professor") names none of them; for routing it would only add noise.
MAX_SHARED = 3
UNSAFE = re.compile(r"[<>;]|--")  # the routing line is an HTML comment, titles split on ";"
GRADE = re.compile(r"[\s-]+(?:[IVX]{1,4}|[A-Z]|\d+)$")  # "Caner I", "Gunner's Mate M", "EMT-B"
# A title routes by its last word (its head); a head shorter than this is an abbreviation or
# a particle ("Club DJ", "Bait Man", "Hooker Up", "Board Certified HIS") that chat text
# would match by accident.
MIN_HEAD = 4
SEGMENT = re.compile(r",|--|\s+(?:and|or|of|for|in|except|including)\s+", re.IGNORECASE)
LEADING_PARTICLE = re.compile(r"^(?:or|and|in|on|at|to|of|the|a|an|for)\b", re.IGNORECASE)
# A one-word name for a worker ("bookkeeper", "drywaller", "policeman", "publicist"), told
# from a thing ("dispatch", "substitute") by how it ends.
PERSON_ENDING = re.compile(r"(?:er|or|ist|ian|man|ess|path)$")
FIELD_STEM = 5  # letters a worker's name shares with the field that starts the title


def read_esco(path: Path, occupations: list[Occupation]) -> None:
    """ESCO synonyms: preferred label = title (or its singular), else title among alt labels."""
    by_preferred: dict[str, list[Occupation]] = {}
    by_alt: dict[str, list[Occupation]] = {}
    for occupation in occupations:
        title = occupation.title.lower()
        for form in {title, singular_title(title)}:
            by_preferred.setdefault(form, []).append(occupation)
        by_alt.setdefault(title, []).append(occupation)
    preferred: dict[str, list[str]] = {}
    alternative: dict[str, list[str]] = {}
    for row in read_rows(path, ("preferredLabel", "altLabels")):
        label = row["preferredLabel"]
        alts = [a.strip() for a in row["altLabels"].splitlines() if a.strip()]
        for occupation in by_preferred.get(label.lower(), []):
            preferred.setdefault(occupation.code, alts)
        for alt in alts:
            for occupation in by_alt.get(alt.lower(), []):
                alternative.setdefault(occupation.code, [label, *alts])
    for occupation in occupations:
        labels = preferred.get(occupation.code) or alternative.get(occupation.code) or []
        seen = {singular_title(occupation.title.lower())}
        aka: list[str] = []
        for label in labels:
            key = singular_title(label.lower())  # "actuarial clerks" repeats "actuarial clerk"
            if key not in seen and len(aka) < MAX_AKA:
                seen.add(key)
                aka.append(label)
        occupation.aka = aka


def singular_title(title: str) -> str:
    """The title with its last word made singular: ``chief executives`` → ``chief executive``."""
    head, _, last = title.rpartition(" ")
    return f"{head} {singular(last)}" if head else singular(last)


def title_key(title: str) -> str:
    """A title compared as routing reads it: lower case, one space, last word singular."""
    return singular_title(" ".join(title.lower().split()))


def routable(title: str) -> str:
    """``title`` as routing can use it, or "" (see :data:`MIN_HEAD`): ``Charge Nurse (RN)``
    → ``Charge Nurse``; ``Caner I`` → ``Caner``; ``Club DJ`` → ""."""
    title = GRADE.sub("", plain_title(title))
    words = re.findall(r"[A-Za-z']+", title)
    if UNSAFE.search(title) or not words or len(words[-1]) < MIN_HEAD:
        return ""
    if LEADING_PARTICLE.match(title):  # "OR Nurse" would match "doctor or nurse"
        return ""
    return "" if len(words) == 1 and words[0].isupper() else title


def job_nouns(titles: Iterable[str]) -> set[str]:
    """The plural nouns that end the parts of occupation titles, made singular:
    ``Computer Systems Analysts`` gives ``analyst``, ``Helpers--Electricians`` ``helper``
    and ``electrician``."""
    segments = (part for title in titles for part in SEGMENT.split(title))
    heads = (re.findall(r"[A-Za-z']+", part)[-1:] for part in segments)
    return {
        singular(w.lower())
        for (w,) in (h for h in heads if h)
        if len(w) > MIN_HEAD and ((w.endswith("s") and not w.endswith("ss")) or w.endswith("men"))
    }


def _head(title: str) -> str:
    words = re.findall(r"[A-Za-z']+", title)
    return singular(words[-1].lower()) if words else ""


def assign_routing_titles(occupations: list[Occupation]) -> None:
    """Each occupation's O*NET alternate and reported titles that can route to it: those
    whose head (last word) is a job noun of the O*NET titles (``Charge Nurse``, not ``Mill
    Work``), without its own title and "Also Known As" labels, another occupation's title,
    a title that more than :data:`MAX_SHARED` SOC occupations share, or a one-word title
    that is not a job noun of its own title (a bare word routes by the titles' heads). A
    title shared by several occupations stays with those whose workers report it (O*NET's
    reported titles shown in My Next Move), when any does: "Quality Control Inspector" is
    the inspectors' and testers' title, not the aviation inspectors'."""
    owners: dict[str, set[str]] = {}
    for occupation in occupations:
        owners.setdefault(title_key(occupation.title), set()).add(occupation.code)
    heads = job_nouns(o.title for o in occupations)
    groups: dict[str, set[str]] = {}
    candidates: dict[str, list[tuple[str, str]]] = {}
    reported: dict[str, set[str]] = {}
    for occupation in occupations:
        for title in occupation.ratings.shown_titles if occupation.ratings else []:
            reported.setdefault(title_key(routable(title)), set()).add(occupation.code[:7])
    everyday = _everyday_names(occupations, heads)
    listed: dict[str, set[str]] = {}  # every occupation listing a title, reported or not
    for occupation in occupations:
        for title in occupation.ratings.titles if occupation.ratings else []:
            listed.setdefault(title_key(routable(title)), set()).add(occupation.code[:7])
    for occupation in occupations:
        raw = dict.fromkeys(occupation.ratings.titles if occupation.ratings else [])
        plain = dict.fromkeys(routable(t) for t in raw)
        titles = [
            (t, title_key(t))
            for t in plain
            if t
            and (
                _head(t) in heads
                or everyday.get(title_key(t)) == occupation.code
                or _named_worker(t)
                or (  # "Arborist": a worker's name only these workers report, few list
                    reported.get(title_key(t)) == {occupation.code[:7]}
                    and len(listed[title_key(t)]) <= MAX_SHARED
                    and bool(PERSON_ENDING.search(_head(t)))
                )
            )
        ]
        candidates[occupation.code] = titles
        for _, key in titles:
            groups.setdefault(key, set()).add(occupation.code[:7])
    for occupation in occupations:
        seen = {title_key(occupation.title), *(title_key(a) for a in occupation.aka)}
        own = job_nouns([occupation.title])
        kept: list[str] = []
        for title, key in candidates[occupation.code]:
            taken = owners.get(key, {occupation.code}) != {occupation.code}
            if key in seen or taken or len(groups[key]) > MAX_SHARED:
                continue
            if len(groups[key]) > 1 and occupation.code[:7] not in reported.get(key, groups[key]):
                continue
            # "Arborist", "Dog Groomer": listed by others too, reported by these workers alone
            sole = reported.get(key) == {occupation.code[:7]} and len(listed[key]) <= MAX_SHARED
            shared = len(groups[key]) > 1 and key not in everyday and not sole
            if _head(title) not in heads and shared:
                continue  # "Medical Coder" is the medical records specialists' alone
            alone = sole and _head(title) not in heads  # not "Author" (Writers and Authors)
            if " " not in title and _head(title) not in own and key not in everyday and not alone:
                continue  # "Developer" of film developers
            seen.add(key)
            kept.append(title)
        occupation.routing_titles = kept


def _everyday_names(occupations: list[Occupation], heads: set[str]) -> dict[str, str]:
    """One-word names workers of a single occupation report and no other occupation lists
    ("Groundskeeper", "Exterminator", "Videographer"), by title key, with that occupation's
    code: everyday names for it, where no O*NET title ends in them (``heads``: "Author"
    already routes to Writers and Authors). Also a one-word alternate title of a single
    occupation that names a worker of the field its title starts with ("Bookkeeper")."""
    users: dict[str, set[str]] = {}
    for occupation in occupations:
        for title in occupation.ratings.titles if occupation.ratings else []:
            if " " not in (plain := routable(title)).strip() and plain:
                users.setdefault(title_key(plain), set()).add(occupation.code[:7])
    names: dict[str, str] = {}
    for occupation in occupations:
        own = re.findall(r"[a-z]+", occupation.title.lower())
        for title in occupation.ratings.shown_titles if occupation.ratings else []:
            key = title_key(routable(title))
            clipped = any(w.startswith(key) and w != key for w in own)  # "Pharm", "Pharmacists"
            if (
                key
                and " " not in key
                and key not in heads
                and not clipped
                and users.get(key) == {occupation.code[:7]}
            ):
                names[key] = occupation.code
        for title in occupation.ratings.titles if occupation.ratings else []:
            key = title_key(routable(title))
            sole = key in users and users[key] == {occupation.code[:7]}
            if sole and key not in heads and _of_field(key, own[0]):
                names.setdefault(key, occupation.code)
    return names


def _named_worker(title: str) -> bool:
    """A title of several words ending in a worker's name that no O*NET title ends in
    ("Medical Coder", "Medical Biller"): it routes when a single occupation reports it."""
    words = re.findall(r"[A-Za-z']+", title)
    head = singular(words[-1].lower()) if words else ""
    return len(words) > 1 and len(head) > MIN_HEAD and bool(PERSON_ENDING.search(head))


def _of_field(name: str, field: str) -> bool:
    """``name`` is a worker of the field the title starts with: "Bookkeeper" of
    "Bookkeeping, Accounting, and Auditing Clerks", "Drywaller" of "Drywall and Ceiling Tile
    Installers", "Policeman" of "Police and Sheriff's Patrol Officers"."""
    stem = name[: max(FIELD_STEM, len(name) - 3)]
    return bool(PERSON_ENDING.search(name)) and field.startswith(stem) and field != name
