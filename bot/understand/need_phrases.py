"""The words people ask each kind of answer in: where to start, what to learn, whether it is
hard, desk or not, a typical day, what the job involves…, one pattern per kind."""

from __future__ import annotations

from enum import StrEnum

from bot.text import whole_words
from bot.understand.advance_phrases import ADVANCE
from bot.understand.places import COUNTRIES
from bot.understand.related_phrases import RELATED
from bot.understand.way_in_phrases import GET_IN
from bot.understand.work_life_phrases import SCHEDULE, SETTING

# Countries outside North America, as the guides' world regions hold them
ABROAD = "|".join(
    dict.fromkeys(
        c for region, names in COUNTRIES.items() if region != "north america" for c in names
    )
)


# A share of the work's time asked ("what % of the day is hands on", "how much of this job is
# actually on a computer"), which no guide's typical day gives
SHARE_OF_TIME = (
    r"(?:what ?%|(?:what )?percent(?:age)?|how much|what part|which part) of (?:the|a|this|your|"
    r"their) (?:work ?)?(?:day|job|work|time)",
)


# Where to look for openings ("where should i look for openings, job boards…?"): applying,
# not how many openings there are
OPENINGS_SOUGHT = (
    r"job boards?",
    r"where (?:should|do|can|would|to) (?:i |you |people )?(?:\w+ ){0,2}(?:look|search) (?:for )?"
    r"(?:\w+ )?(?:openings|jobs?|job postings|postings|positions|work)",
)
SEEKS_OPENINGS = whole_words(*OPENINGS_SOUGHT)


class Need(StrEnum):
    """The kind of answer a question asks for."""

    GET_IN = "get_in"  # how to become one, where to start
    HARD = "hard"  # is it hard, stressful, demanding
    LEARN = "learn"  # what to learn, which skills or classes
    SETTING = "setting"  # desk job or not, indoors, physical
    DAY = "day"  # a typical day
    DUTIES = "duties"  # what the job involves, what they do
    ALIASES = "aliases"  # what else the job is called
    RELATED = "related"  # similar or related careers
    ADVANCE = "advance"  # where the job leads: moving up, a dead end
    SCHEDULE = "schedule"  # hours, shifts, nights, overtime
    INDUSTRIES = "industries"  # which industries or employers hire
    REGIONS = "regions"  # which regions or countries have the work
    TRAINING_OTHERS = "training_others"  # teaching, training or mentoring others on the job
    COST = "cost"  # what the schooling, training or a certification costs
    SAFETY = "safety"  # how safe the job is: injuries, hazards, health risks
    APPLY = "apply"  # applying: a résumé, a portfolio, an interview
    TOOLS = "tools"  # the computers, software and tools of the work
    FIT = "fit"  # which personalities and interests the work suits
    MISTAKES = "mistakes"  # the mistakes beginners make


