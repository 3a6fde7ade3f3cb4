"""A reply to "which one do you mean?": the careers it offered, and the one a reply's words
pick ("the agent one" after "Real Estate Sales Agents or Real Estate Brokers?"), or the one
of a comparison "the bookkeeping one" picks."""

from __future__ import annotations

from bot.answer import Mode
from bot.text import english_stemmer, search_terms, whole_words
from knowledge.model import Guide
from knowledge.words import singular
from store.conversations import Turn

# One of the careers just compared, by a word of its name ("so the bookkeeping one…").
PICKED = whole_words(r"the (?:[\w-]+ ){1,3}(?:one|job|option|path|route|career|side)")


def offered_careers(last: Turn, guides: dict[str, Guide]) -> list[str]:
    """The careers a "which one do you mean?" turn offered, in its order."""
    if last.mode != Mode.CLARIFY.value:
        return []
    found = [(last.answer.find(g.career), len(g.career), s) for s, g in guides.items()]
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
    return found | ({"".join(w[0] for w in terms)} if initials and len(terms) > 2 else set())


def chosen_career(message: str, offered: list[str], guides: dict[str, Guide]) -> str | None:
    """The one offered career whose name the reply's words point at, if exactly one fits best."""
    said = name_words(message)
    fits = [(len(said & name_words(guides[s].career, initials=True)), s) for s in offered]
    best = max(fits, default=(0, ""))
    return best[1] if best[0] and [f for f, _ in fits].count(best[0]) == 1 else None


def picked_among(message: str, shown: list[str], guides: dict[str, Guide]) -> str | None:
    """The one of the careers the last answer compared (``shown``) that "the … one" names."""
    found = PICKED.search(message)
    return chosen_career(found[0], shown, guides) if found and len(shown) > 1 else None
