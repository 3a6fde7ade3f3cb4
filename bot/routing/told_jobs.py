"""How a message tells of a job rather than asks about it: someone in the visitor's story
("one of the receptionists told me…"), a job ruled out ("vets, not vet techs"), a job the
one asked about works for ("…typing stuff up for lawyers"), the visitor's own job ("I'm a
cashier", "my years handling claims"), a job another one requires ("do I need to be an EMT
to get hired?"), a workplace named by its job ("at a dentist office")."""

from __future__ import annotations

import re

# Someone in the visitor's story, not the job asked about: "one of the receptionists told
# me…", "I've never met anyone in these fields besides teachers"; and a job ruled out
# ("vets, not vet techs", "a detective rather than a patrol officer").
TELLS = frozenset(("told", "tell", "said", "say", "says", "suggested", "recommended", "advised",
                   "thinks", "mentioned"))  # fmt: skip
TELLING_ADVERBS = frozenset(("literally", "actually", "really", "always", "even", "also", "just"))
JUDGED = frozenset(("was right", "is right", "was wrong", "is wrong", "were right"))
BESIDES = re.compile(
    r"\b(?:besides?|except|other than|apart from|not|instead of|rather than)(?: an?| the)?$"
)
# The careers a job works for or with, beside the one asked about ("do they go to court or
# is it just typing stuff up for lawyers", "do nurses work with doctors a lot?")
WORKS_FOR = re.compile(
    r"\b(?:work|worked|working|stuff|thing|paperwork|typing|help|helping|assist|assisting"
    r"|support|supporting)\b(?: \w+){0,2} (?:for|with|under|beside|alongside) (?:the |a |an )?$"
)
# The visitor's own job, by how it is told before the job's words (each part is one way):
# said of oneself ("i'm a", "currently", "former"), or "working" where it is not asked of
# ("what about working as a bank teller again", "try working as a")
SAID_OF_ONESELF = (
    r"i m|im|i am|i already am|i work|i ve been|ive been|i have been|currently|former"
    # "i do IT help desk", not "i do like nurses" nor "should i do LPN first"
    r"|(?<!should )(?<!could )(?<!would )(?<!can )(?<!will )(?<!might )(?<!if )(?<!to )"
    r"(?<!do )(?<!did )(?<!shall )i do(?! (?:not|like|love|want|wanna|need|think|know|enjoy"
    r"|wonder|care|mean)\b)"
    r"|(?<!\babout )(?<!\btry )(?<!\btrying )(?<!\bconsider )(?<!\bconsidering )working"
)
# "…and currently work as a line cook", "im 38 and work as an accountant", "used to be a";
# a bare "as a" except where the job is wanted or weighed ("considering work as a reactor
# operator", "would my years count for anything as a production tech?", "retrain as a
# welder", "i might be good as a…", "starting out as a new nurse i mean")
WORKED_AS = (
    r"(?:currently|still|now|and) work(?:ing)? as an?"
    r"|used to be|was an?"
    r"|(?<!\bwork )(?<!\bjob )(?<!\bcareer )(?<!\bposition )(?<!\bfuture )(?<!\bhired )"
    r"(?<!\bcount )(?<!\banything )(?<!\bsomething )(?<!\btrain )(?<!\bretrain )(?<!\bstart )"
    r"(?<!\bstarting )(?<!\bqualify )(?<!\babout working )(?<!\bsame )(?<!\bmuch )"
    r"(?<!\bgood )(?<!\bgreat )(?<!\bbetter )(?<!\bhappier )(?<!\bstarting out )(?<!\bstart out )"
    r"as an?"
)
# A job left ("quit", "out of", "been a welder 30 yrs") or moved from ("can i move up to
# that from teller", "a pay jump going from LPN to RN", "the better path from teller")
LEFT_OR_MOVED_FROM = (
    r"were an?|leave|leaving|quit|quitting|left|out of|^been|(?:and|but) (?:have |ve )?been"  # "im
    # 27 and have been a reporter"
    r"|(?:move|moving|go|going|switch\w*|step\w*|transition\w*|jump\w*|promoted)"
    r"(?: up| over)?(?: to (?:that|this|it|there))? from"
    r"|(?:path|paths|route|routes|road|way|ladder) (?:up )?from"  # "which is better path from
)  # teller?" (a step, jump or move from: the alternative before)
# A job paid ("i make 58k as sous chef", "i'm at about 62k as exec chef") or lost ("let go
# from a receptionist job")
PAID_OR_LOST = (
    r"(?:make|makes|making|earn|earns|earning|(?:i m|im|i am) at) (?:about |around |like )?"
    r"\S*\d\S* (?:\w+ ){0,2}as(?: an?)?"
    r"|(?:let go|fired|laid off) (?:from|at)"
)
# Years in a job ("let go from my job in insurance claims", "would my years handling claims
# count?", "3 yrs of help desk", "i have 8 yrs paralegal experience", "with 10 years
# welding", "does being a CNA help")
YEARS_OF_IT = (
    r"my (?:old |last |former |previous |current )?(?:job|work|career|position) (?:in|as|doing)"
    r"|my (?:\d+ )?(?:years?|yrs?|experience|background)"
    r"|\d{1,2}\+? (?:yrs?|years?|months?) (?:of|in|doing)"
    r"|(?:i have|i ve|ive|with|got) (?:like |about |over |almost )?\d{1,2}\+? (?:yrs?|years?)"
    r"|(?:does|do|did|would|will|could|can) (?:my )?(?:being|background as|experience as)"
)
# Up to three words between the cue and the job, none of which turns it into others in the
# visitor's story ("I've been watching the hygienists", "I work with nurses") or the job
# wanted ("I am considering becoming a pharmacy technician", "im already one. just NP")
NOT_OTHERS_OR_WANTED = (
    r"(?: (?!(?:watching|seeing|looking|talking|helping|shadowing|with|to|at|for|about"
    r"|considering|thinking|planning|hoping|trying|going|wanting|interested|becoming|aiming"
    r"|one)\b)"
    r"\w+)"
)
OWN_JOB = re.compile(
    r"\b(?:"
    + "|".join((SAID_OF_ONESELF, WORKED_AS, LEFT_OR_MOVED_FROM, PAID_OR_LOST, YEARS_OF_IT))
    + ")"
    + NOT_OTHERS_OR_WANTED
    + "{0,3} $"
)

