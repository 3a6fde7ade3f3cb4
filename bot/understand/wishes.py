"""What a career search wishes of the careers it seeks: "what jobs pay decent without a
degree?", "something i can train for in under a year", "which are growing the fastest"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import whole_words
from bot.understand.references import refers_back
from bot.understand.seeking import story_and_search
from bot.understand.situations import stated

NO_DEGREE = whole_words(
    # "without a degree", "without needing a degree", "without having any college degree"
    r"without (?:(?:needing|having|getting|requiring) )?(?:a |any )?(?:college |university |"
    r"4[- ]year )?degree",
    r"no (?:college |university )?degree", r"no college", r"without (?:going to )?college",
    # "jobs i could start right away without school", "no school, that pays ok"
    r"without (?:going (?:back )?to |any (?:more )?|more )?school(?:ing)?",
    r"no (?:more )?school(?:ing)?(?! (?:zone|bus|district|board))",
    r"(?:don'?t|dont|do not|doesn'?t|does not|won'?t|can'?t) (?:need|require|have|want|afford)"
    r" (?:to go to )?(?:a |any )?(?:college|degree|university|uni)",
    r"(?:only|just) (?:need|needs|requires?|with|have|has) (?:a |an |my )?(?:high school|hs|"
    r"ged|diploma|certificate|cert|trade school)",
    r"(?:straight|right) out of high school",
    # "best paying jobs with just a high school diploma", "not going to college"
    r"(?:with|have|has) (?:only|just) (?:a |an |my )?(?:high school|hs|ged|diploma)",
    # "what jobs can i do with a GED": the diploma as the most schooling (not "… and a BA")
    r"(?:with|have|has|got) (?:a |an |my )(?:ged|hs diploma|high school diploma)(?! and| plus)",
    r"not (?:going|planning) (?:to go )?to college",
    # "didnt go to college and dont really want to", "never went to college"
    r"(?:didn'?t|did not|never) (?:go|went) to (?:college|university|uni)",
    r"(?:don'?t|dont|do not) (?:really |even )?want (?:to go )?(?:to )?(?:college|university|uni)",
)  # fmt: skip
# No school past a bachelor's degree ("what can I do with just a bachelor's in psychology",
# "100k without needing a masters degree")
UP_TO_BACHELORS = whole_words(
    r"(?:just|only) (?:a |an |my |the |with )?(?:bachelor'?s?|ba|bs|b\.a\.|b\.s\.|undergrad\w*)"
    r"(?! and| plus)",
    r"without (?:(?:needing|having|getting|doing) )?(?:a |any )?(?:master'?s?|grad(?:uate)? school"
    r"|graduate degree)",
    r"no (?:master'?s?|grad(?:uate)? school)",
)  # fmt: skip
# Work one can start with no years in a related job ("right out of high school", "with no
# experience", "entry level jobs"): BLS records no related work experience for it.
NO_EXPERIENCE = whole_words(
    r"(?:straight|right|fresh) out of (?:high )?school", r"(?:straight|right) after high school",
    r"(?:no|without(?: any)?|zero|little) (?:prior |previous |work |job |real )?experience",
    r"entry[- ]level (?:jobs?|careers?|work|positions?)",
    # "jobs i can start right now with just a GED": no years in a related job first
    r"start (?:like )?(?:right away|right now|immediately|asap|straight away|tomorrow)",
)  # fmt: skip
# A median asked for in dollars: "pays 50k+", "makes at least $60,000", "60k a year".
PAY_FLOOR = re.compile(
    r"(?:\b(?:pays?|paying|make|makes|making|earn|earns|earning|salary|income)\s+(?:at least |"
    r"over |more than |above |around |about |like )?\$?(\d{2,3})(?:,000|k)\b\+?"
    r"|\$?\b(\d{2,3})(?:,000|k)\b\s*(?:\+|or more|a year|a yr|/yr|per year|salary|plus|and up)"
    # "anything sit-down like that but pays more, like 50k?"
    r"|\b(?:pays?|paying|makes?|earns?)\s+(?:more|better),?\s+(?:like |around |about |say )?"
    r"\$?(\d{2,3})(?:,000|k)\b"
    # "I need 60 at least", "need at least 55k"
    r"|\bneed (?:at least |a minimum of )?\$?(\d{2,3})(?:(?:,000|k)\b|\s*(?=at least|minimum|min\b"
    r"|or more|\+)))",
    re.IGNORECASE,
)
# A sum judged too low, before a wish for better pay ("35k is kinda low tho. anything
# overnight that pays better?"): more than that is wished.
LOW_SUM = re.compile(
    r"\$?\b(\d{2,3})(?:,000|k)\b(?: a year| a yr)? (?:is|seems|sounds) (?:kinda |kind of |pretty "
    r"|really |too |a bit |way )?(?:low|little|not (?:a lot|much|enough))\b",
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
    # "i dont want to go back to school for years", "can't do years of college"
    r"(?:don'?t|dont|do not|can'?t|cant|won'?t)\b[^.?!,]{0,30}?\b(?:school|college)\b[^.?!,]"
    r"{0,12}?\bfor (?:years|many years|\d+ years|four years)",
    r"(?:can'?t|cant|don'?t|dont|won'?t) (?:do|spend|afford|want) (?:\w+ )?years (?:of|in) "
    r"(?:school|college)",
    # "that dont need a 4 year degree", "without a bachelor's": two-year schooling will do
    r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|without|no) (?:need(?:ing)? |requir\w+ "
    r"|(?:going|go) to |attending |getting |(?:want|wanna)(?: to)? (?:do |get |go to )?)?"
    r"(?:a |an )?(?:4|four)[- ]?(?:year|yr) (?:degree|college)",  # "i don't want to do a 4
    # year degree"
    r"(?:don'?t|dont|do not|doesn'?t|doesnt|does not|without|no) (?:need(?:ing)? |requir\w+ )?"
    r"(?:a |an )?bachelor'?s",
    # "something with an associates that pays well", "something 2 year degree, 70k+"
    r"(?:with|from|through|after|just|only|need|needs) (?:a |an |my )?associate'?s?\b",
    r"(?:2|two)[- ]?(?:year|yr) (?:degree|college|program|school)",
    # the trades: learnt by apprenticeship or a certificate ("what trades should i look at")
    r"(?:skilled )?trades", r"(?:a|the) trade", r"trade (?:jobs?|work|careers?)",
)  # fmt: skip
# A year of training or less ("something i can train for in less than a year", "get certified
# in a few months"): at most a certificate to start and at most moderate-term on-the-job
# training, as BLS counts them.
QUICK_TRAINING = whole_words(
    r"(?:train\w*|certif\w*|school\w*|learn\w*|programs?|courses?|qualif\w*)(?: \w+){0,3}"
    r" (?:in |within )?(?:less than|under|within|in) (?:(?:a|one|1) (?:years?|yrs?)|(?:a few|a "
    r"couple(?: of)?|\d{1,2}|two|three|six|nine) months?)",
    r"(?:less than|under|within) (?:a|one|1) (?:years?|yr) of (?:training|school\w*|study)",
    r"(?:quick|fast|short) (?:training|certificat\w*|programs?|courses?)",
    r"train (?:fast|quick(?:ly)?)",
)  # fmt: skip
GOOD_PAY = whole_words(
    r"pays? (?:really )?(?:well|decent(?:ly)?|good|great|ok|okay|alright|a lot|big|the most)",
    r"(?:well|high|highest|good|best|top|decent)[- ]paying", r"good money",
    r"(?:pays?|earns?|make) the most", r"(?:make|earn) (?:good |"
    r"decent |a lot of |big |real )money", r"decent (?:money|pay|salary|living|wage)",
    r"six[- ]figures?",
    # "anything overnight that pays better?", "something sit-down that pays more"
    r"(?:that|which|what|but|and) pays? (?:a lot |way |much |a little )?(?:more|better)",
)  # fmt: skip
MOST_PAY = whole_words(
    r"(?:highest|best|top)[- ]paying", r"(?:pays?|earns?|make) the most", r"most money",
    r"highest (?:pay|salary|salaries|wages?)", r"pays? (?:the )?best", r"best[- ]paid",
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
# Many openings asked for ("has way more openings", "lots of openings every year"): BLS's
# projected openings a year above the guides' middle.
MANY_OPENINGS = whole_words(
    r"(?:lots?|plenty|tons?|a lot|loads?) of (?:job )?openings", r"(?:way |a lot |lots |many )?"
    r"more (?:job )?openings", r"(?:many|most|the most|high|higher) (?:job )?openings",
    r"(?:lots?|plenty|tons?|a lot) of (?:jobs|job openings) (?:out there|available|around)",
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
BACHELORS = EDUCATION_ORDER.index("bachelor's degree")


@dataclass(frozen=True)
class Wishes:
    """What a career search asks of every career it lists."""

    no_degree: bool = False
    no_experience: bool = False  # no years in a related job ("right out of high school")
    good_pay: bool = False
    most_pay: bool = False  # the best paid first ("the highest paying job without a degree")
    min_pay: float | None = None  # a median asked for in dollars ("pays 50k+")
    short_school: bool = False  # two years of school or less: at most an associate's degree
    up_to_bachelors: bool = False  # no school past a bachelor's degree
    quick_training: bool = False  # a year of training or less: at most a certificate
    growing: bool = False  # projected to grow faster than most ("the best job security")
    most_growth: bool = False  # the fastest growing first ("growing the fastest")
    many_openings: bool = False  # more openings a year than most ("lots of openings")

    def __bool__(self) -> bool:
        return (
            self.no_degree
            or self.no_experience
            or self.good_pay
            or self.short_school
            or self.up_to_bachelors
            or self.quick_training
            or self.growing
            or self.many_openings
        )


def wishes_of(text: str) -> Wishes:
    """What ``text`` wishes of the careers it seeks."""
    most = bool(MOST_PAY.search(text))
    good = most or bool(GOOD_PAY.search(text))
    floor = next((f for f in PAY_FLOOR.finditer(text) if f[4] or not _present(f, text)), None)
    low = float(floor[1] or floor[2] or floor[3] or floor[4]) * 1000 if floor else None
    judged = LOW_SUM.search(text) if good and low is None else None
    low = float(judged[1]) * 1000 if judged else low  # "35k is kinda low… pays better?"
    return Wishes(
        no_degree=bool(NO_DEGREE.search(text)),
        no_experience=bool(NO_EXPERIENCE.search(text)),
        good_pay=good or low is not None,
        most_pay=most,
        min_pay=low,
        short_school=bool(SHORT_SCHOOL.search(text)),
        up_to_bachelors=bool(UP_TO_BACHELORS.search(text)),
        quick_training=bool(QUICK_TRAINING.search(text)),
        growing=bool(GROWING.search(text)),
        most_growth=bool(MOST_GROWTH.search(text)),
        many_openings=bool(MANY_OPENINGS.search(text)),
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
    r"and (?:really |just )?(?:want|wanna|would like) (?:an? |some |to )",  # "burned out on it
    # and want to do something where I'm actually helping people"
    r"not a desk", r"(?:outdoors|outside|hands[- ]on|with (?:my|his|her|their) hands)",
    r"^\s*(?:(?:i|he|she) )?(?:really )?(?:wants?|wanna|would like|need|needs) (?:to )?"
    r"(?:stay|live|work|be|do|get)\b",
)  # fmt: skip
LISTED_WORDS = 2  # a clause this short after a liked one lists more of what is liked
CLAUSES = re.compile(  # "burned out on chasing numbers and want to…": two clauses
    r"[.!?;]+\s*|\s*,\s*|\s+but\s+"
    r"|\s+and\s+(?=(?:i\s+)?(?:really\s+|just\s+)?(?:want|wanna|would like|like|love|enjoy)\b)",
    re.IGNORECASE,
)


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
    # years in it: "have spent the last 20 years in sales", "Been driving truck for 22 yrs",
    # "I've been a line cook then chef for 18 years", "Retired from the Army after 26 years"
    r"(?:been|spent|spending) (?:[\w-]+ ){0,5}?(?:for |about |almost |over |nearly )?"
    r"(?:\d{1,2}\+?|many|several|a few) (?:yrs?|years?|months?)",
    r"^\W*been \w+ing", r"retired from",
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


# What the visitor says they don't mind ("i dont care about long hours or if its risky"): no
# wish of a kind of work; searched for, it would pull to jobs about hours and risk.
INDIFFERENT = re.compile(
    r"\b(?:i|we)\s+(?:really\s+)?(?:do\s*n[o']?t|dont|don't|wouldn'?t|won'?t)\s+(?:really\s+)?"
    r"care\b[^.?!;,]*|\b(?:\w+\s+){0,3}(?:doesn'?t|does not|dont|don't) matter\b[^.?!;,]*",
    re.IGNORECASE,
)


def without_indifference(text: str) -> str:
    """``text`` without what the visitor says they don't mind ("i dont care about long hours
    or if its risky"), or ``text`` when that is all it says."""
    return INDIFFERENT.sub(" ", text).strip() or text
