"""What kind of answer a question needs, read from the words of :mod:`need_phrases` in its
asking clause, and one part of a message by the schooling it names."""

from __future__ import annotations

import re

from bot.text import whole_words
from bot.understand.need_phrases import ASKS
from bot.understand.need_phrases import Need as Need
from bot.understand.places import without_regions_put_aside

PAID_TRAINING = whole_words(
    r"(?:co-?ops?|apprenticeships?|internships?|training|programs?|schooling|options?)"
    r" (?:\w+ )?(?:pay|paid)", r"paid (?:\w+ )?(?:co-?ops?|apprenticeships?|internships?|"
    r"training|options|programs?|routes?|ways?)", r"(?:get|be|getting) paid (?:while|to|during)"
    r" (?:\w+ )?(?:train|learn|study|school)\w*", r"earn while (?:you|i|they) learn",
    r"(?:get|be|getting) paid (?:while|during) (?:\w+ )?(?:doing|in|on) (?:it|that|this|them|the "
    r"program|the course)",
    # "do those pay you while you learn", "i meant pay during the apprenticeship"
    r"pay (?:you|u|me|them|people|workers) (?:while|during) (?:\w+ ){0,2}(?:train|learn|study"
    r"|school|apprentic)\w*", r"(?:pay|paid|wages?) (?:during|while in|in|for|on) (?:the |an? |"
    r"my |your )?(?:co-?ops?|apprenticeships?|internships?|training)\b",
)  # fmt: skip
# Whether a training named pays, asked of it by a pronoun ("apprenticeships, are those a thing
# for this and do they pay"): one question, not a second asking the job's pay.
TRAINING_PAYS = whole_words(
    r"(?:co-?ops?|apprenticeships?|internships?)\b[^.!]{0,40}\b(?:do|does|would|will) "
    r"(?:they|those|these|it|that|them) (?:\w+ )?pay",
)
# Moving into the job from another job at the same workplace ("I'm a forklift driver at a
# plant: how do I move up to production tech where I'm at?") is a way in, not a promotion.
INTO_THE_ROLE = whole_words(
    r"(?:move|moving|step|stepping|transfer\w*|switch\w*|get|getting|go|going|cross)"
    r"(?: up| over| across)? (?:to|into) (?:an? |the )?(?!senior|lead|supervis|manag)[a-z-]+"
    r"(?: [a-z-]+){0,3} (?:where i(?:'| a)?m(?: at)?|where i work|at (?:my|our|this|the same)"
    r" (?:plant|company|factory|job|work|site|employer)|internally)",
)  # fmt: skip
# Working up into the job instead of schooling for it ("do i need culinary school to become a
# chef or can i just work my way up?"): the way in, not the way up from it.
WORKED_INTO = whole_words(
    r"(?:become|be) an? [\w-]+(?: [\w-]+)? or (?:can|could|should|do) (?:i|you|u|people) (?:just )?"
    r"(?:work|learn) (?:my|your|their) way up",
)
# A bare noun of schooling, as one part of a question ("like school and pay", "and the
# school for each?", "education?").
SCHOOLING_ALONE = re.compile(
    r"^\W*(?:(?:and|ok(?:ay)?|so|like|but|what about|how about|the)\s+)*(?:school(?:ing)?|"
    r"education|training|college|degrees?|licen[cs](?:es?|ing)|certifications?|certs?|cdl|bachelor'?s|"
    r"associate'?s|master'?s)(?:\s+[\w']+){0,2}\W*$",
    re.IGNORECASE,
)
# Schooling named in one part of a message ("and how much schooling does each one take?", "do u
# need college", "which apprenticeship is shorter?"): that part asks the way in.
SCHOOLING = whole_words(
    r"school(?:ing)?", r"education", r"college", r"university", r"degrees?", r"diploma",
    r"bachelor'?s", r"associate'?s", r"master'?s", r"apprenticeships?", r"training",
    r"licen[cs]e[sd]?", r"licensing", r"certif\w*", r"certs?", r"cdl", r"courses?", r"classes",
    r"study", r"bsn", r"msn", r"dnp", r"mba", r"phd", r"ged",
)  # fmt: skip
# A part telling the visitor's own story ("I'm in college"): it asks nothing.
OWN_PART = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|well|honestly|hi|hey|hello|yeah)\W+)*"
    r"(?:i'm|im|i am|i was|i've|ive|i have (?:been|a|an|my|\d)|i had|i did|i got|i'll|my|we"
    r"|i work"
    r"|we're|our)\b",
    re.IGNORECASE,
)


# The comma after which a sentence's own story turns to asking.
ASKING_CLAUSE = re.compile(
    r",\s*(?:and |so |but )?(?=(?:is|are|do|does|can|could|will|would|should|how|what|which"
    r"|when|where|why)\b)",
    re.IGNORECASE,
)


