"""Answers that cite nothing: refusals, "which career do you mean?", and careers not covered."""

from __future__ import annotations

from bot.answer import Draft, Mode, Piece, Source
from bot.routing.route import Route
from bot.understand.scope import OutOfScope
from knowledge.model import Guide

OPENERS = {
    OutOfScope.SMALL_TALK: "Hi! I'm the career guide assistant.",
}


CLOSING = "You're welcome, and good luck! Ask again any time."
REPHRASE = (
    "Sorry, I didn't understand that. Could you put it another way? For example: "
    "“How do I get started?” or “What does the job pay?”"
)


def refusal(reason: OutOfScope, guides: dict[str, Guide], career: str | None = None) -> Draft:
    """The polite refusal, saying what the assistant can help with; within a conversation
    about ``career``, that its guide does not cover the question (and the career is kept)."""
    if reason is OutOfScope.CLOSING:
        return _kept(Draft(Mode.REFUSAL, message=CLOSING), career)
    if career is not None and reason is OutOfScope.UNRELATED and career in guides:
        name = guides[career].title
        message = (
            f"The {name} doesn't cover that. It can tell you what the job involves, how to "
            "get into it, pay, skills, education and the outlook. What would you like to know?"
        )
        return _kept(Draft(Mode.REFUSAL, message=message), career)
    opener = OPENERS.get(reason, "Sorry, I can't help with that.")
    return Draft(Mode.REFUSAL, message=f"{opener} {_scope(guides)} What would you like to know?")


def rephrase(career: str | None = None) -> Draft:
    """A message that reads as no words at all ("asdkjh qwpoeiru"): ask to rephrase."""
    return _kept(Draft(Mode.CLARIFY, message=REPHRASE), career)


def _kept(draft: Draft, career: str | None) -> Draft:
    """The conversation stays on ``career`` for the next question."""
    draft.retrieved_guides = [career] if career else []
    return draft


def uncovered(route: Route, guides: dict[str, Guide]) -> Draft:
    """No guide covers the career asked about: say so and offer the nearest covered ones."""
    opener = f"I don't have a guide for {route.named} yet."
    names = [guides[slug].career for slug in route.careers]
    if len(guides) == 1:
        message = f"{opener} {_scope(guides)} What would you like to know?"
    else:
        message = f"{opener} The closest careers I do cover are {_listed(names)}."
    return _offering(Mode.REFUSAL, message, route)


def clarify(route: Route, guides: dict[str, Guide]) -> Draft:
    """Several careers fit the job named: ask which one, offering each as a reply."""
    names = [guides[slug].career for slug in route.careers]
    message = f"Several careers match “{route.named}”: {_listed(names)}. Which one do you mean?"
    return _offering(Mode.CLARIFY, message, route)


def _offering(mode: Mode, message: str, route: Route) -> Draft:
    draft = Draft(mode, message=message, options=list(route.careers))
    draft.retrieved_guides = list(route.careers)
    return draft


def _scope(guides: dict[str, Guide]) -> str:
    careers = sorted(g.career.lower() for g in guides.values())
    covered = f" ({' and '.join(careers)})" if len(careers) <= 3 else ""
    return (
        f"I can help with questions about the careers our guides cover{covered}: "
        "what the job involves, how to get into it, pay, skills, education, career "
        "progression and day-to-day life."
    )


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else "".join(names)


def not_covered(guide: Guide, missing: str, nearest: Source | None = None) -> Piece:
    """The plain statement that ``guide`` doesn't cover ``missing`` ("hours or schedules"),
    as a lead; with the ``nearest`` passage's source, saying that passage follows."""
    if nearest is None:
        text = f"The {guide.title} doesn't cover {missing}."
        return Piece(text, Source(guide.slug, guide.title, "", ""), "", "lead")
    return Piece(f"The {guide.title} doesn't cover {missing}; here is the nearest it has.",
                 nearest, "", "lead")  # fmt: skip


def not_mentioned(guide: Guide, thing: str) -> Piece:
    """The plain statement that ``guide`` never mentions ``thing`` ("unions"), as a lead."""
    said = f"The {guide.title} doesn't mention {thing}."
    return Piece(said, Source(guide.slug, guide.title, "", ""), "", "lead")
