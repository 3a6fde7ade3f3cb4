"""What a guide doesn't say: a question's topic it has no section on, a thing of the job it
never names, or a figure it never gives, said plainly before the nearest lines it has."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.duties_asked import duties_asked
from bot.compose.lists import LISTED
from bot.compose.refusals import not_covered, not_mentioned
from bot.routing.job_words import JOB_ABBREVIATIONS
from bot.text import english_stemmer, search_terms, shared_stems, whole_words, words
from bot.understand.asks import ASK_BREAK, asking_text
from bot.understand.credentials import CERTIFYING, INITIALS, by_initials, unnamed_credential
from bot.understand.intents import detect_intent
from bot.understand.needs import (
    SENTENCE_END,
    Need,
    detect_need,
    is_credits,
    uncovered_need,
    uncovered_particular,
)
from bot.understand.situations import told
from bot.understand.vocabulary import expand
from bot.understand.work_conditions import CONDITIONS, NEAREST_WORDS
from knowledge.model import Guide

NEAREST_LINES = 3
# Words of asking that name nothing the guide could say ("you skipped the union part").
ASKING_WORDS = frozenset(
    ("skip", "part", "question", "ask", "answer", "guid", "say", "mention", "you", "doe", "anyth")
)
# Sections that rate traits of the job (knowledge, skills, work styles) or list its software:
# a name sharing a word with the topic says nothing of it ("Public Safety and Security" of
# danger, "Calendar and scheduling software" of the hours).
RATINGS = re.compile(r"knowledge|top skills|work style|tech stack", re.IGNORECASE)
WAGE_SECTION = re.compile(r"\bsalary\b|\bwages?\b", re.IGNORECASE)
# A figure asked for ("25 lbs? 50?", "does the guide say a number", "how heavy"): when the
# answer holds none, the guide gives none.
ASKS_FIGURE = whole_words(
    r"\d+ ?(?:lbs?|pounds|kg|kilos)", r"how (?:heavy|many (?:lbs|pounds|kilos))",
    r"how much weight", r"(?:a|an|exact|any|the|actual) (?:number|figure|percentage|weight limit)",
    r"how many (?:flight|clinical|training|practice|supervised|logged) hours",  # "…do airlines"
)  # fmt: skip
# Words showing a passage speaks of a topic the guide has no section on: only such passages
# follow "…doesn't cover hours or schedules" (a duties list says nothing of the hours).
# A thing asked to exist in the job: "is there a union", "do they get bonuses", "any dress code"
HAS_THING = re.compile(
    r"^\W*(?:(?:is|are) there|(?:do|does|will|would) (?:they|you|it|we|i|techs?|workers) "
    r"(?:have|get|need)|any)\s+(?!to\b)(?P<thing>(?:a |an |any |some )?(?:\w+ )?"
    r"(?P<head>[a-z]{4,}))\W*$",  # a thing, not "need to learn"
    re.IGNORECASE,
)
# A thing asked of the job in passing ("do production techs usually get union jobs?", "does
# it come with a pension?"): its head word, tested against the guide's words.
THING_OF_JOB = re.compile(
    r"\b(?:do|does|are|is|will|would)\s+(?:\w+\s+){0,3}?(?:usually |typically |normally |often )?"
    r"(?:get|have|offer|come with|include|join|use)\s+(?P<thing>(?:a |an |any |some )?"
    r"(?P<head>[a-z]{4,}))(?: jobs?| shops?| positions?| roles?| cards?)?\W*$"
    r"|\b(?:are|is)\s+(?:\w+\s+){0,4}?(?:usually|typically|normally|often|mostly)\s+"
    r"(?P<thing_>(?P<head_>[a-z]{4,}))\W*$"  # "are production tech jobs usually union?"
    # "is python not even used by data scientists"
    r"|\b(?:is|are)\s+(?P<thing__>(?P<head__>[a-z]{4,}))\s+(?:not\s+)?(?:even\s+|really\s+)?"
    r"used\s+(?:by|in|for|on)\b"
    # "would a respirator or dust mask be part of that", "is a uniform provided"
    r"|\b(?:would|will|is|are)\s+(?P<thing___>(?:a |an |any |the )?(?:[a-z]+ ){0,3}?"
    r"(?P<head___>[a-z]{4,}))\s+(?:be\s+)?(?:part of|included|provided|supplied)\b"
    # "does it mention MES at all?": a thing asked of the guide, a short name too
    r"|\b(?:does|do|did) (?:it|the guide|you|u) (?:mention|say anything about|talk about|list)\s+"
    r"(?P<thing____>(?:the |a |an |any )?(?P<head____>[a-z]{2,}))(?: at all| anywhere)?\W*$",
    re.IGNORECASE,
)
# A thing asked of by name alone ("what about the bar exam?"; not "what about after lunch?",
# a time of the last answer's topic): never named in the guide when its head word is no word
# of the guide's (checked only when the question asks no kind the bot knows).
WHAT_ABOUT = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|but|hmm+)\W+)*(?:what|how) about\s+(?P<thing>(?:the |a |an |any )"
    r"(?:[a-z]+ ){0,2}?(?P<head>[a-z]{3,}))(?: (?:though|tho|then|instead|too|now))?\s*[?.!]",
    re.IGNORECASE,
)
# Words of a place on a scale, not a thing ("what about the low end though?": the entry pay)
PLACES = frozenset(("low", "high", "top", "bottom", "middle", "entry", "senior", "junior"))
# Head words that name a part of what the word before them names ("the chemical side")
VAGUE_HEADS = frozenset(
    ("side", "part", "parts", "thing", "things", "stuff", "aspect", "bit", "end",
     "guys", "ones", "folks", "people", "earners")  # "what about the top guys?": the top
)  # fmt: skip
# Words after a thing that are none of it ("the machines themselves", "lean manufacturing
# actually")
TRAILING = frozenset(
    ("actually", "really", "themselves", "itself", "though", "tho", "even", "also", "too",
     "anyway", "exactly", "specifically", "here", "there")
)  # fmt: skip
WH_BEFORE = re.compile(r"\b(?:what|how|why|when|where|which|who)\s*$", re.IGNORECASE)
NO_THING = frozenset(
    (
     "jobs", "work", "demand", "future", "openings", "time", "money", "more",
     # schooling the guide answers by the education it asks ("do i need college?")
     "college", "degree", "school", "diploma", "certificate", "training", "experience",
     "university", "license", "licence", "cert", "certs", "certification",
     "paid", "hired", "good", "better", "enough", "lots", "plenty", "many", "much", "chance",
     "career", "careers", "this", "that", "these", "those", "there", "them", "their", "what",
     # "is it hard to get into": a way in, no thing
     "into", "onto", "through", "with", "from", "over", "along", "ahead", "started",
     # the shape of what the guide says ("does the guide have a list"), no thing of the work
     "list", "lists", "section", "sections", "page", "info", "information", "details",
    )
)  # fmt: skip
TOPIC_WORDS = {
    Need.SCHEDULE: whole_words(
        r"hours?", r"shifts?", r"schedul\w*", r"overtime", r"weekends?", r"nights?",
        r"part[- ]time", r"full[- ]time", r"on[- ]call", r"evenings?", r"holidays?",
    ),
    Need.SAFETY: whole_words(
        r"safe\w*", r"hazard\w*", r"injur\w*", r"danger\w*", r"risks?", r"protective",
        r"accidents?", r"exposure", r"exposed",
    ),
    Need.SETTING: whole_words(
        r"physical\w*(?! (?:therap\w*|activit\w*|exam\w*|health|condition\w*|science\w*"
        r"|education|evidence))",
        # "standing", not the wage note's "stands for the 10th percentile"
        r"standing", r"stand (?:up|all|for (?:long|hours|extended))",
        r"lift\w*", r"sit\w*", r"outdoors?", r"indoors?",
        r"climb\w*", r"walk\w*", r"strength", r"heavy", r"bend\w*", r"kneel\w*", r"weather",
        r"ladders?", r"scaffold\w*", r"carry\w*", r"crawl\w*", r"heights?", r"manual\w*",
        # where the work is done: "conduct ground surveys", "at survey sites", "field work"
        r"sites?", r"ground", r"terrain", r"field", r"offices?", r"vehicles?",
    ),
    Need.APPLY: whole_words(r"r[eé]sum[eé]s?", r"portfolios?", r"interviews?"),
}  # fmt: skip


def said_uncovered(
    guide: Guide, need: Need | None, pieces: list[Piece], question: str = ""
) -> list[Piece]:
    """``pieces`` led by what the guide has no section on ("…doesn't cover hours or
    schedules; here is the nearest it has.") or never says ("part-time work"), when the
    ``question`` asks that."""
    missing = uncovered_need(need, [s.path_text for s in guide.walk()]) or uncovered_particular(
        need, question, lambda: guide_text(guide)
    )
    if not missing and pieces and (thing := never_named(guide, question)):
        sentences = [p for p in pieces if p.kind == "sentence"]  # "is OT mandatory?": the
        # overtime the guide says is common, not the sentences drafted for the question
        nearest = [] if thing in NEAREST_WORDS else _bearing(question, thing, guide, sentences)
        if not nearest:  # "are these jobs usually union?": no Pros list pasted after it
            told = unmentioned(guide, thing)
            return [*told, *pieces] if _asks_besides(question, thing) else told
        said = f"The {guide.title} doesn't mention {thing}; here is the nearest it has."
        return [Piece(said, pieces[0].source, "", "lead"), *nearest]  # "is there a union?"
    asks_figure = not missing and pieces and ASKS_FIGURE.search(question)
    if asks_figure and not any(re.search(r"\d", p.text) for p in pieces):
        said = f"The {guide.title} gives no figure for that; here is the nearest it has."
        return [Piece(said, pieces[0].source, "", "lead"), *pieces]  # "25 lbs? a number?"
    if not missing or not pieces:
        return pieces
    lead = pieces[0].text if pieces[0].kind == "lead" else ""
    if "doesn't cover" in lead and any(w in lead for w in re.findall(r"[a-z]{5,}", missing)):
        return pieces  # "…doesn't cover … the physical demands" said already, of a circumstance
    if pieces[0].kind == "lead" and pieces[0].text == LISTED:  # no "yes" after "doesn't cover"
        pieces = pieces[1:]
    elif pieces[0].kind == "lead":  # already led by what the guide says on a circumstance
        if "doesn't cover" not in lead:
            return [not_covered(guide, missing), *pieces]
        nearest = _nearest_lines(guide, need, question, pieces[1:])  # "…whether the work is
        return [pieces[0], *(nearest or pieces[1:])]  # at a desk": its lines on sites
    kept = _nearest_lines(guide, need, question, pieces)
    if need in TOPIC_WORDS and not kept:
        return [not_covered(guide, missing)]
    kept = kept or pieces
    return [not_covered(guide, missing, kept[0].source), *kept]


def _nearest_lines(
    guide: Guide, need: Need | None, question: str, pieces: list[Piece]
) -> list[Piece]:
    """The lines nearest a topic the guide has no section on: those of ``pieces`` that speak
    of it, or the guide's own when they say more ("Open switches… to remove electrical
    hazards", "Plan and conduct ground surveys"); ``[]`` when none do or the topic has no
    words."""
    if need not in TOPIC_WORDS:
        return []
    words = TOPIC_WORDS[need]
    bearing = [
        p for p in pieces if words.search(p.text) and not RATINGS.search(p.source.section)
    ]  # not the "Public Safety and Security" knowledge
    if len(bearing) < NEAREST_LINES:  # the drafted sections say little of it
        bearing = max(bearing, _lines_on(guide, words), key=len)
        if not bearing and need is Need.SETTING:  # "mostly office work? i still wanna be
            bearing = duties_asked(guide, question)  # cooking some": its duties of cooking
    return bearing


def never_named(guide: Guide, question: str) -> str:
    """The thing a question asks the job has ("is there a union?", "do they get bonuses?")
    when the guide's text never names it, else ``""``."""
    asking = asking_text(question)  # "i asked if women work in this job. anyway, how…"
    written = guide_text(guide)
    if credential := unnamed_credential(question, written, JOB_ABBREVIATIONS):  # "CPT cert"
        return credential
    for thing, pattern in CONDITIONS:
        if told(pattern, asking) and not pattern.search(written):  # not "forget…"
            return thing  # "is there a cert i could do online?"
    stem = english_stemmer().stemWord
    said: set[str] | None = None
    for asked in re.split(r"(?<=[?])\s+", question.strip()):
        found = HAS_THING.search(asked) or THING_OF_JOB.search(asked)
        if found is None and (about := WHAT_ABOUT.search(asked)):
            found = about if not (detect_intent(asked) or detect_need(asked)) else None
        if found is None or WH_BEFORE.search(asked[: found.start()]):
            continue  # "what do beginners get wrong?" asks no thing the job has
        groups = {g: text for g, text in found.groupdict().items() if text}
        head = next(text for g, text in groups.items() if g.startswith("head")).lower()
        thing = next(text for g, text in groups.items() if g.startswith("thing"))
        while head in TRAILING and " " in thing:  # "lean manufacturing actually part of…"
            thing = thing.rsplit(" ", 1)[0]
            head = thing.rsplit(" ", 1)[-1].lower()
        if head in VAGUE_HEADS:  # "the chemical side": the word before it, chemicals
            named = search_terms(thing)
            head = named[-2] if len(named) > 1 else ""
        if not head or head in NO_THING or head in PLACES:
            continue
        said = said if said is not None else {stem(w) for w in words(written)}
        known = {stem(w) for w in words(expand(head))}  # "upsides": the guide's "pros"
        if not known & said:
            return thing
    return ""


def never_named_draft(guide: Guide, question: str) -> Draft | None:
    """A plain "The … doesn't mention where the jobs are located." for a ``question``
    nothing in ``guide`` answers that asks a thing it never names, else ``None``."""
    thing = never_named(guide, question)
    if not thing:
        return None
    draft = Draft(Mode.CITED, unmentioned(guide, thing))
    draft.retrieved_guides = [guide.slug]
    return draft


def unmentioned(guide: Guide, thing: str) -> list[Piece]:
    """The plain "The … doesn't mention ``thing``.", then the guide's lines on the words
    nearest it, when it has any ("is OT mandatory?": the overtime it says is common)."""
    topic = NEAREST_WORDS.get(thing)
    lines = _lines_on(guide, topic) if topic is not None else []
    if topic is None and by_initials(thing):  # "what about CPT?": the credentials it names,
        lines = sorted(_lines_on(guide, CERTIFYING), key=lambda p: not INITIALS.search(p.text))
    if not lines:
        return [not_mentioned(guide, thing)]
    said = f"The {guide.title} doesn't mention {thing}; here is the nearest it has."
    return [Piece(said, lines[0].source, "", "lead"), *lines]


# A part asking of the thing by pointing at it ("wondering if thats still a thing").
POINTED = re.compile(r"\b(?:that|thats|that's|it|its|it's|this)\s+(?:is\s+)?still\b", re.I)


def _asks_besides(question: str, thing: str) -> bool:
    """``question`` asks something else in a part not naming ``thing`` ("i asked if women
    work in this job. anyway. how does it compare to…", "are there a lot of jobs out there,
    like would i find one in my town")."""
    pattern = dict(CONDITIONS).get(thing)
    named = {w for w in words(thing) if len(w) > 3}
    parts = (p for s in SENTENCE_END.split(question) for p in ASK_BREAK.split(s) if p.strip())
    rest = [
        p
        for p in parts
        if not (pattern.search(p) if pattern else named & set(words(p))) and not POINTED.search(p)
    ]
    return any(detect_need(p) or detect_intent(p) for p in rest)


def _bearing(question: str, thing: str, guide: Guide, sentences: list[Piece]) -> list[Piece]:
    """The first three ``sentences``, unless none shares a word with ``question`` beside
    the thing never named and the career's own words ("you skipped the union part")."""
    stem = english_stemmer().stemWord
    own = {stem(w) for w in search_terms(f"{thing} {guide.career} {guide.title}")}
    asked = {stem(w) for w in search_terms(question)} - own - ASKING_WORDS
    said = {stem(w) for p in sentences for w in search_terms(p.text)}
    return sentences[:NEAREST_LINES] if shared_stems(asked, said) else []


def _lines_on(guide: Guide, topic: re.Pattern[str]) -> list[Piece]:
    """The guide's list items (never a rating's) that speak of ``topic``, then its sentences
    that speak most of it ("Shift work or overtime is common…"), at most three in all."""
    kept = [  # no rating, credit line or wage note ("Entry-level stands for the 10th…")
        section
        for section in guide.walk()
        if not RATINGS.search(section.path_text)
        and not is_credits(section.title)
        and not WAGE_SECTION.search(section.path_text)
    ]
    items = [(item, "item", s) for s in kept for item in s.items if topic.search(item)]
    sentences = [
        (line, "sentence", s)
        for s in kept
        for p in s.paragraphs
        for line in SENTENCE_END.split(p)
        if topic.search(line)
    ]
    sentences.sort(key=lambda f: -len({m.lower() for m in topic.findall(f[0])}))  # stable
    return [
        Piece(line, Source(guide.slug, guide.title, section.path_text, section.anchor), line, kind)
        for line, kind, section in [*items, *sentences][:NEAREST_LINES]
    ]


def guide_text(guide: Guide, leaving_out: re.Pattern[str] | None = None) -> str:
    """Every title, paragraph and list item of ``guide``, in one text, without the sections
    whose path ``leaving_out`` finds."""
    return " ".join(
        t
        for s in guide.walk()
        if leaving_out is None or not leaving_out.search(s.path_text)
        for t in (s.title, *s.paragraphs, *s.items)
    )
