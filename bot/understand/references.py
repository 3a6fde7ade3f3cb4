"""How a follow-up points back at the conversation: ordinals, pronouns, short asks."""

from __future__ import annotations

import re

from bot.text import search_terms as search_words
from bot.text import whole_words

ELLIPTICAL_WORDS = 3
FOLLOW_UP_START = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|cool|alright|got it|i see|hmm+)\W+)?"  # "ok. what about…"
    r"(?:and|but|or|so|also|then|what about|how about|what if|and what about|to what|"
    r"like what|such as|which ones?|how so|why|(?:no|sorry|oops)?\W*i (?:meant|mean))\b",
    re.IGNORECASE,
)
ANAPHORA = whole_words(
    r"those",
    r"these",
    r"th(?:at|is|e) (?:\w+ )?one",
    r"that (?!job|role|career|work)\w+",
    r"about (?:that|this|it)",
    r"(?:them|it|those|these)\s*[?.!]*$",
    r"(?:the )?(?:top|first|second|third|last|final|highest|lowest|bottom|next) (?:one|level|"
    r"tier|stage|step|option|part|half|block|slot)",
    r"the rest",
    r"the other (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
)
# Which item of the previous answer an ordinal points at ("the second one", "the top one":
# in a ladder, the highest rung, listed last). Index into the previous answer's sources.
PLACED = r"(?:one|level|tier|stage|step|option|part|half|block|slot)"
ORDINALS = {
    0: whole_words(rf"(?:the )?(?:first|lowest|bottom|entry) {PLACED}"),
    1: whole_words(rf"(?:the )?second {PLACED}"),
    2: whole_words(rf"(?:the )?third {PLACED}"),
    -1: whole_words(rf"(?:the )?(?:top|last|final|highest) {PLACED}"),
}


# Several of the previous answer's items by place: "the first two", "the last two", "the
# first and third".
PLACE_WORDS = {"first": 0, "second": 1, "third": 2, "top": 0, "last": -1, "bottom": -1}
SPAN = whole_words(r"(?:the )?(first|top|last|bottom) (two|three|2|3)(?! (?:years|months))")
PAIR = whole_words(
    r"(?:the )?(first|second|third|last)(?: one)? (?:and|&|or|vs\.?|versus) (?:the )?"
    r"(first|second|third|last)(?: ones?)?"
)


def places(text: str, count: int) -> list[int]:
    """The places (0-based) of the ``count`` previous items that ``text`` points at when it
    points at several ("the first two" → [0, 1]), else ``[]``."""
    if span := SPAN.search(text):
        size = 2 if span[2] in ("two", "2") else 3
        start = 0 if PLACE_WORDS[span[1].lower()] == 0 else count - size
        found = list(range(max(start, 0), min(start + size, count)))
    elif pair := PAIR.search(text):
        at = [PLACE_WORDS[w.lower()] for w in pair.groups()]
        found = sorted({n % count for n in at if n < count})
    else:
        return []
    return found if 1 < len(found) < count else []


def ordinal(text: str) -> int | None:
    """The position of the previous answer's item that ``text`` points at, if any."""
    return next((n for n, pattern in ORDINALS.items() if pattern.search(text)), None)


def is_follow_up(text: str) -> bool:
    """Elliptical or pronoun-led messages that only make sense after the previous turn."""
    return bool(FOLLOW_UP_START.match(text)) or refers_back(text) or _bare(text)


def _bare(text: str) -> bool:
    """A question of one or two words with no subject of its own ("what kind?")."""
    return len(text.split()) <= 3 and 0 < len(search_words(text)) <= 2 and "?" in text


SELECTION = whole_words(
    r"which of",
    r"any of",
    r"of (?:those|these)",
    r"more about",
    r"elaborate",
    r"explain",
    r"about (?:that|this|it)",
    r"(?:them|it|those|these)\s*[?.!]*$",
    r"(?:first|second|third|top|last|final|highest|lowest) one",
)


# A short follow-up asking for more of what the last answer said: which kind, an example,
# the reason, a degree of it ("what kind?", "like what?", "to what tho?", "even partly?").
ELABORATES = whole_words(
    r"what (?:kinds?|sorts?|types?)", r"which (?:kinds?|sorts?|types?)", r"like what",
    r"such as", r"to what", r"for what", r"how so", r"why(?: not)?", r"how come",
    r"in what ways?", r"for (?:example|instance)", r"examples?", r"even (?:\w+ly|a (?:bit|little))",
)  # fmt: skip


def elaborates(text: str) -> bool:
    """A short follow-up asking for more of the last answer itself ("what kind?")."""
    return elliptical(text) and bool(ELABORATES.search(text))


def moves_on(text: str) -> bool:
    """A follow-up asking about something new, not picking from, judging or expanding the
    last answer ("and the advanced ones?" moves on; "is that good?", "what kind?" do not)."""
    return (
        is_follow_up(text)
        and not SELECTION.search(text)
        and not refers_back(text)
        and not elaborates(text)
    )


def elliptical(text: str) -> bool:
    """A follow-up too short to search on its own ("and after lunch?", "to what tho?")."""
    return is_follow_up(text) and len(search_words(text)) <= ELLIPTICAL_WORDS


def refers_back(text: str) -> bool:
    """Short messages pointing at something said before (``those programs``, ``that one``)."""
    return len(text.split()) <= 12 and bool(ANAPHORA.search(text))
