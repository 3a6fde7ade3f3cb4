"""Personal circumstances a visitor states ("I have a bad back", "I only have a GED", "I'm 52",
"two kids, I need day shifts"), each with the topics a guide may speak to that bear on it: the
answer says first what its guide says on them, or plainly that it says nothing."""

from __future__ import annotations

import re

from bot.text import whole_words
from bot.understand.circumstances_of_life import LIFE, ME, Circumstance
from bot.understand.intents import detect_intent
from bot.understand.need_words import detect_need
from bot.understand.places import COUNTRIES
from bot.understand.situation_topics import (
    EARLIER_WORK,
    EDUCATION,
    FOREIGN,
    GENDER,
    LICENCE,
    RECORD,
    START,
    Topic,
)

# Countries by name: abroad for a visitor in the US, and anywhere one may move to.
ANYWHERE = "|".join(sorted({c for names in COUNTRIES.values() for c in names}))
ABROAD = "|".join(
    sorted({c for region, names in COUNTRIES.items() if region != "north america" for c in names})
)

# The circumstances of the visitor's work and schooling, after those of body and life.
CIRCUMSTANCES = (
    *LIFE,
    Circumstance(
        "career change",
        whole_words(
            r"switch(?:ing)? (?:careers?|fields?|jobs?|industries)", r"career chang\w*",
            r"chang(?:e|ing) (?:careers?|fields?)", r"(?:start(?:ing)?|begin(?:ning)?) over",
            rf"{ME} (?:\w+ ){{0,2}}(?:in|from) (?:retail|sales|fast food|hospitality|a warehouse|"
            r"an office|customer service|the military|food service)",
            r"(?<!could )(?<!can )(?<!would )(?<!should )(?<!to )(?:i|i'?m|i am|and|currently|"
            r"now|still) (?:currently |now |still )?(?:work|working|worked) (?:in|as an?|at) \w+",
        ),
        (START,),
    ),
    Circumstance(  # "do my mechanic skills carry over or am I starting at the bottom?"
        "experience elsewhere",
        whole_words(
            r"carr(?:y|ies) over", r"transfer(?:s|able)?\b(?! (?:to|from) (?:a |another )?"
            r"(?:school|college|university|state|uni|4[- ]?year|four[- ]year))",
            r"count(?:s|ed)? (?:for|toward|towards|as)",
            r"(?:does|do|would|will|could|can) (?:my|that|this|all (?:my|that)) (?:\w+ ){0,3}"
            r"(?:experience|background|skills|years|time) (?:count|help|matter|transfer|apply|"
            r"carry|line up|fit|match|translate|relate)",
            # "my law firm years should count then?", "would 15 yrs driving help me get hired"
            r"my (?:\w+ ){0,3}(?:experience|background|skills|years|yrs|time) (?:should|would|will|"
            r"might|could) (?:\w+ )?count",
            r"(?:does|do|would|will|could|can) (?:my )?\d{1,2} (?:years?|yrs) (?:\w+ ){0,3}"
            r"(?:count|help|matter)",
            r"(?:does|do|would|will|could|can|should) (?:that|it|this|those|these|all that) "
            r"(?:even |really |still )?count\b",  # "6 yrs turning wrenches. does that count"
            # "my 10 years on textile machines, this help me get job?"
            r"my (?:\d{1,2}\+? )?(?:years?|yrs) (?:[\w,]+ ){0,4}(?:does |would |will )?(?:this|that"
            r"|it) (?:help|helps) (?:me )?(?:to )?(?:get|find|land) (?:a |the )?(?:job|hired|work)",
        ),
        (EARLIER_WORK, START),
        # "an associate degree in general studies, does that count": the schooling asked of
        unless=whole_words(
            r"(?:degree|diploma|credits?|ged|associates?|bachelors?|masters?|certificate|classes)"
            r" (?:[\w']+,? ){0,4}(?:does|do|would|will|could|can|should) (?:that|it|this|those|"
            r"these) (?:even |really |still )?count\b"
        ),
    ),
    Circumstance(  # "how long to get good at it if i start from zero": no job to weigh
        "no experience",
        whole_words(r"start(?:ing)? (?:at|from) (?:the bottom|scratch|zero|square one)"),
        (START,),
    ),
    Circumstance(
        "record",
        whole_words(
            r"felon(?:y|ies)?", r"criminal record", r"(?:have|got) a record", r"my record",
            r"the record (?:stop|hurt|affect|keep|block|matter|count|be)\w*",  # "will the record
            # stop me?"
            r"convict(?:ion|ed)",
            r"jail", r"prison", r"dui", r"misdemeanou?r", r"background checks?",
            r"(?:a|my) record\b(?! (?:of|for|keeping|label|company|store|player))",
        ),
        (RECORD,),
    ),
    Circumstance(  # "I qualified as a doctor in Nigeria", "my degree is not recognized here"
        "foreign credentials",
        whole_words(
            r"(?:degree|diploma|license|licence|credentials?|qualifications?) (?:\w+ )?(?:is |are "
            r")?(?:not|isn'?t|aren'?t|wasn'?t|never) (?:\w+ )?(?:recogni[sz]ed?|accepted|valid|"
            r"transfer\w*)",
            r"foreign[- ](?:degree|diploma|credentials?|graduates?|trained|educated|license)",
            r"(?:trained|qualified|studied|graduated|licensed) (?:\w+ ){0,3}(?:abroad|overseas|"
            r"in (?:another|my home) country)", r"equivalency (?:exam|test|process)",
            r"(?:degree|diploma|license|licence) from (?:nigeria|india|pakistan|the philippines|"
            r"mexico|abroad|overseas|another country|my country|back home)",
            r"(?:before|after|since) (?:relocating|moving|immigrating|coming) (?:here|to)\b",
            r"immigra(?:ted|nt)\b",
            # "my 6 year experience from Philippines is OK for the job in Canada?"
            rf"(?:experience|years?|yrs) (?:\w+ ){{0,4}}(?:from|in) (?:the )?"
            rf"(?:{ABROAD}|abroad|overseas|another country|my country|back home)\b",
            rf"(?:moving|relocating|immigrating|emigrating|move|relocate) to (?:the )?"
            rf"(?:{ANYWHERE})\b.*\b(?:experience|certificat\w*|certs?|diploma|degree|licen[cs]e|study|count\w*)",
            r"(?:certs?|certifications?|certificates?|credentials?|licen[cs]es?|diplomas?|degrees?|"
            r"experience) (?:\w+ ){0,3}(?:matter|count|valid|recogni[sz]ed|accepted|work)\w* "
            r"(?:\w+ ){0,2}(?:outside|abroad|overseas|internationally|in other countries)",
        ),
        (FOREIGN, EDUCATION),
    ),
    Circumstance(  # a licence asked about: what the guide says on it, or that it says none
        "licence",
        whole_words(
            r"licen[cs](?:e|es|ed|ing|ure)", r"certified", r"certifications?", r"certs?", r"cdl",
            r"cpa", r"credentials?", r"board exams?", r"bar exam", r"nclex",
            r"(?:pass|passing|take|taking|sit|sitting) (?:\w+ ){0,3}exams?",  # "pass a bunch
            r"exams? (?:do|does|would|will) (?:you|u|i|they) (?:need|have)",  # of exams"
        ),
        (LICENCE,),
    ),
    Circumstance(
        "gender",
        whole_words(r"as a (?:woman|girl|female|lady)", r"for (?:a )?(?:woman|women|girls?)"),
        (GENDER,),
    ),
)  # fmt: skip


