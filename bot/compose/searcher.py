"""Retrieval for one question: within the careers routed to (and the whole corpus when
open); a follow-up also searches with the conversation's last turn."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from bot.compose.focus import Focus
from bot.compose.reading import keeps_to_answer
from bot.retrieval.retriever import Hit, Retriever, blend, union
from bot.text import whole_words, without_markers
from bot.understand.levels import LEVEL_SHOWN
from bot.understand.needs import is_credits
from bot.understand.references import elliptical, moves_on, refers_back
from bot.understand.vocabulary import expand
from knowledge.model import Guide
from store.conversations import Turn

FOLLOW_UP_CONTEXT_WEIGHT = 0.3
REFERENCE_CONTEXT_WEIGHT = 1.0
CONTINUITY_BONUS = 0.8
REPEAT_PENALTY = 0.5
# A level put aside or a person in the story, no part of what to look for ("no not the
# lead, i mean a regular tech", "my lead says I should apply")
NOT_SOUGHT = whole_words(
    r"(?:not|no) (?:the |a |an )?(?:lead|senior|junior|entry[- ]level|mid[- ]level)s?",
    r"my (?:lead|supervisor|boss|manager)",
)
SOURCES_ASKED = whole_words(
    r"sources?",
    r"references?",
    r"where (?:does|do) (?:the|this|these|that|your) (?:\w+ )?"
    r"(?:data|facts?|figures?|numbers?|information|info) come from",
    r"cite\w*",
    r"credits?",
)


class Searcher:
    """Searches the index for one question of a conversation."""

    def __init__(self, guides: dict[str, Guide], retriever: Retriever, focus: Focus) -> None:
        self._guides = guides
        self._retriever = retriever
        self._focus = focus

    def search(
        self,
        message: str,
        previous: Turn | None,
        careers: Sequence[str],
        focus: str | None,
        embed: Callable[[str], np.ndarray],
        anywhere: bool = False,
    ) -> tuple[np.ndarray, list[Hit]]:
        """Search within ``careers`` (and the whole corpus if ``anywhere``); a follow-up
        also searches in the previous turn's context."""
        prefix = self._guides[focus].career if focus else None

        def search(text: str) -> tuple[np.ndarray, list[Hit]]:
            text = LEVEL_SHOWN.sub(" ", NOT_SOUGHT.sub(" ", text))  # "those are senior skills"
            vector = embed(f"{prefix}: {text}" if prefix else text)
            hits = self._retriever.search(expand(text), vector, k=8, guides=careers)
            if anywhere:
                hits = union(hits, self._retriever.search(expand(text), vector, k=8))
            return vector, hits

        vector, hits = search(message)
        if previous is not None:
            said = " ".join(
                without_markers(line.removeprefix("- ")) for line in previous.answer.splitlines()
            )
            context = said if refers_back(message) else previous.question
            _, with_context = search(f"{message} {context}")
            close = refers_back(message) or elliptical(message)
            weight = REFERENCE_CONTEXT_WEIGHT if close else FOLLOW_UP_CONTEXT_WEIGHT
            hits = blend(hits, with_context, weight)
            # a follow-up moving on has read the last answer, unless that answer spanned
            # several sections and the follow-up picks one ("and after lunch?")
            moving = moves_on(message) and len(previous.sections) < 2
            penalty = REPEAT_PENALTY if moving else 0.0
            hits = self._retriever.near(hits, previous.sections, CONTINUITY_BONUS, penalty)
            if keeps_to_answer(message, said):  # "what can I do about that?", "what kind?"
                hits = self._focus.ahead(hits, previous, vector)
            if not anywhere:  # the last answer's other career is not the one asked about now
                hits = [h for h in hits if h.chunk.guide in careers] or hits
        if not SOURCES_ASKED.search(message):  # "how do I get the license?": no credit line
            hits = [h for h in hits if not is_credits(h.chunk.section)] or hits
        return vector, hits
