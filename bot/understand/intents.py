"""What kind of question a message is: a headline fact, a follow-up, or off-limits."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.text import whole_words
from bot.understand.levels import TIERS
from bot.understand.need_phrases import SEEKS_OPENINGS
from bot.understand.needs import Need, detect_need
from bot.understand.places import regions_named


class Intent(StrEnum):
    """Questions answered from the guide's structured facts."""

    SALARY = "salary"
    GROWTH = "growth"
    STRESS = "stress"
    TIERS = "tiers"


SALARY = whole_words(
    r"salar(?:y|ies)",
    # not a price paid ("would my job pay for it", "pay for the training")
    # nor the visitor paying ("dont wanna pay twice", "would i have to pay again")
    r"(?<!wanna )(?<!want to )(?<!have to )(?<!need to )(?<!gotta )(?<!afford to )"
    r"pay(?:s|ing|ed)?(?! off)(?! time and a half)(?! twice| again| out of pocket| back)"
    r"(?! for (?:it|them|that|this|my|your|his|her|"
    r"school|schooling|training|classes|courses|cert\w*|tuition|college|the (?:cert\w*|"
    r"training|course|class|school|program|exam|test))\b)",
    r"paid(?! (?:guys|ones|staff|crews?|people|folks|positions?|roles?|departments?"
    r"|\w+(?:ers|ees|ists|ians|ants|ents))\b)",  # not "paid firefighters", "paid staff"
    r"(?:can|could) (?:really |actually |realistically )?(?:make|earn)(?= *[?.!,]|$)",
    r"(?:have|got|know|any|the) pay (?:figures? |numbers? |info )?for\b",  # "do you have pay
    # for that?": its figures, not a price paid
    r"earn\w*",
    r"(?:the )?top end(?= *[?.!]|$)",  # "…and whats the top end"
    r"wages?",
    r"income",
    # "thats the national number right? nothing for austin or texas?": the guide's figures
    r"national (?:numbers?|figures?|averages?|medians?)",
    r"compensation",
    # "money is tight" is the visitor's own means, "do they cost money" a price: not pay
    r"(?<!no )(?<!little )(?<!short on )(?<!tight on )(?<!cost )(?<!costs )(?<!spend )"
    r"(?<!save )(?<!bill )(?<!grant )(?<!aid )(?<!tuition )(?<!loan )"  # "GI bill money"
    r"money(?! (?:is|'s|was) (?:tight|short|an issue|a problem|tough|limited))"
    r"(?! for (?:one|both|two|it|that|this|a|an|the|school|classes|training|courses)\b)"  # means
    r"(?!(?: \w+){1,3} costs?\b)",
    r"(?:make|makes|making) (?:the )?(?:more|less|most)\b(?! sense| of| time| friends)",
    # "realistically what would i be making after 5 years", "how much would i be making"
    r"(?:what|how much) (?:would|will|could|can|am|are|is|might) (?:i|you|u|they|he|she|we)"
    r" (?:\w+ )?be making",
    # "whats the most i could realistically make", "the most you can earn"
    r"the most (?:i|you|one|someone|a person|they|we) (?:\w+ ){0,2}(?:make|earn)",
    r"(?:make|earn) a (?:\w+ )?living",  # "can you make a decent living?"
    r"(?:good|decent|comfortable|solid|nice|real) living",
    r"make (?:a year|per year|an hour|annually)",
    # "…compare to what security guards make", not "what mistakes do newbies make"
    r"(?:what|whats|what's|how much) (?:(?!(?:do|does|did|would|will|can|could|should)\b)[\w']+ )"
    r"{1,4}make(?= *[?.!,]| and\b|$| once\b| after\b| starting\b| when\b| at first\b)",
    r"\d+k",
    # "is that more than dental assistants make?", "less than what nurses earn"
    r"(?:more|less) than (?:what )?(?:[\w']+ ){1,4}(?:make|earn)(?= *[?.!,]| now\b|$)",
    r"what (?:i|we|he|she) (?:make|earn|get paid|bring home)\b(?! (?:of|sense|mistakes))",  # "vs
    # what i make as an emt now"
    # "would a tech there make the same as…", "what does the guide say a tech makes, and…"
    r"(?:make|makes|earn|earns) (?:about |roughly )?(?:the same|as much)\b(?! (?:mistakes?|"
    r"sense|decisions?|progress|difference)\b)",
    r"(?:a|an|the) [\w-]+(?: [\w-]+)? makes(?= *[?.!,]| and\b| in\b| at\b|$)",  # "a cost estimator"
    r"(?:six|6|seven|7)[- ]figures?",  # "is it really 6 figures?"
    # not "openings a year", nor a length of time ("train for it in under a year")
    r"(?<!openings )(?<!jobs )(?<!positions )(?<!under )(?<!less than )(?<!within )(?<!open )"
    r"(?<!open up )"
    r"(?<!in about )(?<!over )(?:per|a) year",
    r"an hour",
    r"(?<!parts )(?<!units )(?<!pieces )per h(?:ou)?r",  # "how much is the pay, per hour?"
    r"hourly",
    r"how much (?:more |less )?(?:do|does|can|will|would)\b.*\bmake",
    r"^\W*(?:(?:and|so|ok|also|like)\W+)*how much\W*$",  # "bank teller, how much and what…"
    # "how much u make doin this"
    r"how much (?:u|you|they|i|we|he|she|ppl|people|one) (?:\w+ )?(?:make|earn)\b(?! sense)",
    # "what does a teacher's aide make"
    r"what (?:do|does|did|can|will|would) (?:an? |the )?[\w']+(?: [\w']+){0,3} (?:make|earn)\b"
    r"(?! of)",
    r"bucks",
    r"\$",
    # "what do psychiatric technicians and mental health counselors make?"
    r"what (?:do|does) (?:[\w']+ ){2,8}(?:make|earn)(?= *[?.!,]|$| (?:a|per|an) (?:year|hour))",
    # "what raise am I looking at each level", "junior is how much?", "how much more is senior,
    # whats the jump": pay between levels
    r"(?:pay )?raises?\b(?! (?:my|a|the|our|his|her|kids|children|family|questions?|concerns?"
    r"|awareness|money|funds))",
    r"(?:is|are|for|at) how much\b",
    r"how much (?:more|less) (?:is|are|for|at|would|will)\b",
    r"(?:pay|salary|money|wage) jumps?",
    r"what(?:'s|s| is) the jump\b",
    # "what would I realistically start at": the starting pay
    # not the level ("which tier would I start at")
    r"(?<!where )(?<!how )(?<!when )(?<!tier )(?<!level )(?<!rung )"
    r"(?:would|will|do|could|can|should) (?:i|you|u|they|he|she"
    r"|someone|one|we) (?:\w+ )?start"
    r" (?:out |off )?at(?= *(?:[?.!,]|$|\$|\d|(?:around|about|like|maybe) (?:\$|\d)|pay|salary|"
    r"money|wage))",  # not a place ("can i just start at like cvs")
    # "what's the RN median?"
    r"(?:the|their|its|a|what'?s|whats) (?:\w+ )?median(?! (?:age|time|years?)\b)",
    # "whats the pay for that", "the pay for that one": the career's pay, not a price
    r"(?:the|their|what'?s|whats) pay for (?:that|this|it|them|those)(?! (?:cert\w*|training"
    r"|course|class|school|program|exam|test)\b)",
)
GROWTH = whole_words(
    r"growth rate",
    r"job growth",
    # "Growth?" after a comparison; "room for growth" is moving up, not the outlook
    r"(?<!room for )(?<!career )(?<!personal )growth"
    r"(?= *(?:outlook)?[?.!]|$| (?:pls|plz|please|too)\b)",
    r"(?:job|employment|career) outlook",
    r"(?:the|its|their|an?|better|worse|good|bad|best|brighter|growth) outlook",
    r"how many (?:jobs|openings|positions)",
    r"(?:most|more|fewer) (?:job )?openings",
    r"(?:most|more|fewer) jobs(?: opening)?",
    r"jobs? opening up",
    r"(?:jobs?|positions?|spots?) (?:\w+ )?open (?:up )?(?:a|each|per|every) year",  # "how many
    # transit driver jobs open up a year?"
    r"(?:hard|easy|difficult|tough) to (?:get|be) hired",
    r"(?:^\W*|[.!?]\s+|\band )outlook",  # "and outlook?" after another question, "…. outlook
    r"(?<!use )outlook(?= for\b| *\?)",  # for NPs" after a correction
    r"growing",
    r"(?:is|are) (?:the )?jobs? (?:growing|shrinking)",
    r"projected",
    r"bls",
    # "is there going to be work for diesel guys in 10 years", "still a real job?"
    r"(?:be|is there|will there be) (?:going to be |gonna be )?(?:any )?(?:work|jobs|demand)"
    r" (?:for (?:\w+ ){1,3})?in (?:\d+|five|ten|twenty|a few) (?:years|yrs)",
    r"still (?:a )?(?:real|viable|good|thing|around|needed|in demand)(?: (?:job|career|thing))?",
    # "will the job still exist in 10 years?", "will it even be around in 20 years"
    r"(?:still |even )?(?:exist|be around|be here|be needed) in (?:\d+|five|ten|twenty|a few)"
    r" (?:years|yrs)",
    r"(?:going|gonna) (?:to )?(?:disappear|die out|be replaced|be automated|go away)",
    r"(?:future|long[- ]term) (?:of|for|in) (?:the |this )?(?:job|jobs|field|career|work|it)",
    # "r there actually jobs like will i find one", "enough pharmacist jobs", "is it super
    # competitive", "i heard the market is bad": whether there is work
    r"(?:are|r) there (?:actually |really |even |enough |a lot of |lots of |many |any )?(?:\w+ )?"
    r"(?:jobs|openings|positions)(?= *[?.!,]|$| (?:out there|left|after|so|like(?! (?:that|this|"
    r"those|these|it)\b)|tho|though|for "
    r"(?:grads|graduates|new grads)|in (?:my|the) area)\b)",
    r"will (?:i|he|she|they|u|you) (?:actually |even )?(?:find|get) (?:a )?(?:job|one|work)\b",
    r"enough (?:\w+ )?(?:jobs|openings|work)\b",
    # not "is it competitive to get in" (to school)
    r"(?:is it|is the field|is the job market|how) (?:\w+ )?competitive(?! to get (?:in|accepted))",
    r"(?:trouble|problems?|a hard time) (?:finding|getting) (?:a |one|work|a job)",
    r"(?:job )?market (?:is|s) (?:bad|good|tough|rough|saturated|dead|slow)",
    r"(?:a |the )?(?:bad|tough|rough|hard|dead|slow) (?:job )?market",  # "or is it a tough market"
    r"saturated",
)
# Demand in everyday words ("is graphic design a dying career?", "a lot of jobs?"): the
# national outlook, unless the question is about another place ("demand over there?").
DEMAND = whole_words(
    r"demand", r"job market", r"dying", r"shrinking", r"declin\w*", r"saturated",
    r"(?:job )?prospects",
    r"openings", r"(?:a lot of|lots of|many|enough|more|fewer) (?:jobs?|openings|positions)",
    # "are there even many political scientist jobs though?"
    r"(?:a lot of|lots of|many|enough) (?:\w+ ){1,3}(?:jobs|openings|positions)"
    r"(?= *[?.!,]|$| (?:tho|though|out there|left|around|available|coming up|opening up)\b)",
    r"(?:cutting|cut|losing|shedding) (?:\w+ )?jobs", r"layoffs?", r"still hiring",
    r"(?:jobs|openings|positions) (?:coming|opening) up",  # "civil engineering jobs coming up"
    # "which one is easier to find a job in", "is there a lot of hiring for cops right now"
    r"(?:easier|harder|easy|hard|tough) to (?:actually |really |even )?find (?:a )?(?:job|work)",
    # "are pharmacist jobs still easy to find tho?"
    r"(?:jobs?|work|positions?|openings) (?:still |really |actually )?(?:easy|easier|hard|"
    r"harder|difficult|tough) to (?:find|get|land|come by)",
    r"(?:a lot of|lots of|much|any|more|less) hiring",
    r"(?:are|is) (?:\w+ ){0,2}hiring \w+s(?= *[?.!]|$| (?:or|and|right now|now|these days)\b)",
    r"jobs?[- ]?wise",  # "pay and jobs wise"
    # "is there lots of work out there", "is the market for new lawyers any good", "are there
    # actually jobs for carpenters right now"
    r"(?:a lot of|lots of|plenty of|enough) work (?:out there|around|available|right now)",
    r"market for (?:new |newer |young |entry[- ]level )?(?:[\w-]+ )?[\w-]+s\b",
    r"(?:are|r|is) there (?:actually |really |even |any )?(?:jobs|openings|work) (?:for (?:\w+ )"
    r"{1,2})?(?:right now|now|these days|at the moment)\b",
    r"^\W*(?:and |the |how many |more )*jobs\W*$",  # "jobs" as one part ("pay and jobs")
    # "are schools hiring a lot?", not "are they hiring students"
    r"(?:are|is) (?:\w+ ){0,3}hiring(?= (?:a lot|lots|much|many|more|everywhere|like crazy"
    r"|right now|now|these days)\b| *[?.!]|$)",  # "are dental offices actually hiring?"
    # "do they hire a lot", "if they hire a lot": how much work there is
    r"(?:do|does|if|whether) (?:they|places|companies|hospitals|employers|people) (?:\w+ )?hire"
    r" (?:a lot|lots|much|many|often|more)\b",
    r"still (?:have|find|get|be) (?:\w+ )?(?:jobs?|work|hired)",
    # "are there jobs in this field where I could sit more?" asks which jobs, not how many
    r"(?:will|are) there (?:still )?(?:be )?(?:jobs|work|openings)(?! (?:in (?:this|that|the) "
    r"(?:field|industry|line of work) )?(?:where|that|which|who|with|for someone|for people"
    r"|like (?:that|this|those|it)))",  # "are there jobs like that": jobs of a kind, not how many
    r"(?:is|are) there (?:\w+ )?(?:work|jobs?)(?= *[?.!,]|$| out there| tho\b"
    r"| for (?:me|us|them|it|that|this|those)\b)",  # "are there actually jobs for that tho?"
    r"future[- ]proof", r"future of (?:the |this )?(?:job|career|field|work)",
    # finding work, security and worth: the outlook is the guides' evidence
    r"(?:hard|easy|difficult|tough) to (?:actually |really |even )?(?:get|find|land) "
    r"(?:a |into a )?(?:[\w-]+ ){0,2}(?:job|work|position)s?",  # "hard to find manager jobs"
    # "how hard is it to actually land one?", "how hard is it to get hired?"
    r"(?:hard|easy|difficult|tough) (?:is it )?to (?:actually |really |even )?(?:get|land) "
    r"(?:one|hired)\b",
    r"(?:hard|easy|difficult|tough) to find(?= *[?.!]|$)",  # "or is difficult to find?"
    r"(?:get|find|land) (?:a )?(?:job|work) (?:easily|quickly)", r"shortages?",
    r"(?:will|would) (?:i|she|he|they|you|u|we) (?:actually |still |easily |even )?"
    r"(?:find|get|land) (?:a )?(?:job|work|position)s?\b",
    r"(?:job|career|employment) security", r"security(?= *[?.!]|$)",
    r"(?:job |career |employment )?stability(?! of)",  # "what about stability?"
    # "is there gonna be work tho, like are they hiring", "a real career with a future?"
    r"(?:is|are|will) there (?:gonna|going to) be (?:any |enough )?(?:work|jobs?)",
    r"(?:are|is) (?:they|companies|employers|places|shops|hospitals) (?:even |still )?hiring",
    # "do they always need people", "are they still looking for workers"
    r"(?<!\bi )(?<!\bu )(?<!you )(?:always|still) (?:need|needs|needing|hiring|looking for) "
    r"(?:\w+ )?(?:people|workers|staff|more|them)\b(?! (?:skills|to\b))",
    r"(?:career|job|field) with (?:a|any) future", r"(?:better|more|good|best) job options",
    r"(?:stable|steady|secure) (?:job|jobs|career|work|employment|income|paycheck)",
    r"something (?:more |that'?s |thats )?(?:stable|steady|secure)",  # "i need something stable"
    r"lay (?:\w+ ){1,2}off\b",  # "do plants lay people off all the time"
    r"(?:is|are) (?:it|that|this|(?:\w+ ){0,2}\w+) (?:more |less |very |really |pretty )?stable",
    # "how secure are these jobs?", "is the job secure": whether the work lasts, not safety
    r"how (?:secure|stable|steady) (?:is|are) (?:it|that|this|these|those|they)\b",
    r"(?:job|jobs|work|career|position)s? (?:\w+ )?(?:secure|stable)(?= *[?.!,]|$)",
    r"(?:get|getting|be|being) laid off", r"lay-?offs?",  # "or do they get laid off a lot"
    r"good (?:career|job|field|choice|option|path)(?! for\b)", r"worth (?:going|getting) into",
    # machines taking the work: whether the jobs will last is the outlook's to say
    r"(?:risk|danger|threat)\w* (?:from|of|by) (?:automation|robot\w*|ai|machines|computers)",
    r"(?:replac\w+|taken over|automated away) by (?:automation|robot\w*|ai|machines|computers)",
    r"(?:automation|robots?|ai|machines|computers) (?:will |going to |gonna |might |could )?"
    r"(?:take|taking|replace|replacing|kill|killing|eliminate|eliminating)",
    # "safe from AI", "will robots and AI just take this job", "robots gonna take it all over"
    r"safe from (?:automation|robots?|ai|machines|computers|being (?:automated|replaced))",
    r"(?:automation|robots?|ai|machines|computers) (?:\w+ ){0,4}(?:take|taking|replace|"
    r"replacing) (?:\w+ ){0,3}(?:jobs?|work|over)\b",
    r"(?:disappear\w*|go away|obsolete|automated away)(?= *[?.!]| in \d+| in (?:the )?(?:next|"
    r"future|\w+ years))",
    # "is that one safe when the economy tanks", "recession proof": whether the jobs last
    r"(?:recession|layoff)[- ]?proof",
    r"safe (?:when|if|in|during|through) (?:the |a )?(?:economy|recession|downturn|layoffs?|"
    r"bad times)",
    r"(?:when|if) the (?:economy|market) (?:tanks|crashes|goes down|is bad|turns)",
    # "if the whole point is automation arent they going to replace production techs"
    r"(?:automation|robots?|ai|machines|computers)\b[^.?!]{0,40}\b(?:replace|take over|take)"
    r" (?:\w+ ){0,3}(?:techs?|technicians|workers|jobs?|people|us|humans)\b",
)  # fmt: skip
ELSEWHERE = re.compile(
    r"(?i:\b(?:abroad|overseas|over there|other countr\w+|international\w*|regions?|relocat\w*"
    r"|worldwide|where in the world)\b)"
    r"|\b(?:in|to|from) (?:the )?[A-Z][a-z]+"
)
STRESS = whole_words(
    r"stress\w*", r"work[- ]life", r"burn ?out", r"balance rating",
    r"(?:a |the )?(?:bad|worst|rough|tough|stressful) days?",  # "what does a bad day look like"
)  # fmt: skip
# The careers of the conversation taken together ("which one of the two pays better?").
BOTH = whole_words(
    r"both", r"(?:the|these|those|all) (?:two|three)", r"each of (?:them|those|these)",
    r"(?:which|what) (?:one )?of the (?:two|three)",
    r"either (?:one|of them)", r"which (?:one )?of (?:them|those|these)",
    # "how much school for each one", "is the job market better for one of them?"
    r"(?:for )?each(?: one)?(?= *[?.!]|$)",
    r"for (?:each|either|one of them)\b(?! (?:level|tier|year))",
)  # fmt: skip
# A verdict asked between careers ("which is the better career?"): pay and outlook compared.
JUDGES = whole_words(r"better", r"best", r"worth", r"which (?:one |job |career )?(?:is|should)")
# A figure ruled out ("skills. not salary.", "other than pay, what…"): not asked for
RULED_OUT = re.compile(
    r"\b(?:not|no|other than|besides|apart from|except|never ?mind(?: the)?|forget(?: the)?)"
    r"\s+(?:the\s+|about\s+(?:the\s+)?)?(?:salary|salaries|pay|wages?|money|earnings|outlook|"
    r"growth|stress)\b",
    re.IGNORECASE,
)