def stated(message: str) -> list[Circumstance]:
    """The circumstances ``message`` states, in the order of :data:`CIRCUMSTANCES`."""
    return [
        c
        for c in CIRCUMSTANCES
        if told(c.stated, message)
        and (c.bears_on is None or c.bears_on.search(message))
        and not (c.unless and c.unless.search(message))
    ]


# A circumstance ruled out, not told ("I asked about the hours, not certifications", "forget
# my back").
RULED_OUT = re.compile(
    r"\b(?:not|instead of|rather than|forget|never ?mind|ignore)\s+(?:about\s+)?(?:the\s+|my\s+)?$",
    re.I,
)


def told(pattern: re.Pattern[str], message: str) -> bool:
    """``message`` tells what ``pattern`` finds, other than in a phrase ruling it out."""
    return any(not RULED_OUT.search(message[: m.start()]) for m in pattern.finditer(message))


def topics_of(circumstances: list[Circumstance]) -> list[Topic]:
    """The topics that bear on ``circumstances``, each once, the most direct first."""
    return list(dict.fromkeys(t for c in circumstances for t in c.topics))


def asks_of_a_job(message: str) -> bool:
    """``message`` asks a kind of thing a guide answers (pay, the physical demands…) or
    tells circumstances a guide may speak to ("6 yrs turning wrenches… does that count")."""
    asks = detect_need(message) is not None or detect_intent(message) is not None
    return asks or bool(stated(message))
