"""Career levels a message names ("a junior tech", "after 5 years", "the top earners")."""

from __future__ import annotations

from enum import StrEnum

from bot.text import whole_words
from bot.understand.need_words import asking_part

# "and after like 5 yrs?", not years away from work ("after 10 yrs at home")
AFTER_YEARS_WORDS = (
    r"after (?:like |about |around )?(?:\w+ )?(?:years?|yrs)(?! (?:at home|home|off|away|out))"
)
AFTER_YEARS = whole_words(AFTER_YEARS_WORDS)
# Rungs above a guide's pay levels ("how much does a lead make?").
ABOVE_LEVELS = r"lead|supervisor|manager|foreman|foremen|head|chief|director"
RUNGS_ABOVE = rf"(?:{ABOVE_LEVELS})s?"
# Every rung of a career: those above and the levels within it ("a junior tech").
RUNGS = rf"(?:{ABOVE_LEVELS}|senior|junior|trainee|apprentice)s?"


class Level(StrEnum):
    """Career level a salary question is about."""

    ENTRY = "entry"
    MID = "mid"
    SENIOR = "senior"
    TOP = "top"


LEVELS = {
    Level.TOP: whole_words(
        r"top (?:10|ten)%?",
        r"top earners?",
        r"best paid",
        r"top end",
        r"(?:at|and|or|to) the top(?= *(?:[?.!,]|$))",  # "the middle and the top?"
        r"ceiling",
        r"top (?:guys|ones|people|folks)",
        r"(?:people|ones|guys|folks|those|workers|techs?) at the top",  # "…the people at the top
        # doing that gets them paid more"
        r"highest (?:it|this job|the job|this career|you|i|one) (?:can )?(?:goes|go|gets|get)",
    ),
    Level.ENTRY: whole_words(
        r"entry",
        r"juniors?",
        r"starting",
        r"start(?:er)?",
        r"beginners?",
        r"new(?:bie)?",
        r"fresh\w*",
        r"first (?:year|job)",
        r"(?:the )?first (?:few |couple (?:of )?)?(?:months?|weeks?)",  # "the first few months"
        r"starting out",
        r"(?:at|in the) (?:very )?(?:first|beginning|begining|start)",  # "i'd make at first"
        # "do they train you?": trained on the job
        r"(?:do|does|will|would) (?:\w+ ){1,2}train (?:you|u|me|us|beginners|newbies)",
        r"no experience",
        # the bottom of the pay range ("what about the low end", "the lowest paid")
        r"low(?:er)? end",
        r"bottom(?: of the (?:range|scale|ladder))?",
        r"lowest (?:paid|pay|end)",
    ),
    Level.SENIOR: whole_words(
        r"senior",
        r"experienced",
        r"veterans?",
        # not someone in the story ("my lead says I should apply") nor a level put aside
        r"(?<!\bmy )(?<!\bnot the )(?<!\bnot a )lead(?! (?:says|said|told|thinks|wants|asked)\b)",
        AFTER_YEARS_WORDS,
        r"later on",  # "starting out vs later on"
        r"top(?:s|ped|ping)? out",  # a trade's full rate ("once i top out as a journeyman")
    ),
    # a trade's qualified worker after the apprenticeship ("a journeyman") earns the middle
    Level.MID: whole_words(
        r"mid(?:-| )?level", r"mid(?:-| )?career", r"middle", r"journey(?:man|men|woman|women)"
    ),
}


# A year of school, not a career level ("I'm a junior studying mechanical engineering",
# "a senior in high school", "junior year of college").
SCHOOL_YEAR = whole_words(
    r"(?:junior|senior|sophomore|freshman)s? (?:year|in (?:high )?school|in (?:college|uni|"
    r"university)|at (?:college|uni|university|school|high school)|studying|majoring|in hs)",
    r"(?:high school|college|hs|uni|university) (?:junior|senior|sophomore|freshman)s?",
    r"(?:junior|senior|sophomore|freshman) (?:spring|fall|autumn|semester|term|prom|class(?:es)?)",
    # "a senior pre-med student"
    r"(?:junior|senior|sophomore|freshman) (?:[\w-]+ )?(?:student|major)s?",
    r"(?:spring|fall|autumn) (?:of )?(?:my |his |her )?(?:junior|senior|sophomore|freshman)",
    r"\d\d,? (?:and )?(?:an? )?(?:junior|senior|sophomore|freshman)\b",  # "I'm 21, senior poli sci"
)


