"""The chat service: a message in, a cited answer out (streamed or whole), remembered."""

from __future__ import annotations

import re
from collections.abc import Callable, Generator, Iterator

from bot.answer import ANONYMOUS, Citation, Draft, Event, Mode, Reply, Visitor
from bot.compose.citations import Renderer, render
from bot.compose.drafted import Drafted
from bot.compose.drafter import Drafter
from bot.compose.suggestions import suggest
from bot.generate.writer import AnswerWriter
from bot.moves.answers import PersonalAnswers
from bot.services.protocol import Answering, AnswerRecorder, require_career
from bot.understand.safety import JEST_NOTE, in_jest
from knowledge.model import Guide
from store.conversations import Turn

PLUS_NOTE = (
    "Personalised advice for your own situation is part of careerbot Plus; "
    "this answer comes straight from the guide."
)
# A personal question (about the visitor's own situation), which Plus would answer with
# their profile; a general question the guide answers gets no note, whatever the visitor
# says of themselves beside it ("I'm 17, what do they do all day?").
ASKS_FOR_ADVICE = re.compile(
    # "would that work for me", "is it right for me"; not "break it down for me", "a must
    # for me"
    r"\b(?:(?:good|right|best|better|worth(?: it)?|fit|suit\w*|work|realistic|possible|smart)"
    r" (?:\w+ )?for me|(?:idea|option|choice|path|career|job) for me|"
    r"(?:with|given|does|do|would|will|could|can) my (?:situation|experience|background|profile)|"
    r"my (?:situation|case|profile)|personali[sz]ed|in my case|given my|someone like me|"
    r"people like me|advise me|at my age|(?:should|do) i (?:do|learn|study) next|too (?:late|old)"
    r"|(?:can|could) i afford|pay ?cut)\b",
    re.IGNORECASE,
)


