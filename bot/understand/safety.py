"""Messages about self-harm or about harming others get care or a refusal, never guide text.

Checked before routing, retrieval or any LLM, for chat (Free and Plus, JSON and stream) and
advice. Rules read kinds of phrasing (a wish to die, a defeat verb near a safety device, a
harm verb aimed at a person or a system), in English, Spanish, French, German and
Portuguese, on text folded to lower case without accents, so typos of case and accents
do not matter and idioms ("this job is killing me", "can I hack it?") do not match.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from bot.answer import Draft, Mode
from bot.understand.harm_phrases import HARM, NEGATED, SELF_HARM


class Concern(StrEnum):
    """Why a message gets a safety answer instead of career content."""

    SELF_HARM = "self_harm"
    HARM = "harm"


SUPPORT_MESSAGE = (
    "I'm really sorry you're feeling this way. You don't have to go through it alone, and "
    "talking to someone can help right now. In the US, call or text 988 (Suicide & Crisis "
    "Lifeline), any time, free and confidential. Elsewhere, please contact your local "
    "emergency services or a local crisis line (findahelpline.com lists them by country). "
    "If you might act on these thoughts, call your local emergency number now."
)
HARM_REFUSAL = (
    "Sorry, I can't help with that: it could hurt people or put safety at risk. If something "
    "at work feels unsafe or unfair, your supervisor, safety officer or HR can help."
)


def fold(text: str) -> str:
    """Lower case without accents or apostrophes, punctuation as spaces between words."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub("[\u2019'`\u00b4]", "", plain)
    return " ".join(re.sub(r"[^\w\s-]", " ", plain).split())


# A thing said to make one "want to die", laughed off ("the thought of a desk job makes me
# want to die lol"): the question is answered, with a line on where to turn if it is ever meant
IN_JEST = re.compile(
    r"\b(?:makes?|made|would make|will make) me (?:\w+ )?(?:want to|wanna) die\b"
    r"(?= (?:\w+ ){0,6}?(?:lol|lmao|lmfao|haha\w*|jk)\b)"
)
JEST_NOTE = (
    "If you ever do feel like ending your life, you can call or text 988 (Suicide & Crisis "
    "Lifeline) any time."
)


def concern_of(message: str) -> Concern | None:
    """Whether ``message`` speaks of self-harm or asks for help harming others."""
    text = fold(message)
    if SELF_HARM.search(IN_JEST.sub(" ", text)):
        return Concern.SELF_HARM
    for match in HARM.finditer(text):
        if not NEGATED.search(text[: match.start()]):
            return Concern.HARM
    return None


def safety_draft(message: str) -> Draft | None:
    """The answer a concerning message gets (crisis resources or a refusal), or ``None``."""
    concern = concern_of(message)
    if concern is Concern.SELF_HARM:
        return Draft(Mode.SUPPORT, message=SUPPORT_MESSAGE, topic=concern.value)
    if concern is Concern.HARM:
        return Draft(Mode.REFUSAL, message=HARM_REFUSAL, topic=concern.value)
    return None


def in_jest(message: str) -> bool:
    """``message`` says a thing makes the visitor "want to die" and laughs it off, and says
    nothing else of self-harm."""
    return bool(IN_JEST.search(fold(message))) and concern_of(message) is None
