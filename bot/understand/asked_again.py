"""The last question come back: asked again of another career ("same questions for X"), its
career put right ("no i meant power linemen"), or a part of it said to be left unanswered."""

from __future__ import annotations

import re

from bot.understand.asks import ASK_BREAK, MEANT
from bot.understand.needs import SENTENCE_END

# The last question asked again, of another career ("I meant epidemiologist. Same questions")
SAME_AGAIN = re.compile(
    # not the work's sameness ("is it boring, doing the same thing all day")
    # nor two jobs' ("is a marine biologist the same thing as a zoologist")
    r"\b(?:(?<!doing )(?<!do )same (?:questions?|things?(?! (?:all|every|each|over|day|everyday"
    r"|as)\b)"
    r"|again)|the same (?:for|please|pls)|same for)\b",
    re.IGNORECASE,
)


# The bot's answer called the same as before ("you said the same thing again", "thats the
# same thing u said before"): a complaint, the question after it a new one.
SAID_THE_SAME = re.compile(
    r"\b(?:said|says|say|saying|told|tell|gave|give|giving|repeat\w*|pasted|sent|showed)\s+"
    r"(?:me\s+|us\s+)?(?:the\s+)?(?:exact\s+)?same\b"
    r"|\b(?:that'?s|thats|this is|it'?s|its)\s+(?:just\s+)?(?:the\s+)?(?:exact\s+)?same\s+"
    r"(?:thing|answer|stuff|info)\b",
    re.IGNORECASE,
)


def asks_the_same(text: str) -> bool:
    """``text`` asks the last question again ("same questions please", "the same for X"),
    not complains the answer was the same as before ("you said the same thing again")."""
    return bool(SAME_AGAIN.search(SAID_THE_SAME.sub(" ", text)))


# (MEANT, the career of the last question put right, is read by asks too)
# "no not supervisors, linemen like the guys who climb the power poles"
NOT_THAT = re.compile(
    r"^\W*(?:um+\W+)?(?:no+|nope|nah)\W+not\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+)?\s*[,.;]\s*\w",
    re.I,
)


def puts_right(text: str) -> bool:
    """``text`` puts right which career the last question was about, in any sentence ("Why
    electrical drafter? I am civil. I mean civil drafter.") or by ruling one out first."""
    sentences = SENTENCE_END.split(text.strip())
    return bool(NOT_THAT.match(text)) or any(MEANT.match(s) for s in sentences)


# The last answer left part of the question out ("u didnt answer the years part").
LEFT_OUT = re.compile(
    r"\b(?:you|u|it)\s+(?:didn'?t|didnt|did not|never|forgot to)\s+answer(?:ed)?\s+"
    r"(?:(?:the|my|about)\s+)?(?P<what>[\w' -]+?)(?:\s+(?:part|question|bit|one))?\s*[?.!]*$",
    re.IGNORECASE,
)
# The message asks again in its own words after saying what was left out.
OWN_ASK = re.compile(r"\s[-–—:]\s*\w|\b(?:what|whats|how|is|are|do|does|can)\b.*\w", re.I)
STEM = 4  # letters of a word that name the same thing ("years", "year")


def left_out_part(text: str, last_question: str) -> str:
    """The part of ``last_question`` that ``text`` says went unanswered ("u didnt answer the
    years part" → "how many years till I get there"), else ``""``."""
    found = LEFT_OUT.search(text)
    if found is None or OWN_ASK.search(found["what"]):
        return ""  # "you didnt answer the first part - whats the difference…": that is asked
    wanted = {w[:STEM] for w in re.findall(r"[a-z]+", found["what"].lower()) if len(w) >= STEM}
    for piece in ASK_BREAK.split(last_question):
        if wanted & {w[:STEM] for w in re.findall(r"[a-z]+", piece.lower())}:
            return piece.strip()
    return ""
