"""The words people ask for other careers in: related or similar ones, what else a job or
a background leads to, where people move on to, others that pay more."""

from __future__ import annotations

from bot.text import whole_words

RELATED = whole_words(
    r"related (?:careers?|jobs?|roles?|occupations?)",
    r"similar (?:careers?|jobs?|roles?)",
    r"other (?:careers?|jobs?|roles?|options)",
    r"alternatives?",
    r"what (?:\w+ )?(?:could|can|should|would) i (?:switch|move|transition|change) (?:to|into)",
    r"what (?:other )?(?:jobs|careers|work) (?:can|could) (?:i|you|one) (?:get|do) with",
    # "what can i do with an RN license thats not bedside??"
    r"what (?:else )?(?:can|could) (?:i|you|u|one) do with (?:an? |my |the |this )?[\w-]+"
    r"(?: [\w-]+)? (?:license|licence|degree|certificat\w+|background|experience)",
    r"what else (?:could|can|should|would|might) (?:i|you|one) (?:do|try|be|go into)",
    r"(?:something|anything|jobs?|careers?|work) (?:\w+ ){0,2}related to",
    r"(?:something|anything|jobs?|careers?|work|trades?|roles?|fields?|options?|occupations?)"
    r" (?:\w+ )?(?:close|similar|near|adjacent) to",
    r"backup (?:job|career|plan|option)s?",
    # "what do my skills actually transfer to?", not "do my skills transfer to welding"
    r"(?:skills?|experience|background) (?:\w+ )?(?:transfer|translate|carry over) "
    r"(?:to|into)(?=\s*(?:[?.!]|$))",
    # "something similar I could do with less school", "whats close to this thats different"
    r"(?:something|anything) similar\b",
    r"(?:what'?s|whats|what is) close to (?:this|that|it)",
    # "What can an RN do that's away from the bedside?", "non-bedside jobs", "anything
    # related I could do", "work that isn't driving": other work from this career
    r"what (?:else )?(?:can|could) (?:an? |the )?[\w-]+(?: [\w-]+)? do (?:that (?:is|isn't|"
    r"isnt|is not|doesn't|doesnt|does not|won't|wont|gets|keeps|pays|uses)|that's|thats|which|"
    r"besides|other than|instead of|outside|away from|apart from)\b",
    r"(?:anything|something) related (?:i|you|one|he|she) (?:could|can|might)",
    r"non-?[\w-]+ (?:jobs?|careers?|roles?|positions?)",
    # not where the work is done ("do surveyors work outside or in an office?")
    r"(?:jobs?|careers?|roles?|work) (?:away from|outside (?:of )?"
    r"(?!or\b|and\b|in\b|on\b|all\b|much\b|most\b|a lot\b|at\b|\W*$)|besides|other than|that "
    r"(?:isn't|aren't|is not|are not|isnt|arent))\b",
    r"(?:jobs?|careers?|roles?) (?:\w+ ){0,3}(?:move|switch|transition|go) into",
    # where people go from this job: "what jobs do ppl switch to", "where do techs move on to"
    r"(?:what|which|where) (?:other |else )?(?:(?:jobs?|careers?|roles?|work) )?"
    r"(?:do|did|would|can|could) (?:people|ppl|most|they|techs?|workers|others|folks) "
    r"(?:\w+ )?(?:switch|move|transition|go|change|jump)(?: on| over)? (?:to|into)\b",
    # "What nursing-adjacent jobs keep me off the floor?", "what can a guy like me do?"
    r"(?:[\w]+-)?adjacent (?:jobs?|careers?|roles?|work|positions?|fields?)",
    r"what (?:else )?(?:can|could) (?:a (?:guy|gal|person|woman|man|lady) like me|someone like "
    r"me|people like me) do\b",
    # others set above the career in play: "any trades that pay more than electrician?",
    # "what else pays better", "jobs like that that pay more"
    r"(?:what else|(?:any|other) (?:other )?(?:jobs?|careers?|trades?|roles?|fields?|"
    r"options?|work)(?: like (?:that|this|it))?(?: that| which)?) (?:\w+ )?(?:pays?|earns?|"
    r"makes?) (?:\w+ )?(?:more|better)\b",
)
