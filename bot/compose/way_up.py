"""The way to a level the visitor names ("how do I move up to supervisor?", "from operator to
junior tech, what's the fastest route?"): what the level asks (its years, what is essential
at it), then what the guide says gets people in (its first level) or moves them up."""

from __future__ import annotations

import re

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import readable_piece
from bot.compose.neighbours import LEANS_BACK
from bot.compose.rungs import guide_levels
from bot.retrieval.units import Unit, UnitBank
from bot.routing.job_words import tokens
from bot.text import whole_words
from bot.understand.asks import asking_text
from bot.understand.intents import SALARY
from bot.understand.needs import Need, answers, one_level
from knowledge.model import Guide
from knowledge.words import singular

# Asking the way to a level, not what it is: "how do I get to lead", "what should I be doing
# to get noticed", "the fastest route", "move from operator to junior tech".
WAY_TO = whole_words(
    r"how (?:do|can|would|could|should|does|did) (?:\w+ ){0,3}(?:move|get|go|step|work|climb|"
    r"rise|advance|make (?:it|the (?:move|jump|switch)))",
    r"how to (?:move|get|go|step|climb|advance|make)",
    r"(?:fastest|quickest|best|shortest|easiest|surest) (?:route|way|path)",
    r"what (?:should|must) (?:i|you|u|he|she|they|one) (?:be )?(?:do|doing|focus on|work on)",
    # "what do i do to get there", not "what do they do" (what the level is)
    r"what (?:do|would|can|could) (?:i|you|u|one) (?:need to |have to )?(?:be )?(?:do|doing|"
    r"focus on|work on) (?:to|for)",
    r"get(?:ting)? noticed", r"(?:get|be|being|getting) promoted", r"promotion (?:to|into)",
    r"(?:move|moving|go|going|switch|switching|step|stepping) (?:up )?(?:from (?:[\w-]+ ){1,4})?"
    r"(?:to|into)",
    r"make (?:that|the|this) (?:move|jump|switch|step)",
)  # fmt: skip
# How soon, not how: "how fast can I get to mid level" is that level's years.
HOW_SOON = whole_words(
    r"how (?:fast|quick(?:ly)?|soon|long)", r"how many (?:years|yrs)", r"(?:years|yrs) (?:til|unt)"
)
# Sentences on moving up, wherever the guide says them (its path, growth paths, FAQ, advice)
MOVING_UP = whole_words(
    r"promot\w*", r"advance\w*", r"move up", r"open doors?", r"career growth",
    r"supervisory (?:roles?|positions?)",
)  # fmt: skip
# What a level asks of who holds it: "…are essential at this level", "PLC proficiency expected"
ASKED_AT_LEVEL = whole_words(
    r"essential", r"expected", r"required", r"requires?", r"must", r"experience"
)
LEVEL_SENTENCES = 2
WAY_SENTENCES = 3


def asks_way_to(message: str) -> bool:
    """``message`` asks how to reach a level, not what it is or how soon."""
    asking = asking_text(message)
    return bool(WAY_TO.search(asking)) and not HOW_SOON.search(asking)


# The job moved up to, named ("could i move up to supervisor?")
UP_TO = re.compile(
    r"\b(?:move|moving|step|stepping|get|getting|go|going|work|climb) up to (?:an? |the )?"
    r"(?P<job>[a-z]+)",
    re.IGNORECASE,
)


# Moving from one job to another ("go from production technician to like a manufacturing
# engineer", "from here into process engineering")
FROM_TO = re.compile(
    r"\bfrom (?:being )?(?:an? |the )?(?P<job>[a-z][\w -]{1,40}?) (?:to|into) (?:like )?"
    r"(?:an? |the )?(?P<next>[a-z][\w-]+)",
    re.IGNORECASE,
)
HERE = re.compile(r"^(?:here|this(?: job| role| position| career)?|it|tech)$", re.IGNORECASE)


def moves_on_from(message: str, guide: Guide) -> bool:
    """``message`` asks the way from ``guide``'s job into another ("how does someone go from
    production technician to a process engineer?"): where the job leads, not its way in."""
    found = FROM_TO.search(message)
    if found is None:
        return False
    own = set(tokens(guide.career))
    return (HERE.match(found["job"]) is not None or bool(set(tokens(found["job"])) & own)) and (
        singular(found["next"].lower()) not in own
    )


def moves_up_to(message: str, guide: Guide) -> bool:
    """``message`` asks to move up to the job ``guide`` is about ("could i move up to
    supervisor?" of First-Line Supervisors of Security Workers): its way in, not its own
    ways on."""
    found = UP_TO.search(message)
    return found is not None and singular(found["job"].lower()) in tokens(guide.career)


def way_up_draft(
    message: str, vector: np.ndarray, bank: UnitBank, guide: Guide, rungs: list[str]
) -> Draft | None:
    """The answer to the way to the one level of ``rungs`` that ``message`` asks how to
    reach; ``None`` when it asks something else of it or names several levels."""
    if len(rungs) != 1 or not asks_way_to(message) or SALARY.search(message):
        return None  # "how do I move up to senior and make more money?": its pay too
    units = bank.of_guide(guide.slug)
    levels = guide_levels(bank, guide.slug)
    first = bool(levels) and rungs[0] == levels[0]
    level = [i for i in bank.of_section(guide.slug, rungs[0]) if _reads_alone(bank.units[i])]
    asked = [i for i in level if ASKED_AT_LEVEL.search(bank.units[i].text)][:LEVEL_SENTENCES]
    if first:  # the first level is reached by the way in
        way = [i for i in units if answers(Need.GET_IN, bank.units[i].chunk.section)]
    else:
        way = [i for i in units if MOVING_UP.search(bank.units[i].text)]
    way = [i for i in way if _reads_alone(bank.units[i]) and not _of_level(bank.units[i])]
    if not asked or not way:
        return None
    scores = bank.similarity(way, vector)
    best = sorted(way[n] for n in np.argsort(-scores)[:WAY_SENTENCES].tolist())
    topic = "getting started" if first else "moving up"
    said = f"On {topic}, the {guide.career} guide says:"
    lead = Piece(said, readable_piece(bank.units[best[0]]).source, "", "lead")
    pieces = [
        *(readable_piece(bank.units[i]) for i in asked),
        lead,
        *(readable_piece(bank.units[i]) for i in best),
    ]
    return Draft(Mode.CITED, pieces, topic=rungs[0])


def _reads_alone(unit: Unit) -> bool:
    """A sentence that makes sense quoted on its own."""
    return not unit.is_item and not LEANS_BACK.match(unit.text) and not re.match(r"\W", unit.text)


def _of_level(unit: Unit) -> bool:
    return one_level(unit.chunk.section)