ASKS = {
    # "what are the most common mistakes new techs make?", "what do beginners mess up"
    Need.MISTAKES: whole_words(
        r"(?:common|biggest|typical|usual|beginner|rookie|newbie|first[- ]year) mistakes?",
        r"mistakes? (?:\w+ ){0,3}(?:make|makes|made|do)\b",
        r"(?:beginners?|newbies?|rookies?|new (?:techs?|people|hires|guys|workers)) (?:\w+ )?"
        r"(?:mess|screw) up",
        r"(?:mess|screw)(?:es|ed)? up (?:on|at) (?:first|early|the start)",
        r"pitfalls",
    ),
    Need.COST: whole_words(
        r"costs?(?! of living)(?! estimat\w*)",  # not the cost estimators
        # not a wish of what is asked ("one cert to put on my resume first… something cheap")
        r"costing", r"(?<!something )(?<!anything )cheap\w*(?! one)", r"expensive", r"tuition",
        r"prices?d?", r"(?:exam|course|program|school|training|application|licen[cs]e) fees?",
        r"spend on (?:school|training|classes|courses|a course|the course|certification)",
        r"(?:how much|in|of|graduate with|take on) (?:\w+ )?(?:debt|student loans?)",  # "how
        # much debt do most people graduate law school with?"
    ),
    Need.ALIASES: whole_words(
        r"else (?:\w+ ){0,3}called", r"other names?",
        r"also (?:known|called)", r"another name", r"other (?:job )?titles?",
        # not a level's title ("an entry level job title", "my job title after a few years")
        r"(?<!top )(?<!highest )(?<!first )(?<!starting )(?<!entry )(?<!next )(?<!level )"
        r"(?<!my )(?<!his )(?<!her )(?<!your )job titles?(?! (?:would |will )?be (?:after|in)\b)",
        r"what (?:is|are) (?:it|they|this job) called",
    ),
    Need.RELATED: RELATED,
    Need.ADVANCE: ADVANCE,
    Need.DAY: whole_words(
        r"(?:typical|normal|average|regular|usual|ordinary) (?:work ?)?(?:day|shift)",
        # "what stuff do you actually do during a shift", "what % of the day is hands on"
        r"(?:do|doing) (?:\w+ ){0,2}(?:during|on|in) (?:a|the|your|their|one) shift",
        r"(?:what ?%|(?:what )?percent(?:age)?|how much|what part|which part) of (?:the|a|your|"
        r"their) (?:work ?)?day",
        # "how much of this job is actually on a computer vs turning wrenches", not "how much of
        # this job is quality control" (its duties)
        r"how much of (?:this|the|their|your) (?:job|work|time) is (?:actually |really |spent )?"
        r"(?:on|at|in|with|behind|hands)",
        r"day[- ]to[- ]day (?:life|routine|work|like)",
        r"(?<!bad )(?<!worst )(?<!rough )(?<!tough )day (?:look|looks) like",  # not a bad one
        # "what do you actually do all day", "how does that work day to day"
        r"what (?:do|does) (?:\w+ ){1,3}(?:actually |really )?do all day",
        r"(?:work|works|look|looks|go|goes) day[- ]to[- ]day",
        r"the day[- ]to[- ]day",
        r"daily (?:life|routine|work)", r"(?:like|look like) day[- ]to[- ]day",
        r"what (?:do )?(?:they|you|u|techs?|workers) (?:do|doing) (?:every ?day|daily)",
        r"a day in the life", r"hour[- ](?:to|by)[- ]hour",
        r"what(?: is|'s|s) (?:a|the|their|your) (?:typical |normal )?day like",
        # whether the days vary: "is the actual work varied or repetitive", "does the day
        # change or is it the same routine" (not "boring… the same thing all day": its cons)
        r"(?:varied|varies|variety|different) or (?:repetitive|the same)",
        r"(?:repetitive|the same) or (?:varied|different)",
        r"(?:does|do) (?:the|each|every|your|their) days? (?:change|vary|differ)",
        # how much of it is at a screen: "is there a lot of computer work though? like sitting
        # at a screen or is it mostly hands on", "do techs use computers a lot day to day?"
        r"(?:a lot of|lots of|much) (?:computer|screen) ?work",
        r"(?:sitting|sit) (?:at|behind|in front of) (?:a |the )?(?:screen|computer|monitor)",
        r"(?:use|using|on) (?:a |the )?computers? (?:a lot|much|all day|day[- ]to[- ]day)",
        r"or (?:is it )?(?:mostly|all|more) hands[- ]on",
    ),
    Need.DUTIES: whole_words(
        # "if i just get an entry level job, what would i actually be doing the first years"
        r"what (?:would|will) (?:i|you|u|we) (?:actually |really )?be doing\b(?! different)",
        r"what (?:does|do|would|will) (?!i |you |we )(?:an? |the )?[a-z-]+(?: [a-z-]+){0,3} "
        r"(?:actually |really )?do(?= *[?.!,]| all day| at work| on the job| for a living| vs\b"
        r"| on (?:a|the|their) shift"
        r"| versus| compared| differently| day[- ]to[- ]day| every day| each day| that | than |$)",
        r"what(?:'s|s| is) (?:an? |the )?[a-z-]+(?: [a-z-]+){0,3} (?:actually |really )?(?<!to )do"
        r"(?= *[?.!,]| all day| every day| each day| and\b|$)",  # "whats a game warden do and…"
        r"what (?:do|does) (?:they|it|th(?:e|is|at) (?:job|work|role)) (?:actually |really )?"
        r"(?:do|involve)"
        r"(?= *[?.!]| that | than | differently| day[- ]to[- ]day| every day| daily|$)",
        # "you didnt say what conservation scientists actually do each day"
        r"what (?!i |you |we )[a-z-]+(?: [a-z-]+){0,3} (?:actually |really )?do(?= day[- ]to[- ]day"
        r"| every day| each day| all day| daily)",
        # "whats the difference in what they do day to day"
        r"what (?:they|you|u|he|she|each(?: one)?|both) (?:actually |really )?(?:do|does)"
        r"(?= *[?.!,]|$| all day| day[- ]to[- ]day| every day| daily| at work| on the job| vs\b)",
        # "do speech pathologists work in schools with kids", "do they work with patients"
        r"(?:do|does) (?!i |you |u )(?:\w+ ){1,3}(?:actually |really |ever |usually )?work "
        r"(?:in|at|with) (?!(?:home|nights?|weekends?|the weekends?|a team|teams?|their hands|"
        r"my|your)\b)(?!(?:[\w-]+ ){0,2}(?:plants?|fabs?|factor(?:y|ies)|industr(?:y|ies)|"
        r"compan(?:y|ies)|facilit(?:y|ies)|sectors?)\b)(?:\w+ )?\w+",  # not "at chip fabs"
        # "what kind of cases do private investigators work on", "what kinds of projects…"
        r"what (?:kinds?|sorts?|types?) of (?:\w+ )?(?:cases|projects|tasks|clients|problems|"
        r"patients|jobs) (?:do|does|would|will) (?:\w+ ){1,4}(?:work on|handle|take on|deal with"
        r"|see|get|do)\b",
        # "the difference between what i do and what a production tech does"
        r"what (?:an? |the )[a-z-]+(?: [a-z-]+){0,3} (?:actually |really )?does(?= *[?.!,]|$| all"
        r" day| every day| at work)",
        # "whats the actual difference between me and them" (an operator, of the techs)
        r"difference between (?:me|us|my job|what i do) and (?:them|you|the techs?|an? [a-z]+)",
        # "do they fix the machines or just run them", "do you actually code"
        r"(?:do|does) (?:they|you|u|he|she|techs?) (?:actually |really |just |also )?"
        r"(?:get to )?(?:fix|repair|run|build|operate|program|install|maintain|test|design|draw"
        r"|code|treat|teach|drive|inspect)\b",
        # "is there any part thats like puzzle solving": whether the work holds a kind of task
        r"(?:is there|are there) (?:any |a )?(?:part|parts|side|bit|aspect)s? (?:of (?:it|the job|"
        r"this job|the work) )?(?:that'?s|thats|that is|that involves?|where|with)\b",
        r"(?:job )?duties", r"responsibilities", r"(?:the |their |main |daily )?tasks",
        r"what (?:is|does) the (?:job|work) (?:like|involve)",
        r"what (?:the )?(?:job|work) (?:actually |really )?involves?",
        # "what does the chef job actually involve day to day"
        r"what (?:does|would|will) (?:the |a |an |this |that )?(?:[\w-]+ ){0,2}(?:job|work|role)"
        r" (?:actually |really |usually )?involve\b",
        r"what (?:would|will|do|does) (?:i|you|u|they|he|she|we|one) (?:actually |really )?do"
        r"(?= day[- ]to[- ]day| all day| every day| each day| on the job| at work| as an?\b)",
        r"what (?:would|will|do|does|am|are|is) (?:i|you|u|they|he|she|we|one) (?:actually |really "
        r")?(?:be )?doing(?= *[?.!,]| all day| on the job| at work| every day| each day|"
        r" day[- ]to[- ]day|$)",
    ),
    Need.GET_IN: GET_IN,
    Need.TOOLS: whole_words(
        r"computer skills?", r"(?:good|great|bad|ok|okay) (?:with|at) computers",
        # not the career of that name ("does software developer also need the bachelor's")
        r"software(?![- ](?:dev\w*|engineer\w*|test\w*|architect\w*|design\w*|program\w*|"
        r"quality|qa|jobs?|compan\w+|industry|sales))",
        r"tech(?:nology)? skills", r"(?:what|which) (?:\w+ ){0,2}(?:tools|software|equipment|"
        r"technolog(?:y|ies)|programs|apps) (?:do|does|would|will|should|are|is)",
        # "what should i learn now tho, like which languages or tools"
        r"(?:what|which) (?:\w+ (?:or|and) )?(?:tools|software|technolog(?:y|ies)|apps)(?=\W*$)",
        r"(?:use|know|learn) (?:excel|computers)", r"tech stack",
        r"^\W*(?:(?:and|so|ok|what about)\s+)?(?:the|which|what|any) tools\b",  # "And the tools -"
        r"^\W*(?:tools|equipment|gear)\W*$",  # "and the tools?" turns to no tool operators
        # "what should i be learning besides python, like what do devs actually use at work"
        r"what (?:do|does) (?:\w+ ){0,2}(?:actually |really )?use (?:at work|on the job|day to day"
        r"|every ?day|at their jobs?)",
    ),
    Need.LEARN: whole_words(
        r"what (?:should|do|must) i (?:be )?(?:learn|learning|study|studying|know|take)\b",
        r"what (?:should|could|can) (?:he|she|they|my (?:son|daughter|kid)) (?:learn|study|take)",
        r"(?:which|what) (?:coding|"
        r"programming)? ?languages?", r"skills? (?:do|should|would|are)", r"what skills",
        r"learn next", r"(?<!actually )(?<!really )(?<!get )(?<!getting )good at",  # not "till
        # im actually good at it": how long that takes
        r"(?:what|which) of (?:the|those|these|your) skills",
        r"(?:what|which) (?:\w+ ){1,3}skills (?:overlap|transfer|carry)",
        r"(?:do|would|will|does) (?:i|you|u|they|she|he|one|[a-z-]+(?: [a-z-]+){0,2}) (?:need|have)"
        r" to (?:know|learn|code|program)\b", r"(?:what|which) skills?\b",
        # "the skills for predictive maintenance work", "skills needed for that"
        r"(?:^\W*|\band |\bthe )skills? (?:for|needed|required|you need|i need)\b",
        r"(?:need|have) to learn (?:for|to)\b",  # "what would i need to learn for it"
        # "how do i actually get good at troubleshooting"
        r"how (?:do|can|would|could|should) (?:i|you|u|one) (?:\w+ )?(?:get|become|be) (?:good|"
        r"better) at",
    ),
    Need.APPLY: whole_words(
        r"r[eé]sum[eé]s?", r"cover letters?", r"portfolios?", r"(?:job )?interviews?",
        # "what would make me stand out", "what do employers value", "what interviewers want"
        r"stand out", r"(?:more )?(?:hireable|employable)",
        r"(?:employers?|interviewers?|recruiters?|companies|hiring managers?) (?:\w+ )?(?:look"
        r" for|looking for|value|want to see|care about)",
        r"(?:bring|show) (?:to|at|in) (?:an |the |my )?interview",
        # "what should i put on the application", "what kind of questions do they usually ask"
        r"(?:on|in|fill(?:ing)? out|for) (?:the|my|an|a|your) (?:job )?applications?",
        r"(?:what|which) (?:kinds? of |kinda |sorts? of |types? of )?questions (?:do|will|would"
        r"|might) (?:they|employers|interviewers|managers|plants|companies) (?:\w+ )?ask",
        *OPENINGS_SOUGHT,
    ),
    Need.SAFETY: whole_words(
        r"(?:is|are) (?:it|this|that|the job|the work|they|\w+ing) (?:\w+ )?(?:safe|dangerous|"
        r"risky|hazardous)(?! from| (?:when|if|in|during|through) (?:the |a )?(?:economy|recession"
        r"|downturn|layoffs?|market|bad times))", r"how (?:safe|dangerous|risky)(?! from)",
        r"(?:is|are|was) (?:[\w-]+ ){1,3}(?:dangerous|risky|hazardous|unsafe)\b",
        r"safe (?:job|work|career)",
        # weighed between careers: "which one pays more and is riskier", not a safer bet
        r"(?:riskier|safer|more (?:dangerous|risky|hazardous)|less (?:dangerous|risky|safe))\b"
        r"(?! (?:bet|choice|option|path|route|move|pick|investment|financially|long[- ]term))",
        r"(?:get|getting|gets) (?:hurt|injured)", r"(?:risk|chance)s? of (?:getting )?(?:hurt|"
        r"injur\w+)", r"injur(?:y|ies) (?:rates?|risks?)", r"health risks?", r"hazards",
        r"safety (?:concerns?|risks?|issues?)", r"dangers?(?! of (?:automation|ai|robots))",
        # "does the guide say anything about chemical exposure or safety I should know about?"
        r"(?:chemical|toxic|fumes?|dust|noise|radiation|solvent) exposure",
        r"exposure to (?:\w+ )?(?:chemicals|fumes|dust|noise|radiation|solvents)",
        r"(?:about|on|regarding) (?:\w+ )?safety\b",
    ),
    Need.HARD: whole_words(
        r"(?:is|was) (?:it|this|that|the job|the work|\w+ing|\w+ school|being an? [\w-]+|[\w-]+ "
        r"(?:science|engineering|school|program|degree|major|classes)) (?:really |very |so )?"
        r"(?:hard|difficult|tough|demanding|challenging|stressful)(?! on (?:the|my|your|his|her|"
        r"their|one's) (?:body|back|knees|feet|joints|hands|eyes|lungs))"
        r"(?! to (?:get|find|land) (?:a |into a )?(?:[\w-]+ ){0,2}(?:job|work|position))",
        # not "how hard is it on the body?": how physical it is
        r"how (?:hard|difficult|tough|demanding|stressful)(?! (?:is (?:it|this|that|the (?:job|"
        r"work)) )?on (?:the|my|your|his|her|their|one's) (?:body|back|knees|feet|joints))"
        # not "how hard is it to actually land one?": the openings
        r"(?! (?:is (?:it|this|that) )?to (?:actually |really |even )?(?:get|find|land) "
        r"(?:a |into a )?(?:job|work|position|one|hired)\b)",
        r"hard job", r"difficult job",
        r"hardest part", r"most difficult", r"worst part", r"challenges?",
        r"^\W*(?:(?:so|and|but|ok)\s+)?(?:hard|difficult|tough|challenging)(?=\W*$)",  # "hard?"
        # "but the bad parts?", "is it repetitive" (the cons name the monotony)
        r"(?:the )?bad (?:parts?|sides?|things?|stuff)", r"negatives?", r"downsides?",
        r"drawbacks?",
        # "what do people complain about most": the cons
        r"(?<!i )(?<!i'm )(?<!im )complain(?:s|ing)? about", r"complaints?", r"gripes?",
        r"(?:is|gets?) (?:it |the work |the job )?(?:really |very |kinda |pretty )?"
        r"(?:monotonous|repetitive)",
    ),
    Need.SETTING: SETTING,
    Need.SCHEDULE: SCHEDULE,
    Need.REGIONS: whole_words(
        r"regions?", r"(?:which|what) (?:countries|parts of the world|continents)",
        r"relocat\w*", r"where in the world", r"worldwide", r"abroad", r"overseas",
        r"other countr\w+", r"international\w*",
        # the world's regions, as the guides' global outlooks name them
        r"europe\w*", r"asia\w*", r"middle east\w*", r"latin america\w*", r"africa\w*",
        r"north america\w*", r"south america\w*", r"the gulf", r"oceania",
        # "India demand?", "can I work in Germany?", not "my degree from Nigeria"
        rf"(?:demand|jobs?|work|working|opportunit\w+|markets?|hiring|scope|need\w*|live|move)"
        rf" (?:\w+ ){{0,3}}(?:in|to) (?:{ABROAD})",
        rf"(?:{ABROAD}) (?:\w+ )?(?:demand|jobs?|markets?|opportunit\w+|scope)",
    ),
    Need.INDUSTRIES: whole_words(
        r"(?:which|what|kinds? of|types? of) (?:\w+ )?(?:industries|industry|sectors?)",
        r"industries", r"(?:which|what) (?:kinds? of )?(?:companies|employers|plants|factories)",
        r"who (?:hires|employs)", r"(?:plants?|factories|companies|employers|firms|shops) "
        r"(?:\w+ )?(?:hire|employ)",
        # "is pharma a good industry to aim for", "do they work at chip fabs", "what would i
        # be doing different at a car plant vs the food place"
        r"(?:good|best|better|right) (?:industry|industries|sectors?)",
        r"(?:work|working|jobs?|hired) (?:at|in) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:plants|fabs?"
        r"|factories|facilities)",
        r"(?:at|in) (?:a |an |the )?[\w-]+ (?:plant|fab|factory) (?:vs\.?|versus|or|compared)",
    ),
    Need.TRAINING_OTHERS: whole_words(
        r"train(?:ing)? (?:others|other people|(?:the )?new (?:people|staff|workers|hires|guys)|"
        r"operators|juniors?|people|apprentices|trainees)",
        r"teach(?:ing)? (?:others|other people|people|new|the new|apprentices|trainees|juniors?)",
        r"mentor\w*", r"coach(?:ing)? (?:others|people|new)",
    ),
    # "which of the two fits that better, personality-wise?", "what kind of person does well?"
    Need.FIT: whole_words(
        r"personality(?:[- ]wise)?", r"personalit(?:y|ies) types?", r"my interests",
        r"(?:what|which) (?:type|kind|sort) of (?:person|people|personalit\w+)",
        r"(?:type|kind|sort) of person (?:who|that|would|does|for)",
        r"(?:fits?|suits?|matches) (?:that|this|me|my \w+|someone like me|people like me|"
        r"(?:an? )?(?:\w+ ){0,2}person) (?:better|best|more)",
        r"(?:better|best) (?:fit|match) for (?:me|my \w+|someone like me|an? (?:\w+ )?person)",
        # "I'm kind of an introvert, would I do ok?"
        r"introvert(?:ed|s)?", r"extrovert(?:ed|s)?", r"(?:a |not a )?people person",
        r"work ?styles?",  # "what the work style is like": the guide's Work Style section
    ),
}  # fmt: skip
