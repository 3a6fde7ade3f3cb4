"""A job word or title narrowed to the one career meant: by the conversation's career ("police"
on the patrol officers' page), by the careers it lists as related ("the helper job" on the
electricians' page), by the career whose own name it is ("data scientist"), or by a longer
title the message also writes ("the nurse… The practical nurse, LPN")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.routing.job_words import tokens
from bot.routing.names import CareerNames, Mention
from bot.routing.titles import title_forms
from bot.routing.told_jobs import as_verb, own_years_aside
from bot.text import english_stemmer
from bot.understand.aversions import Aversion
from knowledge.model import Guide

# Words of many careers' names, naming none of them ("general", "service", "worker").
LOOSE_NAME_WORDS = frozenset(
    {"general", "service", "worker", "other", "specialist", "technician", "assistant",
     "operator", "except", "including"}
)  # fmt: skip
MIN_ALTERNATES_ENDING = 2  # alternative titles of a career ending in a job word: it goes by it
COMMON = frozenset(("worker", "and", "other", "all"))  # words any two careers may share
MIN_NAME_WORD = 4  # letters of a name word that picks its career among those in play
SHORT_WORD = 3  # letters of a word written short for a name's word ("lab": laboratory)
# A liking told ("i really love animals", "i'm into cars"): what follows is what is liked.
LIKES = (
    r"\b(?:love|loves|like|likes|into|enjoy|enjoys|passionate about|passion for|interested in)"
    r"\s+"
)
# The sections that list a guide's related careers.
RELATED_LIST = re.compile(r"related roles|related occupations", re.IGNORECASE)


class Narrowing:
    """Narrows mentions to one career by the careers' names and related lists."""

    def __init__(self, guides: Sequence[Guide], names: CareerNames) -> None:
        self.careers = names.careers
        self.name_words = names.name_words
        stem = english_stemmer().stemWord
        self._name_stems = {
            slug: frozenset(stem(w) for w in words) for slug, words in self.name_words.items()
        }
        self._loose_stems = frozenset(stem(w) for w in LOOSE_NAME_WORDS)
        # The careers each guide lists as related ("QA testers" after software developers:
        # Software Quality Assurance Analysts and Testers, not factory inspectors)
        titles = {g.career.lower(): g.slug for g in guides}
        self.related = {
            g.slug: tuple(
                dict.fromkeys(
                    titles[item.lower()]
                    for s in g.walk()
                    if RELATED_LIST.search(s.title)
                    for item in s.items
                    if item.lower() in titles
                )
            )
            for g in guides
        }

    def narrower(self, meant: str, mentions: list[Mention]) -> str:
        """The career a title of several words names, where ``meant`` came from a bare job
        word it shares ("I mean the nurse not the assistant. The practical nurse, LPN.";
        "not architects, landscaping. … anything on landscaping supervisors?"), else ``meant``."""
        if any(" " in m.words and meant in m.slugs for m in mentions):
            return meant  # "I meant registered nurse": named whole
        own = set(self.name_words[meant])
        narrower = [
            m.slugs[0]
            for m in mentions
            if m.exact
            and len(m.slugs) == 1
            and " " in m.words
            and not m.own  # "I'm a medical assistant… looking at sonography": not mine
            and m.slugs[0] != meant
            and set(m.words.split()) & own  # "landscaping. … landscaping supervisors?"
        ]
        return narrower[0] if len(narrower) == 1 else meant

    def named_among(self, message: str, current: Sequence[str]) -> str | None:
        """The one of the careers in play ``message`` names by a word of its name no other of
        them has ("how many openings for aircraft mechs" after aircraft and diesel
        mechanics), else ``None``."""
        stem = english_stemmer().stemWord  # "is barbering growing": the barbers
        said = {stem(w) for w in tokens(message) if not as_verb(message, w)}  # not "do they
        own = {  # actually cook": what they do
            slug: {stem(w) for w in self.name_words[slug] if len(w) >= MIN_NAME_WORD}
            - {stem(w) for w in LOOSE_NAME_WORDS}
            for slug in current
        }
        named = [
            slug
            for slug in current
            if (said & own[slug]).difference(*(own[c] for c in current if c != slug))
        ]
        return named[0] if len(named) == 1 else None

    def asked_among(self, message: str, current: Sequence[str]) -> str | None:
        """The one career in play ``message`` asks of: named by a word no other has outside
        the years of the visitor's own work it tells, or the other of two when only those
        years name one ("would my 10 years of bedside nursing count as the experience they
        want?" after managers and nurses: the managers)."""
        aside = own_years_aside(message)
        one = self.named_among(aside, current)
        if one or aside == message or len(current) != 2:
            return one
        own = self.named_among(message, current)
        return next((c for c in current if c != own), None) if own else None

    def names_page(self, message: str, page: str) -> bool:
        """``message`` tells a liking in a word of the page's career's own name ("i really
        love animals" on the animal caretakers' page), not the visitor's own work in it ("i do
        call center customer service" on the representatives' page)."""
        own = [w for w in self.name_words[page] - LOOSE_NAME_WORDS if len(w) >= MIN_NAME_WORD]
        said = " ".join(tokens(message))
        return any(re.search(rf"{LIKES}(?:\w+ ){{0,2}}{re.escape(w)}\b", said) for w in own)

    def named_by(self, avoided: list[Aversion], current: Sequence[str]) -> set[str]:
        """The careers in play an aversion names by words of their name ("forget diesel"), of
        a title they go by ("tech support": Computer User Support Specialists), or by their
        work ("not coaching": Coaches and Scouts)."""
        stem = english_stemmer().stemWord
        said = [{stem(w) for w in tokens(part)} for a in avoided for part in a.each]
        said = [w for w in said if w]
        if not said:
            return set()

        def names(career: str) -> list[set[str]]:  # its name's words, and each title it goes by
            titles = [{stem(w) for w in tokens(t)} for t in self.careers[career].alternates]
            return [{stem(n) for n in self.name_words[career]}, *titles]

        return {c for c in current if any(w <= n for n in names(c) for w in said)}

    def of_context(
        self, mention: Mention, context: list[str], alternates: bool = True
    ) -> Mention | None:
        """A job word the conversation's career is named by ("police" on the patrol officers'
        page, "drafters" on the architectural drafters'): that career, not another the word
        also names; by the end of its ``alternates`` too ("captains" on the pilots' page)."""
        if not context:
            return None
        said = tokens(mention.words)
        if " " in mention.words:  # "vet assistant" names its own career, though "coders" (read
            # as "computer programmer") is the medical records specialists' Medical Coder,
            # unless its own is in play ("NPs" beside critical care nurses)
            apart = alternates and mention.exact and not set(mention.slugs) & set(context)
            return self._by_alternates(mention, context, said) if apart else None
        # "and the tech?" after pharmacists and pharmacy technicians: the technicians
        for slug in context:  # "trainers" after Exercise Trainers and Group Fitness Instructors
            own = self.careers[slug].name.split("--")[0]  # "Helpers--Plumbers…": helpers
            heads = [tokens(part)[-1:] for part in re.split(r",| and ", own)]
            mine = slug in mention.slugs and not self._of_its_own(mention, slug)
            word = tokens(mention.words)[-1]  # "stylists" of Hairstylists, not fashion's
            ends = len(word) >= MIN_NAME_WORD + 1 and any(h and h[-1].endswith(word) for h in heads)
            if mine or tokens(mention.words) in heads or ends:
                return replace(mention, slugs=(slug,))
        if alternates and (by_alternates := self._by_alternates(mention, context, said)):
            return by_alternates
        for slug in context:  # "i love animals, what are my options" on the animal
            # caretakers' page: a loose word of its own name, not the farm animals' workers
            if not mention.exact and set(tokens(mention.words)) <= self.name_words[slug] - COMMON:
                return replace(mention, slugs=(slug,))
        return None

    def _by_alternates(
        self, mention: Mention, context: list[str], said: list[str]
    ) -> Mention | None:
        """The career of ``context`` whose alternative titles end in the job word ("or is that
        just the captains" on the airline pilots' page: Airline Captain, Aircraft Captain…
        are theirs, not the ships')."""
        for slug in context:
            ending = self.careers[slug].alternates_ending(said)
            if ending >= MIN_ALTERNATES_ENDING and not self._of_its_own(mention, slug):
                return replace(mention, slugs=(slug,))
        return None

    def _of_its_own(self, mention: Mention, slug: str) -> bool:
        """A career related to ``slug`` is the job word's, over the same work ("supervisor"
        on the guards' page: First-Line Supervisors of Security Workers; not the Captains…
        of Water Vessels for "captains" on the airline pilots')."""
        word, own = tokens(mention.words)[-1], set(tokens(self.careers[slug].name))
        for other in (self.careers.get(s) for s in self.related.get(slug, ())):
            name = other.name.split(" of ", 1) if other else []
            if len(name) == 2 and word in tokens(name[0]) and own & set(tokens(name[1])) - COMMON:
                return True
        return False

    def in_context(self, mention: Mention, context: list[str]) -> Mention | None:
        """A title several careers go by, one of them the conversation's ("real estate agent"
        on the sales agents' page, though brokers go by it too): that career."""
        here = [s for s in context if s in mention.slugs and not self._of_its_own(mention, s)]
        return replace(mention, slugs=(here[0],)) if here and len(mention.slugs) > 1 else None

    def related_of(self, mention: Mention, context: list[str]) -> Mention | None:
        """A title several careers go by, narrowed to those the conversation's careers list
        as related ("QA testers" after software developers), else ``None``."""
        related = [s for s in mention.slugs if any(s in self.related.get(c, ()) for c in context)]
        if " " not in mention.words and not related and not set(mention.slugs) & set(context):
            # "whats the helper job" on the electricians' page: Helpers--Electricians
            near = {s for c in context for s in self.related.get(c, ()) if s in self.careers}
            related = [s for s in near if mention.words in tokens(self.careers[s].name)]
        if len(related) != 1 or (len(mention.slugs) < 2 and " " in mention.words):
            return None
        return replace(mention, slugs=tuple(related))

    def spelt_out(self, mention: Mention, context: list[str]) -> Mention | None:
        """A title written short that a career of the conversation's name spells out ("lab
        technologist" on the medical and clinical laboratory technologists' page), else
        ``None``."""
        said = tokens(mention.words)
        if len(said) < 2 or any(len(w) < SHORT_WORD for w in said):
            return None  # one word is a job word, not a title written short
        for slug in context:
            name = self.name_words.get(slug, frozenset())
            if slug not in mention.slugs and all(any(n.startswith(w) for n in name) for w in said):
                return replace(mention, slugs=(slug,))
        return None

    def kin_in_context(self, mention: Mention, context: list[str]) -> Mention | None:
        """Another career's alternative title its name does not spell ("crew supervisor", the
        farming supervisors') said in a conversation whose career lists one career by the
        title's job noun as related (the construction trades' supervisors, on the
        construction managers' page): that one; else ``None``."""
        if not mention.exact or len(mention.slugs) != 1 or not context:
            return None
        slug, said = mention.slugs[0], tokens(mention.words)
        forms = {" ".join(tokens(form)) for form in title_forms(self.careers[slug].name)}
        near = list(dict.fromkeys(s for c in context for s in self.related.get(c, ())))
        if slug in context or slug in near or " ".join(said) in forms or not said:
            return None
        if set(said[:-1]) & self.name_words.get(slug, frozenset()):
            return None  # "office manager": the office supervisors' name says it
        kin = [s for s in near if said[-1] in self.name_words.get(s, frozenset())]
        return replace(mention, slugs=(kin[0],)) if len(kin) == 1 else None

    def of_own(self, mention: Mention, own: list[Mention]) -> Mention | None:
        """A bare job word naming the visitor's own job in other words, that job's career
        ("ive been a realtor… is that normal for agents": Real Estate Sales Agents, not the
        artists' agents); else ``None``."""
        if len(tokens(mention.words)) != 1:
            return None
        word = tokens(mention.words)[0]
        slugs = {s for o in own for s in o.slugs if word in self.name_words[s]}
        return replace(mention, slugs=(slugs.pop(),)) if len(slugs) == 1 else None

    def own_name(self, mention: Mention) -> Mention | None:
        """A title several careers go by, narrowed to the one whose own name it is ("data
        scientist": Data Scientists, not Bioinformatics Scientists' alternative title; "HR
        specialist" though the page's HR managers list specialists as related); else
        ``None``."""
        if not mention.exact or len(mention.slugs) < 2:
            return None
        own = [
            slug
            for slug in mention.slugs
            if mention.words
            in {" ".join(tokens(form)) for form in title_forms(self.careers[slug].name)}
        ]
        return replace(mention, slugs=tuple(own)) if len(own) == 1 else None

    def related_named(self, career: str, mentions: list[Mention], context: list[str]) -> str:
        """Of the careers a job word naming ``career`` goes by, the one ``context`` lists as
        related ("what do helpers make compared" after plumbers: their helpers), else it; a
        career of ``context`` stays ("airline pilot vs commercial pilot" after the airline
        pilots, though the commercial pilots go by "airline pilot" too)."""
        if career in context:
            return career
        for mention in mentions:
            if career in mention.slugs and (related := self.related_of(mention, context)):
                return related.slugs[0]
        return career

    def qualified(self, mention: Mention, message: str) -> Mention:
        """A title narrowed by the field word written right before it to the one career
        whose name has both ("landscaping crew supervisor": the landscaping supervisors,
        not the farming ones whose alternative title "crew supervisor" is), or the field word
        after "of" ("first-line supervisors of landscaping"); else as it is."""
        said = tokens(message)
        head = tokens(mention.words)
        at = next((i for i in range(len(said)) if said[i : i + len(head)] == head), -1)
        stem = english_stemmer().stemWord
        after = said[at + len(head) : at + len(head) + 2] if at >= 0 and head else []
        if len(mention.slugs) > 1 and len(after) == 2 and after[0] == "of":
            of = [s for s in mention.slugs if stem(after[1]) in self._name_stems[s]]
            if len(of) == 1:  # "the first-line supervisors of landscaping guide"
                return replace(mention, slugs=(of[0],), exact=True)
        if at < 1 or not head or _apart(message, said[at - 1], head[0]):
            return mention  # "not security. network engineer": a sentence between them
        field, noun = stem(said[at - 1]), stem(head[-1])
        if len(field) < MIN_NAME_WORD or field in self._loose_stems:
            return mention
        if any(field in self._name_stems[s] for s in mention.slugs):
            return mention
        both = [slug for slug, stems in self._name_stems.items() if {field, noun} <= stems]
        return replace(mention, slugs=(both[0],), exact=True) if len(both) == 1 else mention


def _apart(message: str, before: str, first: str) -> bool:
    """``before`` and the ``first`` word of a title after it are in two sentences or
    clauses of ``message`` ("not security. network engineer")."""
    gap = re.search(rf"\b{re.escape(before)}(\W+){re.escape(first)}", message, re.IGNORECASE)
    return bool(gap and re.search(r"[.!?;,]", gap[1]))
