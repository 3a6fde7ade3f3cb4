"""A message or title as job-word tokens: lower-case singular words, career abbreviations
spelled out ("RN" → "registered nurse"), a military "vet" read as a veteran."""

from __future__ import annotations

import re

from bot.text import words
from knowledge.words import singular

# Career-chat abbreviations and their full titles. Two-letter ones are read only in
# capitals ("RN", "RNs"), since "rn" is also chat for "right now".
JOB_ABBREVIATIONS = {
    "RN": "registered nurse",
    "NP": "nurse practitioner",
    "PA": "physician assistant",
    "PT": "physical therapist",
    "OT": "occupational therapist",
    "HR": "human resources",
    "PR": "public relations",
    "PI": "private investigator",
    "CO": "correctional officer",
    "lpn": "licensed practical nurse",
    "lvn": "licensed vocational nurse",
    "cna": "nursing assistant",
    "emt": "emergency medical technician",
    "ems": "emergency medical",  # "an EMS dispatcher": the emergency medical one
    "crna": "nurse anesthetist",
    "slp": "speech language pathologist",
    "cpa": "accountant",
    "hvac": "heating air conditioning refrigeration mechanic",
    "swe": "software developer",
    "dev": "developer",
    "devs": "developer",
    "coder": "computer programmer",
    "coders": "computer programmer",
    "cop": "police officer",
    "cops": "police officer",
    "dba": "database administrator",
    "sales rep": "sales representative",  # not the advertising agents some "reps" are
    "service rep": "service representative",
    "sysadmin": "network administrator",
    "vet": "veterinarian",
    "vets": "veterinarian",
    "prod tech": "production technician",
    "pharmacy tech": "pharmacy technician",
    "vet tech": "veterinary technician",
    "rad tech": "radiologic technologist",
    "xray tech": "radiologic technologist",
    "x-ray tech": "radiologic technologist",
    "surg tech": "surgical technologist",
    "lab tech": "laboratory technician",
    "lab technician": "laboratory technician",  # the everyday "lab" of titles' "laboratory"
    "lab technologist": "laboratory technologist",  # ("a clinical lab technologist")
    "lab scientist": "laboratory scientist",
    "lab assistant": "laboratory assistant",
    "mech e": "mechanical engineer",  # engineering majors' clippings
    "civil e": "civil engineer",
    "chem e": "chemical engineer",
    "pta": "physical therapist assistant",
    "cota": "occupational therapy assistant",
    # work needing the commercial driver's licence of heavy trucks (not "do I need a CDL?")
    "cdl job": "tractor-trailer truck driver",
    "cdl driver": "tractor-trailer truck driver",
    "cdl driving": "tractor-trailer truck driver",
    "cdl truck driving": "tractor-trailer truck driver",
    "cdl trucking": "tractor-trailer truck driver",
    # the heavy trucks by their everyday names ("semi trucks, class A", "driving trucks")
    "semi truck": "tractor-trailer truck driver",
    "semi-truck": "tractor-trailer truck driver",
    "big rig": "tractor-trailer truck driver",
    "18 wheeler": "tractor-trailer truck driver",
    "18-wheeler": "tractor-trailer truck driver",
    "trucking": "tractor-trailer truck driver",
    "semis": "tractor-trailer truck driver",  # "drove semis for 14 years", not "semi-retired"
    "driving truck": "tractor-trailer truck driver",
    "drive truck": "tractor-trailer truck driver",
    # Everyday names of covered jobs that no O*NET title or alternate title uses ("dental
    # hygiene" is no field of dentists).
    "dental hygiene": "dental hygienist",
    "doctor": "physician",
    "medical doctor": "physician",
    "veterinary doctor": "veterinarian",
    "animal doctor": "veterinarian",
    "medic": "paramedic",  # "how much more do medics make than EMTs?": not medicine
    "zookeeper": "zoo caretaker",
    "zoo keeper": "zoo caretaker",
}
_ABBREVIATION = re.compile(
    "|".join(
        rf"\b{re.escape(short)}s?\b" if short.isupper() else rf"(?i:\b{re.escape(short)}s?\b)"
        for short in sorted(JOB_ABBREVIATIONS, key=len, reverse=True)
    )
)
# Plural-looking words of titles that are not the job noun ("Sales Representatives").
NOT_A_PERSON = frozenset(
    (
     "sales", "services", "systems", "sciences", "arts", "operations", "relations", "goods",
     "communications", "economics", "mathematics", "physics", "graphics", "electronics",
     "logistics", "affairs", "materials", "products", "resources", "records", "claims",
     "parts", "rights", "news", "athletics", "gas", "arms", "aids", "buildings", "grounds",
     "vehicles", "machines", "metals", "plastics", "textiles", "foods", "sports", "games",
     "securities", "commodities", "ships", "boats", "aircraft", "crafts", "locks", "tools",
     "funds", "loans", "facilities", "programs", "ticket", "stocks", "claims", "utilities",
     "counters", "rooms", "lands", "forests", "kids", "robotics", "furnishings", "ceramics",
     "optics", "acoustics", "genetics", "forensics", "hydraulics", "pneumatics",
     "benefits", "surfaces", "customs", "bus", "animals", "animal", "plants", "plant",
    )
)  # fmt: skip
# Words that end an O*NET title without naming the work ("Engineers, All Other").
NOT_A_HEAD = frozenset({"other", "all", "and", "or", "of", "the", "general", "except"})


