"""The guide's pay levels taken together: when a question sets levels against each other
("starting out vs later on") or asks how long it takes to earn more ("how long till i make
more"), every level's pay and the years its career tiers give each."""

from __future__ import annotations

from bot.answer import Piece, Source
from bot.text import whole_words
from bot.understand.experience import LEVELS_BY_PLACE
from bot.understand.intents import SALARY
from bot.understand.levels import LEVELS, Level
from bot.understand.need_words import SCHOOLING
from knowledge.model import Guide

# How long it takes to earn more ("how long till i make more", "how many years does that take")
ASKS_WHEN = whole_words(
    r"how long", r"how many (?:years|yrs)", r"how (?:fast|soon|quickly)", r"when (?:do|does|would|"
    r"will|can) (?:i|you|u|one|they) (?:make|get|earn|reach|see)",
)  # fmt: skip
# Two levels set against each other ("starting out vs later on")
WEIGHED = whole_words(
    r"vs\.?", r"versus", r"compared? (?:to|with)", r"against",
    # "the middle and the top", "starting out, then 5 yrs in, and at the top"
    r"(?:and|or|&|then) (?:at |for |in )?(?:the )?(?:top|middle|bottom|senior|junior|entry|mid"
    r"|low|high)",
)  # fmt: skip
# Earning more, asked after the pay ("how long till i make more", "…does that take")
RAISES = whole_words(  # pay rising, said so ("how fast do raises come")
    r"(?:make|earn|get paid|paid|making|earning) more", r"(?:pay|salary|wage) (?:goes |go )?up",
    r"raises?", r"making the (?:\w+ )?(?:level|tier) (?:number|pay|money)",
    r"(?:does|do|will|would) (?:it|that|the pay|pay) (?:go|goes) up",  # "how fast does it go up"
)  # fmt: skip
# Years of experience said beside a level's pay ("after 2 yrs would i be at the mid level pay")
YEARS_SAID = whole_words(
    r"\d+(?:\.\d+)? ?(?:years?|yrs)",
    r"(?:levels?|tiers?) (?:have|has|go by) years",
    # "…and how many years does it usually take to get to senior?"
    r"how (?:many (?:years|yrs)|long)\b[^?.]{0,40}\b(?:to (?:get|reach|become|make|move up)"
    r"(?: to)?|until|till|before) (?:an? |the )?(?:senior|mid|lead|top|that level|there)",
)
TAKES = whole_words(  # the time a pay asked before takes ("…and how long does that take")
    r"(?:does|would|will) (?:that|it) take(?! to (?:become|be|get|train|qualify|learn|finish))",
    r"get there",
    # "so going from 47 to 58k is moving from entry to mid? how many years is that usually"
    r"how many (?:years|yrs) (?:is|would be|'?s) (?:that|it)",
)  # fmt: skip


def pay_over_time(message: str) -> bool:
    """``message`` asks pay and how long it takes to earn more ("how long till i make more"),
    not how long schooling takes ("…and how long is the training?")."""
    when = ASKS_WHEN.search(message)
    asked = message[when.start() :].split("?")[0] if when else ""
    of_pay = SALARY.search(asked) or RAISES.search(asked)
    taken = TAKES.search(asked) and SALARY.search(message)  # "whats the pay jump… how long
    return bool(when and (of_pay or taken)) and not SCHOOLING.search(asked)  # does that take"


def levels_named(message: str) -> int:
    """How many pay levels ``message`` names ("junior pay compared to mid level")."""
    return sum(bool(pattern.search(message)) for pattern in LEVELS.values())


def levels_weighed(message: str) -> bool:
    """``message`` sets two pay levels against each other ("starting out vs later on")."""
    return levels_named(message) > 1 and bool(WEIGHED.search(message))


def years_of_levels(guide: Guide, message: str) -> list[Piece]:
    """The experience the guide's career tiers give, in the order of its entry, mid and senior
    pay, for a pay question asking how long it takes; ``[]`` for any other."""
    tiers = guide.facts.tiers[:3]
    if not pay_over_time(message) or len(tiers) < 2:
        return []
    said = ", ".join(f"{t.title} at {t.experience}" for t in tiers[:-1])
    last = tiers[-1]
    text = (
        f"The guide's levels, in the order of that pay, put {said} and {last.title} at "
        f"{last.experience} of experience."
    )
    evidence = " · ".join(f"{t.title}: Experience: {t.experience}" for t in tiers)
    return [
        Piece(text, Source(guide.slug, guide.title, tiers[0].section, tiers[0].anchor), evidence)
    ]


def years_of_level(guide: Guide, level: Level, message: str) -> list[Piece]:
    """The experience the guide's career tier at ``level``'s place gives, for a question about
    that level's pay that speaks of years; ``[]`` for any other."""
    tiers = guide.facts.tiers[:3]
    if level not in LEVELS_BY_PLACE or not YEARS_SAID.search(message):
        return []
    place = LEVELS_BY_PLACE.index(level)
    if place >= len(tiers):
        return []
    tier = tiers[place]
    text = (
        f"The guide's career tiers put {tier.title}, the {level.value} level, at "
        f"{tier.experience} of experience; it does not tie each pay figure to years."
    )
    source = Source(guide.slug, guide.title, tier.section, tier.anchor)
    return [Piece(text, source, f"{tier.title}: Experience: {tier.experience}")]