# The time before a first wage ("how long till im actually earning"): the training, not pay
UNTIL_PAID = re.compile(
    r"\bhow long (?:till|until|before|til) (?:i'?m |im |i am |you'?re |you are |i )?(?:actually )?"
    r"(?:earning|making (?:money|a living)|getting paid|paid)\b(?! more)",
    re.IGNORECASE,
)


# Pay naming only whom a question is about ("what skills make you one of the higher earners,
# the 75k+ people", "does senior level pay (70k) need a degree"): a group or a level.
PAY_NAMED = whole_words(
    r"(?:higher|high|top|best|big)(?:est)?[- ]earners?", r"top \d+ ?%(?: group)?",
    r"\$?\d+k\+?", r"(?:level|senior|junior|entry|mid) pay",
)  # fmt: skip


def names_pay_only(text: str) -> bool:
    """``text`` speaks of pay only to name a group or a level, asking no pay."""
    return bool(SALARY.search(text)) and not SALARY.search(PAY_NAMED.sub(" ", text))


# Pay wished of the jobs a move leads to ("what jobs can a tech move into that pay more?"):
# the moves are asked, not the pay of the job
PAYING_MORE = re.compile(
    r"\b(?:that|which) (?:would |will |could |might )?(?:pays?|earns?|makes?) (?:you |u )?"
    r"(?:more|better|well|higher)\b",
    re.IGNORECASE,
)


def detect_intent(text: str) -> Intent | None:
    """The facts intent of a message, if it clearly asks for one."""
    text = UNTIL_PAID.sub(" ", RULED_OUT.sub(" ", text))
    if PAYING_MORE.search(text) and detect_need(text) is Need.ADVANCE:
        text = PAYING_MORE.sub(" ", text)
    if SALARY.search(text):
        return Intent.SALARY
    if TIERS.search(text):
        return Intent.TIERS
    if STRESS.search(text):
        return Intent.STRESS
    if SEEKS_OPENINGS.search(text):  # "where should i look for openings": applying
        return None
    if GROWTH.search(text) or (
        DEMAND.search(text)
        and not ELSEWHERE.search(text)
        and not set(regions_named(text)) - {"north america"}  # "India demand?": its region
        and detect_need(text) not in (Need.HARD, Need.REGIONS)
    ):  # "the hardest part of the job market" asks for the challenges; "is the Middle East
        # a good option?" the world's regions
        return Intent.GROWTH
    return None
