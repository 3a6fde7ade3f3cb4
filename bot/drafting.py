"""From a message (and the conversation so far) to a cited draft answer, without an LLM."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from bot.compose import extractive_draft, supporting_pieces
from bot.conversations import Turn
from bot.draft import Draft, Mode
from bot.facts_answer import facts_draft
from bot.intents import (
    Intent,
    Level,
    detect_intent,
    detect_level,
    is_follow_up,
    moves_on,
    refers_back,
)
from bot.passages import UnitBank
from bot.retrieval import Hit, Retriever, blend
from bot.scope import OutOfScope, Scope
from bot.vocabulary import expand
from knowledge.model import Guide

FOLLOW_UP_CONTEXT_WEIGHT = 0.3
REFERENCE_CONTEXT_WEIGHT = 1.0
CONTINUITY_BONUS = 0.8
REPEAT_PENALTY = 0.5
MARKER = re.compile(r"\s*\[\d+\]")
FACT_SIMILARITY_SLACK = 0.1
SUPPORT_MARGIN = 0.15


@dataclass
class Drafted:
    """A draft and the search behind it (empty for refusals)."""

    draft: Draft
    hits: list[Hit] = field(default_factory=list)
    intent: Intent | None = None


class Drafter:
    """Scope check, follow-up handling, retrieval, then a facts or extractive draft."""

    def __init__(
        self,
        guides: list[Guide],
        retriever: Retriever,
        bank: UnitBank,
        min_similarity: float = 0.45,
    ) -> None:
        self.guides = {g.slug: g for g in guides}
        self._retriever = retriever
        self.bank = bank
        self._min_similarity = min_similarity
        self._scope = Scope(guides)
        self._only_career = guides[0].career if len(guides) == 1 else None

    def embed(self, text: str) -> np.ndarray:
        """The query embedding of ``text``."""
        return self._retriever.embed(text)

    def draft(self, message: str, turns: list[Turn], career: str | None) -> Drafted:
        """The answer to ``message`` before rendering, with what retrieval found."""
        reason = self._scope.check(message)
        if reason is not None:
            return Drafted(self._refusal(reason))
        previous = turns[-1] if turns and is_follow_up(message) else None
        intent, level = detect_intent(message), detect_level(message)
        if previous is not None and intent is None and level is not None:
            intent = Intent(previous.topic) if previous.topic in set(Intent) else None
        vector, hits = self._retrieve(message, previous, career)
        floor = self._min_similarity - (FACT_SIMILARITY_SLACK if intent else 0.0)
        if not hits or hits[0].similarity < floor:
            return Drafted(self._refusal(OutOfScope.UNRELATED))
        guide = self.guides[hits[0].chunk.guide]
        draft = self._answer(message, vector, hits, guide, intent, level)
        draft.retrieved = list(dict.fromkeys(h.chunk.section for h in hits))
        draft.retrieved_guides = list(dict.fromkeys(h.chunk.guide for h in hits))
        return Drafted(draft, hits, intent)

    def _retrieve(
        self, message: str, previous: Turn | None, career: str | None
    ) -> tuple[np.ndarray, list[Hit]]:
        """Search for the message; a follow-up also searches in the previous turn's context."""
        focus = self.guides[career].career if career else self._only_career

        def search(text: str) -> tuple[np.ndarray, list[Hit]]:
            vector = self._retriever.embed(f"{focus}: {text}" if focus else text)
            return vector, self._retriever.search(expand(text), vector, k=8, guide=career)

        vector, hits = search(message)
        if previous is not None:
            said = " ".join(
                MARKER.sub("", line.removeprefix("- ")) for line in previous.answer.splitlines()
            )
            context = said if refers_back(message) else previous.question
            _, with_context = search(f"{message} {context}")
            weight = REFERENCE_CONTEXT_WEIGHT if refers_back(message) else FOLLOW_UP_CONTEXT_WEIGHT
            hits = blend(hits, with_context, weight)
            penalty = REPEAT_PENALTY if moves_on(message) else 0.0
            hits = self._retriever.near(hits, previous.sections, CONTINUITY_BONUS, penalty)
        return vector, hits

    def _answer(
        self,
        message: str,
        vector: np.ndarray,
        hits: list[Hit],
        guide: Guide,
        intent: Intent | None,
        level: Level | None,
    ) -> Draft:
        draft = facts_draft(guide, intent, level, message) if intent else None
        if draft is None:
            return extractive_draft(vector, hits, self.bank)
        if intent in (Intent.STRESS, Intent.GROWTH):
            source = draft.pieces[-1].source
            best = hits[0].similarity - SUPPORT_MARGIN
            draft.pieces += supporting_pieces(vector, self.bank, source.guide, source.section, best)
        return draft

    def _refusal(self, reason: OutOfScope) -> Draft:
        careers = " and ".join(sorted(g.career.lower() for g in self.guides.values()))
        scope = (
            f"I can help with questions about the careers our guides cover ({careers}): "
            "what the job involves, how to get into it, pay, skills, education, career "
            "progression and day-to-day life."
        )
        openers = {
            OutOfScope.SMALL_TALK: "Hi! I'm the career guide assistant.",
            OutOfScope.OTHER_CAREER: "I don't have a guide for that career yet.",
        }
        opener = openers.get(reason, "Sorry, I can't help with that.")
        message = f"{opener} {scope} What would you like to know?"
        return Draft(Mode.REFUSAL, message=message, topic="")
