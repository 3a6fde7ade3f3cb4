"""Conditions of work or study people ask about in passing ("is it union?", "do they drug
test?", "how competitive is it to get in?"), which career guides often leave out: each
with the words that ask it."""

from __future__ import annotations

from bot.text import whole_words

OVERTIME_RATES = "overtime rates or shift differentials"
OVERTIME_REQUIRED = "whether overtime is required or can be turned down"
SHIFT_LENGTHS = "how long the shifts are"
QUITTING = "how many people quit or why they leave"
HOME_AT_NIGHT = "whether workers are home every night"
DEGREES = r"bachelor'?s?|degree|masters?|master'?s|associates?|associate'?s|ba|bs|ma|ms"
LEVELS = r"bachelor\w*|master\w*|associate\w*|college|undergrad\w*|4|four|2|two|high|own"
# Each said plainly when the guide never names it.
CONDITIONS = (
    ("online study", whole_words(r"online", r"e-?learning", r"distance learning")),
    ("unions", whole_words(r"unions?", r"unioni[sz]ed")),
    ("drug tests", whole_words(r"drug (?:tests?|testing|screens?)")),
    ("bootcamps", whole_words(r"boot ?camps?")),
    # "how competitive is it to get in" (to dental school), "acceptance rates"
    (
        "how competitive admission to school is",
        whole_words(
            r"competitive (?:is it )?to get (?:in|into|accepted)\b",
            r"acceptance rates?",
            r"admissions? (?:rates?|requirements?|process|exams?|tests?)",
            r"get(?:ting)? (?:in|into|accepted (?:in|into|to)) (?:dental|med|medical|vet"
            r"|veterinary|nursing|law|pharmacy|pa|grad|graduate) school",
        ),
    ),
    # "r there women doing this job" (one woman asking of herself is a circumstance: gender)
    (
        "women in the job",
        whole_words(  # not "a couple girls working for me": the visitor's own staff
            r"(?:women|females|ladies|girls)(?! (?:\w+ ){0,2}(?:working|who work|to work) for"
            r" (?:me|us)\b)",
            r"being a woman",
            r"(?:the )?only (?:woman|girl|female|lady)\b",  # "being the only woman on the floor"
        ),
    ),
    # "do they pay time and a half", "is there a shift differential"
    (
        OVERTIME_RATES,
        whole_words(
            r"time and a half",
            r"(?:shift|night) differentials?",
            r"overtime (?:pay|rate)s?",
            r"overtime\W+(?:\w+\W+){0,2}(?:extra|more|same|double) (?:pay|money)",  # "overtime -
            r"(?:extra|more|double) (?:pay|money) for overtime",  # extra pay or same pay?"
            r"overtime (?:is |gets? )?paid (?:more|extra|double)",
            r"(?:is|are) (?:the )?(?:overtime|ot) paid",
            r"(?:overtime|ot)\W+(?:\w+\W+){0,6}(?:is it|is that|are they|does it get) paid\b",
            r"paid (?:for )?(?:the )?(?:overtime|ot)\b",
            r"pay (?:extra|more) for (?:nights|weekends|overtime)",
        ),
    ),
    # "my diploma is not from america, is it okay?", "does a foreign degree count"
    (
        "whether diplomas or degrees from abroad count",
        whole_words(
            r"(?:foreign|overseas|international) (?:high school )?(?:diplomas?|degrees?"
            r"|credentials?|qualifications?)",
            r"(?:diploma|degree)s? (?:is |are )?(?:not )?from (?:another|a different|my|my home)"
            r" country",
            r"(?:diploma|degree)s? (?:is |are )?not from (?:america|the us|the usa|here)",
            r"(?:diploma|degree)s? from (?:abroad|overseas|back home)",
        ),
    ),
    # "would my biology bachelor's count?", "does my M.Div count as the masters?"
    (
        "which field of study the degree must be in",
        whole_words(
            rf"my (?!(?:{LEVELS})\b)[a-z.]+ (?:\w+ )?(?:{DEGREES})\b[^?.!]{{0,25}}?\b"
            r"(?:count|counts|enough|work|qualify|transfer|be accepted)",
            r"(?:does|would|will|do|is) (?:an? |my )?(?:m\.?ed|m\.?div|mdiv|mba|msw|bsw) "
            r"(?:count|work|qualify|be enough|enough)",
            r"(?:which|what) (?:majors?|fields? of study|degree fields?|subjects?) "
            r"(?:do|does|should|would|is|are|count)",
            rf"(?:need|require\w*) an? [a-z]+ (?:{DEGREES}) specifically",
        ),
    ),
    # "do they usually get health insurance?", "good benefits?"
    (
        "benefits such as health insurance or paid time off",
        whole_words(
            r"(?:health|medical|dental) (?:insurance|coverage|benefits|plan)",
            r"benefits? (?:package|plan)s?",
            r"(?:employee|job|work|good|the|any) benefits",
            r"paid (?:time off|vacation|leave)",
            r"pto",
            r"sick (?:days|leave|pay)",
            r"vacation (?:days|time)",
        ),
    ),
    # "and retirement plans? 401k, pension?"
    (
        "retirement plans such as a 401(k) or pension",
        whole_words(r"401 ?k", r"pensions?", r"retirement (?:plans?|benefits|accounts?|savings)"),
    ),
    # "how often do people actually get injured", "any numbers on how many techs get hurt"
    (
        "figures on how often workers are injured",
        whole_words(
            r"how (?:often|many|common|likely)(?: \w+){0,4} (?:get |gets |are |is )?"
            r"(?:hurt|injur\w*)",
            r"injur(?:y|ies) (?:rates?|stats?|statistics|numbers|figures)",
            r"(?:numbers|stats?|statistics|figures|data) (?:\w+ ){0,4}(?:hurt|injur\w*)",
            r"(?:dangerous|safe) (?:\w+ ){0,2}stat(?:s|istic\w*)(?:[- ]wise)?",
        ),
    ),
    # "would my job pay for it?", "tuition reimbursement?"
    (
        "employers paying for training",
        whole_words(
            # "would my company usually pay for that", "do companies ever pay for your school",
            # "could they cover the rest of my associates or certs"
            r"(?:jobs?|employers?|compan(?:y|ies)|work|boss(?:es)?|plants?|they) (?:\w+ ){0,2}"
            r"(?:pay|pays|cover|covers) (?:for )?(?:it|that|the rest of (?:my|your|the) \w+|"
            r"(?:the|my|your) (?:cert\w*|training|course|class|school|program|associate'?s|degree)"
            r"|training|school|tuition|classes|courses|cert\w*)",
            # "do i need osha 10 before i start? and who pays for that"
            r"who pays for (?:it|that|them|the (?:cert\w*|training|course|class|school|program))",
            r"tuition (?:reimbursement|assistance)",
            r"(?:company|employer)[- ](?:paid|sponsored)",
        ),
    ),
    # "is school in english only?", "can i train in spanish"
    (
        "which language training or work is in",
        whole_words(
            r"(?:in|only in) (?:english|spanish)(?! class)",
            r"english[- ]only",
            r"bilingual",
            r"speak (?:good |perfect |much )?english",
        ),
    ),
    ("summer jobs", whole_words(r"summer (?:jobs?|work|internships?|programs?)")),
    # "would I be home every night?" (the guides speak of shifts, not of nights at home)
    (HOME_AT_NIGHT, whole_words(r"home (?:at|every|each|by) (?:night|evening|dinner)")),
    # "can the GI Bill pay for certifications?"
    (
        "veterans' education benefits such as the GI Bill",
        whole_words(r"gi bill", r"va (?:benefits|funding)", r"veterans?'? (?:education )?benefits"),
    ),
    # "do a lot of people quit this job? and why do they leave"
    (
        QUITTING,
        whole_words(
            r"turnover",
            r"(?:a lot of|lots of|many|most) (?:people|workers|techs?|folks|ppl) (?:\w+ )?quit",
            r"(?:why|do|does) (?:\w+ )?(?:people|workers|techs?|they|folks) (?:usually )?"
            r"(?:quit|leave)\b(?! (?:work|the (?:plant|floor|site)) (?:at|by|on))",
        ),
    ),
    # "do you get breaks? lunch?", "how long is lunch"
    (
        "breaks or meal times",
        whole_words(
            r"(?:lunch|meal|rest|coffee|smoke|bathroom) breaks?",
            r"(?:get|have|any|about|the|are there|paid|unpaid|short) (?:a |any |regular )?"
            r"breaks\b(?! (?:down|up|out)\b)",  # not "equipment breaks down"
            r"breaks (?:like|during|between|in)\b",  # "what are breaks like tho?"
            r"lunch (?:time|hour)s?",
            r"(?:eat|have|get|take) (?:a |my |your )?(?:\w+ )?lunch",  # "get a proper lunch"
        ),
    ),
    # "how long are the shifts, like 8 hrs or 12s?"
    (
        SHIFT_LENGTHS,
        whole_words(
            r"how long (?:are|is) (?:the |a |their |your )?(?:typical |usual |normal )?shifts?",
            r"(?:8|10|12|eight|ten|twelve)[- ]?(?:hours?|hrs?|h)(?: or (?:8|10|12)s?)? shifts?",
            r"(?:8|10|12) (?:hours?|hrs?) or (?:8|10|12)s?\b",
            r"shift (?:length|lengths)",
            r"length of (?:the |a )?shifts?",
        ),
    ),
    # "is OT mandatory, can i say no?"
    (
        OVERTIME_REQUIRED,
        whole_words(
            r"(?:overtime|ot) (?:is |be )?(?:mandatory|required|forced|optional|voluntary)",
            r"(?:mandatory|forced|required|voluntary) (?:overtime|ot)\b",
            r"(?:say no|refuse|turn down|decline|skip) (?:to )?(?:the )?(?:overtime|ot)\b",
            # "is overtime something you can say no to?", "do you have to do overtime"
            r"(?:overtime|ot) (?:\w+ ){0,4}(?:say no|refuse|turn (?:it )?down|decline|opt out)",
            r"(?:have|got|need) to (?:do|work|take|stay for) (?:the |any )?(?:overtime|ot)\b",
        ),
    ),
    # "do i need to bring my own tools like at the shop?"
    (
        "who supplies the tools",
        whole_words(
            r"(?:bring|buy|supply|provide|need) (?:my|your|their|his|her) own tools",
            r"own tools",
            r"tool (?:allowance|box|chest)",
        ),
    ),
    ("quotas", whole_words(r"quotas?", r"(?:daily|hourly|per[- ]shift) (?:targets?|numbers)")),
    # "do techs travel or stay at one plant", "field service"
    (
        "travel for work",
        whole_words(
            r"(?:do|does|would|will) (?:\w+ ){0,2}travel\b",
            r"travel (?:for work|a lot|much|often|between)",
            r"on the road (?:a lot|much)",
        ),
    ),
    ("field service work", whole_words(r"field[- ]service", r"(?:at|to) customer(?:s'?)? sites?")),
    # "what do people who do it say", "do techs actually like it"
    (
        "what people who do the job think of it",
        whole_words(
            r"what (?:do )?(?:people|workers|techs?|technicians|folks) (?:who (?:do|work) "
            r"(?:it|this|that|the job) )?(?:actually )?(?:say|think)\b",
            r"(?:do|does) (?:people|workers|folks|they|techs?) (?:\w+ )?(?:like|enjoy|love|hate) "
            r"(?:it|the job|this job|their jobs?|the work)\b",
            r"testimonials?",
        ),
    ),
    # "what do HVAC business owners make", "running my own shop"
    (
        "running a business of one's own",
        whole_words(
            r"(?:own|start|starting|run|running|open|opening) (?:my|your|their|his|her|a|an) "
            r"(?:own )?(?:[\w-]+ ){0,2}(?:business|company|shop|firm|practice)",
            r"owners? (?:make|earn|take home)",
            r"self[- ]employ\w*",
            r"business owners?",
            r"(?:go|going|went|strike|striking) out on (?:my|your|their|his|her) own",
        ),
    ),
    ("commission", whole_words(r"commissions?\b")),
    # "do plants lay people off all the time", "any layoffs?": the outlook is the nearest
    ("layoffs", whole_words(r"lay-?offs?", r"lay (?:\w+ ){1,2}off\b")),
    # "where are the plants usually?", "anything near me?", "the bus only goes so far"
    (
        "where the jobs are located",
        whole_words(
            r"near me",
            r"close to me",
            r"closer to me",
            r"in my (?:area|town|city|county|region)",
            r"around here",
            r"(?:small|tiny|rural) (?:town|area|community)",
            r"commut\w*",
            r"where (?:\w+ ){1,3}(?:are|is) (?:usually|mostly|typically|located)",
            r"where (?:are|is) (?:\w+ ){0,3}(?:jobs|plants|factories|employers|positions)"
            r"(?: (?:usually|mostly|typically))? (?:located|found|based)",
            r"(?:just|only|mostly) in (?:the )?(?:big |major |large )?cities",
            r"(?:pretty much|almost|just about) everywhere",
            r"where (?:are |is )?(?:the|these|those|most) (?:\w+ )?(?:jobs|plants|factories|"
            r"companies|employers|offices|positions)(?: (?:usually|mostly|typically))?(?: (?:are|is"
            r"|located))?",
        ),
    ),
)
# The guide's own words nearest a condition it never names: the overtime it says is common,
# the shifts it speaks of ("how long are the shifts?": "Shift work… generally predictable")
NEAREST_WORDS = {
    OVERTIME_REQUIRED: whole_words(r"overtime"),
    OVERTIME_RATES: whole_words(r"overtime"),
    SHIFT_LENGTHS: whole_words(r"shifts?"),
    QUITTING: whole_words(r"burnout", r"workloads?"),
    HOME_AT_NIGHT: whole_words(r"shifts?"),  # "…high workloads and burnout risks"
}
