"""What a message asks, read once: a facts intent, a level, or a kind of section, with what
a follow-up takes over from the conversation's last turn."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.answer import Mode
from bot.compose.overview import asked_career
from bot.text import search_terms, whole_words
from bot.understand.asked_again import puts_right
from bot.understand.aversions import aversions, without_aversions
from bot.understand.intents import Intent, detect_intent, names_pay_only
from bot.understand.levels import Level, detect_level
from bot.understand.need_words import asking_part
from bot.understand.needs import SENTENCE_END, Need, asked_part, detect_need, part_need
from bot.understand.references import elaborates, is_follow_up, moves_on, ordinal, refers_back
from store.conversations import Turn

PICK_WORDS = 6  # a reply this short naming one career picks an option of "which one?"
CLARIFY_PICK_WORDS = 15  # a reply to "which one?" this short asking nothing new picks
# The last question asked again of another career ("what about school psychologists instead?").
# A pick among what the last answer listed ("which of them pays the most?").
AMONG = whole_words(r"(?:of|among) (?:them|those|these|the ones)")
ANOTHER = re.compile(
    r"^\W*(?:ok(?:ay)?\W+|and\W+|so\W+|but\W+|right\W+|yeah\W+|well\W+)*(?:what|how)\s+about\b"
    r"|^\W*(?:ok(?:ay)?\W+)?(?:and|same)\s+(?:for|with)\b"  # "and for the analyst one?"
    # "ok and web developers?"; "and if i make detective later on?"
    r"|^\W*(?:ok(?:ay)?\W+|so\W+)?and\s+(?:the\s+|an?\s+)?[\w/-]+(?:\s+[\w/-]+){0,3}\W*$"
    r"|^\W*(?:ok(?:ay)?\W+|so\W+)?(?:and|but)\s+if\s+(?:i|you|u|he|she|they)\s+(?:make|become"
    r"|move up to|get promoted to|switch to|go)\s+(?:an?\s+|to\s+)?[\w/-]+(?:\s+[\w/-]+)?"
    r"(?:\s+(?:later(?:\s+on)?|eventually|someday|after|down the line))?\W*$",
    re.IGNORECASE,
)


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
    if need in (Need.LEARN, Need.GET_IN) and names_pay_only(ask):  # "skills of the top
        intent = None  # earners": the skills
    if need is Need.ADVANCE and EARNS_MORE.search(ask):  # "best way to get paid more": the
        intent = None  # way up the pay, not its figures
    if intent is None and need is None:  # "…what would she study in college?": the way in
        need = part_need(ask) if ask != question else None
    if intent is None and need is None and asked_career(ask) is None:  # not "tell me about X"
        told = asking_part(question)  # "I work part time at a garden center" asks no hours
        intent, need = detect_intent(told), detect_need(told)
    if intent is None and need is None and CHECKS_CLAIM.search(ask):  # "my dad says AI will
        intent = detect_intent(question)  # take the coding jobs. is that true??": the claim
    if (
        need is Need.REGIONS
        and detect_need(without_aversions(question, aversions(question))) is None
    ):
        need = None  # "I don't want go abroad, I am in Texas already": no world's regions
    level = detect_level(question)
    if need is not None and not detect_level(ask):  # "so starting out id take a hit. what
        level = None  # programs would i need?": the software, of no level
    judged = refers_back(message) and ordinal(message) is None  # "is that good?"
    if previous is not None and intent is None and need is None and (level or judged):
        intent = _topic(previous)  # "and for senior level?" asks the last topic again
    if intent is not None:
        need = None
    if (
        intent is None
        and need is None
        and last is not None
        and (asks_another(message) or puts_right(message))
    ):
        intent = detect_intent(last.question)  # "how long to become X?" "what about Y?"
        need = detect_need(last.question) if intent is None else None
        level = level or detect_level(last.question)  # "starting salaries?" "and for X?"
    short = is_follow_up(message) or len(message.split()) <= PICK_WORDS
    if compared and intent is None and need is None and last is not None and short:
        intent = _topic(last)  # "vs X?" compares what was asked before
    return Reading(intent, level, need)


def answers_which(message: str, last: Turn | None) -> bool:
    """``message`` picks an option of the "which one do you mean?" ``last`` asked, and asks
    nothing new ("elementary i guess, like i said 2nd grade"): its question is asked again."""
    if last is None or last.mode != Mode.CLARIFY.value:
        return False
    size = len(message.split())
    asks = detect_intent(message) is not None or detect_need(message) is not None
    return size <= PICK_WORDS or (size <= CLARIFY_PICK_WORDS and not asks)


def asks_another(message: str) -> bool:
    """A sentence of ``message`` asks the last question of another career ("and line cooks?
    restaurant cooks i mean", "Right, but what about PR specialists? thats the part I need")."""
    return any(ANOTHER.match(s) for s in SENTENCE_END.split(message.strip()))


def _topic(turn: Turn) -> Intent | None:
    return Intent(turn.topic) if turn.topic in set(Intent) else None


REFERENCE_WORDS = frozenset({"one", "ones", "thing", "things", "stuff", "tho", "though"})


def about_what_was_said(message: str, said: str) -> bool:
    """A message pointing back asks about what the last answer (``said``) says: its own
    words, besides the pointing, are mostly the answer's, or it has none ("what can I do
    about that?"); "who issues the CMT one?" after an answer that never named the CMT is
    about something else of the topic."""
    own = [w for w in search_terms(message) if w not in REFERENCE_WORDS]
    found = set(search_terms(said))
    return 2 * sum(w in found for w in own) >= len(own)


# A claim told in the message checked ("…is that true?? should i even bother")
CHECKS_CLAIM = re.compile(
    r"\b(?:is|was) (?:that|it|this) (?:really )?(?:true|right|correct|real)\b"
    r"|\bshould i (?:even )?bother\b",
    re.IGNORECASE,
)
EARNS_MORE = re.compile(r"\b(?:get paid|earn|make) more\b", re.IGNORECASE)
# "what's SCADA?", "wait what does PLC mean": what a term is.
DEFINE = re.compile(
    r"^\W*(?:(?:wait|sorry|ok(?:ay)?|so|and|hmm+|um+)\W+)*(?:what'?s|what\s+(?:is|are|does)|"
    r"whats)\s+(?:an?\s+|the\s+)?(?P<term>[\w/-]+(?:\s+[\w/-]+){0,2}?)(?:\s+(?:one|thing))?"
    r"(?:\s+mean)?(?:\W*$|\s*,\s*(?:i|i'?ve|i'?m|im|ive|everyone|they|people|my|you"
    r"|would|could|can|do|does|is)\b.*$"  # ", would that work for me", ", i
    # keep seeing it", "the CMT one i keep seeing on job postings"
    r"|\s+(?:that\s+)?(?:i|i'?ve|ive|everyone|people|you)\s+(?:keep|kept|always|see|saw|hear"
    r"|heard|read|noticed)\b.*$)",
    re.IGNORECASE,
)


# "You mentioned lockout/tagout, what is that exactly?": the term named before "that".
MENTIONED_TERM = re.compile(
    r"\b(?:mentioned|said|talked about|brought up|listed)[\s,:-]+(?:an?\s+|the\s+)?"
    r"(?P<term>[\w/-]+(?:\s+[\w/-]+){0,2}?)\s*[,.;:-]+\s*(?:so\s+)?what(?:'?s|\s+is|\s+are"
    r"|\s+does)\s+(?:that|it|this|those|these)\b",
    re.IGNORECASE,
)


def defines_said(message: str, said: str) -> bool:
    """``message`` asks what a term of the last answer (``said``) is ("wait whats SCADA"
    after a list naming SCADA systems): a question about that answer."""
    found = DEFINE.match(message)
    term = search_terms(found["term"]) if found else []
    return bool(term) and set(term) <= set(search_terms(said))


def keeps_to_answer(message: str, said: str) -> bool:
    """The follow-up is about the last answer itself (``said``), whose sections then come
    first: it points at it and asks about what it says or picks among it ("what can I do
    about that?", "which of those…"), asks for more of it ("what kind?") or what a term
    of it is ("whats SCADA")."""
    pointing = refers_back(message) and not moves_on(message)
    about = bool(AMONG.search(message)) or about_what_was_said(message, said)
    return (pointing and about) or elaborates(message) or defines_said(message, said)
