"""The careers the guides cover, found by name: titles, alternative titles, abbreviations."""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.routing.career import Career
from bot.routing.helpers import as_helpers, helper_careers
from bot.routing.job_words import ANYONE, NOT_A_HEAD, NOT_A_PERSON, SHARED_HEADS, tokens
from bot.routing.shortened import (
    shared_tails,
    title_heads,
    title_leads,
    title_tails,
    without_workplaces,
)
from bot.routing.spelt import spelt_whole
from bot.routing.titles import MIN_NARROWING, NARROWS_NONE, mostly_titled, techs_spelt
from bot.routing.told_jobs import (
    AT_A_PLACE,
    BESIDES,
    HIRING_OTHERS,
    JUDGED,
    PLACE,
    PURPOSE,
    REQUIRED,
    TELLING_ADVERBS,
    TELLS,
    WORKS_FOR,
    as_verb,
    told_as_own,
)
from bot.understand.needs import SENTENCE_END
from bot.understand.spelling import Speller
from knowledge.words import singular

MIN_CORRECTED = 5  # shorter words are too easily another word with one letter changed
SPELLING = 0.85  # difflib similarity for a misspelt job word
# The words that give an example of the career just named ("psychologist like a therapist")
EXAMPLE_OF = frozenset(("like", "like a", "like an", "such as", "such as a", "such as an"))


def _rather(word: str, job_word: str, english: Speller) -> bool:
    """``word`` is a misspelling of an ordinary word rather than of ``job_word``."""
    other = english.near(word)
    if not other or other == job_word:
        return False
    ratio = difflib.SequenceMatcher(None, word, other).ratio()
    return ratio >= difflib.SequenceMatcher(None, word, job_word).ratio()


@dataclass(frozen=True)
class Mention:
    """Careers a span of the message names: one for a title, several for a bare job word."""

    words: str
    slugs: tuple[str, ...]
    exact: bool  # the whole title (or an alternative title) was written
    own: bool  # the visitor's own job ("I'm a cashier"), not the one asked about


# A field of study named after a word ("marine biology", "animal science"): the word is part
# of the field's name, not a job.
FIELD = re.compile(r"^(?:\w+(?:ology|ogy|istry|onomy)|science|studies)$")


