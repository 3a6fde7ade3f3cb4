"""Which passages answer what was asked: the asked-for kind of section, a level, a section or
name the question writes out, the previous answer's subject, a whole topic when the whole is
asked."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft
from bot.compose.extractive import sections_draft
from bot.compose.parts import named_parts, titled_sections
from bot.compose.rare_words import rare_sections
from bot.compose.reading import DEFINE, MENTIONED_TERM
from bot.compose.rungs import guide_levels, names_rung, rungs_asked
from bot.retrieval.retriever import Hit, Retriever
from bot.retrieval.units import UnitBank
from bot.text import whole_words
from bot.understand.asks import written_names
from bot.understand.experience import years_span
from bot.understand.needs import (
    BOTH_SIDES,
    Need,
    answer_weight,
    answers,
    lists_names,
    one_level,
)
from knowledge.model import Guide
from store.conversations import Turn

# An open question leans to the careers the router ranked first: which career fits weighs
# more than one passage's wording ("mechanical engineering" in a technologists' task list).
CAREER_FIT_WEIGHT = 2.0
# How few sections must hold a name the question writes out for it to point at them, and how
# far ahead they go (enough that a section merely near the question is not quoted beside).
NAMED_SECTIONS = 2
NAMED_LEAD = 0.25
MIN_TERM = 2  # letters of a term asked to be explained ("PLC")
NEED_BONUS = 0.4  # a section of the kind the question asks for ("where do I start?")
TIE = 1e-3  # ahead of an equal score
NAME_LIST_PENALTY = 0.6  # a list of job titles, when no names were asked for
LEVEL_PENALTY = 0.3  # one career level's section, for a question about no level
NEEDED_SECTIONS = 2  # sections of the asked-for kind brought in when retrieval missed them
NAMED_PART_ITEMS = 20  # items of each part a question names together (pros and cons): all
# One side of the job asked for by name ("what are the cons", "any upsides?"): that list whole.
ONE_SIDE = {
    " › Pros": whole_words(r"pros", r"upsides?", r"advantages", r"perks", r"positives"),
    " › Cons": whole_words(r"cons", r"downsides?", r"drawbacks", r"disadvantages", r"negatives"),
}
WHOLE_TOPICS = {Need.DAY: 4}  # kinds answered by every sub-section (items each: a whole slot)
# a kind of section a guide lacks, and what answers next
# (what the work is says most of its physical side: "work from ladders, scaffolds, or roofs")
STAND_INS = {Need.DAY: Need.DUTIES, Need.ADVANCE: Need.RELATED, Need.SETTING: Need.DUTIES}


class Focus:
    """Re-ranks retrieved passages by what the question asks for."""

    def __init__(self, retriever: Retriever, bank: UnitBank) -> None:
        self._retriever = retriever
        self._bank = bank

    def ahead(self, hits: list[Hit], previous: Turn, vector: np.ndarray) -> list[Hit]:
        """The previous answer's own sections first: the question is about what it said."""
        said = set(previous.sections)
        found = [
            h
            for guide in previous.guides[:1]
            for h in self._retriever.in_sections(guide, said.__contains__, vector)
        ]
        if not found:
            return hits
        top = max((h.score for h in hits), default=0.0) + 0.01
        kept = [h for h in hits if h.chunk.section not in said]
        return [Hit(found[0].chunk, top, found[0].similarity), *kept]

    def suit(
        self,
        hits: list[Hit],
        need: Need | None,
        vector: np.ndarray,
        guide: str,
        about_levels: bool = False,
        general: bool = False,
    ) -> list[Hit]:
        """Hits re-ranked by what the question needs: ``guide``'s sections of the asked-for
        kind up (brought in when retrieval missed them; ``guide`` is the career answered, the
        best-fitting one when none was named), lists of names down, one career level's
        section down unless levels are asked about (``general``: the kind's general terms answer
        in full, as for how long it takes or which traits it asks)."""
        names_asked = need in (Need.ALIASES, Need.RELATED)
        suited = [
            Hit(
                h.chunk,
                h.score
                + (
                    NEED_BONUS * answer_weight(need, h.chunk.section, general)
                    if h.chunk.guide == guide
                    else 0
                )
                - (NAME_LIST_PENALTY if lists_names(h.chunk.section) and not names_asked else 0)
                - (LEVEL_PENALTY if one_level(h.chunk.section) and not about_levels else 0),
                h.similarity,
            )
            for h in hits
        ]

        def fits(section: str) -> bool:  # one level's section answers only about levels
            return answers(need, section) and (about_levels or not one_level(section))

        mine = [h for h in hits if h.chunk.guide == guide]

        def fully(section: str) -> bool:
            return fits(section) and answer_weight(need, section, general) == 1.0

        if need is not None and not any(fully(h.chunk.section) for h in mine):
            found = self._retriever.in_sections(guide, fits, vector)
            if not found and need in STAND_INS:  # "a typical day" of a guide with no day
                return self.suit(hits, STAND_INS[need], vector, guide, about_levels, general)
            seen = {h.chunk.id for h in hits}
            top = max((h.score for h in suited), default=0.0)
            suited += [  # asked for plainly, so ahead of whatever retrieval preferred
                Hit(
                    h.chunk,
                    max(h.score + NEED_BONUS, top + 0.01 * (NEEDED_SECTIONS - n)),
                    h.similarity,
                )
                for n, h in enumerate(found[:NEEDED_SECTIONS])
                if h.chunk.id not in seen
            ]
        if any(fully(h.chunk.section) for h in suited if h.chunk.guide == guide):
            suited = [h for h in suited if fully(h.chunk.section) or not fits(h.chunk.section)]
            # asked for plainly, ahead of a section of another kind ("…what programs would
            # i need to learn": the Tech Stack, not How to Become One)
            other = [h.score for h in suited if _other_kind(need, h.chunk.section)]
            other = [] if need is Need.HARD else other  # "is it hard?": the evidence decides
            top = max(other, default=0.0)
            suited = [
                Hit(h.chunk, max(h.score, top + TIE), h.similarity)
                if h.chunk.guide == guide and fully(h.chunk.section)
                else h
                for h in suited
            ]
        return sorted(suited, key=lambda h: h.score, reverse=True)

    def for_years(self, hits: list[Hit], years: float, vector: np.ndarray, guide: str) -> list[Hit]:
        """``guide``'s levels whose years of experience hold the visitor's ``years`` ("I have
        15 years": Senior, 5+, and Lead, 7+) ahead of ``hits``, the lowest first, and no
        other level."""
        fitting: dict[str, tuple[int | float, Hit]] = {}
        for hit in self._retriever.in_sections(guide, one_level, vector):
            span = years_span(hit.chunk.text)
            if span and span[0] <= years <= span[1] and hit.chunk.section not in fitting:
                fitting[hit.chunk.section] = (span[0], hit)
        if not fitting:
            return hits
        ordered = [hit for _, hit in sorted(fitting.values(), key=lambda pair: pair[0])]
        ahead = _ahead(hits, ordered)
        return [*ahead, *(h for h in hits if not one_level(h.chunk.section))]  # no other level

    def rung(
        self, hits: list[Hit], message: str, previous: Turn | None, vector: np.ndarray
    ) -> list[Hit]:
        """``hits`` led by the level sections a question asks about by name ("how do I move
        up to supervisor?", "lead vs senior") or as the one after the last answer's level
        ("the next level after that"), lowest first, and no other level; ``[]`` when none."""
        if not names_rung(message):
            return []
        guide = hits[0].chunk.guide
        levels = guide_levels(self._bank, guide)
        career = self._bank.units[self._bank.of_guide(guide)[0]].chunk.guide_title
        shown = previous.sections if previous is not None else []
        spans = {
            s: " ".join(self._bank.units[i].text for i in self._bank.of_section(guide, s))
            for s in levels
        }
        wanted = rungs_asked(message, levels, career, shown, spans)
        if not wanted or len(wanted) == len(levels):
            return []
        best = self._best_of_sections(guide, set(wanted), vector)
        ahead = _ahead(hits, [best[s] for s in wanted if s in best])
        return [*ahead, *(h for h in hits if not one_level(h.chunk.section))]

    def naming(
        self,
        hits: list[Hit],
        message: str,
        vector: np.ndarray,
        define: bool = True,
        known: bool = True,
    ) -> list[Hit]:
        """``hits`` led by the sections of their guide that hold a name the message writes
        out ("which of those is from the Manufacturing Skill Standards Council?"), when at
        most :data:`NAMED_SECTIONS` hold it, or by the prose explaining a term it asks about
        (``define``: not one the last answer named), or, for a question of no ``known`` kind,
        by the sections holding a word few of them hold; ``[]`` when none."""
        guide = hits[0].chunk.guide
        sections = {self._bank.units[i].chunk.section for i in self._bank.of_guide(guide)}
        titled = titled_sections(message, sections, hits[0].chunk.guide_title)
        if titled:  # "what's on the tech skills list": that section
            best = self._best_of_sections(guide, titled, vector)
            return [
                *_ahead(hits, list(best.values()), NAMED_LEAD),
                *(h for h in hits if h.chunk.section not in titled),
            ]
        for name in written_names(message):
            units = (self._bank.units[i] for i in self._bank.of_guide(guide))
            holding = {u.chunk.section for u in units if name in u.text.lower()}
            if 0 < len(holding) <= NAMED_SECTIONS:
                best = self._best_of_sections(guide, holding, vector)
                ahead = _ahead(hits, list(best.values()), NAMED_LEAD)
                return [*ahead, *(h for h in hits if h.chunk.section not in best)]
        if define and (defined := self._defining(hits, message, vector)):
            return defined
        title, rare_of = hits[0].chunk.guide_title, self._retriever.rare
        rare = set() if known else rare_sections(message, self._bank, guide, title, rare_of)
        if rare:  # "how high up do they climb?": the duty of climbing
            best = self._best_of_sections(guide, rare, vector)
            ahead = _ahead(hits, list(best.values()))
            return [*ahead, *(h for h in hits if h.chunk.section not in best)]
        return []

    def _defining(self, hits: list[Hit], message: str, vector: np.ndarray) -> list[Hit]:
        """``hits`` led by the section whose prose best speaks of the term a question asks
        to have explained ("what is PLC": "…machines rely on PLCs for control"), not a list
        naming it; ``[]`` when it asks none or no sentence names it."""
        sentences = re.split(r"(?<=[.!?])\s+", message.strip())
        found = next((m for s in reversed(sentences) if (m := DEFINE.match(s))), None)
        found = found or MENTIONED_TERM.search(message)  # "You mentioned X, what is that?"
        if found is None or len(found["term"]) < MIN_TERM:
            return []  # "what is PLC? everybody say PLC": the sentence that asks
        written = r"[\s/-]+".join(map(re.escape, re.split(r"[\s/-]+", found["term"])))
        term = re.compile(rf"\b{written}", re.IGNORECASE)  # "lockout tagout", "lockout/tagout"
        spelt = re.compile(rf"\b{written}s?\s+\(", re.IGNORECASE)
        guide = hits[0].chunk.guide
        units = [self._bank.units[i] for i in self._bank.of_guide(guide)]
        holding = {u.chunk.section for u in units if not u.is_item and term.search(u.text)}
        # a line spelling the term out ("PLCs (Programmable Logic Controllers)") explains it
        holding = {u.chunk.section for u in units if spelt.search(u.text)} or holding
        best = sorted(
            self._best_of_sections(guide, holding, vector).values(), key=lambda h: -h.score
        )[:1]
        ahead = _ahead(hits, best, NAMED_LEAD)
        return [*ahead, *(h for h in hits if h.chunk.section not in holding)] if best else []

    def _best_of_sections(
        self, guide: str, sections: set[str], vector: np.ndarray
    ) -> dict[str, Hit]:
        """The best-scoring hit of each of ``guide``'s ``sections``, best section first."""
        best: dict[str, Hit] = {}
        for hit in self._retriever.in_sections(guide, sections.__contains__, vector):
            best.setdefault(hit.chunk.section, hit)
        return best

    def whole_topic(
        self, message: str, vector: np.ndarray, hits: list[Hit], guide: Guide, need: Need | None
    ) -> Draft | None:
        """A whole typical day, or both pros and cons, when the question asks for the whole."""
        paths = [s.path_text for s in guide.walk()]
        top = hits[0].chunk.section
        if need in WHOLE_TOPICS and answers(need, top):
            parent = top.split(" › ")[0]
            keys = [(guide.slug, p) for p in paths if p.startswith(f"{parent} › ")]
            return sections_draft(vector, self._bank, keys, WHOLE_TOPICS[need]) if keys else None
        for parent in dict.fromkeys(h.chunk.section.split(" › ")[0] for h in hits[:3]):
            named = [p for p in named_parts(message, guide, parent) if not one_level(p)]
            if len(named) > 1:  # "technical and soft skills?": each, in full
                keys = [(guide.slug, p) for p in named]
                return sections_draft(vector, self._bank, keys, NAMED_PART_ITEMS)
        if BOTH_SIDES.search(message):
            sides = [p for p in paths if p.endswith((" › Pros", " › Cons"))]
            if len(sides) == 2:  # both whole: "pros and cons?" asks for every one
                keys = [(guide.slug, p) for p in sides]
                return sections_draft(vector, self._bank, keys, NAMED_PART_ITEMS)
        named_sides = [end for end, side in ONE_SIDE.items() if side.search(message)]
        sides = [p for p in paths if len(named_sides) == 1 and p.endswith(named_sides[0])]
        if len(sides) == 1:  # "what are the cons": that side, whole
            return sections_draft(vector, self._bank, [(guide.slug, sides[0])], NAMED_PART_ITEMS)
        return None


def favour_fit(hits: list[Hit], fit: dict[str, float]) -> list[Hit]:
    """Hits re-ranked with how well their career fits the question."""
    moved = [
        Hit(h.chunk, h.score + CAREER_FIT_WEIGHT * fit.get(h.chunk.guide, 0.0), h.similarity)
        for h in hits
    ]
    return sorted(moved, key=lambda h: h.score, reverse=True)


def _ahead(hits: list[Hit], chosen: list[Hit], lead: float = 0.0) -> list[Hit]:
    """``chosen`` re-scored just above the best of ``hits`` (by ``lead`` more), in order."""
    top = max((h.score for h in hits), default=0.0) + lead
    return [
        Hit(h.chunk, top + 0.01 * (len(chosen) - n), h.similarity) for n, h in enumerate(chosen)
    ]


def _other_kind(need: Need | None, section: str) -> bool:
    """``section`` is the plain answer to another kind of question than ``need``."""
    return not answers(need, section) and any(answers(n, section) for n in Need if n is not need)
