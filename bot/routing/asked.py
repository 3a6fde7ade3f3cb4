"""Which job words a message asks about: not a partner of the career ("do they work with
engineers?"), nor a rung of it ("what does a lead tech do?"), nor one of the visitor's story
beside two asked about ("my daughter loves animals. vet or vet assistant?"), nor one ruled
out ("no, not taxi"); and whether it searches for careers rather than asking about one."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from bot.routing.job_words import tokens
from bot.routing.names import Mention
from bot.routing.other_job_phrases import SOMEONE_S
from bot.understand.asks import CORRECTS, asking_text
from bot.understand.aversions import Aversion
from bot.understand.levels import RUNGS
from bot.understand.needs import SENTENCE_END, Need, detect_need
from bot.understand.seeking import search_part, seeks_careers

# Before a job word, words that make it someone the career works with or for
PARTNER = re.compile(
    r"\b(?:with|alongside|beside|under|for|by|from"
    r"|(?<!\bup )(?<!promoted )(?<!advance )(?<!switch )(?<!transition )to)"  # "move up to X"
    r"\s+(?:the\s+|a\s+|an\s+|other\s+)?$",
    re.IGNORECASE,
)
# A job the career is likened to, not one asked about ("is it more like a doctor or more
# like nursing?")
LIKENED = re.compile(
    r"\b(?:more|kind of|kinda|sort of|closer to) (?:like )?(?:an? |being an? )?$", re.I
)
RUNG_WORD = re.compile(rf"\b{RUNGS}$", re.IGNORECASE)


# After a job word, a thing it only describes ("fitness test", "police report", "nursing
# home"): the word is no career asked about.
MODIFIES = re.compile(
    r"^\w*\s+(?:tests?|exams?|requirements?|standards?|checks?|levels?|class(?:es)?|gear"
    r"|clearances?|reports?|homes?|uniforms?|badges?|records?|scores?)\b",
    re.IGNORECASE,
)


def asked_about(mention: Mention, message: str, rung: bool = True) -> bool:
    """The job word is what ``message`` asks about, not a partner of the career ("do they
    work with engineers?") nor a rung of it ("what does a lead tech / supervisor do?"),
    unless not ``rung`` (a career of its own: the guards' supervisors)."""
    if rung and RUNG_WORD.search(mention.words):
        return False
    found = re.search(rf"\b{re.escape(mention.words)}", message, re.IGNORECASE)
    if found is not None and MODIFIES.match(message[found.end() :]):
        return False  # "is there a fitness test?": the test is asked about, not trainers
    return found is not None and not PARTNER.search(message[: found.start()])


def in_question(mentions: list[Mention], message: str) -> list[Mention]:
    """The job words of ``message``'s asking sentences when any are there: the others belong
    to the story around the question ("22 years in the Coast Guard… what do captains
    earn?")."""
    asking, whole = asking_text(message).lower(), message.lower()
    # a job word read from an abbreviation ("HVAC") is not written as such: it stays
    asked = [m for m in mentions if m.words.lower() in asking or m.words.lower() not in whole]
    return asked or mentions


def asked_careers(
    message: str,
    mentions: list[Mention],
    read: Callable[[str], list[Mention]],
    unwanted: set[str],
) -> list[Mention]:
    """The job words ``message`` asks about: those its asking sentences name, read on their
    own ("…in the Coast Guard… What do captains and mates earn?" asks about captains,
    whatever the story named), when one names a single career (a word naming several, "any
    planners or tools?", decides nothing alone); else :func:`in_question` of ``mentions``.
    ``read`` finds job words; ``unwanted``: words of jobs the message does not want."""
    asking = [
        m for m in read(asking_text(message)) if not m.own and not set(m.words.split()) <= unwanted
    ]
    # "…switched to personal trainer. are gyms hiring trainers?": the one trainer named whole
    holding: dict[str, list[Mention]] = {}
    for m in mentions:
        for w in m.words.split() if " " in m.words else ():
            holding.setdefault(w, []).append(m)
    whole = {w: held[0] for w, held in holding.items() if len(held) == 1}
    asking = list({id(n): n for n in (whole.get(m.words, m) for m in asking)}.values())
    if searches(message) and not read(search_part(asking_text(message))):
        return []  # "paramedic 10 yrs… what jobs could use my medical background", "nursing
        # and waiting tables are both on your feet… i mean like office or desk type jobs"
    if any(len(m.slugs) == 1 for m in asking):
        return asking
    return in_question([m for m in mentions if not m.own], message)


def searches(message: str) -> bool:
    """``message`` seeks careers other than those it names ("he was a corrections officer…
    any ideas?"), rather than ones related to a job ("what else could a nurse do?")."""
    asking = asking_text(message)
    return seeks_careers(asking) and detect_need(asking) is not Need.RELATED


def asks_related(message: str) -> bool:
    """``message`` asks what else a job leads to ("what else could a former teacher do?")."""
    return detect_need(asking_text(message)) is Need.RELATED


# Other jobs in a field named ("what other jobs are there working with animals"), not "other
# jobs in this field" nor "with my degree"
OTHER_IN_FIELD = re.compile(
    r"\b(?:other|different)\b(?: \w+){0,2} (?:jobs?|careers?|options|work)\b"
    r"(?: (?:are |is )?(?:there|out there))?(?: that (?:are|involve))?"
    r" (?:working |work |dealing )?(?:with|around|involving|in)"
    r" (?!(?:it|that|this|them|those|these|my|his|her|their|your|the same|mind)\b)[a-z]{3,}",
    re.IGNORECASE,
)


def seeks_in_field(message: str) -> bool:
    """``message`` asks for other jobs in a field it names ("always wanted to be a vet but…
    what other jobs are there working with animals?"): a search of the field, not the
    named career's relations."""
    return asks_related(message) and bool(OTHER_IN_FIELD.search(asking_text(message)))


def past_own_job(
    message: str,
    mentions: list[Mention],
    context: list[str],
    name_words: Mapping[str, frozenset[str]],
) -> str:
    """The talk's career a message naming only the visitor's own job asks about ("25B (IT
    specialist) for 6 yrs… does it count toward this?"), one of ``context`` it names by a
    word first ("for informatics… compared to my RN salary"), the own job itself when a
    correction tells it ("no im a teachers aide"); ``""`` when it names another
    career or asks what else the job leads to. ``name_words``: each career's name's words."""
    if not context or not mentions or not all(m.own for m in mentions) or asks_related(message):
        return ""
    fixed = " ".join(" ".join(tokens(s)) for s in SENTENCE_END.split(message) if CORRECTS.match(s))
    if told := [m.slugs[0] for m in mentions if len(m.slugs) == 1 and m.words in fixed]:
        return told[0]  # "personal care aide?? no im a teachers aide… do you have pay for that?"
    said, own = set(tokens(message)), {s for m in mentions for s in m.slugs}
    talked = [c for c in context if c not in own and name_words[c] & said]
    return (talked or context)[0]


# A word pointing at what is talked about ("good jobs for this?" on a guide's page).
POINTING = re.compile(r"\b(?:this|that|these|those|it)\b", re.IGNORECASE)
# A search over every guide said so ("which jobs in your guides are growing the fastest"),
# on any page.
EVERY_GUIDE = re.compile(r"\b(?:in|from|of) (?:your|the|these|all (?:the|your)) guides\b", re.I)


def points_at_all(message: str) -> bool:
    """The asking sentences point at something talked about: on a guide's page, a search
    pointing so ("good jobs for this?") is about the page's career."""
    asking = asking_text(message)
    return bool(POINTING.search(asking)) and not EVERY_GUIDE.search(asking)


# A job word ruled out ("no, not taxi", "rather than nursing").
NOT_THIS = re.compile(
    r"\b(?:not|never|rather than|instead of)\s+(?:an?\s+|the\s+)?([a-z]{4,})\b", re.IGNORECASE
)
SET_ASIDE_SLACK = 3  # words of an aversion beyond the career's name ("hvac" spelt out)


# Careers other than those named asked for ("what else could i do with that skill")
ELSE_ASKED = re.compile(r"\b(?:what|anything|something|which|who) else\b|\bother than\b", re.I)


def ruled_out(message: str) -> set[str]:
    """The words of jobs ``message`` rules out, as title tokens ("not taxi" → {"taxi"})."""
    return {word for found in NOT_THIS.findall(message) for word in tokens(found)}


def set_aside(avoided: list[Aversion], mentions: list[Mention]) -> set[str]:
    """The careers an aversion names by little more than their name ("forget hvac"), not
    those a longer one only mentions ("besides cooking what should I get better at to be a
    head chef")."""
    said = [tokens(w) for a in avoided for w in a.each]  # "the RN stuff lol im already one"
    return {
        slug
        for m in mentions
        for words in [set(m.words.split())]
        if any(words <= set(w[: len(words) + SET_ASIDE_SLACK]) for w in said)
        for slug in m.slugs
    }


# Where a move leaves from, said between the verb and "into" ("move off the floor into
# hospital administration")
LEAVING = r"(?:off|out of|away from) (?:the )?\w+"
# A turn from the visitor's own job toward another field ("RN for 14 years… ive heard
# about health informatics", "a staff accountant looking to pivot into data analysis").
TOWARD = re.compile(
    rf"\b(?:pivot|switch|transition|mov|chang|branch)\w*\s+(?:over\s+|up\s+|{LEAVING}\s+)?(?:in)?to\b"
    r"|\b(?:heard|read)\s+(?:about|of)\b|\binterested in\b|\blooking (?:at|into)\b",
    re.IGNORECASE,
)


# Words that lead to work wanted only when a name of work follows ("get into estimating",
# "ppl keep telling me technical writing or PR"; not "thinking about the pay")
TOWARD_WORK = re.compile(
    r"\b(?:get(?:ting)?|go(?:ing)?|break(?:ing)?) into\b|\bthinking(?: about| of)?\b"
    r"|\bconsidering\b|\b(?:telling|told) me\b",
    re.IGNORECASE,
)
CLAUSE_END_MARK = re.compile(r"[.,;:!?()\n]")
AFTERTHOUGHT = re.compile(r"\s+(?:instead|too|as well|also|now|then|eventually|someday|later)$")
# Words of a broad field, not of one career's work ("the medical field", "tech stuff")
BROAD = re.compile(
    r"\b(?:fields?|industr(?:y|ies)|areas?|sides?|world|stuff|things?|sectors?)\b", re.IGNORECASE
)
ONE_OF = re.compile(r"\b(?:or|and|vs\.?|versus)\b|/")


def left_for_another(
    message: str,
    mentions: list[Mention],
    read: Callable[[str], list[Mention]],
    names_work: Callable[[str], bool],
) -> tuple[set[str], str]:
    """The careers of the visitor's own job when ``message`` names no other and turns from it
    toward a field it names after ("…looking to pivot into data analysis", "want to get into
    estimating"), else none; and the name of work a loose cue leads to ("estimating"), if
    any. ``names_work`` tells a name of work from a topic."""
    if not all(m.own for m in mentions):  # no job, or only the own: "front desk at a
        return set(), ""  # doctors office… I'd like to get into medical coding"
    toward = TOWARD.search(message)
    loose = None if toward else TOWARD_WORK.search(message)
    while loose and (then := TOWARD_WORK.match(message, loose.end() + 1)):
        loose = then  # "thinking about getting into bookkeeping": the cue nearest the work
    cue = toward or loose
    after = message[cue.end() :] if cue else ""
    named = AFTERTHOUGHT.sub("", CLAUSE_END_MARK.split(after)[0].strip())  # "…instead"
    if not cue or read(after) or not named:
        return set(), ""
    # one word after a cue is a field only when it names work ("get into nursing"), not "it"
    if (loose or len(named.split()) < 2) and not names_work(named):
        return set(), ""
    if not mentions and (len(named.split()) < 2 or BROAD.search(named)):
        return set(), ""  # no own job told: a work named plainly, not "engineering", "the
    name = named if loose else ""  # medical field"
    one = not ONE_OF.search(name)  # "technical writing or PR" weighs two
    return {slug for m in mentions for slug in m.slugs}, name if one else ""


# A clause asking of the job talked about by pointing at it ("is this just inside a factory
# all day"), beside another job only told of ("electricians are on job sites all over").
ASKS_OF_THIS = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|like|hmm+)\W+)?(?:well\W+)?(?:is|are|does|do|will|would|can|"
    r"could|how|what|whats|where|when)\b(?:\s+\w+){0,3}\s+(?:this|it|here)\b",
    re.IGNORECASE,
)
CLAUSE_END = re.compile(r"[.?!;,]\s+|\s+(?:tho|though)\b[,.]?\s*", re.IGNORECASE)
# A question of what the guides cover ("you dont have anything on electricians at all?"): it
# asks nothing of the job it names.
OF_COVERAGE = re.compile(
    r"\b(?:you|u) (?:don'?t|do not|really don'?t) have (?:anything|any\w*|a guide|info\w*|data)\b"
    r"|^\W*(?:so )?nothing (?:on|about|for)\b",
    re.IGNORECASE,
)


