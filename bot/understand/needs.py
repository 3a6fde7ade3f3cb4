"""What a question needs from a guide, by kind, and which sections answer each kind.

Retrieval finds passages near the question's words; a person asking "where do I start?"
needs the guide's path-to-the-job section even when a list of job titles shares more words.
Each kind names the section titles that answer it, in any guide of the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.text import whole_words
from bot.understand.need_phrases import SEEKS_OPENINGS, SHARE_OF_TIME
from bot.understand.need_words import Need as Need
from bot.understand.need_words import asking_clause
from bot.understand.need_words import detect_need as detect_need
from bot.understand.need_words import part_need as part_need

# Both sides asked for at once: answered with each side, not the nearer one.
BOTH_SIDES = whole_words(
    r"pros (?:and|&|/|n) cons", r"good and bad", r"upsides? and downsides?",
    r"advantages and disadvantages", r"benefits and drawbacks",
    # "worth it?", "so is this job worth it": the job as a whole, judged both ways
    r"^\W*(?:(?:so|but|ok|okay|and|overall|honestly|bottom line)\W+)?(?:is (?:it|this|the job"
    r"|this job|this career|it all) )?(?:really |even |actually )?worth it(?=\W*$)",
)  # fmt: skip
# Section titles (or paths) that answer each kind, in the bundled guide and O*NET guides.
ANSWERED_BY = {
    Need.GET_IN: re.compile(
        r"how to become|path to|required education|education level|preparation", re.I
    ),
    Need.HARD: re.compile(r"stress|work style|challenges|cons\b|preparation", re.I),
    Need.LEARN: re.compile(r"skills|knowledge|tech stack|skill map", re.I),
    Need.SETTING: re.compile(r"work setting|work context|a day in the life|physical", re.I),
    Need.DAY: re.compile(r"a day in the life", re.I),
    Need.DUTIES: re.compile(r"key responsibilities|core functions", re.I),
    Need.ALIASES: re.compile(r"also known as|alternative titles", re.I),
    # other jobs, not its levels, nor an outlook section named for related roles it never lists
    Need.RELATED: re.compile(r"(?<!outlook & )related roles|growth paths", re.I),
    Need.ADVANCE: re.compile(r"growth paths|career path tiers|advancement", re.I),
    Need.SCHEDULE: re.compile(r"work-life balance|work setting|work schedule|work context", re.I),
    Need.INDUSTRIES: re.compile(r"industries|industry sectors|employers", re.I),
    Need.REGIONS: re.compile(r"global outlook|regions|where .* work", re.I),
    Need.TRAINING_OTHERS: re.compile(
        r"key responsibilities|soft abilities|tiers ›|top skills", re.I
    ),
    Need.SAFETY: re.compile(r"safety|health risks|hazard|work setting|work context", re.I),
    Need.APPLY: re.compile(r"portfolio|r[eé]sum[eé]|interview|applying|job search", re.I),
    Need.TOOLS: re.compile(r"tech stack|tools|technolog", re.I),
    Need.FIT: re.compile(r"interests and fit|work style|soft abilities", re.I),
    Need.MISTAKES: re.compile(r"mistakes", re.I),
    # none says what it costs: the nearest are the ways in and the certifications
    Need.COST: re.compile(
        r"\bcosts?\b|tuition|fees\b|how to become|path to|required education"
        r"|certific",
        re.I,
    ),
}
# Sections that cover a kind, where that is narrower than those answering it nearest.
COVERED_BY = {
    Need.COST: re.compile(r"\bcosts?\b|tuition|fees\b", re.I),
    # work styles are traits, not the body's work: no guide of O*NET's says how physical
    Need.SETTING: re.compile(r"work setting|work context|a day in the life|physical", re.I),
    Need.SAFETY: re.compile(r"safety|health risks|hazard|work setting|work context", re.I),
    Need.APPLY: re.compile(r"portfolio|r[eé]sum[eé]|interview|applying|job search", re.I),
}
# Sections that answer a kind only in general terms, behind the sections that answer it for
# the job (O*NET's job-zone Preparation text, behind How to Become One's entry education).
GENERAL_ANSWER = {
    Need.GET_IN: re.compile(r"preparation", re.I),
    Need.FIT: re.compile(r"work style", re.I),  # traits any job asks, behind the interests
}
# The traits a job asks for ("what kind of personality do they look for", "what personality
# stuff matters"): the work styles answer in full, not behind the interests ("artsy").
ASKS_TRAITS = whole_words(
    r"(?:what|which) (?:kind of |type of |sort of )?personalit(?:y|ies)(?! type)",
    r"(?:what|which) (?:personal )?(?:traits|qualities)",
    r"(?:kind|type|sort) of person (?:do |would |will )?(?:they|employers) (?:look|want|hire)",
)  # fmt: skip
# A question asking how long something takes ("how long is the schooling?", "how many years
# to become one?"): the sentences stating a length answer it, wherever they are.
ASKS_LENGTH = whole_words(
    r"how long", r"how many (?:more )?(?:years|months|weeks)", r"how much time",
    r"(?:school|schooling|training|program|apprenticeship|course) (?:length|duration)",
    r"length of", r"how (?:quick|quickly|fast|soon) (?:can|could|would|do|does|is)",
    r"(?:school(?:ing)?|training|program|apprenticeship|course|degree)s? (?:is |are )?(?:shorter"
    r"|longer|quicker)", r"(?:shorter|longer|quicker) (?:school(?:ing)?|training|program|"
    r"apprenticeship|course|degree)",
)  # fmt: skip
# A stated length of time ("one or two years", "more than 12 months", "4 to 10 years").
TIME_SPAN = whole_words(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of)"
    r"(?:\s*(?:to|or|-|–)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))?"
    r"(?:\s+(?:more|full-time|part-time))?\s*-?\s*(?:years?|months?|weeks?)",
)  # fmt: skip
# What a kind of question asks about, when a guide has no section on it.
TOPICS = {
    Need.SCHEDULE: "hours or schedules",
    Need.INDUSTRIES: "which industries or employers hire",
    Need.REGIONS: "where in the world the work is",
    Need.DAY: "a typical day",
    Need.COST: "what training or certification costs",
    Need.SETTING: "the physical demands or work setting",
    Need.SAFETY: "how safe the job is or its injury risks",
    Need.APPLY: "résumés, portfolios or interviews",
    Need.TOOLS: "the tools and software used",
    Need.FIT: "which personalities or interests fit the work",
    Need.MISTAKES: "the mistakes beginners make",
}
# What a kind of question may ask in particular that a guide with a section on the kind may
# still never say ("part-time?" of a guide whose hours section speaks only of shifts).
PARTICULARS = {
    # "what kind of questions do they ask in the interview" of a guide with portfolio tips
    Need.APPLY: (
        ("where to look for openings", SEEKS_OPENINGS),
        (
            "the questions asked in interviews",
            whole_words(
                r"interview questions?",
                r"questions (?:do |would |will )?they (?:usually )?ask",
                r"(?:ask|asked) (?:you |me )?(?:in|at|during) (?:the|an|my) interview",
            ),
        ),
    ),
    # a student's "would my english degree be enough or do i need a journalism degree"
    Need.GET_IN: (
        (
            "which subject the degree must be in",
            whole_words(
                r"(?:what|which) (?:college )?(?:major|subject|field of study)",
                r"(?:my|an?|the) \w+ degree (?:be )?(?:enough|count|work)",
                r"(?:need|require) an? \w+ degree specifically",
                r"does (?:the|my) major matter",
            ),
        ),
    ),
    # "what % of the day is hands on vs at a screen": a typical day, never its shares
    Need.DAY: (
        (
            "what share of the day each kind of work takes",
            whole_words(*SHARE_OF_TIME, r"mostly (?:on|at|in|with) (?:an? |the )?\w+ or"),
        ),
    ),
    Need.SCHEDULE: (
        # "are there day shift jobs or is it mostly rotating", "days or nights as a newbie"
        ("day shifts", whole_words(r"day shifts?", r"days? or nights?", r"days only")),
        (
            "which shift new workers get",
            whole_words(
                r"newbies?",
                r"new hires?",
                r"beginners?",
                r"rookies?",
                r"new guys?",
                r"(?:the|a) new (?:person|one|tech|hire)",
            ),
        ),
        ("part-time work", whole_words(r"part[- ]time")),
        ("weekend work", whole_words(r"weekends?")),
        (
            "hours a week",
            whole_words(
                r"hours? (?:a|per|each|in a) week",
                r"weekly hours",
                r"hours do (?:they|you) work",
                r"(?:\d\d|forty) ?(?:hours?|hrs?)(?: a| per)? (?:week|wk)",
            ),
        ),
        ("being on call", whole_words(r"on[- ]call", r"call(?:ed|s)? (?:you |me |them )?in")),
        # not "while still working nights": the visitor's own
        (
            "night shifts",
            whole_words(r"night shifts?", r"(?:about|do|on) nights", r"overnights?", r"graveyard"),
        ),
        ("how long a shift is", whole_words(r"\d+[- ]?(?:hours?|hrs?|h) shifts?")),
        # "rotating shifts, like days one week nights the next"
        (
            "rotating shifts",
            whole_words(
                r"rotating (?:shifts?|schedules?)",
                r"(?:mostly|always|all) rotating",
                r"rotat\w+ (?:between )?(?:days|nights|shifts)",
                r"swing shifts?",
                r"shifts? (?:\w+ )?rotat\w*",  # "are the shifts rotating", "do they rotate shifts"
                r"rotate (?:\w+ )?shifts?",
            ),
        ),
        (
            "whether overtime is required",
            whole_words(
                r"(?:forced|mandatory|required) overtime",
                r"overtime (?:\w+ )?(?:forced|mandatory|required|optional)",
                r"forced or optional",
            ),
        ),
        # "could i at least do like 4 10s", "a four day week"
        (
            "four-day or compressed weeks",
            whole_words(
                r"(?:4|four) ?(?:x ?)?(?:10|tens?)s?",
                r"(?:4|four)[- ]day (?:work ?)?weeks?",
                r"compressed (?:work ?)?(?:weeks?|schedules?)",
            ),
        ),
    ),
}
CREDITS = re.compile(r"sources\b|references$", re.IGNORECASE)
# Sections that are lists of names: an answer only when names are asked for.
NAME_LISTS = re.compile(r"also known as|alternative titles|related roles", re.I)


# One career level's section ("Career Path Tiers › Junior Production Technician"): it
# answers questions about levels, experience and moving up, not what the job is.
LEVEL_SECTION = re.compile(r"career path tiers ›|career levels? ›", re.I)
ABOUT_LEVELS = whole_words(
    r"tiers?", r"levels?", r"junior", r"senior", r"lead", r"leads", r"supervis\w*",
    r"entry", r"mid", r"experienced?", r"years", r"promot\w*", r"move up", r"advance\w*",
    r"ladder", r"top (?:guys|ones|people|earners)", r"beginners?", r"new hires?", r"rookie",
    r"first (?:few |couple (?:of )?)?(?:months?|weeks?)", r"starting out",
)  # fmt: skip


def one_level(section: str) -> bool:
    """Whether ``section`` describes one level of the career."""
    return bool(LEVEL_SECTION.search(section))


def answers(need: Need | None, section: str) -> bool:
    """Whether ``section`` (its path) answers a question of kind ``need``."""
    return need is not None and bool(ANSWERED_BY[need].search(section))


def asks_general(question: str) -> bool:
    """``question`` asks what a kind's general terms say in full: how long it takes (years of
    preparation), which traits it asks (work styles)."""
    return bool(ASKS_LENGTH.search(question) or ASKS_TRAITS.search(question))


def answer_weight(need: Need | None, section: str, general: bool = False) -> float:
    """How fully ``section`` answers a question of kind ``need``: 1 for the kind's own
    section, 0.5 for one answering it in general terms only, 0 for none. A question the
    general terms answer (``general``: how long it takes, which traits it asks) weighs them
    fully: they say how many years, which work styles."""
    if not answers(need, section):
        return 0.0
    terms = GENERAL_ANSWER.get(need) if need is not None and not general else None
    return 0.5 if terms is not None and terms.search(section) else 1.0


def is_credits(section: str) -> bool:
    """Whether ``section`` is a guide's credits: an answer only to where its facts come from."""
    return bool(CREDITS.match(section))


