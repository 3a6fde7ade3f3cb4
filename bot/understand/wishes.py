"""A career search and what it wishes of the careers: "what jobs pay decent without a
degree?", "any ideas? he likes fixing things" — asking which careers fit, not about one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import whole_words
from bot.understand.references import refers_back
from bot.understand.situations import stated

# Asking which careers fit, rather than about one ("what careers suit someone who…").
SEEKS_CAREERS = whole_words(
    r"(?:what|which|any|good|best) (?:\w+ ){0,3}(?:careers?|jobs?|occupations?|professions?|"
    r"fields?|career paths?) (?:for|that|where|with|would|should|could|can|suit|fit|are there)",
    r"careers? (?:options|ideas|paths?) (?:for|that|in)", r"jobs? for (?:someone|people|me)",
    r"(?:careers?|jobs?|occupations?) (?:\w+ ){0,3}for (?:someone|people|a person|me)\b",
    r"(?:career|job) (?:works|is best|fits?|suits?) (?:best )?for me",
    r"what (?:should|could|can) i (?:do|become|be) (?:with|if|for|as a career)",
    r"what are my options",
    # "want to get into cyber security. what job title should i even be looking at"
    r"what (?:job |career )?(?:titles?|roles?|positions?) (?:should|could|can|do|would) (?:i|you|"
    r"someone) (?:\w+ ){0,2}(?:look|search|apply|aim|target)\w*",
    r"how (?:do|can|should) i (?:choose|decide|pick) (?:between|a|which|what)",
    r"(?:don'?t|do not) (?:really |even )?know what (?:i (?:want|should|could) )?(?:to )?"
    r"(?:do|be|study)",
    r"(?:i'?d|i would|i want to|i wanna) (?:like )?(?:[\w-]+ ){0,2}(?:work|a job|a career) "
    r"(?:with|in|where|that)",
    r"(?:need|want|looking for|find) (?:a |some )?(?:new |good |better |stable )?"
    r"(?:job|career|work) (?:in|with|that|where|i can|for me)",
    # "what jobs pay decent…", "well paying jobs", "any ideas?", "jobs without a degree"
    r"(?:what|which|any) (?:\w+ ){0,2}(?:careers?|jobs?|trades?|fields?) (?:pay|don'?t|do not|"
    r"need|only|require|let|use)",
    r"(?:well|high|higher|highest|good|better|best|top|decent)[- ]paying (?:careers?|jobs?|work)",
    # "which jobs are growing the fastest", "what careers are most in demand"
    r"(?:what|which) (?:\w+ ){0,2}(?:careers?|jobs?|occupations?|fields?) (?:are|is) (?:\w+ )?"
    r"(?:growing|in demand|paying|the (?:best|fastest|highest))",
    r"any (?:\w+ )?ideas", r"(?:careers?|jobs?) (?:without|with no|that don'?t need)",
    # "what jobs actually use drawing?", "Ideas??" after a story, "jobs where you travel"
    r"(?:what|which|any) (?:careers?|jobs?|trades?|fields?) (?:actually|really|even|also) (?:pay|"
    r"need|use|involve|require|let)", r"(?:^|[.!?] *)ideas(?=\s*\?)",
    r"(?:careers?|jobs?|work) where (?:you|u|i|one|people) (?:get to |can |could )?(?:travel|use"
    r"|help|work)",
    # "r there jobs in healthcare where u dont see blood??", "what jobs in healthcare dont…"
    r"(?:are|r) there (?:any )?(?:\w+ ){0,2}(?:careers?|jobs?|roles?|positions?) (?:in \w+ )?"
    r"(?:where|that|without|for (?:someone|people|me))\b",
    r"(?:what|which|any) (?:careers?|jobs?|roles?) in (?:\w+ ){1,2}(?:that|where|dont|don'?t|do not"
    r"|without|with|are|involve|pay)\b",
    r"(?:jobs?|careers?|work) (?:\w+ )?(?:r|are|is) like (?:that|this|those)",
    r"(?:jobs?|careers?) (?:would|could|might) (?:fit|suit|work for) (?:me|him|her|them)",
    r"^\W*(?:good |best |other )?(?:careers?|jobs?|occupations?) (?:in|with|without|that)\b",
    r"(?:something|anything) (?:\w+ )?similar\b",  # "whats something similar w/o chemicals"
    # "Anything that is mostly sitting at a computer…?", "Something with no math please"
    r"(?:^|[.!?]+ +)(?:anything|something) (?:that|where|with|without|w/o)\b",
    # "What jobs like that could I start", "which careers similar to this pay more"
    r"(?:what|which|any) (?:other )?(?:careers?|jobs?|work) (?:like (?:that|this|those)|similar)",
    r"(?:something|anything) (?:\w+ )?like (?:\w+ ){1,2}(?:jobs|careers|roles)\b",  # "…like
    # sustainability jobs where my marketing skills would transfer?"
    # "what jobs are good with my hands", "what jobs have the least talking", "what careers
    # actually exist out here", "whats a job that pays 50k+", "OTHER jobs that pay good"
    r"(?:what|which|any) (?:\w+ ){0,2}(?:careers|jobs|occupations|professions) (?:\w+ )?(?:are|is"
    r"|have|has|exist|let|involve|allow|keep|suit|fit|work)\b(?! (?:in (?:\w+ )?demand|growing))",
    # "jobs for an introvert?", "best careers for night owls" asked alone
    r"^\W*(?:(?:good|best|better|top|any|some|great|ideal|possible|what|which) ){0,2}"
    r"(?:careers?|jobs?|occupations?) for (?:an? )?[a-z-]+(?: [a-z-]+)?(?=\W*$)",
    r"(?:what'?s|whats|what is|is there) (?:a|an|any|some) (?:\w+ ){0,2}(?:job|career)s? (?:that|"
    r"where|with|for)\b",
    r"(?:other|different|more) (?:\w+ )?(?:jobs|careers|options|occupations) (?:that|where|with|"
    r"without|w/o|like|for|which)\b",
    r"what else (?:pays?|earns?|is (?:there|out there)|(?:could|can|should|would) (?:i|he|she|we)"
    r" (?:do|be|become|try))\b",
    r"what (?:can|could) (?:i|he|she|we) (?:\w+ )?(?:get hired (?:for|as|in)|get a job (?:in|as|"
    r"with|doing))",
    r"(?:what|how) about (?:\w+ ){0,2}(?:\w+ (?:or|and) \w+ )?(?:jobs|careers|roles|work) (?:where"
    r"|that|with|without|in|for)\b", r"(?:what|how) about (?:\w+ (?:or|and) )?\w+ (?:jobs|careers)"
    r"(?=\W*$)",
    # a search told again, by example ("something sitting down like office or front desk",
    # "no i meant like trades. building stuff, fixing engines")
    r"something (?:\w+ ){0,3}like (?:an? )?(?:\w+ ){0,2}(?:office|desk|\w+ (?:or|and) \w+)",
    r"(?:i mean|i meant) (?:like |more like )?(?:\w+ )?(?:trades|jobs|careers|work|fields)\b",
    # likes told as the whole message, asking nothing ("i like animals but not blood")
    r"^(?:i|im|i'?m|i am)(?: really| kinda| just| also)? (?:like|love|enjoy|into|good with|good at"
    r"|passionate about)(?! (?:that|this|it|the|those|them|how|what)\b)(?=[^?]*$)",
)  # fmt: skip
# One career judged ("is welding a good career for him?"): no search for careers that fit.
ONE_JUDGED = whole_words(
    r"(?:is|isn't)\s+(?!there\b)(?:[\w'-]+\s+){1,4}an?\s+(?:good|great|bad|solid|smart"
    r"|decent|right|realistic)\s+(?:career|job|fit|choice|option)s?\s+for"
)
NO_DEGREE = whole_words(
    # "without a degree", "without needing a degree", "without having any college degree"
    r"without (?:(?:needing|having|getting|requiring) )?(?:a |any )?(?:college |university |"
    r"4[- ]year )?degree",
    r"no (?:college |university )?degree", r"no college", r"without (?:going to )?college",
    r"(?:don'?t|dont|do not|doesn'?t|does not|won'?t|can'?t) (?:need|require|have|want|afford)"
    r" (?:to go to )?(?:a |any )?(?:college|degree|university|uni)",
    r"(?:only|just) (?:need|needs|requires?|with|have|has) (?:a |an |my )?(?:high school|hs|"
    r"ged|diploma|certificate|cert|trade school)",
    r"(?:straight|right) out of high school",
)  # fmt: skip
# A median asked for in dollars: "pays 50k+", "makes at least $60,000", "60k a year".
PAY_FLOOR = re.compile(
    r"(?:\b(?:pays?|paying|make|makes|making|earn|earns|earning|salary|income)\s+(?:at least |"
    r"over |more than |above |around |about |like )?\$?(\d{2,3})(?:,000|k)\b\+?"
    r"|\$?\b(\d{2,3})(?:,000|k)\b\s*(?:\+|or more|a year|a yr|/yr|per year|salary|plus|and up)"
    # "I need 60 at least", "need at least 55k"
    r"|\bneed (?:at least |a minimum of )?\$?(\d{2,3})(?:(?:,000|k)\b|\s*(?=at least|minimum|min\b"
    r"|or more|\+)))",
    re.IGNORECASE,
)
# Pay the visitor earns now or earned ("making around 72k last year", "I make 48k"): their
# story, not what they wish of a new career.
PRESENT_PAY = re.compile(
    r"\b(?:i'?m|im|i am|i was|i've been|ive been|currently|now|been|i|was)\s+(?:\w+\s+)?$"
    r"|^\S*\s*(?:\w+\s+){0,2}(?:now|currently|last year|before|right now|today)\b",
    re.IGNORECASE,
)
# Two years of school or less ("with 2 years or less of school", "under two years").
SHORT_SCHOOL = whole_words(
    r"(?:[12]|one|two) (?:years?|yrs?) (?:or less|or under|max|tops|at most)",
    r"(?:less than|under|no more than|at most|max(?:imum)?(?: of)?) (?:[1-3]|one|two|three)"
    r" (?:years?|yrs?)(?= (?:of )?(?:school|college|training|study|education|program))",
    r"(?:with|from|through|after) (?:a |an )?(?:community college|trade school|technical school|"
    r"associate'?s? degree|certificate program)",
    # "could I start without years of training", "no years of school"
    r"(?:without|no|not) (?:many |lots of |a lot of )?(?:years?|yrs) (?:of )?(?:training|school"
    r"|schooling|study|college)",
    # "that dont need a 4 year degree", "without a bachelor's": two-year schooling will do
    r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|without|no) (?:need(?:ing)? |requir\w+ "
    r"|(?:going|go) to |attending |getting )?(?:a |an )?(?:4|four)[- ]?(?:year|yr) "
    r"(?:degree|college)",
    r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|without|no) (?:need(?:ing)? |requir\w+ )?"
    r"(?:a |an )?bachelor'?s",
    # the trades: learnt by apprenticeship or a certificate ("what trades should i look at")
    r"(?:skilled )?trades", r"(?:a|the) trade", r"trade (?:jobs?|work|careers?)",
)  # fmt: skip
GOOD_PAY = whole_words(
    r"pays? (?:really )?(?:well|decent(?:ly)?|good|great|a lot|big|the most)",
    r"(?:well|high|highest|good|best|top|decent)[- ]paying", r"good money",
    r"(?:pays?|earns?|make) the most", r"(?:make|earn) (?:good |"
    r"decent |a lot of |big |real )money", r"decent (?:money|pay|salary|living|wage)",
    r"six[- ]figures?",
)  # fmt: skip
MOST_PAY = whole_words(
    r"(?:highest|best|top)[- ]paying", r"(?:pays?|earns?|make) the most", r"most money",
    r"highest (?:pay|salary|salaries|wages?)",
)  # fmt: skip
# Work that lasts ("the best job security", "stable and won't disappear", "unlikely to have
# layoffs"): the guides record no layoffs, so careers projected to grow are the nearest.
GROWING = whole_words(
    r"job security", r"(?:secure|stable|steady|safe) (?:careers?|jobs?|work|fields?)",
    r"(?:careers?|jobs?|work|fields?) (?:\w+ )?(?:is|are|that(?:'s| is| are)?) (?:\w+ )?"
    r"(?:stable|secure|steady|growing|in demand)",
    r"won'?t (?:disappear|go away|die out|be replaced)", r"not (?:going to|gonna) disappear",
    r"(?:unlikely|less likely|not likely) to (?:have|get|see|face) lay ?offs",
    r"(?:lay ?off|recession|future|ai)[- ]proof", r"growing (?:careers?|jobs?|fields?)",
    r"in[- ]demand (?:careers?|jobs?|fields?)",
    r"(?:growing|grow|growth) (?:the )?(?:fastest|most)", r"fastest[- ]growing", r"most growth",
)  # fmt: skip
# The fastest growing asked for ("which jobs are growing the fastest"): growth decides.
MOST_GROWTH = whole_words(
    r"(?:growing|grow|growth) (?:the )?(?:fastest|most)", r"fastest[- ]growing", r"most growth",
)  # fmt: skip
# BLS typical entry education, in order; "without a degree" means the first four.
EDUCATION_ORDER = (  # BLS's own order of its typical entry education categories, lowest first
    "no formal educational credential",
    "high school diploma or equivalent",
    "some college, no degree",
    "postsecondary nondegree award",
    "associate's degree",
    "bachelor's degree",
    "master's degree",
    "doctoral or professional degree",
)
BELOW_DEGREE = EDUCATION_ORDER.index("associate's degree")


@dataclass(frozen=True)
class Wishes:
    """What a career search asks of every career it lists."""

    no_degree: bool = False
    good_pay: bool = False
    most_pay: bool = False  # the best paid first ("the highest paying job without a degree")
    min_pay: float | None = None  # a median asked for in dollars ("pays 50k+")
    short_school: bool = False  # two years of school or less: at most an associate's degree
    growing: bool = False  # projected to grow faster than most ("the best job security")
    most_growth: bool = False  # the fastest growing first ("growing the fastest")

    def __bool__(self) -> bool:
        return self.no_degree or self.good_pay or self.short_school or self.growing


def seeks_careers(text: str) -> bool:
    """``text`` asks which careers fit rather than about one."""
    return bool(SEEKS_CAREERS.search(ONE_JUDGED.sub(" ", text)))


def search_part(text: str) -> str:
    """The part of ``text`` from where it asks which careers fit ("paramedic 10 yrs, bad
    back. what jobs could use my medical background" → "what jobs could use…"), else ``""``."""
    found = SEEKS_CAREERS.search(ONE_JUDGED.sub(lambda m: " " * len(m[0]), text))
    return text[found.start() :] if found else ""


def story_and_search(text: str) -> tuple[str, str]:
    """``text`` told before its search, and the search ("paramedic 10 yrs, bad back." and
    "what jobs could use…"); without a search, the whole is story."""
    search = search_part(text)
    return text[: len(text) - len(search)], search


def wishes_of(text: str) -> Wishes:
    """What ``text`` wishes of the careers it seeks."""
    most = bool(MOST_PAY.search(text))
    good = most or bool(GOOD_PAY.search(text))
    floor = next((f for f in PAY_FLOOR.finditer(text) if f[3] or not _present(f, text)), None)
    low = float(floor[1] or floor[2] or floor[3]) * 1000 if floor else None
    return Wishes(
        no_degree=bool(NO_DEGREE.search(text)),
        good_pay=good or low is not None,
        most_pay=most,
        min_pay=low,
        short_school=bool(SHORT_SCHOOL.search(text)),
        growing=bool(GROWING.search(text)),
        most_growth=bool(MOST_GROWTH.search(text)),
    )


def _present(found: re.Match[str], text: str) -> bool:
    """The pay ``found`` is the visitor's own, now or before ("making around 72k last year")."""
    before = text[max(0, found.start() - 20) : found.start()]
    after = text[found.end() : found.end() + 25]
    return bool(PRESENT_PAY.search(before) or PRESENT_PAY.match(after))


def education_rank(value: str) -> int | None:
    """Where a BLS entry-education value stands in EDUCATION_ORDER (``None``: unknown)."""
    found = value.strip().rstrip(".").lower()
    return EDUCATION_ORDER.index(found) if found in EDUCATION_ORDER else None


def dollars(value: str) -> float | None:
    """The first dollar amount of ``value`` ("$63,190" → 63190.0)."""
    found = re.search(r"\$\s*([\d,]+(?:\.\d+)?)", value)
    return float(found[1].replace(",", "")) if found else None


# A clause telling what the visitor likes, is good at or wants of the work ("i like being
# outside, hiking", "I'm good at math and computers", "I want an office job where…").
LIKES = whole_words(
    r"(?:i|he|she|they|we|you) (?:really |also |just )?(?:like|likes|love|loves|enjoy|enjoys|"
    r"prefer|prefers)", r"(?:good|great|best|strong) (?:at|with|in)\b", r"(?:am|'m|is|are) into",
    r"interested in", r"passionate about", r"obsessed with", r"fascinated by", r"always \w+ing",
    r"(?:i|he|she|they|we) (?:\w+ )?(?:want|wants|would like|need|needs) (?:an? |some |to )",
    r"not a desk", r"(?:outdoors|outside|hands[- ]on|with (?:my|his|her|their) hands)",
    r"^\s*(?:(?:i|he|she) )?(?:really )?(?:wants?|wanna|would like|need|needs) (?:to )?"
    r"(?:stay|live|work|be|do|get)\b",
)  # fmt: skip
LISTED_WORDS = 2  # a clause this short after a liked one lists more of what is liked
CLAUSES = re.compile(r"[.!?;]+\s*|\s*,\s*|\s+but\s+", re.IGNORECASE)


def likes_part(text: str) -> str:
    """The clauses of ``text`` telling what the visitor likes or wants of the work, with its
    search, without the rest of the story ("taking a gap year after high school", "I use a
    wheelchair"), which would pull the search to jobs about it; ``""`` when it tells none."""
    story, search = story_and_search(text)
    liked: list[str] = []
    for clause in (c for c in CLAUSES.split(story) if c.strip()):
        listed = liked and len(clause.split()) <= LISTED_WORDS  # "i like being outside, hiking"
        if LIKES.search(clause) or listed:
            liked.append(clause)
    return " ".join([*liked, search]).strip() if liked else ""


# The visitor's present work, told before a search for another ("I work in a warehouse
# lifting boxes all day", "been bartending 10 years"): what they leave, not what they seek.
PRESENT_WORK = whole_words(
    r"(?:i|i'?m|im|i am) (?:\w+ )?(?:work(?:ing)?|employed) (?:in|at|as|for|on)",
    r"(?:i|i'?ve|ive) (?:been|spent) (?:\w+ ){0,3}(?:working|doing|in)",
    r"(?:and|i) work (?:in|at|as|on) (?:a |an |the )?",
)  # fmt: skip


def without_self(text: str) -> str:
    """``text`` without the clauses before its search that tell the visitor's condition or
    present work ("im 5 months pregnant and work in a warehouse", "I'm autistic"): those
    would pull the search to jobs about them (midwives, therapists)."""
    story, search = story_and_search(text)
    kept = [
        clause
        for clause in CLAUSES.split(story)
        if clause.strip()
        and not _about_self(clause)
        and not PRESENT_WORK.search(clause)
        and not refers_back(clause)  # "those are lifting jobs??": of the last answer
    ]
    return " ".join([*kept, search]).strip() or text


SELF_KINDS = frozenset(("health", "senses", "age", "record", "gender", "people", "pregnancy"))


def _about_self(clause: str) -> bool:
    """A clause telling a condition of the body, the mind or a life (not a wish)."""
    return any(c.kind in SELF_KINDS for c in stated(clause))
