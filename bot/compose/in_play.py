"""The careers a follow-up can mean: those the last answer offered or spoke of, narrowed to
the ones it points at by place ("the second one", "the first two") or widened to the recent
ones a verdict weighs ("which of the two pays better?")."""

from __future__ import annotations

from bot.compose.comparing import MAX_COMPARED
from bot.compose.picks import offered_careers
from bot.text import whole_words
from bot.understand.asks import asking_text
from bot.understand.intents import BOTH
from bot.understand.references import ordinal, places
from knowledge.model import Guide
from store.conversations import Turn

RECENT_TURNS = 3  # how far back a conversation's career is looked for
# A verdict between the conversation's careers ("and which has more job openings?").
WHICH_MORE = whole_words(
    r"which (?:one |job |career )?(?:\w+ ){0,2}(?:more|less|fewer|better|worse|higher|lower|"
    r"easier|harder|longer|shorter|most|least|best)"
)
TWO, THREE = whole_words(r"two", r"2"), whole_words(r"three", r"3")


def careers_in_play(
    message: str, turns: list[Turn], guides: dict[str, Guide]
) -> tuple[list[str], list[str]]:
    """The careers ``message`` may mean, and those the last answer offered to pick from. A
    turn that named no career (a topic the guides don't cover) keeps the one before."""
    last = turns[-1] if turns else None
    current = last.guides if last is not None else []
    offered = offered_careers(last, guides) if last is not None else []
    current = offered or current  # "the agent one" picks among what "which one?" offered
    if not current:  # "whats the starting salary" after "pharmacy school debt?" (not covered)
        current = next((t.guides for t in reversed(turns[-RECENT_TURNS:]) if t.guides), [])
    n = ordinal(message)
    if several := places(message, len(current)):  # "which of the first two pays more?"
        current = [current[i] for i in several]
    elif n is not None and len(current) > 1 and n < len(current):  # "the second one"
        current = [current[n]]  # after a comparison: the career in that place
    both = BOTH.search(message) or WHICH_MORE.search(message)
    told = 3 if THREE.search(message) else 2 if TWO.search(message) else 0  # "of the three"
    if both and len(current) < (told or 2):  # "which of the two pays better?"
        recent = [g for t in reversed(turns[-RECENT_TURNS:]) for g in t.guides[:2]]
        found = list(dict.fromkeys([*current, *recent]))
        current = found[: told or MAX_COMPARED] if len(found) > 1 else current
    return list(current), offered


def weighs_both(message: str) -> bool:
    """The asking part of ``message`` weighs the conversation's careers ("ok so hygienist is
    shorter. which one pays more though?")."""
    asking = asking_text(message)
    return bool(WHICH_MORE.search(asking) or BOTH.search(asking))
