"""Where a message of a conversation goes: a pick among the careers offered, a job word
meaning the conversation's career, a verdict between the careers just compared, or the
router's own reading; and which question that is ("same for X", a part left unanswered)."""

from __future__ import annotations

from bot.compose.in_play import careers_in_play, weighs_both
from bot.compose.memo import EmbedMemo
from bot.compose.picks import chosen_career, picked_among
from bot.compose.reading import PICK_WORDS
from bot.routing.router import Route, RouteKind, Router
from bot.understand.asks import asks_the_same, left_out_part
from knowledge.model import Guide
from knowledge.words import singular
from store.conversations import Turn

MAX_WEIGHED = 3  # careers a verdict between the conversation's careers weighs at once
RECENT = 4  # turns back a job word may point to a career the conversation spoke of


class TurnRouter:
    """Routes one message of a conversation."""

    def __init__(self, guides: dict[str, Guide], router: Router) -> None:
        self._guides = guides
        self._router = router

    def _job_word_of(self, message: str, route: Route, turns: list[Turn]) -> str | None:
        """The conversation's one career a bare job word of ``message`` names, when the
        route's career is not named by it; else ``None``."""
        mentions = self._router.mentions(message)
        if route.kind is RouteKind.ONE and any(m.exact for m in mentions):
            return None  # "what does a nurse practitioner make?" names its career whole
        words = [route.named] if route.kind is RouteKind.CLARIFY else []
        words += [m.words for m in mentions if not m.exact]
        for word in words:
            meant = self._spoken_of(word, turns)
            if meant and (route.kind is not RouteKind.ONE or meant not in route.careers):
                return meant
        return None

    def _spoken_of(self, named: str, turns: list[Turn]) -> str | None:
        """The one career of the conversation's last turns whose title has the job word
        ``named`` ("specialist"), else ``None``."""
        words = {singular(w) for w in named.lower().split()}
        recent = dict.fromkeys(g for t in turns[-RECENT:] for g in t.guides if g in self._guides)
        found = [
            g
            for g in recent
            if words <= {singular(w) for w in self._guides[g].career.lower().split()}
        ]
        return found[0] if len(found) == 1 else None

    def route(
        self, message: str, turns: list[Turn], career: str | None, embed: EmbedMemo
    ) -> tuple[str, Route]:
        """The question to answer and where; a reply to "which one?" re-asks the question."""
        last = turns[-1] if turns else None
        current, offered = careers_in_play(message, turns, self._guides)
        chosen = chosen_career(message, offered, self._guides) or (
            picked_among(message, last.guides, self._guides) if last is not None else None
        )
        route = (
            Route(RouteKind.ONE, (chosen,), explicit=True)
            if chosen
            else self._router.route(message, lambda: embed(message), page=career, current=current)
        )
        if route.kind in (RouteKind.CLARIFY, RouteKind.ONE, RouteKind.OPEN) and (
            meant := self._job_word_of(message, route, turns)
        ):  # "the specialist job": the conversation's Human Resources Specialists, not every
            route = Route(RouteKind.ONE, (meant,), explicit=True)  # specialist, nor a manager
        one = route.kind is RouteKind.ONE
        if one and current and weighs_both(message) and (len(current) > 1 or route.explicit):
            # "which one pays more?" after two careers, though a story sentence names one of
            # them; "recruiter or HR specialist… pay for all three?" adds the one named
            weighed = [*current, *(c for c in route.careers if c not in current)]
            if len(weighed) > 1:
                route = Route(RouteKind.COMPARE, tuple(weighed[:MAX_WEIGHED]), explicit=True)
                one = False
        picked = one and (route.explicit or route.careers[0] in offered)
        if last is not None and offered and picked and len(message.split()) <= PICK_WORDS:
            return last.question, route
        if last is not None and route.explicit and asks_the_same(message):  # "I meant X. Same"
            return last.question, route
        if last is not None and (
            left := left_out_part(message, self._router.respelled(last.question))
        ):
            return left, route  # "u didnt answer the years part": that part, asked again
        return message, route
