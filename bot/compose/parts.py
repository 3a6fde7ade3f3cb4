"""The part of the last answer's topic a follow-up names: another sub-section of the same
section by the words of its title ("and the advanced ones?" after the foundational skills,
"and late afternoon?" after the morning), or the next or previous one ("the next level")."""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.text import STOPWORDS, english_stemmer, whole_words, words
from bot.understand.needs import one_level
from knowledge.model import PATH_SEPARATOR, Guide, Section

# The sub-section after or before the last answer's ("and what's the next level called?").
STEPS = {
    1: whole_words(r"(?:the )?next (?:one|level|tier|stage|step|rung)"),
    -1: whole_words(
        r"(?:the )?(?:previous|prior) (?:one|level|tier|stage|step|rung)",
        r"(?:the )?(?:one|level|tier|stage|step|rung) (?:before|below) (?:it|that|this)",
    ),
}
CUT_SHORT = 5  # letters: a title word this short may stand for a longer one ("Tech Skills")
JOINS = frozenset(("and", "or", "vs", "versus", "plus"))  # between two parts named together
ASIDE = re.compile(r"\([^)]*\)")  # "Morning (9:00 AM - 12:00 PM)": the words outside
# A sub-section titled by the hours it covers ("Afternoon (12:00 PM - 3:00 PM)").
HOURS = re.compile(r"(\d{1,2}):\d{2}\s*([AP]M)\s*[-\N{EN DASH}]\s*(\d{1,2}):\d{2}\s*([AP]M)")
# Times of day in everyday words, as an hour of the clock ("after lunch": half past twelve).
TIMES_OF_DAY = (
    (whole_words(r"start of (?:the|their|a|my) (?:day|shift)", r"first thing",
                 r"early (?:morning|in the day)", r"when (?:they|you) (?:arrive|clock in)"), 0.0),
    (whole_words(r"before (?:lunch(?:time)?|noon|midday)", r"late morning"), 11.0),
    (whole_words(r"(?:after|around|at|during) (?:lunch(?:time)?|noon|midday)",
                 r"lunch(?:time)?", r"noon", r"midday", r"early afternoon"), 12.5),
    (whole_words(r"end of (?:the|their|a|my) (?:day|shift)", r"evenings?", r"late in the day",
                 r"before (?:going|they go|you go) home", r"(?:clock|head) out"), 24.0),
)  # fmt: skip


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
    return _by_title(message, guide, parent) or _by_hour(message, siblings)


def named_parts(message: str, guide: Guide, parent_path: str) -> list[str]:
    """The sub-sections of ``parent_path`` that ``message`` names joined by "and"/"or" by
    their own title words ("technical and soft skills": Tech Skills and Soft Abilities)."""
    parent = guide.find(parent_path)
    if parent is None or len(parent.children) < 2:
        return []
    if any(child.title.rstrip().endswith("?") for child in parent.children):
        return []  # questions' titles share everyday words: no part is named by them
    stem = english_stemmer().stemWord
    titles = _own_title_stems(guide, parent)
    tokens = words(message)

    def named(near: list[str]) -> list[str]:
        asked = {stem(w) for w in near if w not in STOPWORDS}
        return [
            child.path_text
            for child, title in zip(parent.children, titles, strict=True)
            if any(t in asked or _cut_short(t, asked) for t in title)
        ]

    found: list[str] = []
    for at, token in enumerate(tokens):
        before, after = named(tokens[max(0, at - 2) : at]), named(tokens[at + 1 : at + 3])
        if token in JOINS and len(before) == len(after) == 1 and before != after:
            found += [*before, *after]
    return list(dict.fromkeys(found))


def _by_title(message: str, guide: Guide, parent: Section) -> str | None:
    """The one sub-section whose own title words the message uses most (words every
    sub-section's title shares, and the career's and the section's own, do not count)."""
    stem = english_stemmer().stemWord
    asked = {stem(w) for w in words(message) if w not in STOPWORDS}
    counts = [len(title & asked) for title in _own_title_stems(guide, parent)]
    best = max(counts)
    if best == 0 or counts.count(best) > 1:
        return None
    return parent.children[counts.index(best)].path_text