def asking_clause(sentence: str) -> str:
    """A question told after the visitor's story in one sentence ("i work nights at a taco
    bell and the repetitive stuff is killing me, is production tech gonna be the same?"):
    the asking clause alone."""
    if not OWN_PART.match(sentence):
        return sentence
    clause = ASKING_CLAUSE.search(sentence)
    return sentence[clause.end() :] if clause else sentence


# Degrees of heat, no schooling ("some plants are like 95 degrees in summer")
TEMPERATURE = re.compile(r"\b\d{2,3} ?(?:degrees|°)(?: ?(?:f|c|fahrenheit|celsius)\b)?", re.I)


# A résumé named only as where a credential goes ("one cert to put on my resume first"): the
# credential is asked, not how to apply
ON_RESUME = re.compile(
    r"\b(?:(?:to |and )?(?:put|have|list|add)\s+)?(?:it |them )?(?:on|to) (?:my|a|the|your) "
    r"r[eé]sum[eé]\b",
    re.IGNORECASE,
)
# A move up to the career asked ("can i move up to that from teller"): becoming it, not a step
# beyond it
MOVE_UP_TO = re.compile(
    r"\b(?:move|step|work (?:my|their|your) way) up (?:to|into) (?:that|this|it|there|being)\b",
    re.IGNORECASE,
)
CREDENTIAL_NAMED = re.compile(r"\b(?:certs?|certif\w*|licen[cs]es?|courses?)\b", re.IGNORECASE)


def detect_need(text: str) -> Need | None:
    """The kind of answer ``text`` asks for, if it plainly asks for one."""
    text = without_regions_put_aside(TEMPERATURE.sub(" ", text))  # "95 degrees", "not asia"
    text = ON_RESUME.sub(" ", text) if CREDENTIAL_NAMED.search(text) else text
    text = MOVE_UP_TO.sub("become that", text)
    if any(p.search(text) for p in (PAID_TRAINING, TRAINING_PAYS, INTO_THE_ROLE, WORKED_INTO)) or (
        SCHOOLING_ALONE.match(text)
    ):
        return Need.GET_IN
    return next((need for need, pattern in ASKS.items() if pattern.search(text)), None)


def part_need(text: str) -> Need | None:
    """The kind of answer one part of a message asks for: as :func:`detect_need`, or the way
    in when the part names schooling and tells no story of the visitor's own."""
    found = detect_need(text)
    if found is None and SCHOOLING.search(TEMPERATURE.sub(" ", text)) and not OWN_PART.match(text):
        return Need.GET_IN
    return found


# A sentence telling the visitor's story without "I'm"/"my" ("I run a CNC mill, 2nd shift.",
# "Been doing it 6 yrs.", "got laid off after 9 years."): never one asking or wishing.
STORY_TOLD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|well|honestly|hi|hey|hello|now|currently)\W+)*"
    r"(?:i (?!(?:want|wanna|need|wonder|would|'d|was wondering|am wondering|hope|think|guess|"
    r"mean|meant|can|could|should|will|do|did|don't|dont|really|just|also)\b)[a-z']+"
    r"|been|got|worked|working|currently|used to)\b[^?]*$",
    re.IGNORECASE,
)


def unstoried(text: str) -> str:
    """``text`` without the sentences telling the visitor's own story ("I work part time at a
    garden center."), or whole when every sentence does."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    asked = [s for s in map(asking_clause, sentences) if not OWN_PART.match(s)]
    return " ".join(asked) or text


# A reaction to the last answer, asking nothing ("ok a raise even at entry, nice.", "woah
# airline is way more."): told, not asked.
REACTION = re.compile(
    r"^\W*(?:ok(?:ay)?|oh|ah+|wow|wo+ah|whoa|cool|nice|great|huh|hm+|dang|damn|yikes|gotcha|"
    r"got it|i see|interesting|good to know|alright|awesome|sweet|lol|haha)\b"
    r"(?![^?]*\b(?:what|whats|how|hows|which|why|when|where|who)\b)"
    r"(?!\W*(?:(?:so|but|and|then)\W+)?(?:is|are|do|does|did|can|could|should|would|will)\b)"
    r"[^?]*$",
    re.IGNORECASE,
)


def asking_part(text: str) -> str:
    """``text`` without the sentences telling the visitor's story, counting those that tell
    it without "I'm" or "my" ("I run a CNC mill, 2nd shift. Been doing it 6 yrs. Is it a
    step up?"): what is asked, and the level it names; whole when every sentence tells."""
    sentences = re.split(r"(?<=[.!?])\s+", unstoried(text).strip())
    told = [s for s in sentences if STORY_TOLD.match(s) or (REACTION.match(s) and "?" not in s)]
    return " ".join(s for s in sentences if s not in told) or text


# A question of how the job differs from another ("how is it different from a cnc machinist?").
DIFFERS = whole_words(r"differen\w*", r"compar\w*", r"versus", r"vs\.?", r"same (?:as|thing)")


def asks_difference(text: str) -> bool:
    """``text`` asks how the job differs from another."""
    return bool(DIFFERS.search(text))
