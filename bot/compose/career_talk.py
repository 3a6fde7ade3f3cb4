"""Whether a message talks of careers at all, or asks of the routed career as a whole."""

from __future__ import annotations

from bot.compose.overview import asked_career
from bot.routing.route import Route, RouteKind
from bot.routing.router import Router
from bot.text import whole_words
from bot.understand.asks import asking_text
from knowledge.model import Guide
from knowledge.words import singular

CAREER_TALK = whole_words(
    r"careers?", r"jobs?", r"degree", r"become", r"salary", r"what'?s that called",
    # "i still need to work, what can i do thats not hard on my back"
    r"(?:need|have|want) to (?:keep )?work", r"what (?:else )?(?:can|could) i do",
    # "I'd like to switch to something less stressful… before I retire"
    r"(?:switch|switching|change|changing|move|moving) (?:to|into) (?:something|a new|another"
    r"|a different)", r"working years", r"(?:before|till|until) (?:i )?retire",
)  # fmt: skip


def whole_career(message: str, route: Route, router: Router) -> bool:
    """``message`` asks about the routed career as a whole, naming nothing else."""
    career = asked_career(asking_text(message))  # "I'm tired a lot. Tell me about X."
    if career is None or route.kind is not RouteKind.ONE:
        return False
    asked = _singular(career)
    return any(_singular(m.words) == asked for m in router.mentions(career))


def about_careers(message: str, guides: dict[str, Guide], router: Router) -> bool:
    """Names a covered career or talks of careers, in a corpus of several careers."""
    if len(guides) == 1:
        return False
    return bool(CAREER_TALK.search(message) or router.mentions(message))


def _singular(words: str) -> str:
    return " ".join(singular(w) for w in words.lower().split())
