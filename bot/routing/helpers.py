"""The careers beside the one a message asks about: the assistant and aide careers of a
profession ("a PT aide", "the assistant version of OT", "someone who helps the speech
therapist"), and the "All Other" occupation that shares a title with a named one."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.routing.job_words import tokens

HELPER_KINDS = ("assistant", "aide")  # the last words of helper careers' names, as tokens
# The word after a career that asks for its helper ("speech therapist assistant")
HELPER_WORDS = {"assistant": "assistant", "asst": "assistant", "aide": "aide", "helper": ""}
# "the assistant version of OT", "an assistant level job" ("the assistant one" picks among
# the careers just shown)
HELPER_VERSION = re.compile(
    r"\b(assistant|aide|helper)s? (?:version|level|kind|side|route|type)\b", re.IGNORECASE
)
# "someone who helps the PT", "a job assisting a dentist": the helper of the career named
HELPS = re.compile(
    r"\b(?:who|that|to|job|jobs|work|someone) (?:helps?|helping|assists?|assisting"
    r"|works? (?:with|under|for)|working (?:with|under|for)) (?:the |a |an )?$"
)
ALL_OTHER = ", All Other"
STEM = 6  # letters two name words share to be one field ("therapist", "therapy")


def _same_field(lead: list[str], name: list[str], exact: bool) -> bool:
    """A helper's leading name words open ``name`` too ("physical therapist" of "Physical
    Therapists"), or, unless ``exact``, with the last one in another form of the word
    ("occupational therapy" of "Occupational Therapists")."""
    if len(name) < len(lead) or name[: len(lead) - 1] != lead[:-1]:
        return False
    a, b = lead[-1], name[len(lead) - 1]
    return a == b or (not exact and min(len(a), len(b)) >= STEM and a[:STEM] == b[:STEM])


def helper_careers(names: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each career's assistant and aide careers, assistants first. ``names``: slug → career
    name."""
    split = {slug: tokens(name) for slug, name in names.items()}
    others = {s: n for s, n in split.items() if not set(n) & set(HELPER_KINDS)}
    helpers: dict[str, list[tuple[int, str]]] = {}
    for helper, words in split.items():
        at = next((k for k, w in enumerate(words) if k and w in HELPER_KINDS), 0)
        if not at:
            continue
        # "Physician Assistants" work beside physicians, not physical therapists
        exact = any(_same_field(words[:at], name, True) for name in others.values())
        for slug, name in others.items():
            if _same_field(words[:at], name, exact):
                helpers.setdefault(slug, []).append((HELPER_KINDS.index(words[at]), helper))
    return {slug: tuple(h for _, h in sorted(found)) for slug, found in helpers.items()}


Span = tuple[int, int, set[str], bool]  # first word, length, careers named, a whole title


def as_helpers(
    words: list[str],
    spans: list[Span],
    helpers: Mapping[str, tuple[str, ...]],
    names: Mapping[str, str],
) -> list[Span]:
    """``spans`` with a profession turned to its helper career where the message asks for
    the helper: "speech therapist assistant", "OT but the assistant version", "someone who
    helps the PT" (dropped when the helper is named too: "…the PT, like a PT aide")."""
    version = HELPER_VERSION.search(" ".join(words))
    turned: list[Span] = []
    dropped: set[int] = set()
    for i, n, slugs, exact in spans:
        own = helpers.get(next(iter(slugs)), ()) if len(slugs) == 1 else ()
        after = words[i + n] if i + n < len(words) else ""
        kind = None
        if own and after in HELPER_WORDS:
            kind = HELPER_WORDS[after]
            dropped.add(i + n)  # "aide" is the rest of this name, not a second job
        elif own and version:
            kind = HELPER_WORDS[version[1].lower()]
            dropped |= {j for j, k, *_ in spans if k == 1 and words[j] == version[1].lower()}
        elif own and HELPS.search(" ".join(words[:i]) + " "):
            if any(set(own) & named for *_, named, _ in spans):
                dropped.add(i)
                continue
            kind = "aide" if "aide" in words else "assistant"
        if kind is not None:
            wanted = [h for h in own if kind and kind in tokens(names[h])]
            slugs = {(wanted or list(own))[0]}
        # O*NET's "…, All Other" occupations hold what no other one does: a whole title one
        # of them shares with a named occupation ("teacher aide") is the named one's
        if exact and n > 1:
            slugs = {s for s in slugs if not names[s].endswith(ALL_OTHER)} or slugs
        turned.append((i, n, slugs, exact))
    return [span for span in turned if span[0] not in dropped]
