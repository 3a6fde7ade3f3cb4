"""Plus advice: a computed plan for the person, with written advice around it, all cited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from bot.answer import AdviceReply, Citation, Draft, Event, Mode, Piece, Source, Visitor
from bot.compose.citations import Renderer
from bot.compose.drafter import Drafter
from bot.compose.plan import AdvicePlan, AdvicePlanner, Cited
from bot.generate.writer import AnswerWriter
from bot.services.protocol import Answering, AnswerRecorder
from bot.understand.safety import safety_draft
from knowledge.model import Guide
from store.profiles import Profile


class Adviser:
    """Turns a profile (and an optional question) into personalised, cited advice."""

    def __init__(
        self,
        guides: list[Guide],
        drafter: Drafter,
        planner: AdvicePlanner,
        writer: AnswerWriter,
        recorder: AnswerRecorder,
    ) -> None:
        self._guides = {g.slug: g for g in guides}
        self._drafter = drafter
        self._planner = planner
        self._writer = writer
        self._recorder = recorder

    def guide_for(self, profile: Profile, career: str | None) -> Guide:
        """The guide the advice is about: the page's career, the goal career, or the first."""
        if career in self._guides:
            return self._guides[career]
        goal = (profile.goal_career or "").lower()
        found = (g for g in self._guides.values() if goal and g.career.lower() in goal)
        return next(found, None) or next(iter(self._guides.values()))

    def stream(
        self,
        profile: Profile,
        question: str | None,
        guide: Guide,
        visitor: Visitor,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Event]:
        """Events ``meta``, ``delta``…, ``plan``, ``citations``, ``suggestions``, ``done``."""
        asked = question or f"What should I do next to grow as a {guide.career.lower()}?"
        answering = self._recorder.begin(asked, None, guide.slug, visitor, "advice")
        concern = safety_draft(question) if question else None
        if concern is not None:  # before the plan and the LLM
            yield from self._safety(answering, concern)
            return
        yield answering.meta(Mode.ADVICE)
        # Computed first, each part as soon as it is ready: the guide's answer to the question
        # asked, then the plan. Then only the written sentences the guard keeps, each as soon
        # as it is kept.
        renderer = Renderer()
        parts: list[str] = []
        computed: list[Piece] = []

        def show(pieces: list[Piece]) -> Iterator[Event]:
            for piece in pieces:
                computed.append(piece)
                parts.append(renderer.add(piece))
                yield "delta", {"text": parts[-1]}

        # A personal question ("is it too late for me?") is answered by the plan's own lead,
        # from the visitor's move; any other question by the guide, before the plan is built.
        personal = question is not None and self._planner.answers(question)
        first = self._answer(question, guide) if question and not personal else []
        yield from show(first)
        plan = self._planner.plan(guide, profile, None if first else question)
        yield from show(plan.pieces())
        sections = _sections(computed, self._guides)
        added, citations = yield from self._writer.added(
            computed, asked, sections, stop, _persona(profile, plan)
        )
        parts.append(added)
        plan_json = _plan_json(plan, {(c.guide, c.section): c.id for c in citations})
        yield "plan", {"plan": plan_json}
        answer = "".join(parts).strip()
        suggestions = ["What does a senior " + guide.career.lower() + " earn?"]
        yield from self._recorder.finish(
            answering, answer, Mode.ADVICE, "advice", citations, suggestions
        )
        yield self._done(answering, answer, Mode.ADVICE, citations, suggestions, plan_json)

    def _safety(self, answering: Answering, draft: Draft) -> Iterator[Event]:
        """Crisis resources or a refusal: no plan, no citations, no suggestions."""
        yield answering.meta(draft.mode)
        yield "delta", {"text": draft.message}
        yield from self._recorder.finish(answering, draft.message, draft.mode, draft.topic, [], [])
        yield self._done(answering, draft.message, draft.mode, [], [], None)

    @staticmethod
    def _done(
        answering: Answering,
        answer: str,
        mode: Mode,
        citations: list[Citation],
        suggestions: list[str],
        plan: dict[str, Any] | None,
    ) -> Event:
        reply = AdviceReply(
            answering.conversation_id,
            answering.message_id,
            answer,
            mode,
            citations,
            suggestions,
            plan=plan,
        )
        return "done", {"message_id": answering.message_id, "reply": reply}

    def _answer(self, question: str, guide: Guide) -> list[Piece]:
        """The guide's own answer to the question (nothing for a refusal or a clarification)."""
        draft = self._drafter.draft(question, [], guide.slug).draft
        return draft.pieces if draft.mode is Mode.CITED else []


def _sections(pieces: list[Piece], guides: dict[str, Guide]) -> Iterator[tuple[Source, str]]:
    """The sections the pieces cite (in whichever guide), in their order, with their text."""
    for piece in pieces:
        guide = guides.get(piece.source.guide)
        section = guide.find(piece.source.section) if guide is not None else None
        if section is not None:
            yield piece.source, f"{section.path_text}: {section.text}"


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
        **plan.extra_json(numbers),
    }


def _key(source: Source) -> tuple[str, str]:
    return source.guide, source.section
