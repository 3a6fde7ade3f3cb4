"""The options a message weighs, as the words that name each ("respiratory therapy or x-ray
tech", "between bookkeeping and becoming an accountant", "police officer vs border patrol
agent"): people name the fields they choose between as often as the jobs."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from bot.routing.fields import Fields
from bot.routing.job_words import tokens
from bot.routing.names import SHARED_HEADS, CareerNames
from bot.routing.options import (
    CATCH_ALL,
    EXAMPLE,
    FIELD_BEFORE,
    FIELD_CUE,
    MEANT,
    NATURE,
    SECOND_MEANT,
    SENTENCE_BREAK,
    SHORTENED,
    SIDE_MARGIN,
    SIDE_SURE,
    TURNS_TO,
    WEIGHS,
    Ranking,
    _after,
    _past,
    as_written,
    choice_sides,
)
from bot.text import STOPWORDS, english_stemmer
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need

SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# One of the careers in play pointed at ("the car engineer one", "the manager one")
ONE_IN_PLAY = re.compile(r"\bones?\W*$", re.IGNORECASE)

# A gerund told as one's own work ("been roofing 19 years", "with roofing experience").
PRACTISED = re.compile(
    r"(?<=\bbeen )[a-z]{3,}ing\b|\b[a-z]{3,}ing(?= (?:experience|background|skills)\b)"
)


# Words around a topic weighed ("do u need any license or training"): no job's name
FILLER = frozenset(
    (
        *("u", "you", "i", "we", "need", "needs", "get", "any", "some", "a", "an", "the"),
        *("just", "only", "extra", "more", "my", "your", "do", "have", "to", "also"),
    )
)
AGENT_STEM = 5  # letters of a worker's noun that ends in the work ("trainer": "train")
MOST_MEANT = 4  # careers one "I mean…" names ("electrician, plumber, hvac, carpenter")


class Choices:
    """Reads the careers a message weighs ("respiratory therapy or x-ray tech?") or a
    follow-up turns to ("what about technical writing instead?") by the names people use."""

    def __init__(self, names: CareerNames, fields: Fields, rank: Ranking) -> None:
        """``rank`` scores every career for a name alone, best first."""
        self._names = names
        self._fields = fields
        self._rank = rank
        # two words in a row of a title ("border patrol" of "Border Patrol Agent")
        self._title_pairs = frozenset(pair for t in names.titles for pair in itertools.pairwise(t))
        # titles by their words' stems: "instructional design" is "Instructional Designer"
        self._stem = english_stemmer().stemWord
        self._by_stems: dict[tuple[str, ...], set[str]] = {}
        worked_in: dict[tuple[str, ...], set[str]] = {}
        for title in names.titles:
            if len(title) > 1:
                stems = tuple(self._work(w) for w in title)
                self._by_stems.setdefault(stems, set()).update(names.named_by(title))
            if len(title) > 2 and title[-1] in SHARED_HEADS and title[-2] not in names.job_words:
                # "nursing informatics": its Specialist's field; a "social worker assistant"
                # assists a worker
                field = tuple(self._stem(w) for w in title[:-1])
                worked_in.setdefault(field, set()).update(names.named_by(title))
        # a field only one career's titles work in, matched by its plain stems
        self._worked_in = {f: slugs for f, slugs in worked_in.items() if len(slugs) == 1}

    def compared(self, message: str, unwanted: set[str], context: Sequence[str]) -> list[str]:
        """The careers the options of ``message`` name, when two or more name one each; an
        option the words of a ``context`` career's name make is that career ("supervisor or
        pest control?" after landscaping supervisors)."""
        sides = [
            s for s in self._weighed(message) if not set(s.split()) <= unwanted and not _topic(s)
        ]
        if len(sides) < 2 or (context and NATURE.search(message)):
            return []
        careers = [self._in_context(side, context) or self._career(side) for side in sides]
        found = list(dict.fromkeys(c for c in careers if c))
        if len(found) < 2:
            return []
        against = self.weighed_field(message, found)  # "drywall or insulation, do those pay
        return [*found, against] if against else found  # about the same as roofing"

    def _weighed(self, message: str) -> list[str]:
        """The options the asking sentences weigh, or those the story names when the asking
        sentences weigh them and name no job ("torn between X and Y. Which one…?")."""
        asking = asking_text(message)
        sides = choice_sides(asking)
        if len(sides) < 2 and WEIGHS.search(asking) and not self._names.mentions(asking):
            sides = choice_sides(message)
        return sides

    def meant(self, message: str) -> list[str]:
        """The careers a clause of ``message`` says are meant or looked at, named by a job's
        or a field's name (:data:`MEANT`), one or two ("looking at technical writing vs.
        editing"); ``[]`` when none, and never a topic ("I mean the pay")."""
        sentences = SENTENCE_END.split(message)  # "…what i meant by helping. more like X"
        for found in (f for sentence in sentences for f in MEANT.finditer(sentence)):
            text = found["name"] or found["subject"] or found["fit"] or found["taught"]
            name = re.split(r"\s+(?:vs\.?|versus|or)(?:\s|$)", _after(text))[0].strip(" -–—:,")
            if not name or detect_need(name) or detect_intent(name):
                continue
            rest = _past(text, name)
            example = EXAMPLE.match(rest)  # "corporate training - like a training and
            if example:  # development specialist": the title is the career
                named = self._names.mentions(example[0])  # "like a radiology tech": its "a"
                if len(named) == 1 and named[0].exact and len(named[0].slugs) == 1:
                    return [named[0].slugs[0]]
            if self._names_work(name) and (career := self._career(name)):
                careers = [career]
                while len(careers) < MOST_MEANT and (other := SECOND_MEANT.match(rest)):
                    second = _after(other["name"])  # "…or editing", "…, plumber, hvac"
                    also = self._career(second) if second and self._names_work(second) else ""
                    if not also:
                        break
                    careers.append(also)
                    rest = _past(other["name"], second)
                return list(dict.fromkeys(careers))
            titled = [  # "i mean like flying places, flight attendant or something like that"
                m.slugs[0]
                for m in self._names.mentions(rest)
                if m.exact and len(m.slugs) == 1 and " " in m.words
            ]
            if titled:
                return list(dict.fromkeys(titled))[:MOST_MEANT]
        return []

    def weighed_field(self, message: str, context: Sequence[str]) -> str:
        """The career a field the message weighs against the conversation's names ("would web
        development pay a lot less than software dev?"), not one of ``context``; else ``""``."""
        after = (  # not one in play pointed at ("compare to the car engineer one")
            as_written(_after(f["name"]), message)
            for f in FIELD_CUE.finditer(message)
            if not ONE_IN_PLAY.search(f["name"])
        )
        before = (  # "plumbing is better money than…": its last word, then its last two
            " ".join(tokens(found["name"])[-n:])
            for found in FIELD_BEFORE.finditer(message)
            for n in (1, 2)
        )
        titled = [  # "compare to a high school history teacher": the teachers, not history
            set(tokens(m.words))
            for m in self._names.mentions(message)
            if m.exact and len(m.slugs) == 1 and " " in m.words
        ]
        for name in (*after, *before):
            topic = " " not in name and (detect_need(name) or detect_intent(name))  # "the pay"
            if not name or topic or self._in_context(name, context):
                continue  # "training dogs" is a field, though "training" alone is a topic
            if any(set(tokens(name)) <= title for title in titled):
                continue
            if self._names_work(name) and (career := self._career(name)) and career not in context:
                return career
        return ""

    def turned_to(self, message: str, context: Sequence[str]) -> str:
        """The career a follow-up turns to by a field's or job's name: not a topic ("what
        about night shifts?", "benefits?"), nor one a job word names exactly (routed as
        named), nor one of ``context`` by words of its name ("and the radiology one?")."""
        turn = TURNS_TO.search(message.strip()) if context else None
        rest = next(g for g in turn.groups() if g) if turn else ""
        clause = SENTENCE_BREAK.split(rest.lstrip())[0]  # "forest and conservation workers, …"
        if any(m.exact and len(m.slugs) == 1 for m in self._names.mentions(clause)):
            return ""  # a title written whole is routed as named, "and" and all
        name = _after(rest) if turn else ""
        if not name or detect_need(name) or detect_intent(name) or not self._names_work(name):
            return ""
        if EXAMPLE.match(_past(rest, name)):
            return ""  # "I meant the tech, like a radiology tech": the example is meant
        if any(m.exact and len(m.slugs) == 1 for m in self._names.mentions(name)):
            return ""
        if self._in_context(name, context):
            return ""
        found = self._career(name)
        return found if found not in context else ""

    def _in_context(self, name: str, context: Sequence[str]) -> str:
        """The career of ``context`` whose name has every word of ``name``, if any, as written
        or with "tech" read as the technician it is short for ("techs": Pharmacy Technicians)."""
        careers = self._names.careers
        spelt = ["technician" if w == "tech" else w for w in tokens(name)]
        for words in (tokens(name), spelt):
            stems = set(self._fields.stems(words))
            within = (
                c
                for c in context
                if stems and stems <= set(self._fields.stems(tokens(careers[c].name)))
            )
            if found := next(within, ""):
                return found
        return ""

    def _names_work(self, name: str) -> bool:
        """``name`` is a job word, a field ("plumbing", "phlebotomy"), words of a title, or
        every word of the one career it ranks first ("network admin")."""
        words = tokens(name)
        plain = self._fields.stems(words)
        if (
            self._names.mentions(name)
            or self._fields.read(words, name, (), gerunds=True) != plain
            or any(pair in self._title_pairs for pair in itertools.pairwise(words))
        ):
            return True
        found = self._career(name)
        return bool(found) and self._holds_words(name, found)

    def _career(self, name: str) -> str:
        """The career ``name`` names plainly, or ``""``: the best of the careers ranked for
        its words alone when it leads clearly ("respiratory therapy": Respiratory
        Therapists), else the one career a job word of it names. A title written whole
        ("museum guide", an alternative title of Tour Guides) names its career first; shared,
        a broad occupation's before a specialty's ("solar installer": the photovoltaic
        installers, not the thermal ones). A near second counts for nothing when only the
        best's name holds every word of ``name`` ("wind turbine tech")."""
        words, mentions = tokens(name), self._names.mentions(name)
        alone = len(words) == 1  # "drafter": the title is the whole name
        whole = [m for m in mentions if m.exact and (alone or " " in m.words)]
        named = set(whole[0].slugs) if len(whole) == 1 else self._stems_name(name)
        named = (
            named
            or {  # "head custodian": the custodians, whatever the "head"
                m.slugs[0]
                for m in mentions
                if m.exact and len(m.slugs) == 1 and tokens(m.words) == words[-1:]
            }
        )
        if named:
            return max(named, key=lambda slug: self._named_by_title(name, slug))
        # a catch-all ("Psychologists, All Other") is no field's career unless named
        ranked = [r for r in self._rank(name) if "other" in name or not CATCH_ALL.search(r[0])]
        (best, score), (second, next_score) = ranked[0], ranked[1]
        holds = self._holds_words(name, best) and not self._holds_words(name, second)
        if score >= SIDE_SURE and (score - next_score >= SIDE_MARGIN or holds):
            return best
        field = [s for s, fit in ranked[:2] if fit >= SIDE_SURE and self._holds_words(name, s)]
        one_field = alone and not mentions  # not a job word
        if one_field and len(field) == 2:  # "insulation": of the insulation
            return max(field, key=lambda s: self._names.careers[s].prominence)  # workers, the
            # larger occupation
        single = {m.slugs[0] for m in mentions if len(m.slugs) == 1}
        if not single and not (detect_need(name) or detect_intent(name)):  # "editing": the
            # editors, whose work it is; not "training", a topic
            single = {m.slugs[0] for m in self._names.mentions(self._practised(name))
                      if m.exact and len(m.slugs) == 1}  # fmt: skip
        return single.pop() if len(single) == 1 else ""

    def practised_in(self, message: str) -> str:
        """The one career a gerund of ``message`` names by who practises it ("been roofing
        19 years": Roofers), never a topic's ("training"); else ``""``."""
        found = {
            career
            for word in PRACTISED.findall(message.lower())
            if not (detect_need(word) or detect_intent(word))
            for career in [self._career(word)]
            if career
        }
        return found.pop() if len(found) == 1 else ""

    def _practised(self, name: str) -> str:
        """``name`` with its gerunds read as who practises them ("editing" → "editor"), or
        ``""`` when it has none."""
        words = tokens(name)
        read = self._fields.read(words, name, (), gerunds=True)
        return " ".join(read) if read != self._fields.stems(words) else ""

    def _stems_name(self, name: str) -> set[str]:
        """The careers a title of two or more words names whose stems ``name``'s are."""
        said = [w for w in tokens(name) if w not in ("a", "an", "the")]
        if len(said) < 2:
            return set()
        found = self._by_stems.get(tuple(self._work(w) for w in said), set())
        return found or self._worked_in.get(tuple(self._stem(w) for w in said), set())

    def _work(self, word: str) -> str:
        """A word's stem, a worker's noun as the work it does ("trainer" as "training")."""
        stem = str(self._stem(word))
        return stem[:-2] if len(stem) > AGENT_STEM and stem.endswith(("er", "or")) else stem

    def _named_by_title(self, name: str, slug: str) -> tuple[int, bool, float]:
        """How plainly a title shared by careers names ``slug``: by the words of its name it
        shares ("financial advisor": Personal Financial Advisors, not Securities…Sales
        Agents), then a broad occupation before a specialty, then the larger."""
        career = self._names.careers[slug]
        own = {self._stem(w) for w in tokens(career.name)}
        shared = {self._stem(w) for w in tokens(name)} & own
        return len(shared), not career.specialty, career.prominence

    def _holds_words(self, name: str, slug: str) -> bool:
        """Whether the career's name holds every word of ``name``, by stem, or a short one
        by its start ("tech" of "technician")."""
        own = [self._stem(w) for w in tokens(self._names.careers[slug].name)]
        asked = [self._stem(w) for w in tokens(name) if w not in STOPWORDS]
        return bool(asked) and all(
            any(w == a or (len(a) <= SHORTENED and w.startswith(a)) for w in own) for a in asked
        )


def _topic(side: str) -> bool:
    """An option that weighs what a job asks, not a job ("license or training for either",
    "a degree or just the licenses")."""
    words = side.split()
    return _asks(side) or (_asks(words[-1]) and set(words[:-1]) <= FILLER)


def _asks(text: str) -> bool:
    return detect_need(text) is not None or detect_intent(text) is not None
