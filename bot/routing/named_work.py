"""The career a name of work names: a job word, a field ("plumbing", "phlebotomy"), words of
a title ("border patrol"), or the work a worker does ("been roofing 19 years": Roofers)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from bot.routing.fields import GENERAL_DOERS, Fields, field_forms
from bot.routing.job_words import SHARED_HEADS, tokens
from bot.routing.names import CareerNames
from bot.routing.options import CATCH_ALL, SHORTENED, SIDE_MARGIN, SIDE_SURE, Ranking
from bot.routing.other_job_phrases import NOT_FIELDS
from bot.text import STOPWORDS, english_stemmer
from bot.understand.intents import detect_intent
from bot.understand.needs import detect_need

# A gerund told as one's own work ("been roofing 19 years", "with roofing experience").
PRACTISED = re.compile(
    r"(?<=\bbeen )[a-z]{3,}ing\b|\b[a-z]{3,}ing(?= (?:experience|background|skills)\b)"
)
# A field's people by its initials or two words ("HR people", "the IT guys", "customer
# service folks"), not one word that may be anyone's ("the tech folks", "sales people")
PEOPLE_OF = re.compile(r"\b([A-Z]{2,4}|[A-Za-z]+ [a-z]+) (?:people|folks|guys|ppl)\b")
AGENT_STEM = 5  # letters of a worker's noun that ends in the work ("trainer": "train")
FIELD_TITLES = 3  # titles of a career holding a word that make it the career's field


class NamedWork:
    """Reads the one career a name of work names plainly, by titles, fields and ranking."""

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
                stems = _unordered(self._work(w) for w in title)  # "UX/UI" or "UI/UX"
                self._by_stems.setdefault(stems, set()).update(names.named_by(title))
            if len(title) > 2 and title[-1] in SHARED_HEADS and title[-2] not in names.job_words:
                # "nursing informatics": its Specialist's field; a "social worker assistant"
                # assists a worker
                field = tuple(self._stem(w) for w in title[:-1])
                worked_in.setdefault(field, set()).update(names.named_by(title))
        # a field only one career's titles work in, matched by its plain stems
        self._worked_in = {f: slugs for f, slugs in worked_in.items() if len(slugs) == 1}
        # each career's name as the work it names ("… Social Workers": social work)
        self._name_work = {
            slug: tuple(self._work(w) for w in tokens(c.name)) for slug, c in names.careers.items()
        }

    def doers(self, name: str) -> set[str]:
        """The careers of the people doing ``name``, one word of work ("coding", "code":
        coders, the computer programmers; "teaching": every teacher), by the word formation
        of :func:`field_forms` run backwards."""
        words = tokens(name)
        if len(words) != 1 or len(words[0]) < len("code") or words[0] in NOT_FIELDS:
            return set()  # "i hate sitting": what anyone does at work, no sitters
        said = words[0]
        if said.endswith("ing"):  # "coding": coders
            stem = said[: -len("ing")]
            people = [
                p for p in (f"{stem}er", f"{stem}or", f"{stem}e") if said in field_forms(p)[1]
            ]
            people.append(stem)  # "coaching": coaches
        else:  # "i dont want to code": coders
            people = [f"{said}r" if said.endswith("e") else f"{said}er"]
        return {
            slug
            for person in people
            if person not in GENERAL_DOERS
            for m in self._names.mentions(person)
            if m.exact
            for slug in m.slugs
        }

    def names_work(self, name: str) -> bool:
        """``name`` is a job word, a field ("plumbing", "phlebotomy"), words of a title, or
        every word of the one career it ranks first ("network admin")."""
        words = tokens(name)
        plain = self._fields.stems(words)
        if (
            self._names.mentions(name)
            or self._fields.read(words, name, (), gerunds=True) != plain
            or any(pair in self._title_pairs for pair in itertools.pairwise(words))
            or _unordered(self._work(w) for w in words) in self._by_stems  # "UX design"
        ):
            return True
        found = self.career(name)  # "cybersecurity": many titles of the analysts' hold it
        return bool(found) and (
            self._holds_words(name, found)
            or self._names.careers[found].titles_holding(name) >= FIELD_TITLES
        )

    def career(self, name: str) -> str:
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
        one_field = len(words) <= 2 and not mentions  # not a job word ("social work")
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
            for career in [self.career(word)]
            if career
        }
        return found.pop() if len(found) == 1 else ""

    def people_of(self, message: str) -> str:
        """The one career whose field a message names its people by ("what do HR people
        actually do all day", "do customer service folks make much"), else ``""``."""
        for found in PEOPLE_OF.finditer(message):
            name = found[1]
            if any(w in STOPWORDS for w in name.lower().split()):
                continue  # "good with people", "what do the people"
            if self.names_work(name) and (career := self.career(name)):
                return career
        return ""

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
        found = self._by_stems.get(_unordered(self._work(w) for w in said), set())
        # "physical therapy", "social work": the people its field names before the assistants
        # working in it
        found = found or self._field_name(name) or self._named_for_work(said)
        return found or self._worked_in.get(tuple(self._stem(w) for w in said), set())

    def _field_name(self, name: str) -> set[str]:
        """The careers a title of two or more words names whose words ``name``'s are, its
        field word read as the practitioners ("physical therapy": Physical Therapists, not
        their assistants)."""
        words = [w for w in tokens(name) if w not in ("a", "an", "the")]
        read = self._fields.read(words, name, ())
        if len(words) < 2 or read == self._fields.stems(words):
            return set()
        return self._by_stems.get(_unordered(self._worker(s) for s in read), set())

    def _named_for_work(self, said: list[str]) -> set[str]:
        """The careers whose names end in the work ``said`` names ("social work": Child,
        Family, and School Social Workers, Healthcare Social Workers…), not in what their
        work is of ("real estate": no Appraisers and Assessors of Real Estate)."""
        work = tuple(self._work(w) for w in said)
        return {
            s
            for s, name in self._name_work.items()
            if name[-len(work) :] == work and name[-len(work) - 1 : -len(work)] != ("of",)
        }

    def _worker(self, stem: str) -> str:
        """A stem as the work it names ("trainer" as "train")."""
        return stem[:-2] if len(stem) > AGENT_STEM and stem.endswith(("er", "or")) else stem

    def _work(self, word: str) -> str:
        """A word's stem, a worker's noun as the work it does ("trainer" as "training")."""
        return self._worker(str(self._stem(word)))

    def _named_by_title(self, name: str, slug: str) -> tuple[int, bool, float]:
        """How plainly a title shared by careers names ``slug``: by the words of its name it
        shares ("financial advisor": Personal Financial Advisors, not Securities…Sales
        Agents), then a broad occupation before a specialty, then the larger."""
        career = self._names.careers[slug]
        own = {self._work(w) for w in tokens(career.name)}  # "social work": Social Workers
        shared = {self._work(w) for w in tokens(name)} & own
        return len(shared), not career.specialty, career.prominence

    def _holds_words(self, name: str, slug: str) -> bool:
        """Whether the career's name holds every word of ``name``, by stem, or a short one
        by its start ("tech" of "technician")."""
        own = [self._stem(w) for w in tokens(self._names.careers[slug].name)]
        asked = [self._stem(w) for w in tokens(name) if w not in STOPWORDS]
        return bool(asked) and all(
            any(w == a or (len(a) <= SHORTENED and w.startswith(a)) for w in own) for a in asked
        )


def _unordered(stems: Iterable[str]) -> tuple[str, ...]:
    """A title's stems in one order, however written ("UX/UI design", "UI/UX Designer")."""
    return tuple(sorted(stems))
