"""Phrases that name a job other than the guides' own: common jobs, job nouns, comparisons."""

from __future__ import annotations

import re

from bot.routing.job_words import JOB_ABBREVIATIONS
from bot.text import whole_words

# Jobs people ask about by name. Those the guides cover are routed to their guide; the
# others get "no guide for that yet" with the nearest careers that are covered.
COMMON_JOBS = whole_words(
    r"nurses?", r"doctors?", r"physicians?", r"dentists?", r"teachers?", r"lawyers?",
    r"attorneys?", r"pilots?", r"chefs?", r"cooks?", r"accountants?", r"programmers?",
    r"software (?:engineers?|developers?)", r"web developers?", r"electricians?",
    r"plumbers?", r"carpenters?", r"firefighters?", r"police(?: officers?)?", r"paramedics?",
    r"pharmacists?", r"architects?", r"graphic designers?", r"journalists?", r"actors?",
    r"musicians?", r"photographers?", r"veterinarians?", r"therapists?", r"psychologists?",
    r"dietitians?", r"baristas?", r"cashiers?", r"truck drivers?", r"data scientists?",
    r"real estate agents?", r"hairdressers?", r"barbers?", r"flight attendants?",
    r"social workers?", r"dental hygienists?", r"midwives|midwife", r"youtubers?",
    r"influencers?", r"streamers?", r"(?:pro(?:fessional)? )?gamers?", r"astronauts?",
    r"content creators?", r"tiktokers?",
)  # fmt: skip
# Job abbreviations ("HVAC", "EMT", "CNA"; names.py) name jobs as much as the words do; the
# two-letter ones ("PT") are left out, since a visitor may shorten the guide's own job so.
ABBREVIATED_JOBS = re.compile(
    "|".join(
        rf"(?i:\b{re.escape(short)}s?\b)"
        for short in sorted(JOB_ABBREVIATIONS, key=len, reverse=True)
        if len(short) > 2
    )
)
# A sentence of the visitor's that tells a job wanted, not one done ("I'm thinking about HVAC").
WISHED = re.compile(
    r"\b(?:want|wanna|would like|thinking|considering|interested|becom\w*|switch\w*"
    r"|(?:get|go|getting|going) into|look\w* (?:at|into))\b",
    re.IGNORECASE,
)
# The message sets two jobs side by side ("compare to HVAC", "better than being a barista",
# "staying an electrician or switching to production tech").
COMPARING = whole_words(
    r"vs\.?", r"versus", r"compar\w*", r"differen\w*", r"same as",
    r"(?:better|worse|easier|harder|more|less|higher|lower)(?: \w+){0,2} than",
    r"which (?:\w+ ){0,5}(?:better|best|worse|more|less|most|least)\b",  # "which one of us…"
    r"or (?:switch|switching|move|moving|go|going) (?:to|into)",
    # "trying to decide between this and an electrician apprenticeship"
    r"(?:decide|deciding|choose|choosing|pick|picking|torn) between",
)  # fmt: skip
# A field set beside the guide's ("compared to nursing", "more than trucking"): a word of
# no guide's text in a field's form.
COMPARED_FIELD = re.compile(
    r"\b(?:vs\.?|versus|compared?\s+(?:(?:it|that|this|them)\s+)?(?:to|with)|than)\s+"
    r"(?:being\s+in\s+|working\s+in\s+|in\s+|(?:going|getting)\s+(?:to|into)\s+|doing\s+|"
    r"studying\s+)?"
    r"(?P<job>[a-z]+(?:ing|ism|ics|ry))\b"
    # a doing with its object or place is no field ("vs turning wrenches", "sitting at a desk")
    r"(?!\s+(?:at|on|in|with|around|behind|for|a|an|the|my|your|their|stuff|things)\b)"
    r"(?!\s+(?!(?:is|as|was|has|this)\b)[a-z]+s\b)",
    re.IGNORECASE,
)
NOT_FIELDS = frozenset(
    ("anything", "nothing", "something", "everything", "working", "being", "going", "doing",
     "getting", "studying",
     # what anyone does at any work ("more hands on than reading", "harder than speaking")
     "reading", "writing", "speaking", "talking", "listening", "thinking", "learning",
     "typing", "sitting", "standing", "walking", "lifting", "sleeping")
)  # fmt: skip
# Words that start no job's name: "or something closer" names no job; in "is that the
# engineers' job" the subject is "that".
NOT_A_JOB_START = frozenset(
    ("something", "anything", "nothing", "everything", "someone", "anyone", "somewhere",
     "whatever", "whoever", "stuff", "that", "this", "it", "there", "what", "which",
     # a question's own verb ("Would a respirator or dust mask be part of that?")
     "would", "will", "could", "should", "can", "do", "does", "did", "is", "are", "was", "were")
)  # fmt: skip
BECOMING = re.compile(
    r"\b(?:become|becoming|being|work as|working as|job as|career as|training as|train as|"
    r"(?:want|wanna|going|plan|hope|trying|study|studying) to be)\s+an?\s+"
    r"(?!(?:better|good|great|successful|more|really|real|top|best|happier)\b)"
    r"((?:[a-z-]+\s+)?[a-z-]+(?:er|or|ist|ian|ant|ent|eer|man|woman|grapher|naut|tuber)s?)\b",
    re.IGNORECASE,
)