def lists_names(section: str) -> bool:
    """Whether ``section`` is a list of job names (titles, related roles)."""
    return bool(NAME_LISTS.search(section))


SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


# A sentence telling the visitor's own story ("i was at 22/hr", "I've been a cook"), no ask.
# A last sentence that asks without a question mark ("are they still hiring").
ASKS_UNMARKED = re.compile(
    r"^\W*(?:(?:and|also|so|but|ok)\W+)?(?:are|is|do|does|did|can|could|will|would|what|whats"
    r"|how|which|who|where|when|why|should)\b(?!.*[?]$)",
    re.IGNORECASE,
)
# A question said again as what was asked ("huh? i asked if employers pay for certs")
RESTATED = re.compile(
    r"^\W*(?:(?:no|but|well|again)\W+)?i (?:asked|was asking|meant|wanted to know)\s+"
    r"(?=(?:if|whether|about|what|how|when|where|which|who|why)\b)",
    re.IGNORECASE,
)
# A sentence only hesitating or wondering ("huh?", "what??"): nothing asked of its own
BARE = re.compile(r"^\W*(?:huh|what|wait|eh|hm+|um+|uh+|really|sorry)\W*$", re.IGNORECASE)
STORY = re.compile(r"^\W*(?:i|i'm|im|i've|ive|i was|my|we)\b(?!.*\b(?:what|how|which)\b)", re.I)