# A job weighed as an option after it ("would being an editor be another option?"): asked
# about, though "being a" before it tells the visitor's own job elsewhere ("does being a CNA
# help?")
WEIGHED_OPTION = re.compile(
    r"^(?:be|make) (?:a |an |another |the |good |better |best )?(?:\w+ )?(?:option|choice|fit"
    r"|path|idea|career|move|route)\b"
)
# A workplace named by its job ("front desk at a dentist office", "I work at a vet clinic",
# "coding insurance claims for doctors offices"): where the visitor's story happens, not a
# career asked about.
AT_A_PLACE = re.compile(r"\b(?:at|in|for|from)(?: (?:a|an|the|my|our|his|her|their))?$")
PLACE = re.compile(r"^(?:office|offices|clinic|clinics|practice|firm|surgery|hospital)\b")
# An age told before the job ("im a 38 yr old accountant"): no part of how the job is said.
AGED = re.compile(r"\b\d{1,2} (?:(?:yrs?|years?) old|yo) ")  # not "3 yrs of help desk"
# A job another one asks for ("do I need to be an EMT to get hired?", "must I be a CNA
# first to apply"): a requirement of the career asked about.
REQUIRED = re.compile(
    r"\b(?:need|needs|have|has|must|required|require) (?:to )?(?:(?:be|become|work as) an?"
    r"(?: regular| normal| staff| practicing)?|get(?: an?| my| the)?) $"  # "do i have to work
)  # as a regular RN first", "do i need to get EMT certified first"
# "do i need to be a cop first or…": a step on the way, not the career asked about
PURPOSE = re.compile(
    r"^(?:first\b|(?:first )?(?:to|before|in order to) (?:get|be|work|become|apply|join)\b"
    r"|(?:certified|certification|cert|licensed|license|licence)\b)"
)
# Employers hiring someone else ("are dentists hiring a lot of them"): not the job asked of
HIRING_OTHERS = re.compile(r"^(?:\w+ )?(?:hiring|hire|hires)\b(?: \w+){0,3} (?:them|those|these)\b")
# Years in the job named first ("bartender 10 yrs, …"), or the job said as who is writing
# ("CPA here, 15 yrs in audit"): the visitor's own job.
YEARS_IN = re.compile(r"^(?:(?:for )?\d{1,2} (?:yrs?|years?)|here)\b")
TENURE = re.compile(r"^for \d{1,2} (?:yrs?|years?)\b")  # "25B (IT specialist) for 6 yrs"
# The visitor's own job as theirs: "would my teller experience count?", "my RN salary"
OWN_AS_EXPERIENCE = re.compile(  # "would my CPA-track experience count?"
    r"^(?:(?:track|side|level|type|related|world|field) )?(?:experience|background|skills?"
    r"|years?|yrs?|salary|pay|paycheck|wages?|job|licen[cs]e|hours?|time|training)\b"  # "my EMT
    # hours"
)
# A military job told after service left ("got out of the army after 6 yrs, 11B infantry"):
# the visitor's own.
SERVED = re.compile(
    r"\b(?:out of|left|leaving|served in|was in|retired from|discharged from|did \w+ "
    r"(?:yrs?|years?) in) (?:the )?(?:army|navy|marines?|marine corps|air force|coast guard"
    r"|military|national guard)\b(?: \w+){0,6} $"
)
# The job a move starts from ("can i do it from a guard job"): the visitor's own.
FROM_A = re.compile(r"\b(?:from|with) (?:a|an|my|the) $")  # "with a CPA background"
# A job whose experience is weighed ("does trucking count as related experience"): the own.
COUNTED = re.compile(r"^(?:experience |background |years? )?(?:counts?|carr(?:y|ies)|transfers?)\b")
# The job a move goes from, to another ("from line cook to chef"): the visitor's own.
MOVE_FROM = re.compile(r"\bfrom (?:(?:a|an|my|the) )?(?:[a-z]+ )?$")
# A bare job word said as what someone does ("do dietitians actually cook or just plan"), not
# as a career: in the singular, after an adverb or a pronoun ("they nurse", not "they
# are nurses").
VERB_CUE = r"\b(?:actually|really|just|also|usually|still|ever|mostly|they|you|u)\s+"


