"""What a guide may say that bears on a visitor's circumstances: the physical demands, hours
and shifts, training, the education asked for, math, dealing with people, desk or not, getting
started, and the few things guides rarely speak to (age, a record, gender, health limits)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import whole_words


@dataclass(frozen=True)
class Topic:
    """One thing a guide may speak to, and the sentences or list items that do."""

    name: str  # as the answer names it: "the physical demands"
    said: re.Pattern[str]
    # whether a duty ("Lift or assist others to lift patients") may speak to it: in most
    # topics a duty's words are about the work's subject ("students with disabilities")
    duties: bool = False
    # whether the answer says so when the guide is silent on it (not for a topic that only
    # adds to another: the health risks of the work, beside health limits)
    told_if_silent: bool = True
    # whether a career level's section ("Career Path Tiers › Junior …") may speak to it: not
    # for getting started, a level describes people already in the job
    levels: bool = True
    # a thing asked about rather than a circumstance (a licence): no lead when the answer
    # already speaks to it ("what certifications help?")
    asked: bool = False
    # what the guide's lines on it leave unsaid, said before them ("whether experience from a
    # particular job counts"): they speak to it in general, never of the visitor's case
    unsettled: str = ""


PHYSICAL = Topic(
    "the physical demands",
    whole_words(
        r"physical (?:demands?|strength|stamina|nature|labou?r|exertion|endurance)",
        r"physically (?:demanding|strenuous|taxing|draining)", r"strenuous", r"manual labou?r",
        r"stand(?:ing)? for (?:long|extended|prolonged) (?:periods|hours)",
        r"on (?:their|your) feet",
        r"lift(?:s|ing)?(?: or \w+(?: \w+){0,2} to lift)? (?:\w+ ){0,2}(?:weights?|loads?|objects|"
        r"items|patients|materials|boxes|parts)",
        r"lifting and transferring",
        r"heavy (?:lifting|loads?|objects|items|materials|work)",
        r"climb(?:s|ing)? (?:ladders|poles|scaffold\w*|towers|roofs)",
    ),
    duties=True,
)  # fmt: skip
HEALTH = Topic(
    "disability or health limits",
    whole_words(
        r"disabilit\w+", r"accommodat\w+ (?:for )?(?:workers|employees|disabilit\w+)",
        r"reasonable accommodat\w+", r"wheelchairs?",
    ),
)  # fmt: skip
FOREIGN = Topic(
    "credentials earned in another country",
    whole_words(
        r"foreign(?:-educated| educated| trained)?", r"internationally (?:educated|trained)",
        r"(?:degrees?|credentials?) (?:earned|obtained) (?:abroad|outside)", r"equivalen(?:cy|t) "
        r"(?:exam|evaluation)", r"credential evaluation",
    ),
)  # fmt: skip
PREGNANCY = Topic("pregnancy", whole_words(r"pregnan\w*", r"expectant mothers?"))
RISKS = Topic(
    "the health risks of the work",
    whole_words(
        r"health risks?", r"ergonomic\w*", r"repetitive (?:motions?|strain|movements?)",
        r"(?:risk|risks) of injur\w+",
    ),
    told_if_silent=False,
)  # fmt: skip
SENSES = Topic(
    "colour vision, eyesight or hearing",
    whole_words(
        r"colou?r[- ](?:vision|blind\w*|cod\w+|perception|discrimination)", r"eyesight",
        r"(?:good|normal|corrected|poor) (?:vision|hearing)", r"hearing (?:loss|impair\w*)",
    ),
)  # fmt: skip
# Of hearing, what the work's noise asks ("noisy… wearing… ear protection")
NOISE = Topic(
    "noise and hearing protection",
    whole_words(
        r"nois(?:e|y)", r"loud", r"(?:ear|hearing) protect\w*", r"ear (?:plugs|muffs|defenders)",
        r"hearing (?:loss|impair\w*|protect\w*)",
    ),
)  # fmt: skip
# Of the body, the heat or cold the work is done in ("exposure to heat")
HEAT = Topic(
    "heat and temperature",
    whole_words(
        r"heat", r"hot", r"temperatures?", r"air[- ]condition\w*", r"climate[- ]controlled",
        r"cold (?:environments?|conditions|weather|storage)", r"outdoors?",
    ),
)  # fmt: skip
HOURS = Topic(
    "hours and shifts",
    whole_words(
        r"shift (?:work|schedules?)", r"(?:night|evening|weekend|rotating|overnight|split|day|"
        r"long|early|late|\d+-hour) shifts?", r"shifts? (?:work|and overtime)", r"overtime",
        r"(?:irregular|long|regular|standard|flexible|extended|working|work) hours",
        r"around the clock", r"on[- ]call", r"work-life balance", r"balance rating",
        r"personal (?:time|life)", r"part[- ]time", r"full[- ]time", r"weekends?", r"holidays",
        r"nights",
    ),
)  # fmt: skip
# Study beside work: a co-op, paid workplace experience, part-time or evening classes
BESIDE_WORK = (
    r"while (?:working|employed|on the job)", r"co-?op\b(?: \w+)?", r"cooperative education",
    r"paid (?:workplace |work |on-the-job )?(?:experience|training)",
    r"part[- ]time (?:study|students?|programs?)",
    r"(?:evening|night|online|weekend) (?:classes|courses|programs?)",
)  # fmt: skip
TRAINING = Topic(
    "training and how long it takes",
    whole_words(
        r"apprenticeships?", r"on-the-job training", *BESIDE_WORK, r"tuition",
        r"(?:employer|company)[- ](?:paid|sponsored)", r"(?:programs?|training|diploma|degree)"
        r" (?:\w+ ){0,4}(?:last|takes?|requires?) (?:\w+ ){0,2}(?:months?|years?)",
        r"gaining proficiency requires", r"vocational training", r"short courses",
    ),
)  # fmt: skip
# Training beside a job held ("can i do it while working?"): a co-op or an apprenticeship
# speaks to it; a guide silent on it is said to be, before its lines on training
WHILE_WORKING = Topic(
    "training while working",
    whole_words(
        *BESIDE_WORK,
        r"apprenticeships?(?! programs? may be associated)",  # not O*NET's stock line
    ),
)  # fmt: skip
EDUCATION = Topic(
    "the education it asks for",
    whole_words(
        r"high school", r"diploma", r"ged", r"degree", r"associate'?s", r"bachelor'?s",
        r"master'?s", r"doctoral", r"postsecondary", r"post-secondary", r"certificate",
        r"typical entry education", r"educational credential", r"formal education",
        r"job zone \d",
    ),
)  # fmt: skip
MATH = Topic(
    "math",
    whole_words(
        r"math\w*", r"arithmetic", r"algebra", r"calculus", r"geometry", r"trigonometry",
        r"statistic\w*", r"calculat\w+", r"numerical", r"computations?",
    ),
    duties=True,
)  # fmt: skip
PEOPLE = Topic(
    "dealing with people",
    whole_words(
        r"social (?:orientation|perceptiveness)", r"speaking", r"active listening",
        r"service orientation", r"customer and personal service", r"cooperation",
        r"concern for others", r"persuasion", r"negotiation", r"communicat\w+",
        r"collaborat\w+", r"team\w*", r"customers?", r"clients?", r"patrons?",
        r"the public", r"interpersonal", r"(?:work|deal|interact)(?:s|ing)? with (?:\w+ ){0,2}"
        r"(?:people|others|patients|students|children)", r"independen\w+",
    ),
    duties=True,
)  # fmt: skip
SETTING = Topic(
    "whether the work is at a desk",
    whole_words(
        r"sitting", r"seated", r"stand(?:ing)? for", r"on (?:their|your) feet", r"desks?",
        r"office (?:settings?|environments?|work|jobs?)", r"hands-on", r"outdoors?",
        r"(?:in|out in) the field", r"work settings?", r"on-site",
    ),
)  # fmt: skip
AGE = Topic(
    "age",
    whole_words(
        r"(?:any|your|their) age", r"age (?:limits?|requirements?|range)", r"minimum age",
        r"older (?:workers|adults|candidates|people|applicants)", r"career changers?",
        r"later in life", r"\d+ years of age",
    ),
)  # fmt: skip
START = Topic(
    "getting started",
    whole_words(
        r"work experience", r"experience in a related occupation", r"entry[- ]level",
        r"(?:no|without) (?:prior |previous )?experience",
        r"begin by", r"to enter the occupation", r"career changers?", r"transition\w*",
    ),
    levels=False,
)  # fmt: skip
GAP = Topic(
    "returning to work after time away",
    whole_words(
        r"career (?:gaps?|breaks?)", r"(?:gaps?|breaks?) in (?:employment|work|experience)",
        r"return(?:ing)? to (?:the )?(?:work|workforce|job market)", r"re-?enter\w*",
        r"time (?:away|off) from work",
    ),
)  # fmt: skip
EARLIER_WORK = Topic(
    "how experience from other work counts",
    whole_words(
        r"(?:employers?|they) (?:also )?(?:value|prefer|look for) (?:\w+ ){0,3}experience",
        r"(?:military|prior|previous|related|relevant|hands-on|practical) (?:work )?experience",
        r"experience (?:with|in) (?:industry-specific|similar|related)", r"transferable",
        r"experience in a related occupation", r"co-?op\b", r"cooperative education",
        r"paid workplace experience",
    ),
    levels=False,
    unsettled="whether experience from a particular job counts",
)  # fmt: skip
REMOTE = Topic(
    "working from home",
    whole_words(
        r"remote(?:ly)?", r"(?:work|working|works) from home", r"telework\w*", r"telecommut\w*",
        r"home[- ]based", r"work-from-home",
    ),
)  # fmt: skip
RECORD = Topic(
    "a criminal record",
    whole_words(r"criminal", r"background checks?", r"felon\w*", r"convict\w*"),
)
GENDER = Topic("gender", whole_words(r"wom[ae]n", r"gender", r"females?"))
LICENCE = Topic(
    "licences or certification",
    whole_words(
        # not others licensed ("under the direction of onsite licensed nursing staff")
        r"licen[cs](?:e|es|ing|ure)", r"licen[cs]ed(?! (?:\w+ )?(?:staff|nurs\w+|personnel|"
        r"physicians?|professionals?|practitioners?|doctors?|supervisors?))",
        r"certified", r"certifications?", r"credentials?",
        r"board exams?", r"(?:state|national) exams?",
        r"(?:licensing|certification|professional|bar|actuarial) exams?", r"nclex",
    ),
    duties=True,  # "Maintain current electrician's license…", "Requires commercial drivers'…"
    asked=True,
)  # fmt: skip
# Sections that list names, tools or sources, or tell stories: never evidence.
NOT_EVIDENCE = whole_words(
    r"tech stack", r"also known as", r"related roles", r"sources", r"case studies",
    r"portfolio", r"examples", r"salary", r"wages?",
)  # fmt: skip
# Sections of duties and of what the work is.
DUTIES = whole_words(r"key responsibilities", r"overview")
