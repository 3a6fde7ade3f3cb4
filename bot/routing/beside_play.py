"""A route set beside the careers already in play: one weighed against them ("what do emts make
compared to that?" after paramedics; "is it higher than schools?" after school social workers)
becomes a comparison, and careers the message turns down are dropped from it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from bot.routing.route import Route, RouteKind
from bot.routing.weighing_words import AGAINST_THAT, COMPARES
from bot.understand.asks import asking_text


def beside_play(
    found: Route,
    message: str,
    in_play: Sequence[str],
    down: set[str],
    named_among: Callable[[str, Sequence[str]], str | None],
) -> Route:
    """``found`` weighed against the careers ``in_play`` when the message sets it against
    one of them, without the careers turned ``down``. ``named_among`` finds the one of some
    careers a text names by a word of its name."""
    kept = tuple(c for c in found.careers if c not in down)
    in_play = [c for c in in_play if c not in kept and c not in down]
    asking = asking_text(message)
    one = found.kind is RouteKind.ONE and bool(kept)
    if one and in_play and AGAINST_THAT.search(asking):  # not "the pay jump is nice."
        return Route(RouteKind.COMPARE, (in_play[0], *kept), explicit=True)  # "what do emts
        # make compared to that? whats the actual jump" after paramedics
    weighed = COMPARES.search(asking)  # "…healthcare social workers, is it higher than schools?"
    beside = named_among(asking[weighed.end() :], in_play) if weighed and one else None
    if beside:
        return Route(RouteKind.COMPARE, (beside, *kept), explicit=True)
    if not kept or len(kept) == len(found.careers):
        return found
    single = found.kind is RouteKind.COMPARE and len(kept) == 1
    if single and in_play and COMPARES.search(message):  # "stop with animal trainers.
        return replace(found, careers=(in_play[0], *kept))  # compare it to exercise…"
    return replace(found, kind=RouteKind.ONE if single else found.kind, careers=kept)