def as_verb(message: str, word: str) -> bool:
    """``word`` (a job word of ``message``) is said as a verb there."""
    return bool(re.search(rf"{VERB_CUE}{re.escape(word)}\b(?![-'])", message, re.IGNORECASE))


# Years of the visitor's own work told in a question ("would my 10 years of bedside nursing
# count as the experience they want?"): the work, up to the verb asked of it
YEARS_OF_OWN = re.compile(
    r"\bmy (?:\d{1,2}\+? |many |few )?(?:yrs?|years?|experience|background) (?:of|in|doing|as"
    r" an?) (?:[\w-]+ ){1,3}?(?=(?:count|counts|help|helps|matter|matters|transfer|transfers|"
    r"apply|applies|qualify|be)\b)",
    re.IGNORECASE,
)


def own_years_aside(message: str) -> str:
    """``message`` with the years of the visitor's own work it tells blanked out."""
    return YEARS_OF_OWN.sub(lambda found: " " * len(found.group()), message)


ASKING_VERBS = frozenset(("could", "can", "should", "would", "will", "do", "might", "may", "if"))


def told_by_i(before: str) -> bool:
    """The job follows "i" as the visitor's own ("so i manage a retail store"), not in a
    question ("could i teach pharmacy at a college": the job asked about)."""
    said = before.split()
    return said[-1:] == ["i"] and not set(said[-2:-1]) & ASKING_VERBS


def told_as_own(before: str, after: str, start: int) -> bool:
    """A job named at word ``start``, ``before`` and ``after`` its words (three words after),
    is told as the visitor's own ("i'm a nurse", "my RN salary", "bartender 10 yrs")."""
    before = AGED.sub("", before)  # "im a 38 yr old accountant"
    return not WEIGHED_OPTION.match(after) and (
        bool(OWN_JOB.search(before) or TENURE.match(after) or SERVED.search(before))
        or told_by_i(before)  # "(so) i manage a retail store"
        or (
            (f" {before}".endswith(" my ") or bool(FROM_A.search(before)))
            and bool(OWN_AS_EXPERIENCE.match(after))
        )  # "my RN salary", "can i do it from a guard job"
        or (start <= 2 and bool(YEARS_IN.match(after)))  # "hey! graphic designer here"
        or (bool(MOVE_FROM.search(before)) and after.startswith("to "))
        or bool(COUNTED.match(after))
    )  # "bartender 10 yrs, want something w a future", "army infantry 4 yrs"
