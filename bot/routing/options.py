"""How a message names the options it weighs or means: the sides of a choice ("hvac or
electrician", "between bookkeeping and becoming an accountant") and the name after a cue ("I'm
looking at bookkeeping", "what about technical writing instead?")."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text import STOPWORDS, whole_words

SIDE_WORDS = 4  # an option is named in a few words
# Asking about options told before ("…for each", "which one", "either", "compare")
WEIGHS = whole_words(
    r"each", r"either", r"both", r"which", r"compar\w*", r"better", r"difference", r"the two",
    r"they", r"them", r"those", r"these",
)  # fmt: skip
# What joins two options; "and" only after "between" ("I like cooking and baking" weighs none)
JOINS = re.compile(r"\b(?:or|vs\.?|versus|compared (?:to|with))\s+", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+((?:[\w'-]+\s+){0,5}?[\w'-]+)\s+and\s+", re.IGNORECASE)
# Words before an option that are not part of its name
LEAD_IN = re.compile(
    r"^(?:(?:an?|the|maybe|perhaps|even|just|being|becoming|become|be|doing|do|going into|"
    r"getting into|a career in|career in|working as|work as|work in|working in|something like|"
    r"something in|like|practicing|practising|i mean|i meant|go to|going to|attend|attending"
    r")\s+)+",  # "no not X, i mean Y", "…or go to law school"
    re.IGNORECASE,
)
# Words that end an option's name: questions, verbs and fillers around it
NOT_NAME = frozenset(
    (
        *STOPWORDS,
        *("which", "what", "what's", "whats", "who", "how", "is", "are", "be", "would"),
        *("i", "should", "could", "might", "do", "does", "did", "can", "will"),  # "if i should
        # do nursing or be a pharmacy tech": nursing
        *("pays", "pay", "make", "makes", "better", "more", "less", "instead", "thinking"),
        *("compare", "compared", "compares", "vs", "versus", "than"),
        *("something", "else", "one", "ones", "job", "jobs", "work", "career", "careers", "field"),
        *("lol", "idk", "pls", "please", "maybe", "like", "even", "either", "both", "tho"),
        *("though", "too", "anyway", "then", "right", "really", "actually"),
        *("side", "part", "route", "path", "thing", "stuff", "world", "end"),  # "the informatics
        # side": informatics
        *("between", "about", "torn", "decide", "deciding", "choose", "choosing"),
        *("ok", "okay", "so", "well", "hmm", "hi", "hey", "hello", "yes", "no", "also"),
        *("meanwhile", "now", "later", "eventually", "someday", "first", "specifically"),
        # who named the options ("ppl keep telling me technical writing or PR")
        *("telling", "told", "tell", "says", "said", "suggest", "suggested", "considering"),
        # a level of the job, not another job ("a starting actuary versus an experienced one")
        *("experienced", "seasoned", "starting", "beginner", "senior", "junior", "rookie"),
        # what is asked of a name, never in one ("and do programs want patient care hours?")
        *("want", "wants", "require", "requires", "count", "counts", "hire"),  # not "special needs"
    )
)
TRAILING = frozenset(
    ("instead", "maybe", "too", "perhaps", "then", "though", "meanwhile", "now", "later", "first")
)  # "become a paralegal now or go to law school later"
SENTENCE_BREAK = re.compile(r"[.,;:!?()\n—–]|\s-+\s")  # "getting out - corporate training"
# What is needed, before a join ("those all need grad school or nursing"): no options weighed
NEEDED_BEFORE = re.compile(
    r"\b(?:need|needs|require|requires|required)\s+(?:[\w'-]+\s+){1,2}$", re.IGNORECASE
)
CLAUSE_BREAK = re.compile(r"[.;:!?()\n]")
# Options told as wanted before the question ("i want to get into logistics or supply chain,
# like the office side. do i need a degree"): the question asks of both
WANTS_EITHER = re.compile(
    r"\b(?:get(?:ting)? into|go(?:ing)? into|thinking (?:about|of)|considering|interested in|"
    r"want to (?:be|become|do|work in|study)|looking (?:at|into))\b[^.?!]{1,60}?\b(?:or|vs\.?"
    r"|versus)\b",
    re.IGNORECASE,
)
# What a gerund is done to, after it ("fixing them"): an activity, not the name of a field
DONE_TO = re.compile(r"^\W*(?:them|it|those|these|things|stuff)\b", re.IGNORECASE)
# The school of a field, weighed as its career ("paralegal now or go to law school later?")
FIELD_SCHOOL = re.compile(r"^[a-z]+ school$")
# A kind of work meant, not a career ("i mean like office or desk type jobs"; "anything
# more like teaching or education, or office-type stuff")
KIND_OF_WORK = re.compile(
    r"^(?:\s*,?\s*(?:or|and|/|,)\s*\w+)*[-\s]*(?:type|kind|sort)s?(?: of)?\s+(?:jobs?|careers?"
    r"|work|roles?|positions?|stuff|things)\b",
    re.IGNORECASE,
)


def choice_sides(message: str) -> list[str]:
    """The names of the options ``message`` weighs, each once, in the order written; not what
    careers need ("those all need grad school or nursing tho??")."""
    found: list[str] = []
    for join in JOINS.finditer(message):
        if NEEDED_BEFORE.search(message, 0, join.start()):
            continue
        found += [*_listed_before(message[: join.start()]), _after(message[join.end() :])]
    for between in BETWEEN.finditer(message):
        found += [_after(between.group(1)), _after(message[between.end() :])]
    return [side for side in dict.fromkeys(found) if side]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'-]+", text.lower())


def _listed_before(text: str) -> list[str]:
    """The options named before a join: the last, and those listed before it in the same
    sentence ("HVAC tech, plumber, or electrician"), back to one that names none."""
    sentence = CLAUSE_BREAK.split(text.rstrip(" ,"))[-1]
    names: list[str] = []
    items = sentence.split(",")
    for n, item in enumerate(reversed(items)):
        name = _before(item)
        if not name or (n and name != " ".join(_words(LEAD_IN.sub("", item.strip())))):
            break  # "becoming a neonatal nurse, but … a nurse practitioner": no list
        names.insert(0, name)
    return names


def _before(text: str) -> str:
    """The option named just before a join: the words back to a break or a non-name word."""
    words = _words(SENTENCE_BREAK.split(text.rstrip(" ,"))[-1])
    while words and words[-1] in TRAILING:  # "a school bus instead, or …"
        words.pop()
    name: list[str] = []
    for n, word in enumerate(reversed(words)):
        if word == "work" and n == 0 and len(words) > 1 and words[-2] not in NOT_NAME:
            name.insert(0, word)  # "…or social work": a field of work
            continue
        if word in NOT_NAME or len(name) == SIDE_WORDS:
            break
        name.insert(0, word)
    return " ".join(name)


def as_written(name: str, text: str) -> str:
    """``name`` (lower-case words of ``text``) in the letters ``text`` wrote it in ("PR")."""
    pattern = r"\W+".join(re.escape(word) for word in name.split())
    found = re.search(rf"\b{pattern}\b", text, re.IGNORECASE) if pattern else None
    return found[0] if found else name


def _after(text: str) -> str:
    """The option named just after a join, past words such as "maybe a" or "becoming an"."""
    clause = LEAD_IN.sub("", SENTENCE_BREAK.split(text.lstrip())[0].strip())
    name: list[str] = []
    for word in _words(clause):
        if word == "work" and name:  # "social work and…": a field of work, whole
            name.append(word)
            break
        if word in NOT_NAME or len(name) == SIDE_WORDS:
            break
        name.append(word)
    return " ".join(name)


# A follow-up naming the one career it turns to ("what about technical writing instead?",
# "sorry, I meant elevator inspector", "and the hygienist?", "border patrol?", "compare to
# network admin")
# A closing "what about X?" after the story or a correction, the turn a message makes
LAST_TURN = re.compile(r"[.!?]\s+(?:what|how) about\s+([^.!?,]+)\?")
TURNS_TO = re.compile(
    r"^(?:(?:[\w'-]+\s+){0,3}[\w'-]+[.!]+\s+)?"  # "ok different idea. what about…"
    r"(?:\W*(?:ok(?:ay)?|hmm+|so|well|sorry|no|nah|oh|wait|actually|but)\b)*\W*"
    r"(?:(?:what|how) about|and|or|compare(?:d)? (?:it |that |this |them )?(?:to|with))\s+(.+)"
    r"|\bi meant\s+(.+)"
    r"|^\W*((?:[\w'-]+\s+){0,2}[\w'-]+)\s*\?+\s*$"
    # the last clause, after the story ("…a hands on trade with less math, like what about
    # welding")
    r"|(?:[.!?]\s+|,\s*(?:like\s+)?)(?:what|how) about\s+([^.!?,]+)[.!?]*\s*$"
    # "ok forget the nurse stuff please. what about data entry? does that need phones", "…is
    # rough with my rent. what about graphic design as a middle ground, could i get hired"
    r"|[.!?]\s+(?:what|how) about\s+([^.!?,]+?)(?:\s+as an? (?:[\w-]+\s+){0,2}[\w-]+)?(?:\?|,)"
    # "medical records sounds better than data entry tbh. what does it pay", "musician is the
    # thing i said was risky. music therapy sounds cool tho", "landscaping is more like it"
    r"|(?:^|[.!?]\s+)\W*(?:(?:and|but|ok(?:ay)?|so|yeah|hmm+)\W+)?((?:[\w'-]+\s+){0,2}[\w'-]+)"
    r"\s+(?:sounds?|seems?|looks?)\s+(?:(?:really|kinda|so|more|pretty)\s+)?(?:better|good|great"
    r"|interesting|cool|nice|best|more like it|like me)\b"
    r"|(?:^|[.!?]\s+)\W*((?:[\w'-]+\s+){0,2}[\w'-]+)\s+is\s+(?:more like it|more my (?:speed|thing)"
    r"|what i want)\b"
    # "is there anything on health informatics jobs specifically"
    r"|\b(?:is there|do you have|you have|got|have you got)\s+anything\s+(?:on|about|for)\s+"
    r"([^.!?,]+)"
    # "whats the job outlook for marketing then", "the pay in nursing instead?"; not "150k in
    # loans and then not find work"
    r"|\b(?:for|in) (?!general\b)((?:[\w'-]+\s+)?(?!and\b)[\w'-]+)\s+(?:then|instead)\b"
    # "thinking about makeup for film/theater instead, whats that pay"
    r"|\b(?:thinking|thought|looking) (?:about|of|at) (?:doing |going into |getting into )?"
    r"([^.!?,]+?)\s+instead\b"
    # "is dog training an actual job?"
    r"|\b(?:is|are) ((?:[\w'-]+\s+){0,2}[\w'-]+) (?:an? )?(?:actual|real|legit) (?:jobs?|careers?|"
    r"things?)\b"
    # a clause led by the field it asks of ("ok forget it. for air traffic control, what is
    # the training like"), not "for me, …"
    r"|(?:^|[.!?]\s+)\W*(?:(?:and|but|ok(?:ay)?|so|then)\W+)?(?:as )?for\s+(?!(?:me|you|u|it|that"
    r"|this|them|now|example|sure|real|both|each|either)\b)((?:[\w'-]+\s+){0,3}[\w'-]+)\s*,",
    re.IGNORECASE,
)

# A career the visitor says they mean, look at or were told of, by any name a field or job
# What someone in the visitor's story says against a job, no career suggested ("my dad says
# artists dont make money")
SAID_AGAINST = re.compile(
    r"\b(?:says|said)(?: that)?\s+(?:[\w-]+\s+){1,3}?(?:do(?:n'?t|esn'?t)|never|can'?t|aren'?t"
    r"|isn'?t|won'?t)\b",
    re.IGNORECASE,
)
# goes by ("I mean bookkeeping clerks", "I'm looking at bookkeeping", "Someone mentioned
# medical coding?", "more like counseling").
MEANT = re.compile(  # not "what kind of pay jump am i looking at going from LPN to RN"
    r"(?<!\bam )(?<!\bwas )\b(?:i(?:'m| am|m|'ve been| have been|ve been)?\s+(?:really\s+|"
    r"actually\s+)?(?:mean|meant|"
    r"said|asking about|talking about|looking at|looking into)"
    # "I was thinking more like accounting, auditing, bookkeeping"
    r"|\bi(?:'m| am|m| was)\s+thinking\s+more\s+(?:like|of|along the lines of)"
    # "…isnt what i meant. more like counseling", not "is it more like a doctor or…"
    r"|^\W*(?:(?:no+|nah|but|um+|hmm+)\W+)*(?:something\s+)?more\s+like"
    r"|\b(?:something|anything)\s+more\s+like"  # "whats something more like project mgmt"
    r"|(?:someone|somebody|people|a friend|my (?:\w+ )?(?:friend|mom|dad|wife|husband|counselor|"
    r"doctor|sister|brother|cousin|teacher|buddy|uncle|aunt|boss|coworker|neighbou?r)) (?:mentioned"
    r"|suggested|recommended|told me about|says|said)(?: that)?"
    # "no not school bus, transit": what is meant, after what is not
    r"|^\W*(?:no+\W+)?not\s+[^,.!?]+,)"
    r"\s+(?P<name>.+)"
    # "Is medical coding something I could train for?", "is welding a good career?"
    r"|\bis\s+(?P<subject>(?:[\w/-]+\s+){0,3}?[\w/-]+)\s+(?=something\b|a (?:good|decent|"
    r"realistic|smart|real) (?:job|career|field|option|choice|path|fit)\b)"
    # "Would bookkeeping work for me?", "could dental hygiene be a good fit for me"
    r"|\b(?:would|could|will)\s+(?P<fit>(?:[\w/-]+\s+){0,2}?[\w/-]+)\s+(?=(?:work|suit|be (?:a )?"
    r"(?:good|right|decent)(?: fit| option| choice)?) (?:for )?me\b)"
    # the subject a visitor wants to teach names its teachers ("i want to teach nursing")
    r"|\b(?:want|wanna|would like|hope|hoping|plan|planning|thinking about|considering|love)"
    r"\s+(?:to\s+)?(?P<taught>teach(?:ing)?\s+(?!(?:kids|children|people|adults|students)\b)"
    r"[\w-]+)",
    re.IGNORECASE,
)
# A field the visitor weighs against the conversation's career by a word before it ("if i
# switched to web development would that pay less…", "what about training dogs, does that pay
# better…", "he should do electrical engineering instead", "said UX/web design is better").
FIELD_CUE = re.compile(
    r"\b(?:switch(?:ed|ing)? (?:over )?to|go(?:ing)? into|get(?:ting)? into|should do|do|doing"
    r"|what about|how about|said|into|(?<!rather )(?<!other )than|relative to"
    r"|school for|train(?:ing)? (?:for|in|as)|stud(?:y|ying)"  # "back to school for cosmetology"
    r"|(?:same|much|well|good) as"  # "do those pay about the same as roofing"
    r"|compared? (?:it |that |this )?(?:to|with)"
    r"|(?:pay|salary|salaries|wages?|money) in"  # "how does pay in PR compare to reporters"
    r"|(?:more|less|better|worse|higher|lower) (?:\w+ )?then)\s+(?=(?P<name>[\w/'-]+(?:\s+"
    r"[\w/'-]+){0,3}))",  # "better money then welding", "pay relative to practicing law?"
    re.IGNORECASE,
)
# A field weighed before the comparison ("my dad says plumbing is better money than
# electrician", "does welding pay more"): its last words are the name.
FIELD_BEFORE = re.compile(  # not "which setting pays more": a question of the one in play
    r"\b(?<!which )(?<!what )(?P<name>(?!(?:which|what)\b)[\w/'-]+"
    r"(?:\s+(?!(?:which|what)\b)[\w/'-]+){0,2}?)\s+(?:(?:is|are|pays?|makes?)\s+(?:\w+\s+)?"
    r"(?:better|more|less|worse|higher|lower)\b|compares?\b)",  # "how does PR compare?"
    re.IGNORECASE,
)
# What the work is like, asked of the career in play ("is it mostly surveillance or computer
# work", "is the job more office or field"): a question of its tasks, not a choice of careers
NATURE = re.compile(
    r"\b(?:is|was|would|will) (?:it|that|this|the (?:job|work|role|day))(?: be)? (?:mostly|more"
    r"|mainly|primarily|largely|usually|all|just)\b[^.?!]*?\bor\b",
    re.IGNORECASE,
)
CATCH_ALL = re.compile(r"-all-other\b")
SIDE_SURE = 0.6  # a side's best career scores this much (summary and title match) …
SIDE_MARGIN = 0.04  # … and this much above the next: the side names that career
SHORTENED = 5  # letters: a word this short may be a name's word cut short ("tech", "admin")
Ranking = Callable[[str], list[tuple[str, float]]]

# A field given by the example of a job after it: "corporate training - like a training and
# development specialist at a company"
EXAMPLE = re.compile(
    r"\s*[-–—,:(]?\s*(?:like|such as|e\.g\.|i\.e\.|as in|meaning)\s+(?:an?\s+|the\s+)?"
    r"(?P<title>[^.,;!?()]+)",
    re.IGNORECASE,
)

# A second field after the first one meant: "looking at bookkeeping and also medical coding"
SECOND_MEANT = re.compile(  # "…or X", "…vs X"; in a list, "…, X" ("electrician, plumber, hvac")
    # not the same one again ("medical lab technologist, the clinical lab one")
    r"^\s*(?:,(?!\s*(?:the|that|this)\s+(?:[\w-]+\s+){0,3}one\b)\s*(?:(?:or|and)\s+)?"
    r"|(?:,\s*)?(?:vs\.?|versus|or|and(?: also)?|&|/)\s+)"
    r"(?P<name>.+)",
    re.IGNORECASE,
)


def _past(text: str, name: str) -> str:
    """What ``text`` says after the ``name`` it opens with (past any lead-in words)."""
    last = re.findall(r"[\w'/-]+", name)[-1]
    found = re.search(rf"\b{re.escape(last)}\b", text, re.IGNORECASE)
    return text[found.end() :] if found else ""
