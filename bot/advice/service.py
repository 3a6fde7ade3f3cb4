"""Plus advice: a computed plan for the person, with written advice around it, all cited."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict
from typing import Any

from bot.advice.planner import AdvicePlan, AdvicePlanner, Cited
from bot.answer import Draft, Piece, Source
from bot.chat.service import Event, Visitor
from bot.compose.citations import Renderer
from bot.compose.drafter import Drafter
from bot.compose.extractive import extractive_draft
from bot.generate.grounding import GroundingSource
from bot.generate.writer import AnswerWriter, Writing, prompt
from bot.understand.safety import safety_draft
from knowledge.model import Guide
from store.conversations import ConversationStore, Usage
from store.profiles import Profile

MAX_SOURCES = 4


class Adviser:
    """Turns a profile (and an optional question) into personalised, cited advice."""

    def __init__(
        self,
        drafter: Drafter,
        planner: AdvicePlanner,
        writer: AnswerWriter,
        conversations: ConversationStore,
    ) -> None:
        self._drafter = drafter
        self._planner = planner
        self._writer = writer
        self._conversations = conversations

    def guide_for(self, profile: Profile, career: str | None) -> Guide:
        """The guide the advice is about: the page's career, the goal career, or the first."""
        guides = self._drafter.guides
        if career in guides:
            return guides[career]
        goal = (profile.goal_career or "").lower()
        match = next((g for g in guides.values() if goal and g.career.lower() in goal), None)
        return match or next(iter(guides.values()))

    def stream(
        self,
        profile: Profile,
        question: str | None,
        guide: Guide,
        visitor: Visitor,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Event]:
        """Events ``meta``, ``plan``, ``delta``…, ``citations``, ``suggestions``, ``done``."""
        asked = question or f"What should I do next to grow as a {guide.career.lower()}?"
        conversation_id = self._conversations.start(guide.slug, asked, visitor.owner)
        message_id = uuid.uuid4().hex
        concern = safety_draft(question) if question else None
        if concern is not None:  # before the plan and the LLM
            yield from self._safety(concern, conversation_id, message_id, visitor)
            return
        plan = self._planner.plan(guide, profile)
        yield (
            "meta",
            {"conversation_id": conversation_id, "message_id": message_id, "mode": "advice"},
        )
        sources = _plan_sources(plan, guide)
        writing = Writing()
        messages = prompt(asked, sources, _persona(profile, plan))
        renderer = Renderer()
        parts: list[str] = []
        written = list(self._writer.stream(messages, sources, writing, stop))
        if sum(len(p.text) for p in written) < self._writer.guard.min_kept_chars:
            written = self._fallback(asked, guide)
        for piece in [*written, *plan.pieces()]:
            text = renderer.add(piece)
            parts.append(text)
            yield "delta", {"text": text}
        citations = renderer.citations()
        numbers = {(c.guide, c.section): c.id for c in citations}
        plan_json = _plan_json(plan, numbers)
        yield "plan", {"plan": plan_json}
        answer = "".join(parts).strip()
        suggestions = ["What does a senior " + guide.career.lower() + " earn?"]
        self._conversations.add(
            conversation_id,
            "assistant",
            answer,
            message_id=message_id,
            mode="advice",
            topic="advice",
            citations=[asdict(c) for c in citations],
            suggestions=suggestions,
            usage=Usage(visitor.owner, visitor.plan, "advice"),
        )
        yield "citations", {"citations": [asdict(c) for c in citations]}
        yield "suggestions", {"suggestions": suggestions}
        done = {
            "conversation_id": conversation_id,
            "message_id": message_id,
            "answer": answer,
            "mode": "advice",
            "citations": [asdict(c) for c in citations],
            "suggestions": suggestions,
            "plan": plan_json,
            "guard": asdict(writing.report),
        }
        yield "done", {"message_id": message_id, "reply": done}

    def _safety(
        self, draft: Draft, conversation_id: str, message_id: str, visitor: Visitor
    ) -> Iterator[Event]:
        """Crisis resources or a refusal: no plan, no citations, no suggestions."""
        mode = draft.mode.value
        yield "meta", {"conversation_id": conversation_id, "message_id": message_id, "mode": mode}
        yield "delta", {"text": draft.message}
        self._conversations.add(
            conversation_id,
            "assistant",
            draft.message,
            message_id=message_id,
            mode=mode,
            topic=draft.topic,
            usage=Usage(visitor.owner, visitor.plan, "advice"),
        )
        yield "citations", {"citations": []}
        yield "suggestions", {"suggestions": []}
        reply: dict[str, Any] = {
            "conversation_id": conversation_id,
            "message_id": message_id,
            "answer": draft.message,
            "mode": mode,
            "citations": [],
            "suggestions": [],
            "plan": None,
        }
        yield "done", {"message_id": message_id, "reply": reply}

    def _fallback(self, question: str, guide: Guide) -> list[Piece]:
        """The guide's own most relevant sentences when the model wrote too little."""
        drafted = self._drafter.draft(question, [], guide.slug)
        if not drafted.hits:
            return []
        vector = self._drafter.embed(f"{guide.career}: {question}")
        return extractive_draft(vector, drafted.hits, self._drafter.bank).pieces


def _plan_sources(plan: AdvicePlan, guide: Guide) -> list[GroundingSource]:
    """The sections the plan cites, numbered, with their text, for the writer."""
    sources: list[GroundingSource] = []
    seen: set[str] = set()
    for piece in plan.pieces():
        section = guide.find(piece.source.section)
        if section is None or piece.source.section in seen:
            continue
        seen.add(piece.source.section)
        text = f"{section.path_text}: {section.text}"[:700]
        sources.append(GroundingSource(len(sources) + 1, piece.source, text))
        if len(sources) == MAX_SOURCES:
            break
    return sources


def _persona(profile: Profile, plan: AdvicePlan) -> str:
    """The person, in a few lines (their own data only), and their computed plan."""
    lines = [f"Person: {profile.current_role or 'not in the field yet'}"]
    if profile.years_experience is not None:
        lines.append(f"Years of experience: {profile.years_experience:g}")
    if profile.skills:
        lines.append("Skills: " + ", ".join(profile.skills[:10]))
    if profile.goal_career:
        lines.append(f"Goal: {profile.goal_career}")
    lines += [f"Plan: {p.text}" for p in plan.pieces()[:6]]
    return "\n".join(lines)


def _plan_json(plan: AdvicePlan, numbers: dict[tuple[str, str], int]) -> dict[str, Any]:
    """The computed plan with each item's citation number."""

    def item(cited: Cited | None) -> dict[str, Any] | None:
        if cited is None:
            return None
        return {"text": cited.text, "citation": numbers.get(_key(cited.source))}

    return {
        "career": plan.career,
        "years_experience": plan.years,
        "tier": item(plan.tier),
        "next_tier": item(plan.next_tier),
        "salary": item(plan.salary),
        "next_salary": item(plan.next_salary),
        "missing_skills": [item(c) for c in plan.missing_skills],
        "missing_certifications": [item(c) for c in plan.missing_certifications],
    }


def _key(source: Source) -> tuple[str, str]:
    return source.guide, source.section
