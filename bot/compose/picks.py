"""A reply to "which one do you mean?": the careers it offered, and the one a reply's words
pick ("the agent one" after "Real Estate Sales Agents or Real Estate Brokers?"), or the one
of a comparison "the bookkeeping one" picks."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer import Mode
from bot.routing.job_words import tokens
from bot.text import english_stemmer, search_terms, whole_words
from knowledge.model import Guide
from knowledge.words import singular
from store.conversations import Turn

# One of the careers just compared, by a word of its name ("so the bookkeeping one…").
PICKED = whole_words(r"the (?:[\w-]+ ){1,3}(?:ones?|jobs?|option|path|route|career|side|part)")
SAID_AGAIN = re.compile(r"the same\b", re.IGNORECASE)
# Another career asked about beside a pick ("the car body one… but what about a mechanic?")
# Another career asked about beside a pick ("the designer one is cool. but is there something
# like automotive engineer…?")
ABOUT_ANOTHER = re.compile(
    r"\b(?:what|how) about\b|\b(?:something|anything|someone|somebody) like\b", re.IGNORECASE
)
PICK_NOUNS = frozenset(
    ("one", "ones", "job", "jobs", "option", "path", "route", "career", "side", "part")
)
# Words of a pick that name no career ("the other one", "the first two", "the same job").
NO_NAME = frozenset(
    ("other", "same", "first", "second", "third", "last", "next", "previous", "best", "top",
     "new", "old", "better", "worse", "two", "three", "both", "second", "latter", "former",
     "right", "wrong", "real", "actual", "easier", "harder", "cheaper", "shorter", "longer")
)  # fmt: skip
POINTING = frozenset(("guy", "guys", "person", "people", "kind", "type"))  # "the tree guy one"
INITIALS = range(2, 5)  # letters of initials a pick may be ("the MA one", "the IT one")
RELATED = re.compile(r"related roles$", re.IGNORECASE)
PREFIX = 6  # letters of a pick's word a title word must begin with ("logist" of logisticians)
MIN_PREFIX = 3  # "the zoo one"
AKA = ("also known as", "alternative titles")


def offered_careers(last: Turn, guides: dict[str, Guide]) -> list[str]:
    """The careers a "which one do you mean?" turn offered, in its order."""
    if last.mode != Mode.CLARIFY.value:
        return []
    return named_in(last.answer, guides)


def listed_careers(last: Turn, guides: dict[str, Guide]) -> list[str]:
    """The careers a turn's answer named in a list of related roles, in its order ("the
    payroll one and the billing one" picks among them)."""
    if not any(RELATED.search(section) for section in last.sections):
        return []
    return [s for s in named_in(last.answer, guides) if s not in last.guides]


def named_in(answer: str, guides: dict[str, Guide]) -> list[str]:
    """The careers ``answer`` names by their whole name, in its order."""
    found = [(answer.find(g.career), len(g.career), s) for s, g in guides.items()]
    spans: list[tuple[int, int, str]] = []  # "Dentists" inside "Dentists, General" is not named
    for at, size, slug in sorted(found, key=lambda f: -f[1]):
        if at >= 0 and all(at + size <= a or at >= a + n for a, n, _ in spans):
            spans.append((at, size, slug))
    return [slug for _, _, slug in sorted(spans)]


def name_words(text: str, initials: bool = False) -> set[str]:
    """The words of ``text`` as a pick compares them: stems ("radiology" is "radiologic"),
    with ``initials`` also the initials of a name of three words or more ("PTA")."""
    terms = search_terms(text)
    found = set(english_stemmer().stemWords([singular(w) for w in terms]))
    return found | ({_initials(text)} if initials and len(terms) > 2 else set())


def chosen_career(message: str, offered: list[str], guides: dict[str, Guide]) -> str | None:
    """The one offered career whose name the reply's words point at, if exactly one fits best."""
    said = name_words(message)
    fits = [(len(said & name_words(guides[s].career, initials=True)), s) for s in offered]
    best = max(fits, default=(0, ""))
    return best[1] if best[0] and [f for f, _ in fits].count(best[0]) == 1 else None


