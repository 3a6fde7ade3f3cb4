"""How visitors talk versus how guides are written: colloquial phrases and their guide terms."""

from __future__ import annotations

import re

# Phrase (regex, matched case-insensitively on word boundaries) → guide vocabulary added
# to the query. General career-chat language, not tied to one guide.
EXPANSIONS: list[tuple[str, str]] = [
    (r"get into|break into|get started|start out|starting out", "path to become entry-level"),
    (r"classes|courses|high ?school|\bhs\b", "high school courses education"),
    (r"certs?\b", "certifications"),
    # "is there an apprenticeship route instead of college?": the guide's way in by work
    (r"apprentice(?:ship)?s?\b", "apprenticeships internships hands-on experience"),
    (r"degree|college|major|bachelor'?s?", "education degree"),
    (r"duties|tasks", "key responsibilities core functions"),
    (
        r"what do(?:es)? (?:they|you|a \w+(?: \w+)?) (?:actually |really )?do\W*$",
        "key responsibilities",
    ),
    (r"people skills|soft skills|personality", "soft abilities communication teamwork"),
    (
        r"upsides?|benefits|perks|good (?:things|parts?|sides?|stuff)|advantages|positives"
        r"|best (?:parts?|things?)|(?:like|love|enjoy) (?:\w+ )?most|favou?rite (?:parts?|things?)",
        "pros",
    ),
    (  # "would this job be a good fit for someone like me?": what the work offers
        r"(?:good|great|right) (?:fit|match)|(?:fits?|suits?) (?:me|someone like me)",
        "pros hands-on work",
    ),
    (
        r"downsides?|drawbacks|bad (?:things|parts?|sides?|stuff)|disadvantages|negatives"
        r"|worst (?:parts?|things?)|(?:hate|dislike) (?:\w+ )?most|least favou?rite",
        "cons",
    ),
    (r"boring|repetitive|monoton\w*|same thing (?:every|each|all)", "monotony repetitive cons"),
    (
        r"puzzles?|figur\w* out (?:what'?s|whats|what is) (?:broken|wrong)|what'?s broken"
        r"|(?:fix|fixing) (?:broken )?(?:things|stuff|machines)",
        "troubleshooting diagnose faults repairs",
    ),
    (r"morning", "morning day in the life"),
    (r"after lunch|midday|afternoon", "afternoon day in the life troubleshooting"),
    (r"end of the day|late afternoon|evening", "late afternoon day in the life"),
    (r"day to day|typical day|all day|daily", "a day in the life"),
    (r"from home|wfh|remote\w*|telecommut\w*", "remote work remotely"),
    (r"strong|strength|buff|heavy lifting|physically", "physical strength stamina"),
    (r"loud|noisy|environment|conditions", "work setting environment"),
    (r"\bppe\b|protective (?:gear|equipment)|safety gear", "wearing personal protective equipment"),
    (r"trends?|future|heading", "industry trends"),
    (  # "is it a stable job if there's a recession", "job security", "harder to lay off"
        r"stable|steady|steadier|security|secure|recessions?|downturns?|lay(?:s|ing)? (?:\w+ )?off"
        r"|layoffs?",  # not "i got laid off last month": the visitor's story
        "job stability ongoing demand",
    ),
    (
        r"move up(?! (?:to|into) (?:an? |the )?(?!senior|lead|supervis|manag)[a-z-]+(?: [a-z-]+)"
        r"{0,3} (?:where i|at my|internally))|promot\w*|advance\w*"
        # climbing the ladder, not towers ("how high up do they climb?")
        r"|climb\w* (?:the )?(?:career |corporate )?(?:ladder|ranks)"
        r"|how (?:high|far) (?:can|could|will|would) (?:i|you|u|one|someone) climb",
        "career advancement opportunities",
    ),
    (
        r"train(?:ing)? (?:others|other people|new (?:people|staff|workers|hires)|operators)"
        r"|teach(?:ing)? (?:others|people)|mentor\w*|coach(?:ing)? (?:others|people)",
        "train operators mentor junior technicians training programs",
    ),
    (
        r"9 ?(?:-|to) ?5|nine to five|(?:night|day|rotating|weekend|long) shifts?|shift work"
        r"|shifts? (?:are|like)|^\W*shifts?\b|overtime|schedules?|nights|weekends",
        "shift work",
    ),
    (r"industr(?:y|ies)|sectors?|(?:which|what) (?:companies|employers)", "industries hire"),
    (r"regions?|relocat\w*|countries|worldwide", "global outlook regions"),
    (
        r"co-?ops?\b|paid (?:training|options|apprenticeships?|internships?)"
        r"|(?:apprenticeships?|internships?|training) (?:\w+ )?(?:pay|paid)",
        "cooperative education paid workplace experience",
    ),
    (r"breaks? down|broke|breakdowns?", "emergency breakdowns repairs"),
    (r"tools|gear|equipment|software", "tech stack tools equipment"),
    (r"prod tech|\btech\b|\btechs\b", "technician"),
    (r"abroad|overseas|other countries|international", "global outlook"),
    (r"keep (?:up|studying|learning)|lifelong|forever", "continuous education learning"),
    (
        r"mistakes?|(?:screw|mess)(?:es|ed|ing|s)? up|pitfalls|go(?:es)? wrong|get wrong|errors",
        "common mistakes of beginners",
    ),
    (
        r"first (?:job|role|position|title)|job title|starting (?:position|role)",
        "junior entry-level",
    ),
    (r"fancy (?:name|word|title)|glorified|same (?:thing )?as (?:a |an )?", "core functions role"),
    (
        r"(?:get|getting|be|am|i'?m) (?:actually |really )?(?:good|proficient|competent) at"
        r"|up to speed|learn the ropes|get good",
        "how long to become proficient",
    ),
    (
        r"learn(?:ing)? on the job|on[- ]the[- ]job|without (?:a lot of |much |more )?"
        r"(?:school|college)",
        "entry-level roles apprenticeships hands-on experience high school diploma",
    ),
    (r"tips|advice", "contextual advice tips"),
]
_COMPILED = [(re.compile(rf"\b(?:{p})", re.IGNORECASE), terms) for p, terms in EXPANSIONS]


def expand(query: str) -> str:
    """The query with the guide terms for any colloquial phrase it uses appended."""
    extra = [terms for pattern, terms in _COMPILED if pattern.search(query)]
    return f"{query} ({'; '.join(extra)})" if extra else query


def colloquial(query: str) -> bool:
    """``query`` uses a colloquial phrase the guides put in other words ("downsides?")."""
    return any(pattern.search(query) for pattern, _ in _COMPILED)
