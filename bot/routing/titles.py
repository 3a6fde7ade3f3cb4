"""How a career's title reads: one person in it, its people, the job names inside it."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from bot.routing.job_words import NOT_A_HEAD, NOT_A_PERSON
from bot.text import STOPWORDS
from knowledge.words import plural, singular


def role_name(career: str) -> str:
    """One person in the career, with its article: ``Registered Nurses`` → ``a registered
    nurse``; ``Accountants and Auditors`` → ``an accountant``."""
    role = person_in(career)
    return f"{'an' if role[:1] in 'aeiou' else 'a'} {role}"


def person_in(career: str) -> str:
    """One person in the career, lower case: the title up to its first plural job noun,
    made singular (``Heating, Air Conditioning, and Refrigeration Mechanics and Installers``
    → ``heating, air conditioning, and refrigeration mechanic``; ``Cooks, Restaurant`` →
    ``restaurant cook``; ``Sales Representatives…`` → ``sales representative``)."""
    forms = title_forms(career)
    if len(forms) > 1 and "," in career and not re.search(r",\s*(?:and|or)\s", career):
        qualified = [f for f in forms[1:] if len(f.split()) > 1]  # "Restaurant Cooks"
        career = qualified[-1] if qualified else career
    job = re.split(r"\s+(?:of|for|in)\s+", career, maxsplit=1)[0].strip().lower()
    found = job.split()
    for n, word in enumerate(found):
        bare = word.strip(",")
        plural = bare.endswith("s") and not bare.endswith(("ss", "us", "is", "'s", "’s"))
        if plural and len(bare) > 3 and bare not in NOT_A_PERSON:
            one = bare[:-3] + "fe" if bare.endswith("wives") else singular(bare)
            return " ".join([*found[:n], one])
    return job.rstrip(",")


def people_in(career: str) -> str:
    """The people in the career, lower case (``Registered Nurses`` → ``registered nurses``)."""
    return plural(person_in(career))


def title_forms(title: str) -> list[str]:
    """A title and the job names inside it.

    ``Licensed Practical and Licensed Vocational Nurses`` also gives ``Licensed Practical
    Nurses`` and ``Licensed Vocational Nurses``; ``Inspectors, Testers, and Sorters`` gives
    each; ``Cooks, Restaurant`` (O*NET's "job, qualifier") gives ``Restaurant Cooks``;
    ``First-Line Supervisors of Retail Sales Workers`` gives ``First-Line Supervisors``.
    """
    title = title.strip()
    forms = [title]
    before_of = re.split(r"\s+(?:of|for|in)\s+", title, maxsplit=1)[0]
    listed = bool(re.search(r",\s*(?:and|or)\s", before_of))
    job, *qualifiers = [before_of] if listed else re.split(r",\s*", before_of)
    qualifiers = [q for q in qualifiers if q and "all other" not in q.lower()]
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", job)]
    parts = [p for p in parts if p and p.lower() not in NOT_A_HEAD]
    if len(parts) > 1 or before_of != title or qualifiers:
        for i, part in enumerate(parts):
            if not part.lower().endswith("s"):
                heads = (p.split()[-1] for p in parts[i + 1 :] if p.lower().endswith("s"))
                head = next((h for h in heads if h.lower() not in NOT_A_PERSON), "")
                part = f"{part} {head}" if head else ""
            forms.append(part)
            forms += [f"{q} {part}" for q in qualifiers[:1] if part and len(q.split()) <= 2]
        # "Maintenance and Repair Workers, General" is also "General Maintenance and Repair…"
        forms += [f"{q} {job}" for q in qualifiers[:1] if len(parts) > 1 and len(q.split()) <= 2]
    return [f for f in dict.fromkeys(forms) if f]


def wider_heads(title: str) -> list[str]:
    """The job names inside a title whose list shares a head of several words: ``Child,
    Family, and School Social Workers`` gives ``Child Social Workers`` and ``Family Social
    Workers`` (:func:`title_forms` joins each to the last word alone), and longer heads."""
    before_of = re.split(r"\s+(?:of|for|in)\s+", title.strip(), maxsplit=1)[0]
    if "," in before_of and not re.search(r",\s*(?:and|or)\s", before_of):
        return []  # "Cooks, Restaurant": a job and its qualifier, no list
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", before_of)]
    last = parts[-1].split() if parts else []
    if len(parts) < 2 or len(last) < 3 or not last[-1].lower().endswith("s"):
        return []
    heads = [" ".join(last[n:]) for n in range(1, len(last) - 1)]  # where the head begins is
    # unknown: "Substance Abuse Social Workers" is "Social Workers" of substance abuse
    return [
        f"{part} {head}"
        for part in parts[:-1]
        if part and not part.lower().endswith("s")
        for head in heads
    ]


# After "tech", words that make it the technology ("computer tech jobs", "the tech industry")
TECH_FORMS = ("technician", "technologist")
TECH_THINGS = frozenset(
    ("job", "industry", "company", "stack", "skill", "support", "sector", "field", "world",
     "career", "work", "role", "degree", "school", "program", "thing", "stuff")
)  # fmt: skip


def techs_spelt(
    words: list[str],
    titles: Collection[tuple[str, ...]],
    names: Collection[frozenset[str]] = (),
) -> list[str]:
    """``words`` with "tech" read as "technician" or "technologist" where a title says so
    ("avionics tech"), a "technician" as the "technologist" of a title no career's name
    (``names``, as words) gives technicians ("surgical technician": Surgical Technologists;
    not "laboratory technician"), or "tech" as "technical" before a title's job ("tech
    writer"); not where it is the technology ("computer tech jobs")."""
    spelt = list(words)
    for n, word in enumerate(spelt):
        after = spelt[n + 1] if n + 1 < len(spelt) else ""
        if word not in ("tech", *TECH_FORMS) or (word == "tech" and after in TECH_THINGS):
            continue
        before = spelt[n - 1] if n else ""
        forms: tuple[str, ...] = (word, *TECH_FORMS) if word == "tech" else (word,)
        if word == "technician" and not any({before, word} <= name for name in names):
            forms = TECH_FORMS
        titled = [w for w in forms if before and (before, w) in titles]
        if titled:
            spelt[n] = titled[0]
        elif word == "tech" and ("technical", after) in titles:
            spelt[n] = "technical"
    return spelt


MIN_NARROWING = 4  # letters of a word before a shared title that picks among its careers
NARROWS_NONE = frozenset(("other", "and", "all", "except", "with", "worker", "general"))
MOSTLY_TITLED = 3  # titles holding a name that make it one career's rather than shared
TITLED_LEAD = 1.5  # times as many such titles as the next career's
TITLED_GAP = 2  # and this many more ("line operator": 3 of the conveyor operators', 2 of the
# team assemblers', no lead)


def mostly_titled(
    said: list[str],
    slugs: Collection[str],
    alternates: Mapping[str, Sequence[frozenset[str]]],
    titled_with: Mapping[str, Collection[str]],
    shared: bool = False,
) -> set[str]:
    """Of ``slugs`` and the careers with titles holding each word of ``said`` by
    ``titled_with``, the one career whose ``alternates`` (its alternative titles, as words;
    not its own name, which may hold the words apart) hold ``said`` (a job word and the word
    before it: "quality engineer", "surgical technician") far more often than any other's;
    else ``slugs``. A title ``shared`` by ``slugs`` is taken only by another career ("network
    engineer": the network architects, not one of the four given the title)."""
    if len(said) < 2 or len(said[0]) < MIN_NARROWING or said[0] in NARROWS_NONE | STOPWORDS:
        return set(slugs)
    wider = set.intersection(*(set(titled_with.get(w, ())) for w in said))
    asked = set(said)
    held = sorted(
        (sum(1 for t in alternates.get(slug, ()) if asked <= t), slug) for slug in {*slugs, *wider}
    )
    (second, _), (best, slug) = held[-2], held[-1]
    lead = best >= TITLED_LEAD * second and best - second >= TITLED_GAP
    if not lead or best < MOSTLY_TITLED or (shared and slug in slugs):
        return set(slugs)  # a title O*NET gives several careers stays theirs ("store manager")
    return {slug}