# "vet" for a military veteran, not a veterinarian ("army vet", "vet here, 8 yrs army").
VETERAN = re.compile(
    r"\b(?:(?:army|navy|marine|marines|military|air force|coast guard|combat|war|disabled"
    r"|gulf|iraq|afghanistan|vietnam|infantry|artillery|armor|cavalry|national guard|usmc|usaf"
    r"|service|combat medic|fellow|other)\s+vets?|vets?(?=\s+here\b|\s*,?\s+\d+\s*(?:yrs?|years?)"
    r"|\s+like (?:me|myself|us)\b)"
    # "programs for vets": those who served, not "demand for vets"
    r"|(?:programs?|benefits?|help|preference|resources|grants?|scholarships?|discounts?)"
    r"\s+for\s+(?:us\s+)?vets)\b",
    re.IGNORECASE,
)


# "library techs", "a surgical tech": kinds of technician; not "all the recording tech" (the
# technology), "tech jobs", "the tech industry"
TECHS = re.compile(
    r"(?<=[a-z] )techs\b(?!\s+(?:jobs?|industry|companies|company|sector|field|world|stack|"
    r"skills?|support|careers?|work|roles?|degrees?|school|programs?)\b)",
    re.IGNORECASE,
)
A_TECH = re.compile(
    r"\b(an? [a-z]+ )tech\b(?!\s+(?:jobs?|industry|company|stack|skills?)\b)"
    r"|\b(the [a-z]+ )tech(?=\s+(?:pay|salary|wages?|job|role|position|one|make|makes|earn"
    r"|earns|do|does|need|needs)\b)"
    # "how much do they make compared to the tech?"
    r"|\b((?:than|to|vs\.?|versus|with) the )tech\b(?!\s+(?:jobs?|industry|company|stack))",
    re.IGNORECASE,
)


# "network admin", "a sys admin": the administrators of that work (not "admin assistant")
ADMINS = re.compile(
    r"\b(network|systems?|sys|database|db|it|web|server|linux|windows|cloud) admin(s?)\b"
    r"(?!\s+(?:assistants?|stuff|work|jobs?|side|rights|panel|tasks?)\b)",
    re.IGNORECASE,
)
# "rn" and "np" in lower case where no "right now" can stand: after "an", or set against
# another nursing title ("an rn", "lpn vs rn", "rn or lpn")
NURSING_BEFORE = re.compile(
    r"\b(an |(?:lpn|lvn|cna|np|rn)s? (?:vs\.?|versus|or|and|than|to) (?:an? )?)(rn|np)(s?)\b",
    re.IGNORECASE,
)
# A two-letter abbreviation in lower case before a job's head word, where no "hour" or "right
# now" can stand ("hr specialist", "pr manager"): read as if in capitals
HEADED = re.compile(
    r"(?<!\d an )(?<!\d a )(?<!\d per )(?<!/)"  # not "a 20 an hr job"
    r"\b(hr|pr|pa|pt|ot|rn|np|pi)(s?)(?= (?:specialist|manager|generalist|assistant|director"
    r"|coordinator|rep|representative|aide|job|role|position|department)s?\b)",
    re.IGNORECASE,
)
NURSING_AFTER = re.compile(
    r"\b(rn|np)(s?)( (?:vs\.?|versus|or|and|than|to) (?:an? )?(?:lpn|lvn|cna)s?)\b",
    re.IGNORECASE,
)

# Work said as managing something ("managing a salon", "manage the restaurant"): its manager
MANAGING = re.compile(
    r"\bmanag(?:e|es|ing) (?:a|an|the|my|our|their|his|her|my own|our own|your own) ([a-z]+)\b",
    re.IGNORECASE,
)

# A craft said as making something ("cabinet making", "film-making"): its maker, in one word
# as the titles write it ("Cabinetmaker", "Filmmaker")
MAKING = re.compile(r"\b([a-z]+)[ -]making\b", re.IGNORECASE)


