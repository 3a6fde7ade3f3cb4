"""An answer that would say the last one again word for word: what that answer's sections
say besides, the question asked on its own or from other sections, else told as all the
guide says on it."""

from __future__ import annotations

from collections.abc import Callable

from bot.compose.drafted import Drafted
from bot.compose.question import QuestionDrafter
from bot.compose.repeats import more_of, repeats, said_all
from bot.retrieval.retriever import Retriever
from bot.retrieval.units import UnitBank
from bot.understand.needs import answers, part_need
from bot.understand.references import is_follow_up
from store.conversations import Turn

SHORT_REPLY = 4  # words: a reply this short that got the last answer again is about it


class Repeated:
    """Answers in place of a repeat of the last answer."""

    def __init__(self, one: QuestionDrafter, retriever: Retriever, bank: UnitBank) -> None:
        self._one = one
        self._retriever = retriever
        self._bank = bank

    def instead(self, message: str, career: str | None, last: Turn) -> Drafted:
        """An answer other than the last one word for word: about that answer, what its
        sections say besides, else its neighbours; a question the conversation did not help
        with ("would my supervisor experience count?") asked on its own, else from other
        sections."""
        on = last.guides[0] if last.guides else career
        said = frozenset(last.sections)
        pointed = is_follow_up(message) or len(message.split()) <= SHORT_REPLY  # "both please"
        tries: list[Callable[[], Drafted | None]] = [
            lambda: self.more_of(message, last) if pointed else None,
            lambda: (
                self._one.draft(f"{message} {last.question}", [], on, said) if pointed else None
            ),
            lambda: self._one.draft(message, [], on),
            lambda: self._one.draft(message, [], on, said),
        ]
        need = part_need(message)  # "associate degree is how many year? 2?": still the way in
        drafted = None
        for attempt in tries:
            drafted = attempt() or drafted
            kind = need is None or (
                drafted and any(answers(need, s) for s in drafted.draft.retrieved[:1])
            )
            if drafted is not None and not repeats(drafted.draft, last, message) and kind:
                return drafted
        assert drafted is not None
        if need is None:
            return drafted
        again = self._one.draft(message, [], on)  # a refusal has nothing to say again
        return self.said_all(again) if again.draft.pieces else drafted

    def said_all(self, drafted: Drafted) -> Drafted:
        """The last answer again, told as all the guide says on it: never a silent repeat."""
        drafted.draft.pieces = said_all(drafted.draft.pieces, self._bank)
        return drafted

    def more_of(self, message: str, last: Turn) -> Drafted | None:
        """What the last answer's sections say besides, nearest the message first."""
        draft = more_of(last, self._bank, lambda: self._retriever.embed(message))
        if draft is None:
            return None
        draft.retrieved = [draft.topic, *last.sections]
        draft.retrieved_guides = list(last.guides)
        return Drafted(draft)