def asked_part(text: str) -> str:
    """The sentences of ``text`` that ask (end in "?"), else its last sentence: in "I'm a
    teacher and burned out. What could I switch to?" the question is the second one."""
    sentences = [s for s in SENTENCE_END.split(text.strip()) if s]
    restated = [RESTATED.sub("", s) for s in sentences if RESTATED.match(s)]
    asked = [s for s in sentences if s.rstrip().endswith("?") and not BARE.match(s)]
    questions = [*(asking_clause(s) for s in asked), *restated]
    if questions and len(sentences) > 1 and ASKS_UNMARKED.match(sentences[-1]):
        questions.append(sentences[-1])  # "…is that true? are they still hiring"
    if questions:
        return " ".join(questions)
    # "whats the pay. i was at 22/hr with overtime": the last sentence that tells no story
    asking = [s for s in sentences if not STORY.match(s)]
    return (asking or sentences or [text])[-1]


def uncovered_need(need: Need | None, sections: list[str]) -> str:
    """What a question of kind ``need`` asks that none of a guide's ``sections`` (paths)
    covers ("hours or schedules"), else ``""``."""
    if need not in TOPICS or any(
        COVERED_BY.get(need, ANSWERED_BY[need]).search(s) for s in sections
    ):
        return ""
    return TOPICS[need]


def uncovered_particular(need: Need | None, question: str, text: Callable[[], str]) -> str:
    """What ``question`` (of kind ``need``) asks in particular that a guide's ``text`` (read
    only when it asks one) never says ("part-time work"; two or more joined), else ``""``."""
    unsaid = [
        name
        for name, pattern in (PARTICULARS.get(need, ()) if need is not None else ())
        if pattern.search(question) and not pattern.search(text())
    ]
    return " or ".join(unsaid)  # "weekend work or rotating shifts"