def picked_among(
    message: str, shown: list[str], guides: dict[str, Guide], earlier: Sequence[str] = ()
) -> list[str]:
    """The careers of those the last answer compared or listed (``shown``) that "the … one"
    names, in the order picked: "the payroll one and the billing one" picks two. A pick that
    every word or the initials of a name point at may also be of the ``earlier`` careers of
    the conversation ("the social worker one", "the MA one")."""
    named = [
        " ".join(w for w in f[0].split() if w.lower() not in NO_NAME)
        for f in PICKED.finditer(message)
        if not SAID_AGAIN.match(f[0])  # "you keep giving me the same office ones": no pick
    ]
    spoken = list(dict.fromkeys([*shown, *earlier]))
    picks = (
        _whole(text, spoken, guides)
        or (
            (chosen_career(text, shown, guides) or _by_title_prefix(text, shown, guides))
            if len(shown) > 1
            else None
        )
        for text in named
    )
    return list(dict.fromkeys(p for p in picks if p))


def _whole(picked: str, spoken: list[str], guides: dict[str, Guide]) -> str | None:
    """The one career of ``spoken`` whose name holds every word of a pick ("the social
    worker one": not Childcare Workers), or whose initials it is ("the MA one")."""
    words = _pick_words(picked)
    said = name_words(words)
    letters = words.lower() if len(words) in INITIALS and " " not in words else ""
    fits = [
        slug
        for slug in spoken
        if (said and said <= name_words(guides[slug].career))
        or (letters and _initials(guides[slug].career).startswith(letters))
    ]
    return fits[0] if len(fits) == 1 else None


def _initials(name: str) -> str:
    """The first letters of a career's name's words ("Medical Assistants": "ma")."""
    return "".join(w[0] for w in search_terms(name))


def _pick_words(picked: str) -> str:
    """A pick without its article, its noun and words pointing at no name ("the tree guy one":
    "tree")."""
    kept = [w for w in picked.split()[1:] if w.lower() not in PICK_NOUNS | POINTING]
    return " ".join(kept)


def _by_title_prefix(picked: str, shown: list[str], guides: dict[str, Guide]) -> str | None:
    """The one shown career a pick's words name: as whole words of its name, then of any
    title it goes by ("the zoo one": Zoo Caretaker of Animal Caretakers), then as the start
    of a word of its name ("the logistics one"), then of any title."""
    spelled = " ".join(tokens(picked))  # "the HR one": human resources
    said = [singular(w) for w in search_terms(spelled) if len(w) >= MIN_PREFIX]
    said = [w for w in said if w not in PICK_NOUNS and w not in NO_NAME]
    if not said:
        return None
    names = {s: {singular(w) for w in search_terms(guides[s].career)} for s in shown}
    titles = {s: {singular(w) for w in _title_words(guides[s])} for s in shown}
    for words, whole in ((names, True), (titles, True), (names, False), (titles, False)):
        fits = [s for s in shown if all(_has(words[s], w, whole) for w in said)]
        if len(fits) == 1:
            return fits[0]
    return None


def _has(words: set[str], word: str, whole: bool) -> bool:
    """``word`` is one of ``words``, or (not ``whole``) begins one of them."""
    return word in words if whole else any(w.startswith(word[:PREFIX]) for w in words)


def _title_words(guide: Guide) -> set[str]:
    """The words of the titles a career goes by, in lower case."""
    titles = [guide.career, *guide.alternate_titles]
    titles += [i for s in guide.walk() if s.title.lower() in AKA for i in s.items]
    return {w for t in titles for w in search_terms(t)}


def asked_of(job: str, message: str) -> bool:
    """``message`` asks a question of ``job`` itself ("what does a regular electrician make"),
    not only names it in passing ("do banks promote tellers into it?")."""
    asking = rf"\b(?:what|how much) (?:does|do|would|will) (?:an? |the )?(?:\w+ )?{re.escape(job)}"
    return re.search(rf"{asking}s? (?:make|earn|get|do|need|pay)\b", message, re.I) is not None
