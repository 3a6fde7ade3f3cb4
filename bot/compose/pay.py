"""Pay asked for a case the guide has no figure for (an industry, a state, apprentices, a
lead): said in one sentence, then the nearest figures the guide has."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.answer import Piece, Source
from bot.compose import roles
from bot.compose.pay_levels import pay_over_time
from bot.text import whole_words
from bot.understand.intents import SALARY
from bot.understand.levels import RUNGS_ABOVE
from bot.understand.pay_cases import (
    BY_EDUCATION,
    CURRENCY,
    EXTRAS,
    HERE,
    HOURLY,
    INDUSTRY,
    LICENSED,
    LISTED_AFTER,
    LIVING_COSTS,
    PLACE,
    PREFIX,
    SECTIONS_OF_INDUSTRIES,
    YEARLY_RAISES,
)
from bot.understand.wishes import dollars
from knowledge.model import Fact, Guide, GuideFacts, TierFact


class Nearest(StrEnum):
    """Which of the guide's figures come closest to the case asked about."""

    ALL = "all"  # the occupation's whole pay: median, range, levels
    ENTRY = "entry"
    SENIOR = "senior"


@dataclass(frozen=True)
class PayGap:
    """What the guide's pay is not broken down by, and the figures that come closest."""

    said: str  # the lead sentence, without its final stop
    nearest: Nearest


