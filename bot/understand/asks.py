"""The separate things one message asks ("pharmacist vs pharmacy tech. school length and
salary?", "what do court reporters do and do they still have jobs?"): its asking sentences
cut at every "and", comma or question mark, each piece read for the kind it asks."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable

from bot.understand.need_words import REACTION
from bot.understand.needs import BOTH_SIDES, SENTENCE_END

MAX_ASKS = 3
# A piece ruling something out, not asking it ("…on a shift, not the degree stuff").
RULED_OUT = re.compile(r"^\W*(?:not|except|besides|other than|apart from)\b", re.IGNORECASE)
# Where one ask may end and the next begin.
ASK_BREAK = re.compile(
    r"\?+\s*|;\s*|,\s*(?:and\s+|also\s+|plus\s+)?"
    r"|\s+(?:and(?! a half\b)|also|plus|&|as well as|n)\s+|\s*\+\s*"
    r"|\s+[—–-]+\s+|\s+with\s+(?=(?:decent|good|great|high|higher|better|nice|solid|ok|okay|fair)"
    r"\s+(?:pay|salary|salaries|wages?|money|income)\b)",
    re.IGNORECASE,
)
# A question begun with no mark before it ("what do they do all day is it dangerous"): an
# auxiliary and a pronoun mid-sentence, unless they end a question of their own ("how hard is
# it to…", "what time is it").
RUN_ON = re.compile(
    r"\s+(?=(?:is|are|do|does|can|will|would|could|should)\s+(?:it|they|there|i|you|we)\s+\w+\s+\w+)",
    re.IGNORECASE,
)
ENDS_ASKING = re.compile(r"\b(?:how|what|why|where|when|which|who)(?:\s+[\w']+)?\s*$", re.I)
# A sentence telling the visitor's own story ("I'm 18 and trying to pick a trade school").
# "I want to know about the salary" and "I asked what the senior level involves" ask, though
# they start with "I".
OWN_STORY = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hola|good (?:morning|afternoon|evening))\b\W*(?:there\b\W*)?)?"
    r"(?:i'm|im|i've|ive|i'd|i|my|we're|we|our)\b(?!')(?! (?:(?:really |just )?(?:want|"
    r"would like|like|need|wanted|was hoping) to (?:know|ask|find out|understand|hear)"
    r"|(?:was )?wondering|wonder|asked|meant|(?:was|am) asking)\b)",
    re.IGNORECASE,
)
POINTS = re.compile(r"\b(?:that one|this one|that|this|it|those|these|them|they)\b", re.I)
# A sentence of the visitor's own wishes or limits, its "I" left out ("Dont want to go back
# to school for 4 years at my age.", "Can't lift anymore."): told, not asked.
OWN_LIMIT = re.compile(
    r"^\W*(?:(?:dont|don't|do not|didnt|didn't) (?:want|wanna|plan|like)|(?:cant|can't|cannot) "
    r"(?:afford|do|go|stand|work|lift|take|sit|be)|not (?:looking|trying|wanting|planning) to"
    r"|(?:would|i'd|id) rather not)\b",
    re.IGNORECASE,
)


# A question asked at the end of a sentence that tells ("I heard hygienists make way more but
# is that a lot more school", "i still need to work, what can i do…"): what follows the "but"
# or the comma.
ASKED_AFTER = re.compile(
    r"(?:\b(?:but|so)|,)\s+(?=(?:is|are|do|does|can|could|will|would|should|how|what|whats|which)"
    r"\s)",
    re.IGNORECASE,
)


# A sentence saying what is understood already ("Junior I understand now."): told, not asked.
UNDERSTOOD = re.compile(
    r"\b(?:i (?:understand|get|got)(?: (?:it|that|this))?(?: now)?|(?:is|are) clear(?: now)?|"
    r"makes sense(?: now)?)\W*$",
    re.IGNORECASE,
)


# A sentence saying what the visitor knows already ("no i know what laborers make, i AM one"):
# told, not asked.
KNOWN = re.compile(
    r"^\W*(?:(?:no|ok(?:ay)?|yeah|well|lol|but)\W+)*(?:i|we) (?:already |do |obviously )?"
    r"(?:know|knew) (?:what|how|that|the|about)\b",
    re.IGNORECASE,
)


def _told(sentence: str) -> bool:
    """``sentence`` tells the visitor's own story, wishes or limits, what they know or
    understand, or how they take the last answer."""
    return bool(OWN_STORY.match(sentence) or OWN_LIMIT.match(sentence)) or bool(
        (UNDERSTOOD.search(sentence) or REACTION.match(sentence) or KNOWN.match(sentence))
        and "?" not in sentence
    )


def _asked_of(sentence: str) -> str:
    """``sentence`` when it asks, the question at its end when it tells, else ``""``."""
    if not _told(sentence):
        return sentence
    found = ASKED_AFTER.search(sentence)
    return sentence[found.end() :] if found else ""


# A question only of whether what was just told is so ("my cousin says plumbing is better
# money than welding. true?"): the claim told is what it asks.
TRUE_CHECK = re.compile(
    r"^\W*(?:(?:is|was) (?:that|it|this|she|he) (?:really )?(?:true|right|correct|accurate|so)"
    r"|(?:is that|that'?s|thats) (?:a )?(?:myth|fact|legit)|(?:true|right|really|correct|legit|"
    r"fact))(?: or (?:not|no|false|myth))?\W*$",
    re.IGNORECASE,
)


# Why the last answer said what it did, asked in complaint ("why would remote work matter
# lol", "why r u talking about nurses"): nothing asked of the career.
COMPLAINS = re.compile(
    r"^\W*why\b[^?.!]*\b(?:matters?\b(?:\W+(?:lol|lmao|haha))*|(?:talking about|telling me"
    r"|bring(?:ing)? up|giving me|showing me)\b[^?.!]*)\W*$"
    # "thats just the mid level description again.": what the last answer said, not asked
    r"|^\W*(?:that'?s|thats|this is|it'?s|its|you (?:just )?(?:gave|said|sent))"
    r"(?: me)? (?:just |only |literally )?(?:the |that )?[^?.!]*\bagain\W*$"
    # "you said that already lol", "that kinda repeats what you said before", "you already
    # told me that": what the last answer did, not asked
    r"|^\W*(?:(?:ok|okay|so|but|hmm+|um+)\W+)*(?:you (?:already |just )?(?:said|told me|gave me"
    r"|sent) (?:that|this|those)(?: (?:already|before|again))?|you already (?:said|told me|gave"
    r" me|sent)\b[^?.!]*|(?:that|this|it) (?:\w+ )?repeats\b[^?.!]*)(?:\W+(?:lol|lmao|haha))*\W*$"
    # "You're still on the dispatcher list."
    r"|^\W*(?:you'?re|youre|you are|ur|u r) still (?:on|giving|talking about|stuck on|showing)"
    r"\b[^?.!]*\W*$",
    re.IGNORECASE,
)


# What was asked, told against what the last answer gave ("i asked about heights not job
# openings"): the thing asked, without the thing it is not
ASKED_NOT = re.compile(
    r"^(?P<asked>\W*(?:(?:huh|no|nah|umm*)\W+)*i (?:asked|meant|was asking|wanted(?: to know)?)"
    r"(?: about| for)? [^?.!]*?),? (?:and |but )?not (?:about |for )?[^?.!]*(?P<end>[.!?]*)\s*$",
    re.IGNORECASE,
)


# A sentence only ruling a thing out ("…like schooling or certs. not the job duties")
NOT_ASKED = re.compile(
    r"^\W*not\b[^?]*$"
    # a place the last answer brought up, turned down ("im not moving to the middle east lol")
    r"|^\W*(?:no+\W+)?(?:i'?m|im|i am|i'?ll|i will|i) (?:not|never|won'?t|don'?t wanna"
    r"|don'?t want to) (?:moving|move|going|go|relocat\w*)\b[^?]*$",
    re.IGNORECASE,
)


# What the last answer brought up, disowned ("i didnt ask about that"), and the bare "why
# data scientists?" beside it
DIDNT_ASK = re.compile(
    r"^\W*(?:(?:but|and|um+|lol)\W+)*i (?:didn'?t|did not|never) ask(?:ed)? (?:about |for )?"
    r"(?:that|this|those|them|it)\W*$|^\W*(?:no+\W+)?i (?:asked|was asking) (?:about|for)\b"
    r"|^\W*(?:no+\W+)?i (?:mean|meant)\b",  # "education teachers?? i mean teaching pharmacy"
    re.IGNORECASE,
)
# Beside a disowning, a bare "why data scientists?", or a few words of the last answer echoed
# back ("nurse anesthetist??", "middle east? no im staying in the states lol"): no question
BARE_WHY = re.compile(r"^\W*(?:why\s+)?(?:\w+\s+){0,2}\w+\s*\?+\s*$", re.IGNORECASE)


# A correction of what the last answer took ("no im a teachers aide", "no, I said welding")
CORRECTS = re.compile(
    r"^\W*(?:no+|nope|nah)\W+(?:i'?m|im|i am|i mean|i meant|i said|i was|i asked|i wanted|not)\b",
    re.IGNORECASE,
)


# A topic set aside before the question ("ok forget the schedule, whats the pay like")
SET_ASIDE = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|but|well|alright)\W+)*(?:forget|never ?mind|skip|enough about)"
    r" (?:about )?(?:the |that |this |all )?[\w' -]{1,30}?(?:[,;]| and\b| so\b)\s*",
    re.IGNORECASE,
)


def without_complaints(text: str) -> str:
    """``text`` without its sentences asking in complaint why the last answer said what it
    did ("why would remote work matter lol"), nor what it says it did not ask ("i asked
    about heights not job openings", "not the job duties"), or as it was when that is all it
    says."""
    sentences = [
        ASKED_NOT.sub(r"\g<asked>\g<end>", s) for s in SENTENCE_END.split(text.strip()) if s
    ]
    sentences = [SET_ASIDE.sub("", s) for s in sentences]  # "ok forget the schedule, whats…"
    # "why data scientists? i didnt ask about that.", "personal care aide?? no im a teachers
    # aide": the bare "why X?" is no question of X
    disowned = any(DIDNT_ASK.search(s) for s in sentences)
    disowned = disowned or any(CORRECTS.match(s) for s in sentences[1:])
    kept = [
        s
        for s in sentences
        if s
        and not COMPLAINS.match(s)
        and not NOT_ASKED.match(s)
        and not (disowned and (BARE_WHY.match(s) or DIDNT_ASK.fullmatch(s)))
    ]
    return " ".join(kept) or text


# What the last answer left out, said as a statement ("You still haven't told me what they do
# day to day."): the question inside it is asked again.
UNANSWERED = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|but|so|and|yeah|hmm+|no)\W+)*(?:you (?:still )?(?:haven'?t|havent|"
    r"didn'?t|didnt|did not|never|have not) (?:\w+ )?(?:told|tell|say|said|answer(?:ed)?|"
    r"mention(?:ed)?|explain(?:ed)?)(?: me| us)?|i (?:still )?(?:don'?t|dont) know) "
    r"(?P<asked>(?:what|how|whether|if|why|where|when|which)\b.*)",
    re.IGNORECASE,
)


def asking_text(text: str) -> str:
    """The sentences of ``text`` that ask: every question, and what follows the first one
    unless it tells the visitor's own story ("…assistant? like school and pay"); with no
    question mark, every sentence but the story (else the last). A claim told and then
    checked ("…says diesel pays better. is that true?") is asked as one question."""
    sentences: list[str] = []
    for sentence in (s for s in SENTENCE_END.split(without_complaints(text)) if s):
        if sentences and TRUE_CHECK.match(sentence):
            checked = sentence.strip().rstrip(" .!?")  # asked, with or without its mark
            sentences[-1] = f"{sentences[-1].rstrip(' .!')}, {checked}?"
        else:
            sentences.append(sentence)
    sentences = [  # "you didnt say what they do each day.": "what they do each day?"
        f"{left['asked'].rstrip(' .!')}?" if (left := UNANSWERED.match(s)) else s for s in sentences
    ]
    first = next((i for i, s in enumerate(sentences) if s.rstrip().endswith("?")), None)
    if first is None:  # "what industries hire them. and which pays most": all but the story
        asking = [a for a in (s if MEANT.match(s) else _asked_of(s) for s in sentences) if a]
        return " ".join(asking) if asking else (sentences[-1] if sentences else text)
    kept = [  # "…dents and paint right? i mean more like engine stuff, an actual auto mechanic."
        s if s.rstrip().endswith("?") or MEANT.match(s) else _asked_of(s) for s in sentences[first:]
    ]
    kept = [s for s in kept if s]
    # "I meant the Lead level. What does that one need?": what the question points at
    meant = [s for s in sentences[:first] if MEANT.match(s)] if POINTS.search(kept[0]) else []
    return " ".join([*meant, *kept])


# A piece telling what the visitor can, has or does ("so i can only do like 7-3 ish"), with
# no question word or mark: it asks nothing.
TELLS = re.compile(
    r"^(?![^?]*\?)(?!.*\b(?:what|how|which|why|when|where|who|whats|hows)\b)"
    r"(?!\W*(?:is|are|do|does|did|can|could|should|would|will)\b)"
    r".*\b(?:i|we)(?:'m| am| can| could| only| have| had| work| was|'ve| got)\b",
    re.IGNORECASE,
)


TAIL_WORDS = 6  # a piece asking nothing of its own this short goes on the last question


# A piece giving an example of the one before it (", like which languages or tools")
EXAMPLE_PIECE = re.compile(r"^\W*(?:like|e\.?g\.?|such as|for (?:example|instance))\b", re.I)


def asks(text: str, kind: Callable[[str], Hashable | None]) -> list[str]:
    """The pieces of ``text`` that each ask a different kind of thing, in the order asked
    (at most three), or ``[]`` when it asks one kind; ``kind`` names what a piece asks
    (``None``: nothing the bot knows). "Pros and cons" is one ask, answered with both."""
    if BOTH_SIDES.search(text):
        return []
    pieces: list[str] = []
    kinds: list[Hashable] = []
    asking = asking_text(text)
    starts: list[int] = []  # where each piece kept starts in ``asking``
    at = 0
    for piece in _run_on(ASK_BREAK.split(asking)):
        at = max(asking.find(piece, at), at)
        if pieces and EXAMPLE_PIECE.match(piece) and asking[:at].rstrip().endswith(","):
            pieces[-1] = asking[starts[-1] : at + len(piece)].strip()  # "what should i learn
            kinds[-1] = kind(pieces[-1]) or kinds[-1]  # now, like which languages or tools":
            at += len(piece)  # one question, its example saying which
            continue
        asked = piece.strip() and not RULED_OUT.match(piece)  # "…, not the degree stuff"
        asked = asked and not TELLS.search(piece)  # "kids in school so i can only do 7-3"
        found = kind(piece) if asked else None
        if found is not None and found not in kinds:
            kinds.append(found)
            pieces.append(piece.strip())
            starts.append(at)
        elif asked and found is None and pieces and len(piece.split()) <= TAIL_WORDS:
            # "…make starting out, then like 5 yrs in, and at the top": one question
            pieces[-1] = asking[starts[-1] : at + len(piece)].strip()
        at += len(piece)
    return pieces[:MAX_ASKS] if len(pieces) > 1 else []


def _run_on(pieces: list[str]) -> list[str]:
    """``pieces`` with each cut again where a new question starts unmarked."""
    cut: list[str] = []
    for piece in pieces:
        start = 0
        for found in RUN_ON.finditer(piece):
            left = piece[start : found.start()]
            if len(left.split()) >= 3 and not ENDS_ASKING.search(left):
                cut.append(left)
                start = found.end()
        cut.append(piece[start:])
    return cut


# A name written out in capitals, of two words or more ("Manufacturing Skill Standards
# Council", "Coast Guard"): a thing the question points at by its name.
# The career of the last question put right ("no i meant power linemen", "sorry, I mean the
# OT assistant, not the therapist"): that question, of the career meant.
MEANT = re.compile(
    r"^\W*(?:(?:no+|nope|nah|sorry|oops|wait|um+|ya|yeah|ok)\W+)*"
    r"(?:i\s+(?:meant|mean)|(?:i'?m|i am|i was) asking about)\b(?! the (?:pay|"
    r"salary|money|schooling|school|training|hours|outlook)\b)",
    re.I,
)

PROPER_NAME = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+(?:of|and|for|the)?\s*[A-Z][A-Za-z]+)+")


def written_names(text: str) -> list[str]:
    """The names ``text`` writes out in capitals, lower-cased ("manufacturing skill
    standards council")."""
    return [name.lower() for name in PROPER_NAME.findall(text)]
