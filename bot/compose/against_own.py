"""A career's pay set against the visitor's own job's: "would it be a big raise from what I
make now?" after "I'm a medical assistant" compares the two careers, not one career's pay."""

from __future__ import annotations

from collections.abc import Callable

from bot.compose.own_pay import own_yearly
from bot.routing.names import Mention
from bot.routing.route import Route, RouteKind
from bot.text import whole_words
from bot.understand.asks import asking_text
from store.conversations import Turn

# Pay asked against what the visitor makes now, without saying how much
AGAINST_OWN_PAY = whole_words(
    r"(?:vs\.?|versus|compared? (?:to|with)|than|against|from|over|beside) what (?:i|im|i'm|i am)"
    r" (?:now |currently )?(?:make|making|earn|earning|get paid|getting paid|bring home|get)",
    r"(?:vs\.?|versus|compared? (?:to|with)|than|against) my (?:current |own |old )?"
    r"(?:pay|salary|wages?|paycheck|income|job)",
    r"(?:from|over) my (?:current |own )?(?:pay|salary|wages?|paycheck|income)",  # not "let go
    # from my job as a cashier"
    r"pay (?:bump|jump|raise|increase|difference|cut)",
    r"(?:big|much of a|a real|any|a) (?:raise|bump|pay jump)",
    r"more than (?:i|im|i'm|i am) (?:make|making|earn|earning|get)",
)


def own_jobs(turns: list[Turn], mentions: Callable[[str], list[Mention]]) -> list[str]:
    """The careers the visitor said were their own job in ``turns``, latest first."""
    found = [_own_in(t.question, mentions) for t in reversed(turns)]
    return list(dict.fromkeys(s for own in found for s in reversed(own)))


def own_job(message: str, turns: list[Turn], mentions: Callable[[str], list[Mention]]) -> str:
    """The one career the visitor says is their own job, in ``message`` or, failing that, in
    an earlier question (latest first); ``""`` when none is told."""
    told = _own_in(message, mentions)  # "…make as an NP vs what i make now as an RN": the last
    return told[-1] if told else next(iter(own_jobs(turns, mentions)), "")


def _own_in(text: str, mentions: Callable[[str], list[Mention]]) -> list[str]:
    return [m.slugs[0] for m in mentions(text) if m.own and len(m.slugs) == 1]


def against_own(
    message: str, route: Route, turns: list[Turn], mentions: Callable[[str], list[Mention]]
) -> Route:
    """``route`` to one career, compared with the visitor's own job when the message asks its
    pay against what they make now (a sum they state is compared by itself; "the pay jump is
    nice." asks nothing)."""
    if route.kind is not RouteKind.ONE or not AGAINST_OWN_PAY.search(asking_text(message)):
        return route
    if own_yearly(message) is not None:  # "vs my 46k": their own figure, beside the guide's
        return route
    own = own_job(message, turns, mentions)
    if not own or own in route.careers:
        return route
    return Route(RouteKind.COMPARE, (route.careers[0], own), explicit=True)