# Work said as teaching at a school level ("teach high school history", "teaching business at
# a high school"): that level's teacher, of the subject when one is named ("High School
# Business Teacher" is a title the guides' careers go by); at a college, the subject's
# teacher ("teach pharmacy at a college": "Pharmacy Teacher")
TEACHING = re.compile(
    r"\bteach(?:ing|es)? (?:(?P<subject>(?!(?:at|in|the|an?|kids|children|students|people|adults)"
    r"\b)[a-z]+) (?:at|in) (?:an? |the )?)?(?:at (?:an? |the )?)?(?P<level>high school|middle "
    r"school|elementary(?: school)?|kindergarten|preschool|(?:community )?college|university)"
    r"(?P<after> (?:history|english|math|science|art|music|spanish|biology|chemistry|physics|pe"
    r"|gym|social studies))?\b",
    re.IGNORECASE,
)
# A subject taught at a school of its own ("teaching pharmacy, like at a pharmacy school"):
# the subject's teacher ("Pharmacy Teacher")
TEACHING_AT_SCHOOL = re.compile(
    r"\bteach(?:ing|es)? (?P<subject>(?!(?:at|in|the|an?|kids|children|students|people|adults|"
    r"there|it|that|this|them|full|part)\b)[a-z]+)(?=,? (?:like |maybe |probably )?(?:at|in) "
    r"(?:an? |the )?(?:[a-z]+ )?(?:school|program|academy)\b)",
    re.IGNORECASE,
)
COLLEGE = ("college", "university")
POSSESSIVE = re.compile(r"(\w)['’]s\b")


def _teacher(found: re.Match[str]) -> str:
    """The teacher a teaching phrase names, as the titles write it."""
    level, subject, after = found["level"], found["subject"], found["after"] or ""
    if level.lower().endswith(COLLEGE):
        return f"{subject} teacher" if subject else found[0]
    return f"{level}{after or (' ' + subject if subject else '')} teacher"


def tokens(text: str) -> list[str]:
    """Lower-case singular word tokens, with career abbreviations spelled out."""
    text = POSSESSIVE.sub(r"\1", text)  # "Teacher's Assistant", as "teacher assistant"
    text = VETERAN.sub(" veteran ", text)
    text = ADMINS.sub(lambda m: f"{m[1]} administrator{m[2]}", text)
    text = MANAGING.sub(lambda m: f"{m[1]} manager", text)
    text = MAKING.sub(lambda m: f"{m[1]}maker", text)
    text = TEACHING.sub(_teacher, text)
    text = TEACHING_AT_SCHOOL.sub(lambda m: f"{m['subject']} teacher", text)
    text = NURSING_BEFORE.sub(lambda m: f"{m[1]}{m[2].upper()}{m[3]}", text)
    text = NURSING_AFTER.sub(lambda m: f"{m[1].upper()}{m[2]}{m[3]}", text)
    text = HEADED.sub(lambda m: f"{m[1].upper()}{m[2]}", text)
    spelled = _ABBREVIATION.sub(lambda m: f" {_expansion(m.group())} ", text)
    spelled = A_TECH.sub(
        lambda m: f"{m[1] or m[2] or m[3]}technician", TECHS.sub("technicians", spelled)
    )
    return [singular(t) for t in words(spelled)]


def _expansion(abbreviation: str) -> str:
    key = abbreviation if abbreviation in JOB_ABBREVIATIONS else abbreviation.rstrip("s")
    return JOB_ABBREVIATIONS.get(key) or JOB_ABBREVIATIONS.get(key.lower(), abbreviation)


# Words for anyone, which some titles also end in ("… Professionals", "Counter … Persons"):
# a bare one names no job.
ANYONE = frozenset(
    ("person", "people", "professional", "staff", "man", "men", "woman", "women", "member",
     "guide", "guides",  # "is there a guide for that?" means our guides, not tour guides
     # who a job seeker meets: "the recruiter's decision to hire me" asks about hiring
     "recruiter", "recruiters", "interviewer", "interviewers", "employer", "employers",
     # "are shop owners in that or is that just employees?": anyone employed
     "employee", "employees",
     # "as a career changer": anyone changing careers, not the tire changers
     "changer", "changers", "switcher", "switchers",
     # a body of people ("my years on the force": the police), not Special Forces
     "force", "forces",
     # anyone working on contract ("be the contractor", "an independent contractor"), not
     # the farm labor contractors; "general contractor" and "roofing contractor" are titles
     "contractor", "contractors", "subcontractor", "subcontractors")
)  # fmt: skip
# Heads many job names share: right after a named career ("HVAC technician", "ultrasound
# tech") one is the rest of that career's name, not a second career.
SHARED_HEADS = frozenset(
    ("technician", "tech", "technologist", "specialist", "worker", "operator", "assistant")
)
