"""How long a thing the visitor names takes ("the osha one how long dose it take"): said
plainly when no sentence of the answer gives that thing a length, so a diploma's length
never reads as the course's."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.refusals import not_covered
from bot.compose.unsaid import guide_text
from bot.compose.wished import entry_rank
from bot.routing.job_words import JOB_ABBREVIATIONS
from bot.text import split_sentences, whole_words, words
from bot.understand.needs import ASKS_LENGTH, TIME_SPAN, Need, detect_need
from bot.understand.wishes import EDUCATION_ORDER
from knowledge.model import Guide

JOB_WORDS = frozenset(short.lower() for short in JOB_ABBREVIATIONS)  # "vet", "cop", "dev"
SCHOOLING = whole_words(
    r"school\w*", r"programs?", r"degrees?", r"courses?", r"stud(?:y|ies)", r"education"
)
# School itself asked of, not a training program ("years of school", not "a 2 year program")
SCHOOL_ASKED = whole_words(r"school\w*", r"college", r"degrees?", r"stud(?:y|ies)")
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{2,5}\b")  # "OSHA", "CMT", "PLC", as the guide writes it
PREPARATION = "Preparation"  # the O*NET guides' job zone: how much preparation it takes
SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A sentence, or a question joined by "and" ("how many years to get senior, and does learning
# plc programming bump your pay?"): the thing whose length is asked is named in its own part
PARTS = re.compile(
    rf"{SENTENCE.pattern}|,?\s+\band\s+(?=(?:does|do|is|are|can|could|would|will|what|how|which)\b)",
    re.IGNORECASE,
)
TRAINING = whole_words(r"training", r"experience")
# Nursing and college degrees by their initials ("an ADN or BSN"), and a length asked of them
# by pointing back ("how long does each one take")
DEGREES = re.compile(r"\b(ADN|ASN|BSN|MSN|DNP|AAS|MBA|MPH)s?\b", re.IGNORECASE)
VOWEL_SOUNDING = frozenset("AEFHILMNORSX")  # letters whose names start with a vowel sound
POINTED = whole_words(r"each(?: one)?", r"either", r"both", r"they", r"them", r"those", r"it")
# Years of work asked of, not of school ("how many years of nursing work before crna school")
WORK_YEARS = whole_words(
    r"years? of (?:\w+ ){0,2}(?:work|experience)", r"years? (?:\w+ )?(?:working|experience)"
)
# A program asked of by its kind ("how long is the apprenticeship", "the LPN program")
PROGRAM = re.compile(r"\b(?:apprenticeship|program|course|certificate|academy)s?\b", re.I)
# A lead saying what the guide doesn't cover ("The … Guide doesn't cover which is easiest;…")
NEAREST_TOLD = re.compile(r"^The (?P<guide>.+?) doesn't cover (?P<what>.+?)(?P<rest>[;.].*)$")
# The whole way in asked ("how long does it take to become a lawyer?"): its schooling's length
BECOMING = whole_words(r"(?:to )?(?:become|becoming|be) (?:an?|one)\b", r"get into")
# Words of a length question naming nothing that takes it ("how long does it take you")
UNNAMING = frozenset(
    (
        "does", "do", "did", "it", "take", "takes", "took", "would", "will", "can", "could",
        "you", "u", "i", "me", "to", "get", "the", "a", "an", "is", "are", "actually", "really",
        "usually", "typically", "that", "this", "about", "roughly", "generally",
        "those", "these", "they", "them",  # "…bridge programs. How long do those take?": the
    )  # things named before
)  # fmt: skip
# A guide's own acronyms that name no training: its sources and units ("BLS", "USD").
NO_TRAINING = frozenset(("USD", "BLS", "OEWS", "ONET", "SOC", "FAQ", "CEO", "AND", "THE"))


def told_if_no_length(message: str, draft: Draft, guide: Guide) -> Draft:
    """``draft`` led by the plain statement that ``guide`` doesn't say how long the thing
    ``message`` names takes, when it asks how long and no sentence of the answer says so."""
    if draft.mode is not Mode.CITED or not draft.pieces or not ASKS_LENGTH.search(message):
        return draft
    acronyms = set(ACRONYM.findall(guide_text(guide))) - NO_TRAINING
    whole, message = message, _length_part(message)
    if (degrees := _degrees_pointed_at(whole, message)) is not None:
        return _led(draft, guide, _how_long(degrees))
    written = re.findall(r"[A-Za-z0-9]+", message)
    named = [w.upper() for w in written if w.upper() in acronyms]
    job = [w for w in named if w.lower() in JOB_WORDS]  # "vet school": no "VET" training
    named = [w for w in named if w not in job or w in written]  # …unless written so
    schooling = not named and not job and bool(SCHOOL_ASKED.search(message))  # "how many
    schooling = schooling or (not named and not job and bool(BECOMING.search(message)))  # years
    schooling = schooling and _schooled(guide)  # of school in total?", "to become a lawyer?"
    schooling = schooling and not WORK_YEARS.search(message)  # "years of nursing work before"
    program = None if named or job else PROGRAM.search(message)  # "the apprenticeship"
    untimed = not any(TIME_SPAN.search(p.text) for p in draft.pieces)
    length = _preparation_length(guide, message) if untimed and named == job else None
    thing = named[0] if named else ""
    what = (
        f"the {thing} training"
        if thing
        else "the schooling"
        if schooling
        else f"the {program[0].lower()}"
        if program
        else "the training"
    )
    if length is not None:  # "LPN, how long is that": the career's own training, in general
        if schooling or program:  # "how long is cosmetology school": no length of its own
            lead = not_covered(guide, f"how long {what} takes", draft.pieces[0].source)
            draft.pieces = [lead, *draft.pieces]
        draft.pieces = [*draft.pieces, length]
        return draft
    if not named and not job and not schooling and not program:
        return draft
    timed = (s for p in draft.pieces for s in split_sentences(p.text) if TIME_SPAN.search(s))
    said = rf"\b{thing}\b" if thing else SCHOOLING.pattern  # "vet school": any schooling's
    if any(re.search(said, text, re.IGNORECASE) for text in timed):  # in the sentence timed,
        return draft  # not one beside it ("…a bachelor's degree… 1 to 2 years (34%)")
    takes = "take" if what.endswith("s") else "takes"  # "the programs take"
    return _led(draft, guide, f"how long {what} {takes}")


def told_if_degrees_untimed(message: str, draft: Draft, guide: Guide) -> None:
    """``draft`` led, in place, by the plain statement that ``guide`` doesn't say how long the
    degrees ``message`` names before asking how long "each" takes ("ADN or BSN?")."""
    degrees = _degrees_pointed_at(message, _length_part(message))
    if draft.mode is Mode.CITED and draft.pieces and degrees:
        _led(draft, guide, _how_long(degrees))


def _how_long(degrees: list[str]) -> str:
    """What is not covered of ``degrees``: "how long an ADN or a BSN takes" (initials said
    letter by letter take "an" before a vowel sound: "an MSN", "a DNP")."""
    said = [f"{'an' if d[0] in VOWEL_SOUNDING else 'a'} {d}" for d in degrees]
    return f"how long {' or '.join(said)} takes"


def _degrees_pointed_at(message: str, part: str) -> list[str] | None:
    """The degrees ``message`` names by their initials before its ``part`` asking how long
    each takes ("should i do an ADN or BSN? how long does each one take"), else ``None``."""
    if not ASKS_LENGTH.search(part) or not POINTED.search(part) or DEGREES.search(part):
        return None
    degrees = list(dict.fromkeys(d.upper() for d in DEGREES.findall(message)))
    return degrees or None


def _led(draft: Draft, guide: Guide, what: str) -> Draft:
    """``draft`` led by the plain statement that ``guide`` doesn't cover ``what``, joined to
    the one leading it already ("…doesn't cover how long the OSHA training takes or which is
    easiest; here is the nearest it has.")."""
    first = draft.pieces[0]
    told = NEAREST_TOLD.match(first.text) if first.kind == "lead" else None
    if told and told["guide"].startswith(guide.career):  # "The Architects… guide doesn't…"
        said = f"The {guide.title} doesn't cover {what} or {told['what']}{told['rest']}"
        draft.pieces = [replace(first, text=said), *draft.pieces[1:]]
        return draft
    draft.pieces = [not_covered(guide, what, first.source), *draft.pieces]
    return draft


def _length_part(message: str) -> str:
    """The parts of ``message`` asking a length when they name what takes it ("got it, so OSHA
    and PLC stuff. how fast can you move up from junior?": no OSHA length), else all of it
    ("the osha one. how long does it take?")."""
    asked = [p for p in PARTS.split(message) if ASKS_LENGTH.search(p)]
    named = [w for p in asked for w in words(ASKS_LENGTH.sub(" ", p)) if w not in UNNAMING]
    return " ".join(asked) if named else message


def _schooled(guide: Guide) -> bool:
    """The career's typical entry asks school after high school (a lineman's does not)."""
    rank = entry_rank(guide)
    return rank is not None and rank >= EDUCATION_ORDER.index("postsecondary nondegree award")


def _preparation_length(guide: Guide, message: str) -> Piece | None:
    """The sentence of the guide's Preparation giving how long the career's training takes
    ("usually need one or two years of training"), when the way in is asked."""
    if detect_need(message) is not Need.GET_IN:
        return None
    section = guide.find(PREPARATION)
    if section is None:
        return None
    for sentence in SENTENCE.split(" ".join(section.paragraphs)):
        if TIME_SPAN.search(sentence) and TRAINING.search(sentence):
            source = Source(guide.slug, guide.title, section.path_text, section.anchor)
            said = (
                f"For the whole job zone it is in, O*NET says: {sentence[0].lower()}{sentence[1:]}"
            )
            return Piece(said, source, sentence)
    return None
