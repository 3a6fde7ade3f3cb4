"""Titles written short that one career's name spells out in full: "medical lab technologist"
(Medical and Clinical Laboratory Technologists, though "Lab Technologist" titles others), and
a bare job noun whose modifiers the title just before it gives ("a medical lab technician
and a technologist": the medical lab technologist)."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from bot.text import STOPWORDS

SHORT_WORD = 3  # letters of a word written short for a name's word ("lab": laboratory)
MODIFIERS = 2  # words before a title that may be the rest of its name
JOINS = frozenset(("and", "or", "vs", "versus", "a", "an", "the"))


def spelling_out(said: list[str], names: Mapping[str, frozenset[str]]) -> str:
    """The one career whose name has a word starting with each of ``said``, else ``""``."""
    if len(said) < 2 or any(len(w) < SHORT_WORD for w in said):
        return ""
    found = [
        s for s, name in names.items() if all(any(n.startswith(w) for n in name) for w in said)
    ]
    return found[0] if len(found) == 1 else ""


def spelt_whole(
    words: list[str],
    span: tuple[int, int],
    before: tuple[int, int] | None,
    names: Mapping[str, frozenset[str]],
    taken: Collection[int] = (),
) -> tuple[str, str, int]:
    """The career (its words as said, and where they start) that a title at ``span``
    (start, length) of ``words`` spells out with the modifiers written before it, or with
    those of the title ``before`` it when it is a bare job noun joined to that one ("" when
    none does); never with modifiers that are words of another title (``taken``)."""
    start, length = span
    title = words[start : start + length]
    if before is not None and length == 1:  # "a medical lab technician and a technologist"
        first, size = before
        if size > 1 and set(words[first + size : start]) <= JOINS:
            borrowed = [*words[first : first + size - 1], *title]
            if slug := spelling_out(borrowed, names):
                return slug, " ".join(borrowed), start
    for k in range(MODIFIERS, 0, -1):  # "i mean medical lab technologist"
        leading = words[max(0, start - k) : start]
        if (
            len(leading) < k
            or start - k < (sum(before) if before else 0)
            or any(n in taken for n in range(start - k, start))  # a title of its own
            or any(w in STOPWORDS or len(w) < SHORT_WORD for w in leading)
        ):
            continue
        if slug := spelling_out([*leading, *title], names):
            return slug, " ".join([*leading, *title]), start - k
    return "", "", start


def as_mentioned(compared: list[str], singles: list[str], named: set[str]) -> list[str]:
    """``compared`` with each career no mention ``named`` swapped in turn for a career a
    mention names alone (``singles``) that it lacks ("a medical lab technician and a
    technologist": the lab technologists, not the electrical ones a bare "technologist"
    names)."""
    spare = [s for s in singles if s not in compared]
    return [c if c in named or not spare else spare.pop(0) for c in compared]
