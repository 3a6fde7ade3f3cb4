"""The two halves of a message asking two things of one career, when at least one half asks
a kind of thing the bot knows (pay, outlook, duties…) and the other may not ("what does a
dental hygienist do and do they work weekends?", "pay and hours for welders?")."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from bot.answer import Draft, Mode
from bot.compose.overview import asks_what_it_is
from bot.compose.refusals import not_covered
from bot.text import search_terms
from bot.understand.asks import asks
from bot.understand.need_words import TRAINING_PAYS
from bot.understand.needs import BOTH_SIDES
from bot.understand.situations import stated
from bot.understand.vocabulary import expand
from knowledge.model import Guide
from knowledge.words import singular

# Where a message asks a second question: after a question mark, or "and"/"also" before a
# question word ("how much do they make and how long is the training?").
SECOND_ASK = re.compile(
    r"\?\s+|\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:what|whats|wat|how|hows|is|are|r|do|does|can|"
    r"where|which|when|will|would|could|should|who)\b)"
    # "would i need to go back to school first, how long are those programs"
    r"|,\s+(?=(?:what|whats|how|hows|where|when|is|are|do|does|can|will|would|should)\s)",
    re.IGNORECASE,
)
# A half that asks on its own: a question word or auxiliary first, or a question mark.
QUESTION = re.compile(
    r"^\W*(?:(?:so|ok|okay|and|but|then|well)\s+)?"  # "so what would i need to learn first"
    r"(?:what(?:'?s)?|wat|how(?:'?s)?|is|are|r|do|does|did|can|could|where(?:'?s)?|which|when"
    r"|will|would|"
    r"should|who|why"
    r"|any|has|have)\b|\?\s*$",
    re.IGNORECASE,
)
# Two things asked of one subject: "pay and hours for welders?", "salary and job outlook?".
NOUN_WORD = (  # not a word that only acknowledges ("ok and the pay?" asks one thing)
    r"(?!(?:of|for|as|at|in|to|on|with|and|or|the|a|an|ok|okay|k|cool|alright|so|yes|yeah|yep"
    r"|right|hmm+|well|sure|fine|great|thanks|thx|nice|got it)\b)[a-z][\w'-]*"
)
PAIR = re.compile(
    rf"^\W*(?:(?:what|how) (?:is|are|'s|about) )?(?:the |their |its )?"
    rf"(?P<a>{NOUN_WORD}(?: {NOUN_WORD})?) (?:and|&|\+) (?:the |their |its )?"
    rf"(?P<b>{NOUN_WORD}(?: {NOUN_WORD}){{0,2}})(?P<tail> (?:for|of|as|at|in) [^?]+)?\s*\??\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Half:
    """One half of a two-part message: the question it asks, what kind it is (``None``:
    none the bot knows) and, for a pair of nouns, the noun asked about ("hours")."""

    question: str
    known: bool
    topic: str = ""


# Words leading into a question that are no part of it ("hm ok. but", "so", "lol")
LEADING = re.compile(
    r"^\W*(?:(?:um+|uh+|hm+|ok(?:ay)?|so|but|and|also|lol|well|like|yeah|wait)\b\W*)+", re.I
)
# Words asking whether a guide says anything of a thing ("anything on", "what about")
ASKED_ABOUT = re.compile(
    r"^\W*(?:(?:and|so|again|also|but|ok)\W+)*(?:(?:is there |does it say |do you have |does the"
    r" guide say )?(?:anything|any info|info|something) (?:on|about)|what about|how about)\s+",
    re.I,
)
# Words that only acknowledge or hesitate: no question of their own ("um ok??", "huh??")
FILLER = re.compile(
    r"^\W*(?:(?:um+|uh+|hm+|ok(?:ay)?|k|so|huh|wait|what|yeah|yes|no|lol|right|cool|sure|oh"
    r"|really|hmm+)\W*)+$",
    re.IGNORECASE,
)
# A reaction to the last answer before the question ("thats it? what about the top guys…")
REACTION = re.compile(
    r"^\W*(?:that'?s (?:it|all)|seriously|really"
    # a correction saying which career before the question ("no, for technical writing.")
    r"|no+,? (?:i mean(?:t)? |for |about )(?:the )?[\w -]{2,40}[.!])\W+(?=\w)",
    re.IGNORECASE,
)
# A statement checked with a tag ("thats journeyman stuff right?"), no question of its own
TAG = re.compile(r"\b(?:right|correct|yeah|yes|no|huh|eh|ok|okay)\W*$", re.IGNORECASE)
# The first half's answer judged ("what's the outlook? is that good?"): one question
JUDGES = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\W+)?(?:is|are|was|would) (?:that|it|this|those|these) "
    r"(?:\w+ )?(?:good|bad|decent|a lot|high|low|fast|slow|normal|average|okay|ok|enough|true"
    r"|right)\W*$|^\W*(?:(?:so|and|but)\W+)?should i (?:even )?bother\W*$",
    re.IGNORECASE,
)
# One question of when, asked both ways: "need it before applying or can i get it after"
BEFORE_OR_AFTER = re.compile(
    r"\bbefore\b.{1,40}\bor (?:(?:can|could|should|do|would) (?:i|you|u|we) )?(?:\w+ ){0,3}after\b",
    re.IGNORECASE,
)


def halves(message: str, kind: Callable[[str], Hashable | None]) -> list[Half] | None:
    """The parts of ``message`` when it asks two or three things, else ``None``; ``kind``
    names what a text asks for (``None`` when the bot knows no such kind)."""
    message = REACTION.sub("", message)  # "thats it? what about the top guys, and…"
    if BOTH_SIDES.search(message) or BEFORE_OR_AFTER.search(message):
        return None  # "pros and cons", "before applying or after" are answered as one
    if TRAINING_PAYS.search(message):  # "apprenticeships, are those a thing and do they pay"
        return None  # whether the training named pays, one question
    known = asks(message, kind)
    if known:
        return [Half(_asked(q), True) for q in known]
    for found in SECOND_ASK.finditer(message):
        first, second = message[: found.start()].strip(), message[found.end() :].strip()
        asks_first = (  # "is it safe? my mom worries. also how do you get in"
            QUESTION.search(_last_sentence(first))
            or "?" in first
            or "?" in found.group()
            or asks_what_it_is(first)  # "eligibility interviewer whats that exactly and…"
        )
        if not (asks_first and QUESTION.search(second)):
            continue
        if min(len(first.split()), len(second.split())) < 2:  # "what?? I'm not going to…"
            continue
        if FILLER.match(first) or TAG.search(first):  # "um ok?? so what job zone is it",
            continue  # "thats journeyman stuff right? does it say…": one question
        if JUDGES.match(second):  # "whats the job outlook for editors? is that good?"
            continue
        if found.group().strip() == "," and re.search(r"\bor\b", first):
            continue  # "CNC machinist or production technician, what pays more?": one choice
        asked = kind(first) is not None, kind(second) is not None
        if any(asked) and not all(asked):  # both known, of one kind: one question
            first = _asked(first)
            return [Half(first, asked[0]), Half(second, asked[1])]
    return _pair(message, kind)


def _asked(question: str) -> str:
    """``question`` ending in one question mark ("…because im not." → "…because im not?")."""
    return question if question.endswith("?") else f"{question.rstrip(' .!,;:')}?"


def _last_sentence(text: str) -> str:
    """ "hey im 17. how much do they make" → "how much do they make"."""
    return re.split(r"(?<=[.!?])\s+", text)[-1]


def _pair(message: str, kind: Callable[[str], Hashable | None]) -> list[Half] | None:
    """ "pay and hours for welders?" → "pay for welders?" and "hours for welders?"."""
    found = PAIR.match(message)
    if found is None or found["a"].lower() == found["b"].lower():
        return None
    tail = found["tail"] or ""
    first, second = f"{found['a']}{tail}?", f"{found['b']}{tail}?"
    asked = kind(first), kind(second)
    if asked == (None, None) or asked[0] == asked[1]:
        return None
    return [
        Half(first, asked[0] is not None, found["a"]),
        Half(second, asked[1] is not None, found["b"]),
    ]


def half_not_covered(half: Half, guide: Guide) -> Draft:
    """The plain statement that ``guide`` doesn't answer one half of a question."""
    return Draft(Mode.CITED, [not_covered(guide, half.topic or _asked_thing(half.question))])