def asks_of_this_beside(message: str, job: str) -> bool:
    """``message`` asks of the job talked about by pointing at it, in a clause without
    ``job``, and names ``job`` only in clauses asking nothing of it ("…electricians are on job
    sites all over. is this just inside a factory all day", "you dont have anything on
    electricians? ok well what about pay for this job")."""
    clauses = [c for c in CLAUSE_END.split(message) if c.strip()]
    named = [c for c in clauses if job.lower() in c.lower()]
    asks = [c for c in clauses if ASKS_OF_THIS.search(c) and c not in named]
    asking = [c for c in named if not OF_COVERAGE.search(c)]
    return bool(asks) and not any(ASKS_OF_THIS.search(c) or "?" in c for c in asking)


def someone_s(mention: Mention, story: str) -> bool:
    """The job word is someone's in the visitor's life ("my school counselor", "my dentist
    keeps telling me…")."""
    found = re.search(rf"\b{re.escape(mention.words)}", story, re.IGNORECASE)
    return found is not None and bool(SOMEONE_S.search(story[: found.start()]))


# A job word naming one's own work, not a person ("my Modelling career", "my nursing license")
OWN_WORK_AFTER = re.compile(
    r"^\w*\s+(?:career|job|work|field|degree|license|licence|cert\w*|school|program|class"
    r"|experience|background|skills?)\b",
    re.IGNORECASE,
)


def story_person(mention: Mention, message: str) -> bool:
    """The job word is a person of the visitor's story ("my dentist keeps telling me to go
    back for hygiene"), not the visitor's own work ("my Modelling career")."""
    if not someone_s(mention, message) or mention.words.lower().endswith("ing"):
        return False
    found = re.search(rf"\b{re.escape(mention.words)}", message, re.IGNORECASE)
    return found is not None and not OWN_WORK_AFTER.match(message[found.end() :])
