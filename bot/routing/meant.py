"""The careers a message says are meant or looked at ("I mean bookkeeping clerks", "I'm
looking at bookkeeping", "Someone mentioned medical coding?", "more like counseling"), named
by a job's or a field's name, one to four of them."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.routing.job_words import tokens
from bot.routing.named_work import NamedWork
from bot.routing.names import CareerNames, Mention
from bot.routing.options import (
    DONE_TO,
    EXAMPLE,
    KIND_OF_WORK,
    MEANT,
    SAID_AGAINST,
    SECOND_MEANT,
    _after,
    _past,
)
from bot.understand.aversions import aversions
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
CORRECTED = re.compile(r"\b(?:more like|mean|meant)\b", re.IGNORECASE)  # not "my mom says…"
VAGUE_TAIL = re.compile(r"\s+(?:stuff|things?|work|jobs?|type|kind|field|areas?)\s*$", re.I)
MOST_MEANT = 4  # careers one "I mean…" names ("electrician, plumber, hvac, carpenter")


def whole_titles(names: CareerNames, text: str) -> list[Mention]:
    """The titles of two words or more ``text`` names whole, each of one career."""
    return [m for m in names.mentions(text) if m.exact and len(m.slugs) == 1 and " " in m.words]


def whole_title_asked(message: str, read: Callable[[str], list[Mention]]) -> str:
    """The one career the last question after what ``message`` says is meant names by its
    title ("i meant hvac, like mechanical. so its a bachelors for mechanical engineer?"; not
    "statisticians? i said data science"), else ``""``."""
    sentences = SENTENCE_END.split(message)
    said = next((i for i, s in enumerate(sentences) if CORRECTED.search(s)), len(sentences))
    for sentence in reversed(sentences[said + 1 :]):
        if "?" in sentence:
            named = {
                m.slugs[0] for m in read(sentence) if m.exact and not m.own and len(m.slugs) == 1
            }
            return named.pop() if len(named) == 1 else ""
    return ""


class Meant:
    """Reads the careers a message says are meant, by the names people use."""

    def __init__(self, names: CareerNames, named: NamedWork) -> None:
        """``named`` reads the career a name of work names ("respiratory therapy")."""
        self._names = names
        self._named = named

    def careers(self, message: str) -> list[str]:
        """The careers a clause of ``message`` says are meant or looked at, named by a job's
        or a field's name (:data:`MEANT`), one or two ("looking at technical writing vs.
        editing"); ``[]`` when none, and never a topic ("I mean the pay")."""
        sentences = SENTENCE_END.split(message)  # "…what i meant by helping. more like X"
        refused = {w for a in aversions(message) for w in tokens(a.what)}
        for found in (f for sentence in sentences for f in MEANT.finditer(sentence)):
            text = found["name"] or found["subject"] or found["fit"] or found["taught"]
            if SAID_AGAINST.search(found[0]):  # "my dad says artists dont make money"
                continue
            name = re.split(r"\s+(?:vs\.?|versus|or)(?:\s|$)", _after(text))[0].strip(" -–—:,")
            if not name or detect_need(name) or detect_intent(name):  # "more like outdoors or
                if field := self._example_field(found[0], _past(text, name) if name else text):
                    return [field]  # fieldwork, like environmental stuff": the example's field
                continue
            if set(tokens(name)) <= refused:  # "i meant painting like art, not painting walls"
                continue
            rest = _past(text, name)
            if KIND_OF_WORK.match(rest):  # "i mean like office or desk type jobs": a search
                return []
            head, _, done = name.partition(" ")
            if head.endswith("ing") and DONE_TO.match(f"{done} {rest}"):
                continue  # "i mean like fixing them, working on engines": a thing done
            example = EXAMPLE.match(rest)  # "corporate training - like a training and
            if example:  # development specialist": the title is the career
                named = self._names.mentions(example[0])  # "like a radiology tech": its "a"
                if len(named) == 1 and named[0].exact and len(named[0].slugs) == 1:
                    return [named[0].slugs[0]]
                if named:  # "fixing them, like being a mechanic": the job, routed as named
                    continue
            if self._named.names_work(name) and (career := self._named.career(name)):
                careers = [career]
                while (  # "mental health counselor, like doing therapy": an example, no second
                    len(careers) < MOST_MEANT
                    and not EXAMPLE.match(rest)
                    and (other := SECOND_MEANT.match(rest))
                ):
                    second = _after(other["name"])  # "…or editing", "…, plumber, hvac"
                    also = (
                        self._named.career(second)
                        if second and self._named.names_work(second)
                        else ""
                    )
                    if not also:
                        break
                    careers.append(also)
                    rest = _past(other["name"], second)
                return list(dict.fromkeys(careers))
            # "i mean like flying places, flight attendant or something like that"
            titled = [m.slugs[0] for m in whole_titles(self._names, rest)]
            if titled:
                return list(dict.fromkeys(titled))[:MOST_MEANT]
            if field := self._example_field(found[0], rest):
                return [field]
        return []

    def _example_field(self, meant: str, rest: str) -> str:
        """The career of a field given as an example after what is ``meant`` ("i was thinking
        more like outdoors or fieldwork, like environmental stuff"), not after what someone
        says ("my mom says… something sustaining like Engineering"); else ``""``."""
        example = EXAMPLE.search(rest) if CORRECTED.search(meant) else None
        field = VAGUE_TAIL.sub("", example["title"]).strip() if example else ""
        if not field or detect_need(field) or detect_intent(field):  # "like the salary stuff"
            return ""
        return self._named.career(field) if self._named.names_work(field) else ""