# A thing the last answer lacked, checked back ("so no real number of hours then?")
NONE_THEN = re.compile(
    r"^(?:there'?s |there is )?no (?:real |actual |exact |set |fixed )?(?P<thing>[\w' -]+?)"
    r"(?: then| at all| huh)?$",
    re.IGNORECASE,
)


def _asked_thing(question: str) -> str:
    """What a half asks, as the thing not covered: a thing named bare ("anything on owning a
    shop?" → owning a shop) said as a thing, a whole question quoted."""
    clause = _clause(question)
    thing = ASKED_ABOUT.sub("", clause).rstrip(" ?!.")
    if none := NONE_THEN.match(thing):  # "ok so no real number of hours then?"
        return f"the {none['thing']}"
    return thing if thing and not QUESTION.search(thing) else f'"{clause}"'


def _clause(question: str) -> str:
    """The asking clause of ``question``, without what leads to it ("hm ok. but would i have
    to avoid those?" → "would i have to avoid those?"; "my plant has like 4 robot cells,
    would getting good at those help?" → "would getting good at those help?")."""
    clause = LEADING.sub("", _last_sentence(question))
    before, _, after = clause.rpartition(", ")
    return after if before and QUESTION.search(after) else clause


def joined(parts: list[Draft], guides: list[str]) -> Draft:
    """One answer of the halves' answers, in the order asked; a piece said once."""
    draft = Draft(Mode.CITED, topic=next((p.topic for p in parts if p.topic), ""))
    for part in parts:
        said = {piece.text for piece in draft.pieces}
        draft.pieces += [p for p in part.pieces if p.text not in said]
        draft.retrieved = list(dict.fromkeys([*draft.retrieved, *part.retrieved]))
        draft.figures = draft.figures or part.figures
    draft.retrieved_guides = guides
    return draft