def _own_title_stems(guide: Guide, parent: Section) -> list[set[str]]:
    """Each sub-section's title stems that no sibling, the section or the career shares."""
    stem = english_stemmer().stemWord

    def title_stems(text: str) -> set[str]:  # never "s" of "Technician's", nor "what"
        return {
            stem(w)
            for w in words(ASIDE.sub(" ", text))
            if w not in STOPWORDS and w not in QUESTION_WORDS and len(w) > 2
        }

    titles = [title_stems(child.title) for child in parent.children]
    shared = set.intersection(*titles) | title_stems(parent.title) | title_stems(guide.career)
    return [title - shared for title in titles]


QUESTION_WORDS = frozenset(("what", "how", "why", "who", "when", "where", "which", "can", "does"))


def _cut_short(title_word: str, asked: set[str]) -> bool:
    """A title word written whole in ``asked`` where the title cuts it short ("tech")."""
    return len(title_word) <= CUT_SHORT and any(a.startswith(title_word) for a in asked)


def _by_hour(message: str, siblings: list[str]) -> str | None:
    """The sub-section covering the time of day the message names ("what about after
    lunch?"), when the sub-sections are titled by their hours."""
    hour = next((h for pattern, h in TIMES_OF_DAY if pattern.search(message)), None)
    spans = [(_hour(found[1], found[2]), _hour(found[3], found[4])) for found in
             (HOURS.search(title) for title in siblings) if found]  # fmt: skip
    if hour is None or not spans or len(spans) < len(siblings):
        return None
    inside = [i for i, (start, end) in enumerate(spans) if start <= hour < end]
    if inside:
        return siblings[inside[0]]
    return siblings[0] if hour < spans[0][0] else siblings[-1]


def _hour(clock: str, half: str) -> float:
    """A clock hour ("3", "PM") on a 24-hour scale."""
    return int(clock) % 12 + (12.0 if half.upper() == "PM" else 0.0)


def titled_sections(message: str, sections: Collection[str], career: str) -> set[str]:
    """The sections of ``sections`` (paths) whose own title of two words or more, or a part
    of it ("Case Studies" of "Examples and Case Studies"), the message writes out ("what's on
    the tech skills list": Tech Skills; "that case study": each case study), the longest
    match when several; a title of the ``career``'s own name ("Production Technician") or of
    one of its levels is no section's name here; empty when none."""
    own = set(re.findall(r"[a-z0-9]+", career.lower()))
    found: dict[str, int] = {}
    for path in sections:
        if one_level(path):  # "I just started as a junior production technician": no level
            continue
        for title in path.split(PATH_SEPARATOR):  # its own title, or its parent's
            words = re.findall(r"[a-z0-9]+", title.lower())
            if len(words) < 2 or title.rstrip().endswith("?") or set(words) <= own:
                continue
            parts = [words, *(p for p in _title_parts(title) if len(p) >= 2 and p != words)]
            for part in parts:
                pattern = r"\b" + r"\W+".join(map(_either_number, part)) + r"\b"
                if re.search(pattern, message, re.IGNORECASE):
                    found[path] = max(found.get(path, 0), len(part))
    best = max(found.values(), default=0)
    return {path for path, size in found.items() if size == best}


def _title_parts(title: str) -> list[list[str]]:
    """The words of each part of a title joined by "and" ("Examples and Case Studies")."""
    return [re.findall(r"[a-z0-9]+", p) for p in re.split(r"\s+(?:and|&)\s+", title.lower())]


def _either_number(word: str) -> str:
    """A pattern for ``word`` singular or plural ("studies": study, studies)."""
    if word.endswith("ies"):
        return f"{word[:-3]}(?:y|ies)"
    return f"{word[:-1]}s?" if word.endswith("s") and not word.endswith("ss") else f"{word}s?"
