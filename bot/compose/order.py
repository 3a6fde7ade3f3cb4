"""A question of what comes first ("which of those should I get first?"), or which is most
of something ("which industries are the loudest?"), that the guide's words never put in
order is told so plainly, before what the guide does say on them."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode
from bot.compose.refusals import not_covered
from bot.text import whole_words
from knowledge.model import Guide

ASKS_ORDER = whole_words(
    r"(?:which|what) (?:one |ones |of (?:those|these|them|the \w+) |\w+ ){0,2}(?:(?:should|do"
    r"|would|could) (?:i|you|u|we|one|he|she) (?:\w+ ){0,2})?(?<!\bat )first"
    # "what would i make at first": to begin with; "the first ones": those; "what would my
    # first year be like": that time
    r"(?! (?:ones?|two|three|few|couple|careers?|jobs?|options?|years?|days?|weeks?|months?"
    r"|shifts?|time)\b)",
    r"in (?:what|which) order",
    r"what order",
    r"(?:get|do|take|start with|go for) first(?=\s*(?:[?.!,]|$|or\b))",  # not "…do first to earn"
)  # fmt: skip
OPTIONS = re.compile(r"\bor\b|\b(?:of|between) (?:those|these|them|the)\b", re.IGNORECASE)
ORDERS = whole_words(
    r"first", r"before", r"then", r"after", r"followed by", r"prior to", r"start(?:s|ing)? (?:with"
    r"|by)", r"begin(?:s|ning)? (?:with|by)", r"foundation(?:al)?", r"next", r"later",
)  # fmt: skip


# The first step of the way in asked ("if i want to be a production tech what should i do
# first"): the path is the answer, no order among things named
FIRST_STEP = whole_words(
    r"what (?:should|do|would|can|must) (?:i|you|u|we|one) (?:\w+ )?do first",
    r"(?:where|how) (?:do|should|would|can) (?:i|you|u|we|one) (?:\w+ )?(?:start|begin)",
)


def told_if_unordered(message: str, draft: Draft, guide: Guide) -> Draft:
    """``draft`` led by the plain statement that ``guide`` doesn't say what comes first, when
    ``message`` asks it and no sentence of the answer puts things in order."""
    if draft.mode is not Mode.CITED or not draft.pieces or not ASKS_ORDER.search(message):
        return draft
    if FIRST_STEP.search(message) and not OPTIONS.search(message):
        return draft
    if any(ORDERS.search(piece.text) for piece in draft.pieces):
        return draft
    lead = not_covered(guide, "which comes first", draft.pieces[0].source)
    draft.pieces = [lead, *draft.pieces]
    return draft


# Which of several is most of something ("which industries are the loudest?", "whats the
# easiest cert to get"): a measure the guide may never rank them by.
RANKED_BY = re.compile(  # not a wish told ("want better pay.")
    r"(?<!want )(?<!wants )(?<!wanting )(?<!need )\b(?P<word>(?:easi|cheap|quick|fast|loud|clean"
    r"|quiet|safe|hard|noisi|dirti|healthi|busi"
    r"|calm|short|small|larg|big)(?:est|er)|better|best)\b(?! than (?:i|me|my|what)\b)",
    re.IGNORECASE,
)
PRAISE = ("better", "best")  # no measure of their own: a measure named beside them ranks
# Options named, then which of them ("the engineering tech thing or automation, which of
# those", "the co op thing or apprenticeship, which is quicker"): a choice to rank.
CHOICE = re.compile(
    r"\bor\b[^?.!]*?,\s*which\b(?:\s+(?:of (?:those|these|them|the two)|one)\s*\??\s*$)?",
    re.IGNORECASE,
)
OF_SEVERAL = whole_words(
    r"(?:which|what) (?:one|ones|kinds?|types?|industr\w*|certs?|certifications?|sectors?|jobs?"
    r"|plants?|companies|factories|programs?|schools?|roles?|paths?|routes?|of (?:those|these|them"
    r"|the \w+))",
    r"the \w+est (?:cert\w*|industr\w*|one|option|path|program|route|school|sector|role)",
    r"\w+er than (?:\w+ ){0,2}(?:or|and)\b",  # "would electronics be better than food or plastics"
)  # fmt: skip


def told_if_unranked(message: str, draft: Draft, guide: Guide) -> Draft:
    """``draft`` led by the plain statement that ``guide`` doesn't rank them so, when
    ``message`` asks which of several is most of something ("the loudest") and no sentence
    of the answer says it."""
    ranked = list(RANKED_BY.finditer(message))  # "pays better or is cleaner": the cleaner
    found = next((m for m in ranked if m["word"].lower() not in PRAISE), None)
    found = found or (ranked[0] if ranked else None)
    chosen = CHOICE.search(message)
    if draft.mode is not Mode.CITED or not draft.pieces or not (found or chosen):
        return draft
    several = OF_SEVERAL.search(message) or chosen
    if not several or draft.pieces[0].kind == "lead":
        return draft  # one thing asked of ("is it harder than…"), or already led
    word = found["word"].lower() if found else "better"
    said = r"\b(?:better|best)\b" if word in PRAISE else rf"\b{word[:4]}\w*(?:est|er)\b"
    if any(re.search(said, p.text, re.IGNORECASE) for p in draft.pieces):
        return draft
    which = f"which is {word}"
    draft.pieces = [not_covered(guide, which, draft.pieces[0].source), *draft.pieces]
    return draft