# A level the visitor says the last answer was at, turning from it ("those are senior level
# skills tho, im a total beginner")
LEVEL_SHOWN = whole_words(
    r"(?:those|these|that|it|this) (?:are|is|was|were|'s|s)(?: all| just| only| mostly| more)?"
    r" (?:for )?(?:senior|junior|entry|mid|top)(?:[- ]level)?",
    r"(?:thats|that's) (?:all |just |only |more )?(?:for )?(?:senior|junior|entry|mid|top)"
    r"(?:[- ]level)?",
    # or turns down ("you keep saying senior, i'm asking about JUNIOR", "senior?? i've never
    # touched a machine", "junior, not senior")
    r"(?:you|u) (?:keep |kept )?(?:saying|said|say|mention\w*|gave|give|showed|show|told|tell)"
    r"(?: me)?(?: the| about)? (?:senior|junior|entry|mid|top)(?:[- ]level)?",
    r"^\W*(?:senior|junior|entry|mid|top)(?:[- ]level)?(?=\s*\?{2,})",
    r"(?:not|instead of|rather than) (?:the |a )?(?:senior|junior|entry|mid|top)(?:[- ]level)?"
    r"(?! yet\b)",
)


def without_school_years(text: str) -> str:
    """``text`` without the years of school it names, which are no career levels."""
    return SCHOOL_YEAR.sub(" ", text)


def detect_level(text: str, outright: bool = False) -> Level | None:
    """The career level a message mentions, if any: the one named first when it names more
    ("the pay for senior, how much more than junior?"); years "after" which something
    happened in the visitor's story ("laid off after 9 years. What does it pay?") are none,
    nor a level the last answer was at ("those are senior level skills tho"), and a level
    named outright counts before years ("after 2 yrs would i be at the mid level pay"); with
    ``outright`` years count for none."""
    text = LEVEL_SHOWN.sub(" ", without_school_years(text))
    asking = asking_part(text)
    if asking != text:  # the years "after" which the story happened are struck; the asking
        text = f"{AFTER_YEARS.sub(' ', text)} {asking}"  # part's ("…pay after 5 years?") kept
    # a level named outright comes before years said ("after 2 yrs would i be at the mid level")
    for said in (AFTER_YEARS.sub(" ", text), *(() if outright else (text,))):
        named = [(found.start(), level) for level, p in LEVELS.items() if (found := p.search(said))]
        if named:
            return min(named, key=lambda pair: pair[0])[1]
    return None


# The career's levels asked about as a ladder ("what are the tiers", "the steps up from there")
TIERS = whole_words(
    r"tiers?",
    r"career (?:levels?|ladder|tiers?|stages?)",
    r"levels of (?:the )?(?:career|job|role)",
    r"levels (?:in|of) (?:this|the|that) (?:career|job|role|field)",  # "the levels in this
    # career - junior, mid, senior?": each of them
    r"junior\W+(?:and |or |to )?mid(?:[- ]?level)?\W+(?:and |or |to )?senior",
    r"(?:what|which) levels?",
    r"(?:what|which) are the levels",
    # "list the levels for me", "name all the steps": every tier
    r"(?:list|name|show|give|tell)(?: me| us)? (?:all |each )?(?:of )?(?:the |its |your )?"
    r"(?:levels|steps|stages|ranks|tiers)",
    r"levels (?:after|above)",
    r"how many (?:years|yrs)\b.*\b(?:senior|lead|supervisor|mid(?:[- ]?level)?)",
    # "how fast can i get to the mid level number", "how long until I'm senior"
    r"how (?:fast|quickly|soon|long) (?:\w+ ){0,4}(?:get to|reach|make it to|move up to|become|"
    r"(?:i'?m|i am|im) (?:at )?)(?:the )?(?:mid|senior|lead|supervisor)",
    r"(?:senior|lead|supervisor)\b.*\bhow many (?:years|yrs) (?:till|until|to|before)",
    r"(?:years|yrs) (?:of experience )?(?:to|before|until|till)\b.*\b(?:senior|lead|supervisor)",
    r"how many (?:years|yrs) (?:each|for each|at each|per level|in each)",
    r"(?:changes?|different) (?:\w+ ){0,3}(?:at|in|for) each (?:step|level|stage|tier|rung)",
    # "what are the steps up from there and how long does each step take?"
    r"(?:the |what |which )steps? up\b",
    r"how long (?:does|do|will|would) (?:each|every) (?:level|step|stage|tier|rung) (?:take|last)",
    r"how many (?:years|yrs) (?:till|until|before|to) (?:i |you |u |one )?(?:get|reach|make) "
    r"(?:there|it|that)",
    # "do they expect you to know PLC stuff on day one", "when do they expect you to actually
    # program them": what each level is expected to do
    r"(?:when|at what (?:point|level|stage)|how soon) (?:do|does|will|would) (?:they|employers|"
    r"companies|plants|you|u) expect (?:you|u|me|techs?|people|someone) to",
    r"expect(?:ed)? (?:you |u |me |techs? |people |someone )?to (?:\w+ ){1,5}(?:on|from) "
    r"(?:day one|day 1|the first day|the start)",
    # "so for me at 3 years am I looking at like 4 more years?": the years to the next level
    r"looking at (?:like |about |maybe )?(?:\d+|a few|a couple(?: of)?|two|three|four|five) "
    r"more (?:years|yrs)\b(?! of (?:school|college|study|classes))",
)