# A job named as the subject of a career question ("what does a geneticist earn?", "what
# tools do etchers and engravers use?", "is a florist a good career?"): a word with a
# job-noun ending, optionally after one modifier, or two joined by "and"/"or".
_JOB = (  # its modifiers are no verbs ("would electronics be cleaner than…")
    r"(?:(?!(?:be|is|are|was|were|been)\s)[a-z-]+\s+){0,2}?"
    r"(?:[a-z-]+(?:ist|er|or|ian|ant|ent|eer|man|men|smith|wright)s?"
    r"|techs?\b"  # "maintenance tech"
    # job nouns without an agent's ending ("diesel mechanic", "line cook")
    r"|(?:mechanic|medic|clerk|nurse|chef|cook|pilot|guard|aide|coach|nanny|nannie|cashier)s?\b)"
)
JOB_NOUN = rf"(?P<job>{_JOB}(?:\s+(?:and|or|&)\s+{_JOB})?)"
A_JOB = re.compile(rf"{_JOB}", re.IGNORECASE)  # fullmatch: a word or words that name a job
# Things listed before a word with a job noun's ending make it a thing too ("masks or
# respirators", "gloves and scanners", "a mask or respirator", "pharma or semiconductor").
THINGS_BEFORE = re.compile(  # "pharma vs semiconductors": an industry among industries
    r"\b(?P<thing>[a-z]+\s*,?\s+(?:or|and|&)|[a-z]+\s+(?:vs\.?|versus)"
    r"|(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))[a-z]+\s+(?:or|and|&))\s+(?:just\s+)?$",
    re.I,
)
# A job the visitor would move into from the guide's ("promotion into QA or engineering tech")
TOWARD_JOB = re.compile(
    r"\b(?:promot\w*|mov(?:e|es|ed|ing)|advanc\w*|transition\w*|step(?:s|ping)?|grow\w*"
    r"|switch\w*|go|going|get|getting|work\s+(?:my|your|their)\s+way)\s+(?:up\s+)?(?:in)?to\b"
    r"[^.?!]*$",
    re.IGNORECASE,
)
DETERMINER = r"(?:an?\s+|the\s+)?"
JOB_SUBJECTS = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:what|how\s+much|where|when|why|how)(?:\s+\w+){{0,2}}\s+(?:does|do|did|would"
        rf"|will|can|should)\s+{DETERMINER}{JOB_NOUN}\s+(?:typically\s+|usually\s+|really\s+)?"
        r"(?:earn|make|get\s+paid|do|use|need|study|work|wear|learn)\b",
        rf"\b(?:is|are)\s+(?:being\s+)?{DETERMINER}{JOB_NOUN}\s+(?:a\s+)?(?:good|bad|well"
        r"|hard|stressful|in\s+demand|worth|paid|career|job)\b",
        rf"\b(?:do|does|are)\s+{DETERMINER}{JOB_NOUN}\s+(?:need|require|have\s+to|earn|make"
        r"|get\s+paid|work\s+(?:nights|weekends|shifts|long|from))\b",
        rf"^(?:what(?:'?s|\s+is)\s+)?{DETERMINER}{JOB_NOUN}(?:'?s)?\s+(?:salary|salaries|pay"
        r"|wages?|income|earnings)\b",
        # another job set beside this one ("ok what about pharmacy technician then", "and
        # the hygienist?")
        rf"^\W*(?:and|or|but)\s+{DETERMINER}{JOB_NOUN}\s*(?:[?.!]+|$)",  # "…? you skipped it"
        rf"\b(?:what|how)\s+about\s+{DETERMINER}{JOB_NOUN}\b",
        rf"\b(?:vs\.?|versus|compare[sd]?\s+(?:to|with)|same\s+as|different\s+from|instead\s+of"
        r"|(?:better|paid|more|less|higher|lower)\s+than(?:\s+what|\s+how\s+much)?|\bor)\s+"
        rf"(?:being\s+)?{DETERMINER}{JOB_NOUN}\b",
        rf"(?:^(?:is\s+)?|\b(?:be|become|becoming)\s+){DETERMINER}{JOB_NOUN}"
        r"\s+(?:or|vs\.?|versus)\b",
        rf"\bbetween\b.*?\b(?:and|&)\s+{DETERMINER}{JOB_NOUN}\b",
    )
)
# After a word with a job-noun ending, what makes it a comparative, no job: "bottom pay or
# closer to the middle", "or higher than that".
COMPARATIVE_AFTER = re.compile(r"\s+(?:to|than)\b", re.IGNORECASE)
# A job that is someone in the visitor's life ("my shop teacher said…"), not the one asked about.
SOMEONE_S = re.compile(r"\b(?:my|our|his|her|their|your)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# Words before a job noun that describe the person, not another job ("a good technician").
QUALITIES = frozenset(
    (
     "good", "great", "bad", "better", "best", "successful", "real", "new", "experienced",
     "certified", "skilled", "young", "old", "full", "part", "average", "typical", "top",
     "entry", "junior", "senior", "lead", "beginner", "trainee", "this", "that", "your",
     "regular", "normal", "standard", "ordinary", "plain", "mid",
    )
)  # fmt: skip
# Words with a job-noun ending that name no job, or name who a career deals with.
# Words that name no kind of job before a job noun ("or is tech actually safe").
NO_KINDS = frozenset(
    ("is", "are", "was", "were", "be", "am", "it", "its", "just", "actually", "really", "even",
     "still", "also", "so", "then", "now", "very", "do", "does")
)  # fmt: skip
NOT_JOBS = frozenset(
    (
     "better", "higher", "lower", "bigger", "greater", "larger", "smaller", "longer", "shorter",
     "harder", "easier", "faster", "slower", "older", "younger", "newer", "fewer", "lesser",
     "upper", "inner", "outer", "other", "another", "either", "neither", "whether", "rather",
     "after", "under", "over", "never", "ever", "however", "together", "former", "latter",
     "later", "earlier", "proper", "super", "career", "number", "order", "power", "paper",
     "water", "matter", "summer", "winter", "quarter", "center", "centre", "chapter", "letter",
     "character", "computer", "answer", "offer", "starter", "corner", "layer", "border", "cover",
     "filter", "weather", "member", "senior", "junior", "major", "minor", "prior", "interior",
     "exterior", "sector", "factor", "floor", "door", "color", "colour", "error", "favor",
     "labor", "labour", "honor", "behavior", "mentor", "current", "different", "recent",
     "percent", "present", "parent", "student", "talent", "content", "event", "extent", "moment",
     "payment", "equipment", "department", "environment", "government", "management",
     "development", "requirement", "placement", "employment", "resident", "client", "patient",
     "important", "relevant", "significant", "constant", "pleasant", "instant", "plant", "grant",
     "median", "employer", "customer", "user", "partner", "recruiter", "interviewer", "owner",
     "beginner", "newcomer", "worker", "coworker", "teenager", "reader", "leader", "person",
     "people", "someone", "everyone", "anyone", "human", "man", "men", "woman", "women",
     "freshman", "freshmen", "undergraduate", "graduate", "grader", "teenager", "beginner",
     "for", "nor", "per", "her",
    )
)  # fmt: skip

# The people an "-ent"/"-ant" word names: most such words describe ("decent pay", "European
# equivalents", "a fluent speaker"), so only these are jobs.
AGENT_NOUNS = frozenset(
    (
     "agent", "president", "superintendent", "correspondent", "consultant", "assistant",
     "attendant", "accountant", "sergeant", "lieutenant", "merchant", "servant", "tenant",
     "informant", "regent", "steward", "adjutant", "commandant", "confidant",
    )
)  # fmt: skip
