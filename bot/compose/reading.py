"""What a message asks, read once: a facts intent, a level, or a kind of section, with what
a follow-up takes over from the conversation's last turn."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understand.intents import (
    Intent,
    Level,
    detect_intent,
    detect_level,
    is_follow_up,
    ordinal,
    refers_back,
)
from bot.understand.needs import Need, asked_part, detect_need
from store.conversations import Turn

PICK_WORDS = 6  # a reply this short naming one career picks an option of "which one?"
# The last question asked again of another career ("what about school psychologists instead?").
ANOTHER = re.compile(r"^\W*(?:ok(?:ay)?\W+|and\W+|so\W+)*(?:what|how)\s+about\b", re.IGNORECASE)


@dataclass(frozen=True)
class Reading:
    """What is asked: at most one of a facts intent and a kind of section, and a level."""

    intent: Intent | None
    level: Level | None
    need: Need | None


def read(
    message: str, question: str, last: Turn | None, previous: Turn | None, compared: bool
) -> Reading:
    """What ``question`` (``message`` as routed) asks. ``previous`` is the last turn when
    the message follows up on it; ``compared`` when it compares careers."""
    ask = asked_part(question)  # what is asked decides, not what is said around it
    intent, need = detect_intent(ask), detect_need(ask)
    if intent is None and need is None:
        intent, need = detect_intent(question), detect_need(question)
    level = detect_level(question)
    judged = refers_back(message) and ordinal(message) is None  # "is that good?"
    if previous is not None and intent is None and need is None and (level or judged):
        intent = _topic(previous)  # "and for senior level?" asks the last topic again
    if intent is not None:
        need = None
    if intent is None and need is None and last is not None and ANOTHER.match(message):
        intent = detect_intent(last.question)  # "how long to become X?" "what about Y?"
        need = detect_need(last.question) if intent is None else None
    short = is_follow_up(message) or len(message.split()) <= PICK_WORDS
    if compared and intent is None and need is None and last is not None and short:
        intent = _topic(last)  # "vs X?" compares what was asked before
    return Reading(intent, level, need)


def _topic(turn: Turn) -> Intent | None:
    return Intent(turn.topic) if turn.topic in set(Intent) else None
