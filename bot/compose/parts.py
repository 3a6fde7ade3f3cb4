"""The part of the last answer's topic a follow-up names: another sub-section of the same
section by the words of its title ("and the advanced ones?" after the foundational skills,
"and late afternoon?" after the morning), or the next or previous one ("the next level")."""

from __future__ import annotations

import re

from bot.text import STOPWORDS, english_stemmer, whole_words, words
from knowledge.model import PATH_SEPARATOR, Guide, Section

# The sub-section after or before the last answer's ("and what's the next level called?").
STEPS = {
    1: whole_words(r"(?:the )?next (?:one|level|tier|stage|step|rung)"),
    -1: whole_words(
        r"(?:the )?(?:previous|prior) (?:one|level|tier|stage|step|rung)",
        r"(?:the )?(?:one|level|tier|stage|step|rung) (?:before|below) (?:it|that|this)",
    ),
}
ASIDE = re.compile(r"\([^)]*\)")  # "Morning (9:00 AM - 12:00 PM)": the words outside


def named_part(message: str, guide: Guide, said: list[str]) -> str | None:
    """The sub-section of the section the last answer came from (``said``: its sections,
    first the main one) that ``message`` names, if it names exactly one."""
    anchor = next((s for s in said if PATH_SEPARATOR in s), None)
    parent = guide.find(anchor.rsplit(PATH_SEPARATOR, 1)[0]) if anchor else None
    if anchor is None or parent is None:
        return None
    siblings = [child.path_text for child in parent.children]
    if anchor not in siblings or len(siblings) < 2:
        return None
    step = next((n for n, pattern in STEPS.items() if pattern.search(message)), None)
    if step is not None:
        at = siblings.index(anchor) + step
        return siblings[at] if 0 <= at < len(siblings) else None
    return _by_title(message, guide, parent)


def _by_title(message: str, guide: Guide, parent: Section) -> str | None:
    """The one sub-section whose own title words the message uses most (words every
    sub-section's title shares, and the career's and the section's own, do not count)."""
    stem = english_stemmer().stemWord
    children = parent.children

    def title_stems(text: str) -> set[str]:
        return {stem(w) for w in words(ASIDE.sub(" ", text)) if w not in STOPWORDS}

    titles = [title_stems(child.title) for child in children]
    shared = set.intersection(*titles) | title_stems(parent.title) | title_stems(guide.career)
    asked = {stem(w) for w in words(message) if w not in STOPWORDS}
    counts = [len((title - shared) & asked) for title in titles]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return children[counts.index(best)].path_text