TRAINEE_WORDS = (
    r"apprentice\w*", r"interns?(?:hips?)?", r"trainees?", r"co-?ops?",
    r"while (?:training|studying|in school)",
)  # fmt: skip
TRAINEES = whole_words(*TRAINEE_WORDS)
# What the visitor is, said just before a trainee word ("im a 2nd yr apprentice")
OWN_STATUS = re.compile(r"\b(?:i'?m|im|i am)\s+an?\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
POINTS_BACK = whole_words(r"it", r"that", r"this", r"they", r"them")
# Pay while learning the job: an apprentice's, an intern's, a student's, a training program's.
IN_TRAINING = whole_words(
    *TRAINEE_WORDS, r"students?", r"paid training", r"training programs?",
    r"while (?:(?:i'?m|you'?re|they'?re|still|in|at) )*(?:learning|at school|a student)",
    r"while (?:you|u|i|they|we) (?:still )?(?:learn|train|study)\w*",  # "pay you while you learn"
    r"(?:during|in|through|for) (?:the |my |your |their )?(?:\w+ )?"
    # not a job of schools ("pay for school social workers vs hospital ones")
    r"(?:training|academy|clinicals?|schooling|residency|school(?! (?:\w+ )?\w+(?:ers?|ists?|ors?"
    r"|nurses?)\b))"
    r"(?! *(?:and|&|or|,) (?:the )?(?:pay|salary|salaries|money|wages?)\b)",  # "compare… in
    # school and pay": each compared in both, not pay while in school
    r"training (?:\w+ )?(?:paid|pays?)", r"paid (?:to|while|during) (?:train|learn|stud)\w*",
    r"(?:train|learn|stud)\w* (?:while|and) (?:still )?(?:get|getting|be|being|earn|earning) "
    r"(?:paid|money|a wage)",  # "is there a way to train while getting paid"
    # "where I can earn money while I train", "any earn-while-you-learn route?"
    r"(?:earn\w*|make|making|get|getting) (?:money |a wage |a paycheck |paid )?"
    r"(?:while|during) (?:i |you |they |he |she |we )?(?:'?m |am |are |is )?"
    r"(?:train|learn|stud|school)\w*",
    r"earn[- ]while[- ]you[- ]learn",
    r"paid (?:while|during) (?:\w+ )?(?:doing|in|on) (?:it|that|this|them|the program|the course)",
)  # fmt: skip
# "how much do they make and how long is the apprenticeship?" asks the pay of the job: the
# questions a message asks, split where another question starts
# Where a message's next question (or sentence) starts: "31, back in school. how much do bakers
# make?" asks the pay of bakers, not of students.
NEXT_QUESTION = re.compile(
    r"\?|(?<=[.!])\s+|\band (?=(?:how|what|is|are|do|does|can|when|where|which|why|will)\b)",
    re.IGNORECASE,
)
AFTER_TRAINING = whole_words(
    r"after (?:the |my |your |an? )?(?:apprentice\w*|training|school|internships?|academy)"
)
# A rung above the guide's pay levels ("how much does a lead make?"), not "lead" the verb.
RUNG = re.compile(
    rf"\b(?:(?:an?|the|as|to|for|become|becoming|being) (?:\w+ )?{RUNGS_ABOVE}"
    rf"|(?:supervisors?|forem[ae]n|managers?|directors?)"
    rf"|lead (?:tech\w*|level|role|position|one))\b",
    re.IGNORECASE,
)
# A rung held by the visitor ("I'm a manager at a store"), not one asked about
OWN_RUNG = re.compile(
    rf"\b(?:i'?m|i am|i was|i work as|i've been)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?{RUNGS_ABOVE}\b",
    re.IGNORECASE,
)
ANNUAL_ONLY = "The guide gives yearly pay, not hourly rates"
# How long until the pay reaches a sum ("how long till im making like 70k"): the level that
# first pays it, and the years the guide gives for that level.
UNTIL_PAID = re.compile(
    r"\b(?:how long|how many years|when)\b[^?.!]*?\b(?:make|making|earn|earning|get|getting|"
    r"reach|hit|see|at)\s+(?:like\s+|about\s+|around\s+|over\s+)?\$?\s?(?P<sum>\d{2,3}"
    r"(?:,\d{3}|k\b| ?thousand\b))",
    re.IGNORECASE,
)


def sum_awaited(message: str) -> int | None:
    """The yearly pay ``message`` asks how long it takes to reach, in dollars, if any."""
    found = UNTIL_PAID.search(message)
    if found is None:
        return None
    digits = re.match(r"\d+", found["sum"])
    assert digits is not None
    return int(digits.group()) * 1000


def pay_asked(message: str) -> str:
    """The questions of ``message`` that ask about pay (all of it when none does)."""
    asked = [q for q in NEXT_QUESTION.split(message) if SALARY.search(q)]
    return " ".join(asked) or message


def pay_gap(guide: Guide, message: str, context: str = "") -> PayGap | None:
    """What ``message`` asks pay to be broken down by that ``guide`` has no figure for;
    ``context`` (the sections the message points back at: "which of those pays best?")
    counts as asked."""
    whole, message = message, pay_asked(message)
    if LICENSED.search(message):  # "what does a journeyman make vs a master plumber"
        return PayGap(
            "The guide gives no pay by licence, such as a journeyman's or a master's; its "
            "figures go by level",
            Nearest.ALL,
        )
    rung = RUNG.search(message)
    if rung and OWN_RUNG.search(message):
        rung = None  # "I'm a manager at a store": the visitor's job, not a rung asked about
    if rung and _of_another_job(message[: rung.end()]):
        rung = None  # "the property manager one", "emergency management director": a job
    if rung and not _in_title(rung.group(0), guide):
        tier = _tier_named(guide, rung.group(0))
        who = f"the {tier} level" if tier else rung.group(0).split()[-1].rstrip("s") + "s"
        return PayGap(f"The guide gives no pay figure for {who}", Nearest.SENIOR)
    trainee = _not_own(TRAINEES, message)  # not "im a 2nd yr apprentice right now, what…"
    if trainee and not _in_title(trainee.group(0), guide):
        return PayGap(
            "The guide gives no pay figure for apprentices, interns or trainees", Nearest.ENTRY
        )
    if BY_EDUCATION.search(message):
        return PayGap(
            "The guide doesn't give pay by schooling or certificates; its figures go by level",
            Nearest.ENTRY,
        )
    listed = INDUSTRY.search(message) or _industries_named(guide, message)
    if listed or SECTIONS_OF_INDUSTRIES.search(context):
        return PayGap(
            f"The guide doesn't break pay down by industry or employer; its figures are for "
            f"{roles.people(guide) or guide.career} as a whole",
            Nearest.ALL,
        )
    scope = "US national figures, in US dollars" if _in_us(guide) else "one set of figures"
    if LIVING_COSTS.search(message):  # "wouldnt the cost of living just eat it up?"
        return PayGap(f"The guide doesn't cover the cost of living; it gives {scope}", Nearest.ALL)
    if PLACE.search(message) or (HERE.search(message) and PLACE.search(whole)):
        return PayGap(
            f"The guide doesn't break pay down by state or country; it gives {scope}",
            Nearest.ALL,
        )
    if CURRENCY.search(message):
        return PayGap(f"The guide gives {scope} only", Nearest.ALL)
    if HOURLY.search(whole):  # "do they pay more? i make 19 a hr": yearly figures only
        return PayGap(ANNUAL_ONLY, Nearest.ALL)
    if EXTRAS.search(message) and not pay_over_time(message):  # not "how fast do raises come"
        if YEARLY_RAISES.search(message):  # "what does a raise look like each year? like 3%?"
            return PayGap("The guide doesn't cover yearly raises, only pay by level", Nearest.ALL)
        return PayGap(
            "The guide doesn't cover benefits, bonuses, overtime or shift pay, only the pay itself",
            Nearest.ALL,
        )
    return None


# Words before a rung ("the plant manager", "how much do supervisors…") that leave it a rung
# of the career asked about; any other word names a job of its own ("property manager").
RUNG_LEADS = frozenset(
    ("a", "an", "the", "as", "to", "for", "become", "becoming", "being", "do", "does", "did",
     "of", "is", "are", "make", "makes", "earn", "earns", "and", "or", "what", "how", "my", "our",
     "your", "their", "shift", "line", "floor", "plant", "production", "team", "area", "site",
     "department", "general", "assistant", "senior", "lead", "first", "level", "with", "than",
     "vs", "versus", "from", "into", "in", "at", "on", "about", "like", "be", "get", "getting",
     "become", "promoted", "up", "them", "that", "this", "those", "these", "any", "some")
)  # fmt: skip


def _of_another_job(through: str) -> bool:
    """The word before the rung that ``through`` ends in makes it another job's name
    ("property manager", "emergency management director")."""
    words = re.findall(r"[a-z']+", through.lower())
    return len(words) > 1 and words[-2] not in RUNG_LEADS


def _in_title(words: str, guide: Guide) -> bool:
    """A word of the career's own title ("Construction Managers"), not a rung of it."""
    last = words.split()[-1].lower().rstrip("s")
    return last in guide.career.lower()


def _tier_named(guide: Guide, words: str) -> str | None:
    """The guide's own career tier a rung word names ("Lead Production Technician / …")."""
    word = words.split()[-1].lower().rstrip("s")
    return next((t.title for t in guide.facts.tiers if word in t.title.lower()), None)


def _industries_named(guide: Guide, message: str) -> bool:
    """``message`` names an industry ``guide`` lists as hiring ("does pharma pay more than
    say automotive?"), its career's own words aside."""
    own = set(re.findall(r"[a-z]+", guide.career.lower()))
    listed = {
        w[:PREFIX]
        for s in guide.walk()
        if SECTIONS_OF_INDUSTRIES.search(s.path_text)
        for text in (*s.paragraphs, *s.items)
        for found in LISTED_AFTER.finditer(text)
        for w in re.findall(r"[a-z]{4,}", found["list"].lower())
        if w not in own and w.rstrip("s") not in own
    }
    return any(w[:PREFIX] in listed for w in re.findall(r"[a-z]{4,}", message.lower()))


def _in_us(guide: Guide) -> bool:
    median = guide.facts.median_salary
    return median is not None and bool(re.search(r"\bUS\b|USD", median.section))


def _not_own(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` not told as the visitor's own status."""
    found = (f for f in pattern.finditer(text) if not OWN_STATUS.search(text[: f.start()]))
    return next(found, None)


def in_training(guide: Guide, message: str) -> bool:
    """Pay asked for while training for the job ("do apprentices get paid?", "is the training
    program paid?"), not after it, nor of a career whose title names a trainee."""
    asked = pay_asked(message)
    found = _not_own(IN_TRAINING, asked)
    if found is None and POINTS_BACK.search(asked):  # "that co-op thing sounds good. does it
        found = TRAINEES.search(message)  # pay?": the training named before the question
    return (
        found is not None
        and not AFTER_TRAINING.search(message)
        and not _in_title(found.group(0), guide)
    )


def reaching(guide: Guide, awaited: int) -> list[Piece]:
    """The lowest level paying ``awaited`` a year or more, with the years the guide gives for
    it; ``[]`` when the guide has no levels' pay and years to tell it."""
    f = guide.facts
    levels = [(f.salary_entry, "entry"), (f.salary_mid, "mid"), (f.salary_senior, "senior")]
    for place, (fact, name) in enumerate(levels):
        pay = dollars(fact.value) if fact is not None else None
        if fact is None or pay is None or pay < awaited or place >= len(f.tiers):
            continue
        text = f"The first level paying that much is {name}-level pay, about {fact.value} a year."
        return [fact_piece(guide, fact, text, fact.value), tier_piece(guide, f.tiers[place])]
    top = f.salary_top
    if top is None or not f.tiers:
        return []
    text = f"No level in the guide pays that much; the top 10% of earners start from {top.value}"
    text += f"{top_earners(f)}."
    return [fact_piece(guide, top, text, f"Top 10%: {top.value}")]


def top_earners(facts: GuideFacts) -> str:
    """Who the top 10% are, as a clause (", especially with specialized skills…"), or ``""``."""
    return f", {facts.top_earners.value}" if facts.top_earners else ""


def top_piece(guide: Guide, top: Fact) -> Piece:
    """The top 10%'s pay ``top``, with who they are when the guide says."""
    text = f"The top 10% of earners start from {top.value} a year{top_earners(guide.facts)}."
    return fact_piece(guide, top, text, f"Top 10%: {top.value}")


def tier_piece(guide: Guide, tier: TierFact) -> Piece:
    """The years of experience the guide gives for one of its levels."""
    said = f"The guide puts {tier.title} at {tier.experience} of experience."
    source = Source(guide.slug, guide.title, tier.section, tier.anchor)
    return Piece(said, source, f"Experience: {tier.experience}")


def fact_piece(guide: Guide, fact: Fact, text: str, evidence: str) -> Piece:
    """``text`` on a headline fact, cited to the section stating it."""
    return Piece(text, Source(guide.slug, guide.title, fact.section, fact.anchor), evidence)
