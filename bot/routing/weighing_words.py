"""Words that set careers against each other in a message ("vs", "better than", "which one
of them"), and the aim a visitor names beside them."""

from __future__ import annotations

import re

from bot.text import whole_words

COMPARES = whole_words(
    r"vs\.?", r"versus", r"compared?", r"comparison", r"difference", r"better than",
    r"(?:different|differs?) (?:from|than)",  # "how is that different from physical therapy"
    r"more money", r"(?:pays?|paid|earns?|makes?) (?:more|less|better)", r"(?:more|less) than",
    r"than (?!\d)",  # "how much more do lawyers make than paralegals?"
    # "which has better pay", not a wish told ("im a nail tech, want better pay.")
    r"(?<!want )(?<!wants )(?<!wanting )(?<!need )(?<!for )better (?:money|pay|paid|paying|salary"
    r"|wages?)", r"relative to", r"stacks? up",
    r"(?:more|less|better|worse|higher|lower) (?:\w+ )?then (?!\d)",  # "better money then welding"
    r"which (?:one|of (?:the|them|these) (?:two|2)) (?:\w+ ){0,2}(?:better|more|less|higher|lower)",
)  # fmt: skip

BETTER = whole_words(r"better")  # a follow-up turning to another career weighs the two
BETTER_BET = whole_words(r"better (?:bet|option|choice|pick|move|fit|path)")  # "would payroll
# clerk be a better bet?" weighs it against the conversation's career
# A career the visitor aims at later, named beside the ones weighed ("which one is better if I
# want to be a nurse eventually?"): the ones weighed are asked about, not the aim.
GOAL = whole_words(
    r"(?:if|since|because|as) (?:i|you|u) (?:\w+ )?(?:want|plan|hope|wanna|intend|would like)"
    r" to (?:be|become|go into|end up)"
)
# A verdict between the careers the conversation is on: no search for others.
WEIGHS_THEM = whole_words(r"which (?:one|of (?:them|the two|these|those))", r"either", r"both")
# The careers in play, each, pointed at ("does either one use python or programming"): what
# follows weighs them by a thing, not two other careers
EACH_IN_PLAY = whole_words(
    r"either (?:one|of (?:them|those|these|the two))", r"both of (?:them|those|these)",
    r"each (?:one|of (?:them|those|these))",
    r"(?:they|those|these|the two) each\b",  # "how much do they each make"
    # "how much schooling does each need", "what degree do u need for each"
    # not "what do they actually do each day"
    r"(?:does|do|would|will) each(?! (?:year|month|week|day|hour|shift|time|morning|night))",
    r"for each(?! (?:year|month|week|day|hour|job|shift))",
    r"(?:tell me |just )(?:for|about) both",  # "can u just tell me for both"
    r"(?:pay|salary|salaries|school|schooling|training) (?:for|of) both\b",  # "the pay for both?"
)  # fmt: skip


def set_against(words: str, message: str) -> bool:
    """``words`` stand on one side of a "vs" or "or" in ``message`` ("dispatcher vs baker")."""
    job = re.escape(words)
    side = r"(?:vs\.?|versus|or)"
    return bool(re.search(rf"\b{job}s?\s+{side}\s|\s{side}\s+(?:an?\s+)?{job}s?\b", message, re.I))


# The career asked about weighed against the visitor's own job ("and vs what i make as an emt
# now?", "compared to my current pay"): the two compared.
AGAINST_OWN = whole_words(
    r"(?:vs\.?|versus|compared? (?:to|with)|than|against) (?:what )?(?:i|im|i'm|i am) (?:now )?"
    r"(?:make|earn|get paid|making|earning|bring home)",
    r"(?:vs\.?|versus|compared? (?:to|with)|than|against) my (?:current |own )?"
    r"(?:pay|salary|wages?)",
)
# A career weighed against the one the talk is on, pointed at ("compared to that", "the jump")
AGAINST_THAT = re.compile(
    r"\b(?:compared? (?:to|with)|vs\.?|versus|than|against) (?:that|it|this|them|those)"
    r"(?=\s*(?:[?.!,]|$|(?:one|job|pays?|makes?)\b))"  # not "harder than it looks"
    r"|\b(?:the|a) (?:actual |real |pay )?(?:jump|difference|gap)\b",
    re.IGNORECASE,
)