class CareerNames:
    """Finds which careers a message names, by whole titles first, then by job words."""

    def __init__(self, careers: Iterable[Career]) -> None:
        self.careers = {c.slug: c for c in careers}
        self._titles: dict[tuple[str, ...], set[str]] = {}
        self._heads: dict[str, set[str]] = {}
        # each career's alternative titles, and every word of its titles, as words
        self._alternate_words: dict[str, list[frozenset[str]]] = {}
        titled_words: dict[str, set[str]] = {}
        for career in self.careers.values():
            held = titled_words.setdefault(career.slug, set())
            for title in career.titles:
                words = tuple(tokens(title))
                held.update(words)
                if not words:
                    continue
                self._titles.setdefault(words, set()).add(career.slug)
                if (
                    words[-1] not in NOT_A_HEAD
                    and words[-1] not in NOT_A_PERSON  # "Aquacultural Animals" names no one
                    and not re.search(r",| of | for | in ", title)
                ):
                    self._heads.setdefault(words[-1], set()).add(career.slug)
            for title in career.alternates:
                words = tuple(tokens(title))
                if not words:
                    continue
                held.update(words)
                self._alternate_words.setdefault(career.slug, []).append(frozenset(words))
                self._titles.setdefault(words, set()).add(career.slug)
            for word in career.job_words:
                self._heads.setdefault(singular(word.lower()), set()).add(career.slug)
        own_names = {tuple(tokens(c.name)): c.slug for c in self.careers.values()}
        for said, slugs in self._titles.items():  # "human resource specialist", an
            if len(slugs) > 1 and own_names.get(said) in slugs:  # alternative title of HR
                self._titles[said] = {own_names[said]}  # managers too: the specialists
        careers_alternates = [(c.slug, c.alternates) for c in self.careers.values()]
        for lead, slug in title_leads(careers_alternates, self._titles).items():
            self._titles[lead] = {slug}
        career_names = {c.slug: c.name for c in self.careers.values()}
        for tail, slug in title_tails(careers_alternates, self._titles, career_names).items():
            self._titles[tail] = {slug}  # "security analyst": Cyber Security Analyst, IT…
        self._shared_tails = shared_tails(careers_alternates, self._titles)  # "data analyst"
        for head in SHARED_HEADS:  # a bare "technologist" is any of them, not the one career
            self._titles.pop((head,), None)  # with "Technologist" among its other titles
        known = {*self._heads, *(t[0] for t in self._titles if len(t) == 1)}
        for head, slug in title_heads(careers_alternates, known).items():
            self._titles[(head,)] = {slug}  # "linemen": Power Lineman, Utility Lineman…
        # a word a small career is named by also names a larger career whose name joins it
        # first ("Police and Sheriff's Patrol Officers"), not Transit Police alone; as a
        # modifier it names none ("Physician Assistants" are no physicians)
        for career in self.careers.values():
            name = tokens(career.name)
            first = name[0] if name[1:2] == ["and"] else ""
            for named in (self._titles.get((first,), set()), self._heads.get(first, set())):
                if named and career.prominence > max(self.careers[s].prominence for s in named):
                    named.add(career.slug)
        self.titles = frozenset(self._titles)  # every title and alternative title, as words
        self._longest = max((len(t) for t in self._titles), default=0)
        self.words = frozenset(w for title in self._titles for w in title) | frozenset(self._heads)
        for word in [w for w in self._heads if f"{w}r" in self._heads or f"{w}er" in self._heads]:
            del self._heads[word]  # a title cut short ("international sales manage")
        self.job_words = frozenset(self._heads)  # "nurse", "technician", "engineer"
        self._career_names = {slug: c.name for slug, c in self.careers.items()}
        # each career's name, as words
        self.name_words = {slug: frozenset(tokens(c.name)) for slug, c in self.careers.items()}
        self._titled_with: dict[str, set[str]] = {}  # the careers with a title holding a word
        for slug, held in titled_words.items():
            for word in held | self.name_words[slug]:
                self._titled_with.setdefault(word, set()).add(slug)
        self._name_sets = frozenset(self.name_words.values())
        self._helpers = helper_careers(self._career_names)
        self._speller = Speller((w for w in self.words if len(w) >= MIN_CORRECTED), SPELLING)

    def named_by(self, title: tuple[str, ...]) -> frozenset[str]:
        """The careers a title (as words) or alternative title names."""
        return frozenset(self._titles.get(title, ()))

    def corrected(
        self, message: str, known: Collection[str] = (), english: Speller | None = None
    ) -> str:
        """``message`` with misspelt job words put right ("plumer" → "plumber", "higenist"
        → "hygienist"), or ``""`` when no word needed it; ``known`` words are never corrected,
        nor a word ``english`` reads as an ordinary word at least as well ("actualy")."""
        changed = False
        out = []
        for word in re.findall(r"[A-Za-z]+|[^A-Za-z]+", message):
            low = word.lower()
            fine = singular(low) in self.words or low in known or singular(low) in known
            if len(low) >= MIN_CORRECTED and not fine:
                close = self._speller.closest(singular(low))
                if close and not (english and _rather(singular(low), close, english)):
                    word, changed = close, True
            out.append(word)
        return "".join(out) if changed else ""

    def mentions(self, message: str) -> list[Mention]:
        """The careers named in ``message``, in order of mention.

        Whole titles are read first (longest first); then single job words ("nurse") not
        inside a title, unless they only repeat a career already named.
        """
        message = without_workplaces(message, self._titles)
        # Hashtags are tags, not a phrase: "#medicine #doctor" is no "medicine physician".
        # A tag names the topic loosely ("#athlete" on a physical therapy question): a career
        # only a tag names counts when the text itself names none.
        words: list[str] = []
        tagged: set[int] = set()
        for n, part in enumerate(message.split("#")):
            tag, rest = [*re.split(r"\s+", part, maxsplit=1), ""][:2] if n else ("", part)
            tagged |= set(range(len(words), len(words) + len(tokens(tag))))
            words += [*tokens(tag), *_sentence_tokens(rest), ""]
        words = techs_spelt(words, self._titles, self._name_sets)  # "avionics tech"
        spans: list[tuple[int, int, set[str], bool]] = []
        covered: set[int] = set()
        i = 0
        while i < len(words):
            n = next(
                (
                    n
                    for n in range(min(self._longest, len(words) - i), 0, -1)
                    if tuple(words[i : i + n]) in self._titles
                ),
                0,
            )
            if n == 1 and (
                words[i] in ANYONE
                or (i - 1 in covered and words[i] in SHARED_HEADS)
                or _said_before(words, covered, i)
            ):  # a word for anyone ("guide"), the rest of a name ("hvac technician"), or a
                n = 0  # name's word again ("personal trainer… are gyms hiring trainers")
            elif n == 1 and i - 1 not in covered and (shared := self._tail(words, i)):
                spans.append((i - 1, 2, set(shared), False))  # "data analyst": not the one
                covered |= {i - 1, i}  # career titled "Analyst" alone, each ending so
            elif n:
                spans.append((i, n, self._titles[tuple(words[i : i + n])], True))
                covered |= set(range(i, i + n))
            i += n or 1
        named = {slug for *_, slugs, _ in spans for slug in slugs}
        said = {words[k] for k in covered}  # "registered nurse… the nurse": no second career
        for i, word in enumerate(words):
            slugs = self._heads.get(word, set()) | self._titles.get((word,), set())
            known = slugs and word not in ANYONE and not word.isdigit()
            rest_of_name = i - 1 in covered and word in SHARED_HEADS
            # "marine biology", "animal science": a word of the field, not its worker
            rest_of_name = rest_of_name or (i + 1 < len(words) and bool(FIELD.match(words[i + 1])))
            if slugs & named and word not in said:  # "chefs vs line cooks": the other cooks
                slugs = slugs - named
            again = _said_before(words, covered, i)
            if (
                i not in covered
                and known
                and slugs
                and not (slugs & named or again or rest_of_name)
            ):
                spans.append((i, 1, slugs, False))
        spans = as_helpers(words, spans, self._helpers, self._career_names)
        if any(i not in tagged for i, *_ in spans):
            spans = [span for span in spans if span[0] not in tagged]
        found: list[Mention] = []
        seen: set[tuple[str, ...]] = set()
        end = -1  # where the last career named ends
        last: tuple[int, int] | None = None  # where it starts, and its length
        taken = {k for start, size, *_ in spans for k in range(start, start + size)}
        for i, n, slugs, exact in sorted(spans, key=lambda s: s[0]):
            if not exact and found and " ".join(words[end:i]) in EXAMPLE_OF:
                continue  # "a psychologist like a therapist one": which one, not a second
            said_after = [w for w in words[i + n : i + n + 2] if w not in TELLING_ADVERBS]
            told = bool(said_after) and said_after[0] in TELLS  # "chemist literally says…"
            told = told or " ".join(words[i + n : i + n + 2]) in JUDGED  # "advisor was right"
            if told or BESIDES.search(" ".join(words[:i])):  # someone in the visitor's story
                continue
            if len(spans) > 1 and WORKS_FOR.search(" ".join(words[:i]) + " "):
                continue  # someone the job works for, not a second career asked about
            if AT_A_PLACE.search(" ".join(words[:i])) and PLACE.match(" ".join(words[i + n :])):
                continue  # "front desk at a dentist office": where the story happens
            if REQUIRED.search(" ".join(words[:i]) + " ") and PURPOSE.match(
                " ".join(words[i + n : i + n + 3])
            ):  # "do I need to be an EMT to get hired?": asked of the job, not of EMTs
                continue
            if n == 1 and as_verb(message, words[i]):
                continue  # "do dietitians actually cook or just plan": what they do
            if HIRING_OTHERS.match(" ".join(words[i + n : i + n + 6])):
                continue  # "are dentists hiring a lot of them": those hygienists' employers
            if len(slugs) > 1:  # "network engineer", "quality engineer": the one titled so
                named_as = words[i : i + n] if n > 1 or not i else words[i - 1 : i + 1]
                several = exact and n > 1  # a title O*NET gives several careers
                titled = mostly_titled(
                    named_as, slugs, self._alternate_words, self._titled_with, several
                )
                if len(titled) == 1:
                    i, n, slugs, exact = i - 1 if n == 1 else i, len(named_as), titled, True
            if len(slugs) > 1 and i > 0:  # "wholesale sales representative": the wholesale ones
                slugs = self._named_before(words[i - 1], slugs)
            spelt, spelt_words, start = spelt_whole(words, (i, n), last, self.name_words, taken)
            if not spelt or {spelt} == set(slugs) or (exact and len(slugs) == 1):
                spelt_words = ""  # "civil engineer or architect": the architects, named whole
            else:  # "medical lab technologist", "a med lab technician and a technologist"
                slugs, exact, i, n = {spelt}, False, start, i + n - start
            key = tuple(sorted(slugs))
            if key not in seen:
                seen.add(key)
                own = told_as_own(" ".join(words[:i]) + " ", " ".join(words[i + n : i + n + 3]), i)
                found.append(Mention(spelt_words or " ".join(words[i : i + n]), key, exact, own))
                end, last = i + n, (i, n)
        # a title said again more narrowly ("sales rep, like wholesale sales representative"):
        # the narrower one
        return [
            m
            for m in found
            if not any(o.words == m.words and set(o.slugs) < set(m.slugs) for o in found)
        ]

    def _tail(self, words: list[str], i: int) -> frozenset[str]:
        """The careers whose alternative titles end in ``words[i]`` and the word before it."""
        return (
            self._shared_tails.get(tuple(words[i - 1 : i + 1]), frozenset()) if i else frozenset()
        )

    def _named_before(self, word: str, slugs: Collection[str]) -> set[str]:
        """Of ``slugs``, those whose name holds ``word``, said just before a title they share
        ("wholesale sales representative"), when some but not all do; else all of them."""
        if len(word) < MIN_NARROWING or word in NARROWS_NONE:
            return set(slugs)
        named = {s for s in slugs if word in self.name_words[s]}
        return named if named and len(named) < len(slugs) else set(slugs)


def _said_before(words: list[str], covered: set[int], i: int) -> bool:
    """``words[i]`` ends a title said before it ("personal trainer… are gyms hiring
    trainers?"): that title again, no second career; a word that only qualified the title
    names a job of its own ("been a teacher's aide… like to become a teacher myself")."""
    return any(words[k] == words[i] and k + 1 not in covered for k in covered if k < i)


def _sentence_tokens(text: str) -> list[str]:
    """The job-word tokens of ``text``, an empty one where each sentence ends: a name never
    runs across one ("forget farms. animal caretakers" is no "farm animal caretaker")."""
    return [t for part in SENTENCE_END.split(text) for t in (*tokens(part), "")][:-1]