# Words of a question that name no thing it asks about ("what type of plants?": plants)
VAGUE_WORDS = frozenset(
    {"what", "which", "how", "type", "kind", "sort", "ok", "okay", "so", "and", "is", "it",
     "there", "they", "do", "does", "job", "work", "career", "good", "thing"}
)  # fmt: skip


def spoken_to(half: Half, drafts: list[Draft]) -> bool:
    """Another half's answer names what the guide calls the thing ``half`` asks of in
    everyday words ("the boring part": "Potential monotony…")."""
    added = expand(half.topic or half.question).partition(" (")[2]
    terms = {singular(w) for w in search_terms(added)} - {"con", "pro"}
    said = {singular(w) for d in drafts for p in d.pieces for w in search_terms(p.text)}
    return bool(terms & said)


def told_or_answered(question: str, whole: Draft) -> bool:
    """A part of a message no kind names is a story with its question ("My son is 19… Is it a
    good career for him?"), or one the whole answer speaks to ("Which is median?" beside the
    median): not a gap to quote back."""
    if len(re.split(r"(?<=[.!?])\s+", question.strip())) > 1:
        return True
    said = {singular(w) for p in whole.pieces for w in search_terms(p.text)}
    asked = {singular(w) for w in search_terms(question)} - VAGUE_WORDS
    topics = {t for c in stated(question) for t in c.topics}  # "is it hot/loud": its heat, noise
    return bool(asked & said) or any(t.said.search(p.text) for t in topics for p in whole.pieces)
