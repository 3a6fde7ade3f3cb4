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
    # "whats the pay difference between what i do now and head chef"
    r"(?:vs\.?|versus|compared? (?:to|with)|than|against|between) what (?:i|im|i'm|i am) "
    r"(?:do|doing)\b",
    # "how much more would i make as a hygienist than assisting?": the visitor's own work
    r"than (?:just |doing )?(?!(?:any|no|some|every)thing\b)[a-z]{3,}ing(?= *(?:[?.!,]|$|now\b))",
)

# A pay cut the visitor says they would take ("honestly i'd take a big pay cut"): told of
# themselves, no pay asked against their own
CUT_ACCEPTED = whole_words(
    r"(?:i'?d|i would|im|i'm|i am|willing to|happy to|ready to|prepared to|can|could|don'?t mind"
    r"|ok with|okay with|fine with) (?:\w+ )?(?:take|taking|accept|accepting|live with|handle)?"
    r" ?(?:a |the |some )?(?:big |small |huge |little |slight )?pay cut"
)

Pick = Callable[[tuple[str, ...]], str]  # the one career a job word of several names


def weighs_own_pay(message: str) -> bool:
    """The message sets a pay against what the visitor makes now."""
    return bool(AGAINST_OWN_PAY.search(CUT_ACCEPTED.sub(" ", asking_text(message))))


def own_jobs(
    turns: list[Turn], mentions: Callable[[str], list[Mention]], pick: Pick | None = None
) -> list[str]:
    """The careers the visitor said were their own job in ``turns``, latest first; ``pick``
    reads a job word of several careers ("line cook") as one, else it names none."""
    found = [_own_in(t.question, mentions, pick) for t in reversed(turns)]
    return list(dict.fromkeys(s for own in found for s in reversed(own)))


def own_job(
    message: str, turns: list[Turn], mentions: Callable[[str], list[Mention]], pick: Pick
) -> str:
    """The one career the visitor says is their own job, in ``message`` or, failing that, in
    an earlier question (latest first); ``""`` when none is told."""
    told = _own_in(message, mentions, pick)  # "…make as an NP vs what i make now as an RN"
    return told[-1] if told else next(iter(own_jobs(turns, mentions, pick)), "")


def _own_in(text: str, mentions: Callable[[str], list[Mention]], pick: Pick | None) -> list[str]:
    own = [m for m in mentions(text) if m.own]
    if pick is None:
        return [m.slugs[0] for m in own if len(m.slugs) == 1]
    return [m.slugs[0] if len(m.slugs) == 1 else pick(m.slugs) for m in own]


def against_own(
    message: str,
    route: Route,
    turns: list[Turn],
    mentions: Callable[[str], list[Mention]],
    pick: Pick,
) -> Route:
    """``route`` to one career, compared with the visitor's own job when the message asks its
    pay against what they make now (a sum they state is compared by itself; "the pay jump is
    nice." asks nothing); ``pick`` reads an own job word of several careers as one."""
    if route.kind is not RouteKind.ONE or not weighs_own_pay(message):
        return route
    if own_yearly(message) is not None:  # "vs my 46k": their own figure, beside the guide's
        return route
    own = own_job(message, turns, mentions, pick)
    if not own or own in route.careers:
        return route
    return Route(RouteKind.COMPARE, (route.careers[0], own), explicit=True)