class CareerBot:
    """Answers career questions from the guides, citing the sections it used."""

    def __init__(
        self,
        guides: list[Guide],
        drafter: Drafter,
        recorder: AnswerRecorder,
        writer: AnswerWriter | None = None,
        personal: PersonalAnswers | None = None,
    ) -> None:
        self.personal = personal
        self.guides = {g.slug: g for g in guides}
        self.drafter = drafter
        self.writer = writer
        self._recorder = recorder

    def reply(
        self,
        message: str,
        conversation_id: str | None,
        career: str | None,
        visitor: Visitor = ANONYMOUS,
    ) -> Reply:
        """Answer ``message`` whole (see :meth:`stream`)."""
        *_, (_, done) = self.stream(message, conversation_id, career, visitor)
        reply: Reply = done["reply"]
        return reply

    def stream(
        self,
        message: str,
        conversation_id: str | None,
        career: str | None,
        visitor: Visitor = ANONYMOUS,
        stop: Callable[[], bool] = lambda: False,
    ) -> Iterator[Event]:
        """Events ``meta``, ``delta``…, ``figures``, ``citations``, ``suggestions``, ``done``.

        The visitor's message is committed before any work on the answer, the answer before
        ``done``. Bad input raises on the first ``next()``, before any event.
        """
        self.check(conversation_id, career, visitor)
        answering = self._recorder.begin(message, conversation_id, career, visitor, "chat")
        personal = self._personal(message, career, visitor)
        drafted = personal or self.drafter.draft(message, answering.turns, career)
        draft = drafted.draft
        yield answering.meta(draft.mode)
        # The guide's own words first, at once (extractive, facts or refusal); then, for
        # Plus, only the written sentences the guard keeps, each as soon as it is kept.
        answer, citations = render(draft)
        yield "delta", {"text": answer}
        added = ""
        if self.writer is not None and self._writes_for(visitor, drafted):
            sections = self.drafter.section_texts(drafted.hits)
            added, citations = yield from self.writer.added(draft.pieces, message, sections, stop)
            answer += added
        if not added and personal is None and draft.mode is Mode.CITED:
            # a Plus answer always says what it means for the visitor, model or not
            aside, citations = yield from self._aside(draft, visitor, citations)
            answer += aside
        if in_jest(message) and draft.mode is not Mode.SUPPORT:  # "…makes me want to die lol"
            yield "delta", {"text": f"\n\n{JEST_NOTE}"}
            answer = f"{answer}\n\n{JEST_NOTE}"
        if self._offers_plus(message, visitor, draft.mode, answering.turns):
            yield "delta", {"text": f"\n\n{PLUS_NOTE}"}
            answer = f"{answer}\n\n{PLUS_NOTE}"
        yield from self._finish(message, answering, draft, answer, citations)

    def _offers_plus(self, message: str, visitor: Visitor, mode: Mode, turns: list[Turn]) -> bool:
        """A free visitor's personal question, answered from the guide, is told once in a
        conversation that Plus would answer it for them."""
        told = any(PLUS_NOTE in turn.answer for turn in turns)
        personal = mode is Mode.CITED and bool(ASKS_FOR_ADVICE.search(message))
        return visitor.plan != "plus" and personal and not told

    def check(
        self, conversation_id: str | None, career: str | None, visitor: Visitor = ANONYMOUS
    ) -> None:
        """Raise what :meth:`stream` raises for an unknown career or someone else's conversation."""
        require_career(self.guides, career)
        self._recorder.require(conversation_id, visitor)

    def _personal(self, message: str, career: str | None, visitor: Visitor) -> Drafted | None:
        """A Plus visitor's personal question answered from their profile's move, if it is one."""
        draft = self.personal.draft(message, visitor, career) if self.personal else None
        return Drafted(draft) if draft is not None else None

    def _aside(
        self, draft: Draft, visitor: Visitor, citations: list[Citation]
    ) -> Generator[Event, None, tuple[str, list[Citation]]]:
        """For a Plus visitor with a profile, the answer's career seen from where they stand
        (the next skill to build, the skills they share), cited after the shown citations."""
        career = draft.retrieved_guides[0] if draft.retrieved_guides else None
        pieces = self.personal.aside(visitor, career) if self.personal and career else []
        if not pieces:
            return "", citations
        renderer = Renderer.after(draft.pieces)
        text = "\n\n" + "".join(renderer.add(piece) for piece in pieces).lstrip()
        yield "delta", {"text": text}
        return text, renderer.citations()

    def _writes_for(self, visitor: Visitor, drafted: Drafted) -> bool:
        """Plus answers are written by the LLM, unless this is a refusal or a facts answer."""
        return (
            visitor.plan == "plus"
            and self.writer is not None
            and drafted.draft.mode is Mode.CITED
            and bool(drafted.hits)
            and drafted.intent is None
        )

    def _finish(
        self,
        message: str,
        answering: Answering,
        draft: Draft,
        answer: str,
        citations: list[Citation],
    ) -> Iterator[Event]:
        guide = self._guide_of(citations, draft.retrieved_guides)
        asked = {_normal(t.question) for t in answering.turns} | {_normal(message)}
        suggestions = self._offers(draft) or (suggest(guide, draft.topic, asked) if guide else [])
        if draft.mode is Mode.SUPPORT:
            suggestions = []  # crisis resources only, no career content
        yield from self._recorder.finish(
            answering, answer, draft.mode, draft.topic, citations, suggestions, draft.figures
        )
        cited = [c.section for c in citations]
        retrieved = cited + [s for s in draft.retrieved if s not in cited]
        guides = list(dict.fromkeys([c.guide for c in citations] + draft.retrieved_guides))
        reply = Reply(
            answering.conversation_id,
            answering.message_id,
            answer,
            draft.mode,
            citations,
            suggestions,
            retrieved,
            draft.figures,
            guides,
        )
        yield "done", {"message_id": answering.message_id, "reply": reply}

    def _offers(self, draft: Draft) -> list[str]:
        """Replies that pick an offered career: its name, or a question about it."""
        names = [self.guides[slug].career for slug in draft.options]
        if draft.mode is Mode.CLARIFY:
            return names
        return [f"Tell me about {name}" for name in names]

    def _guide_of(self, citations: list[Citation], kept: list[str]) -> Guide | None:
        """The guide the answer is of: its first citation's, else the career the conversation
        is kept on, else a one-guide site's; ``None`` when no career is in play."""
        slugs = [c.guide for c in citations] + [s for s in kept if s in self.guides]
        if slugs:
            return self.guides[slugs[0]]
        return next(iter(self.guides.values())) if len(self.guides) == 1 else None


def _normal(text: str) -> str:
    return " ".join(text.lower().strip(" ?!.").split())
