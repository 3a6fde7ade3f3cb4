"""Routes read from the careers a conversation is on: both weighed ("how much do they each
make"), the question before a remark ("and the pay? hygienist seems like way more money"),
the page or the career pointed at ("Does it fit this job?")."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.routing.asked import searches
from bot.routing.names import Mention
from bot.routing.route import Route, RouteKind
from bot.routing.weighing_words import COMPARES, EACH_IN_PLAY
from bot.understand.asks import asking_text
from bot.understand.needs import SENTENCE_END

# The career talked about, pointed at ("does my background line up with this job?").
THIS_JOB = re.compile(
    r"\b(?:this|that) (?:job|career|role|field|occupation|position|line of work)\b", re.I
)
# The page the widget sits on, pointed at ("info sec analyst, the page I'm on").
ON_PAGE = re.compile(
    r"\b(?:(?:this|the) page|this guide)(?: (?:i'?m|i am|im) (?:on|reading|looking at))?\b"
    r"(?! (?:for|about|on)\b)",
    re.IGNORECASE,
)
THEY = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)


def points_at_context(message: str, read: Callable[[str], list[Mention]]) -> bool:
    """The asking sentences name no career and point at the one talked about: "this job",
    or "they" while the story around names only loose job words ("what do they make? i
    clear 38k after booth rent and product"). ``read`` finds job words."""
    asking = asking_text(message)
    if read(asking) or searches(message):
        return False
    if THIS_JOB.search(asking):
        return True
    return bool(THEY.search(asking)) and not any(m.exact for m in read(message))


QUESTION_END = re.compile(r"(?<=\?)\s+")
# A question left without its mark ("is it a lot more than what techs make")
ASKING_START = re.compile(
    r"^\W*(?:(?:and|so|but|or)\s+)?(?:is|are|do|does|did|will|would|can|could|should|what|"
    r"whats|how|which|who|where|when|why)\b",
    re.IGNORECASE,
)


# Examples of what a question asks, said after it ("…? like a warehouse supervisor or…")
# Options the message itself joins before asking of "either" or "both" ("what about teaching
# patients, or being a nursing instructor? would either of those work"): those, not the
# careers in play
OPTIONS_THEN_EACH = re.compile(
    r"\b(?:or|vs\.?|versus)\s+[^?.!]*[?.!]+\s+[^?.!]*\b(?:either|both)\b", re.IGNORECASE
)
EXAMPLES = re.compile(r"^\W*(?:like|such as|e\.?g\.?|for example|maybe|say)\b", re.IGNORECASE)


def remarked_after(message: str, read: Callable[[str], list[Mention]]) -> bool:
    """``message`` asks first, naming no career, and names careers only in a remark after
    its questions ("and the pay? hygienist seems like way more money"): the question is of
    the careers in play, the remark no narrowing."""
    parts = QUESTION_END.split(message.strip())
    asked = [i for i, part in enumerate(parts) if part.rstrip().endswith("?")]
    if not asked or asked[-1] == len(parts) - 1:
        return False
    questions, remark = " ".join(parts[: asked[-1] + 1]), " ".join(parts[asked[-1] + 1 :])
    if EXAMPLES.match(remark):  # "something in between i could do first? like a warehouse
        return False  # supervisor or dispatcher": examples of what is asked
    if any(ASKING_START.match(s) for s in SENTENCE_END.split(remark)):  # "and the pay? is
        return False  # it a lot more than what techs make", "…none of these are really about
        # speaking spanish. what about a bilingual bank teller"
    return not read(questions) and bool(read(remark))


def points_at_page(message: str) -> bool:
    """``message`` asks of the page the widget sits on by pointing at it ("info sec analyst,
    the page I'm on"), not of careers to search for."""
    return bool(ON_PAGE.search(message)) and not searches(message)


def in_play_route(
    message: str,
    mentions: list[Mention],
    current: Sequence[str],
    page: str | None,
    read: Callable[[str], list[Mention]],
    compared: Callable[[], list[str]],
) -> Route | None:
    """The careers in play (``current``, then ``page``) ``message`` asks of, else ``None``:
    all of them, weighed ("dentist is way more school. how much does each need", not
    "something like data entry or medical transcription. would either suit me?": careers
    named anew; ``compared`` gives those the message sets side by side) or asked before a
    remark naming others ("does the pay make it worth it? chefs dont make much"); the page
    pointed at; the one career pointed at ("…warrant officer. Does it fit this job?")."""
    context = list(dict.fromkeys(c for c in (*current, page) if c))
    in_play = len(current) > 1 and all(set(m.slugs) & set(current) for m in mentions if not m.own)
    each = (
        in_play
        and bool(EACH_IN_PLAY.search(asking_text(message)))
        and not OPTIONS_THEN_EACH.search(message)
    )
    remarked = bool(context) and remarked_after(message, read)
    if (each and not set(compared()) - set(current)) or (len(current) > 1 and remarked):
        return Route(RouteKind.COMPARE, tuple(current))
    if context and remarked and not COMPARES.search(message):  # "and pay? reporters make
        # nothing, im at 48k", not "how is that different from physical therapy tho? i kinda
        # like the PT side"
        return Route(RouteKind.ONE, (context[0],))
    if page and points_at_page(message) and not COMPARES.search(message):
        return Route(RouteKind.ONE, (page,), explicit=True)  # "…analyst, the page I'm on"
    if context and len(current) <= 1 and points_at_context(message, read):
        return Route(RouteKind.ONE, (context[0],))
    return None
