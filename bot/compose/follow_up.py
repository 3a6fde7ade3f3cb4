"""A follow-up about the last answer itself: the item an ordinal points at ("the top one"),
the rest of a list it showed in part ("the other five"), or the part of its section the
message names ("what about after lunch?")."""

from __future__ import annotations

import numpy as np

from bot.compose.lists import WHOLE_LIST, shown_in_part
from bot.compose.parts import named_part
from bot.compose.reading import ANOTHER
from bot.retrieval.retriever import Hit, Retriever
from bot.understand.intents import Intent
from bot.understand.needs import Need, answers
from bot.understand.references import ordinal
from knowledge.model import Guide
from store.conversations import Turn


class FollowUp:
    """Finds what of the last answer a follow-up points at, as hits."""

    def __init__(self, guides: dict[str, Guide], retriever: Retriever) -> None:
        self._guides = guides
        self._retriever = retriever

    def in_previous(
        self,
        question: str,
        message: str,
        previous: Turn,
        vector: np.ndarray,
        intent: Intent | None,
        need: Need | None,
        hits: list[Hit],
    ) -> tuple[list[Hit], Need | None]:
        """``hits`` led by the part of the last answer a follow-up points at ("the second
        part", "the other five", "what about after lunch?"), and what is still asked."""
        inherited = need is not None and bool(ANOTHER.match(message))  # "what about…"
        part = (
            []
            if intent or (need and not inherited)
            else self._part(question, previous, vector, need)
        )
        at = self._pointed_at(question, previous, vector)  # "the second part"
        need = None if part or at else need  # "what about after lunch?": that part only
        rest = self._rest_of_list(question, previous, vector)  # "the other five"
        return at or rest or part or hits, need

    def _part(
        self, message: str, previous: Turn, vector: np.ndarray, need: Need | None
    ) -> list[Hit]:
        """The sub-section of the last answer's section the follow-up names, as hits; one
        of the kind it asks (``need``: "what about the hours?" names no remote-work FAQ)."""
        guide = self._guides.get(previous.guides[0]) if previous.guides else None
        target = named_part(message, guide, previous.sections) if guide else None
        if target and need is not None and not answers(need, target):
            target = None
        keep = target.__eq__ if target else None
        return self._retriever.in_sections(guide.slug, keep, vector) if guide and keep else []

    def _pointed_at(self, message: str, previous: Turn, vector: np.ndarray) -> list[Hit]:
        """The previous answer's item an ordinal points at ("the top one"), as hits."""
        n = ordinal(message)
        sections = previous.sections
        if n is None or len(sections) < 2 or n >= len(sections):
            return []
        target = sections[n]
        return [
            hit
            for guide in previous.guides[:1]
            for hit in self._retriever.in_sections(guide, lambda s: s == target, vector)
        ]

    def _rest_of_list(self, message: str, previous: Turn, vector: np.ndarray) -> list[Hit]:
        """The list the previous answer showed in part, when the rest is asked for ("the
        other five as well"), as hits."""
        title = shown_in_part(previous.answer)
        if not title or not WHOLE_LIST.search(message):
            return []
        wanted = next((s for s in previous.sections if s.split(" › ")[-1] == title), "")
        return [
            hit
            for guide in previous.guides[:1]
            for hit in self._retriever.in_sections(guide, lambda s: s == wanted, vector)
        ]
