"""Lists shown in part: the line saying how many items are left, and a list asked for whole."""

from __future__ import annotations

import re

from bot.answer import Piece, Source
from bot.retrieval.units import Unit, UnitBank
from bot.text import search_terms, whole_words
from bot.understand.vocabulary import expand

LISTED = "Yes, the guide lists it."  # the yes before the one item a question names

COUNTS = (
    "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
# A list asked for whole ("the full list", "the list of…", "all of them", "the other five").
WHOLE_LIST = whole_words(
    r"(?:whole|full|complete|entire|every) (?:\w+ ){0,2}list", r"list (?:them )?all",
    r"(?:the|a|your) (?:bullet(?:ed)? )?list of",
    r"all (?:of )?(?:the|them|those|these)\b(?! (?:same|time))", r"the rest",
    r"the other (?:\w+ )?(?:ones?|items?|points?|two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+)", r"every (?:one|item|point)",
)  # fmt: skip
# The line closing a list shown in part, as :func:`more_items` words it.
MORE_LINE = re.compile(r"…and (\w+) more in the (?P<title>.+?) section(?: \[\d+\])?\.")


def more_items(left: int, title: str, unit: Unit) -> list[Piece]:
    """A list shown in part says so: how many items more, in the section cited with it."""
    if left <= 0:
        return []
    source = Source(unit.chunk.guide, unit.chunk.guide_title, unit.chunk.section, unit.chunk.anchor)
    return [_more_line(left, title, source)]


def folded_into_lists(pieces: list[Piece], bank: UnitBank) -> list[Piece]:
    """``pieces`` with an item of a list quoted after its "…and six more" line moved up into
    the list, and the count told one less (never a stray duty after the count)."""
    out: list[Piece] = []
    for piece in pieces:
        more = next(
            (n for n, p in enumerate(out) if p.kind == "more" and p.source == piece.source), None
        )
        found = MORE_LINE.match(out[more].text) if more is not None else None
        left = _count(found[1]) if found else 0
        if (
            more is None
            or found is None
            or not left
            or piece.text not in bank.items_of(piece.source.guide, piece.source.section)
        ):
            out.append(piece)
            continue
        item = Piece(piece.text, piece.source, piece.evidence, "item")
        rest = [] if left == 1 else [_more_line(left - 1, found["title"], out[more].source)]
        out[more : more + 1] = [item, *rest]
    return out


MAX_LED = 8  # items a short list's lead quoted alone brings with it


def list_intro(title: str, lead: str) -> str:
    """The line opening a list: its section's title, and its lead sentence when it has one
    ("Advanced Technical Skills — Specialized abilities…:")."""
    return f"{title} — {lead.rstrip('.:')}:" if lead else f"{title}:"


def led_lists(pieces: list[Piece], bank: UnitBank) -> list[Piece]:
    """``pieces`` with the lead of a short list quoted alone ("Specialized abilities that
    differentiate senior technicians…", "Core competencies every Production Technician must
    master…") followed by its items: the lead only names them."""
    out: list[Piece] = []
    shown = {(p.source.guide, p.source.section) for p in pieces if p.kind == "item"}
    for piece in pieces:
        out.append(piece)
        key = (piece.source.guide, piece.source.section)
        if piece.kind != "sentence" or key in shown:
            continue
        units = [bank.units[i] for i in bank.of_section(*key)]
        leads = [u for u in units if not u.is_item]
        items = [u for u in units if u.is_item]
        if len(leads) != 1 or leads[0].text != piece.text or not 1 < len(items) <= MAX_LED:
            continue
        title = piece.source.section.split(" › ")[-1]
        out[-1] = Piece(list_intro(title, piece.text), piece.source, piece.text, "intro")
        out += [Piece(u.text, piece.source, u.text, "item") for u in items]
        shown.add(key)
    return out


def _count(word: str) -> int:
    """The number a "…and N more" line writes ("six", "24"); 0 when none."""
    return COUNTS.index(word) if word in COUNTS else int(word) if word.isdigit() else 0


def _more_line(left: int, title: str, source: Source) -> Piece:
    """The line telling how many items more ``source``'s section lists."""
    count = COUNTS[left] if left < len(COUNTS) else str(left)  # a count, not a guide's figure
    return Piece(f"…and {count} more in the {title} section.", source, "", "more")


def shown_in_part(answer: str) -> str:
    """The title of the list ``answer`` showed in part ("Key Responsibilities"), else ``""``."""
    found = MORE_LINE.search(answer)
    return found["title"] if found else ""


# A yes-or-no question ("do I need to know how to weld?", "welding? is that part of it").
YES_OR_NO = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|but|also|hey|um+|well|wait|like)\W+)*"
    r"(?!(?:can|could|would|will) you\b)"
    r"(?:(?:do|does|did|is|are|will|would|can|could|should|must|have to|has to)\s+"
    r"(?:i|you|u|they|we|he|she|one|it|a|an|the|this|that|there)\b"
    # "is CMM in the tech stack?", "do techs use CMMs"
    r"|(?:is|are)\s+[\w-]+\s+(?:in|on|part of|among|one of|listed|included)\b"
    r"|(?:do|does)\s+[\w-]+\s+(?:use|need|have|learn|know|work with)\b)",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"\b[A-Z]{2,4}\b")
STEM = 5  # letters of a word that name the same thing ("welding", "weld")
# "is that normal?", "do i need to know how to read em"
POINTER = re.compile(r"\b(?:that|this|it|em|them|those|these)\b", re.IGNORECASE)
# The guide pointed at ("does it mention MES"), not a thing said before
OF_THE_GUIDE = re.compile(
    r"\b(?:does|do|did|will|would) (?:it|the guide) (?:mention|say|list|cover|include"
    r"|talk about)\b",
    re.IGNORECASE,
)
COUNTS_TOWARD = re.compile(r"\b(?:count|counts|counted|transfer|transfers)\b", re.IGNORECASE)
# Whose the thing is ("do u need ur own tools"): the list names the thing, not who buys it.
OWNED = re.compile(r"\b(?:own|buy|bring|purchase|pay for)\b", re.IGNORECASE)
# Two things weighed as one ("is SAP the same thing as ERP?"): no item's yes answers it.
SAME_AS = re.compile(r"\bsame(?: \w+)? as\b|\bdifferent (?:from|than)\b", re.IGNORECASE)
# A choice between two things ("…or is it mostly days?"), answered by neither yes nor no.
EITHER_OR = re.compile(r"\w\s+or\s+(?!not\b|no\b|nah\b)\w", re.IGNORECASE)
# A question of what the job is like ("is it mostly at a computer?"), not of an item it lists.
OF_THE_JOB = re.compile(
    r"\b(?:is|are) (?:it|the job|the work|they)\s+(?:mostly|usually|always|often|really|very|all"
    r"|too|a lot|pretty|kinda|just)\b",
    re.IGNORECASE,
)
# A circumstance asked of, not a thing ("you didnt say anything about when to call
# maintenance. is that in there"): an item naming "maintenance" is no yes.
ASKS_WHEN = re.compile(r"\b(?:about|on|of|say) (?:when|how|why|where|whether|if)\b", re.I)
# The job weighed for the visitor ("would this be a good fit for someone like me?")
FIT_ASKED = whole_words(
    r"(?:good|great|right|decent|bad) (?:fit|match|job|choice|option|career)",
    r"for (?:someone|somebody|a person|people|a guy|a girl) like me", r"suit(?:s|ed)? me",
)  # fmt: skip
# Stems of words that name no thing a list could hold ("about", "really", "something"; "is
# a masters common for teachers?")
NO_THING = frozenset({"about", "reall", "actua", "there", "their", "thing", "somet", "would",
                      "could", "shoul", "commo"})  # fmt: skip


def listed_answer(
    items: list[str], asked: str, career: str, title: str = ""
) -> tuple[list[int], str]:
    """The places of the ``items`` that name what a yes-or-no question ``asked`` names (by
    the stem of a word of :data:`STEM` letters or more, the ``career``'s name and the list's
    ``title`` aside), and the yes that answers it; ``([], "")`` when none or most of them
    name it."""
    own = {w[:STEM] for w in search_terms(f"{career} {title}")}  # "…a must have skill?"
    *before, last = re.split(r"(?<=[.!?])\s+", asked.strip())  # "welding? do i need to…"
    remark = not last.endswith("?") and not YES_OR_NO.search(last)
    if remark and (asks := [n for n, b in enumerate(before) if b.endswith("?")]):
        before, last = before[: asks[-1]], before[asks[-1]]  # "do they climb towers? im not
        # sure about heights": the question, not the remark after it
    head, _, clause = last.rpartition(", ")
    if head and not YES_OR_NO.search(last) and YES_OR_NO.search(clause):
        before, last = [*before, head], clause  # "what about reading schematics, is that…"
    # the thing asked of is in the question, or named just before it ("welding? do i…"),
    # not in a sentence that only leads to it ("what about electricians then. do they…")
    named = (
        before[-1] if before and before[-1].endswith("?") and len(before[-1].split()) <= 3 else ""
    )
    if not YES_OR_NO.search(last) or EITHER_OR.search(last) or OWNED.search(last):
        return [], ""  # "can i keep 2nd shift or is it mostly days": no yes answers it
    if SAME_AS.search(last):
        return [], ""  # "is SAP the same thing as that ERP on the list": no yes answers it
    if FIT_ASKED.search(last):  # "…i fix the espresso machines. would this job be a good fit
        return [], ""  # for someone like me?": the job weighed for the visitor, no item
    listed = " ".join(items)
    if any(not re.search(rf"\b{a}", listed) for a in re.findall(r"\b[A-Z]{2,5}\b", last)):
        return [], ""  # "does it mention MES at all?": a name the list never writes
    asked = expand(f"{named} {last}")  # "is it boring?": the Cons' "monotony"
    found = [] if OF_THE_JOB.search(last) else _naming(items, asked, own, whole=True)
    told = bool(before) and not before[-1].rstrip().endswith("?")  # a statement, no question
    pointed = POINTER.search(OF_THE_GUIDE.sub(" ", last))  # not the guide's "it"
    circumstance = bool(before) and ASKS_WHEN.search(before[-1])  # "…about when to call
    if not found and told and pointed and not COUNTS_TOWARD.search(last) and not circumstance:
        # "…get called when machines break down. is that normal?", not "…6 yrs of X. does
        # that count?"
        found = _naming(items, before[-1], own, whole=False)
    return (found, LISTED) if found else ([], "")


def _naming(items: list[str], question: str, own: set[str], whole: bool) -> list[int]:
    """The places of the ``items`` naming what ``question`` names, if not most of them;
    with ``whole``, only when most of what it names is in them: "background checks or a
    record?" is not answered by "keep detailed records"."""
    stems = {w[:STEM] for w in search_terms(question) if len(w) >= STEM} - own - NO_THING
    named = [stems & {w[:STEM] for w in search_terms(text)} for text in items]
    # a short name written as the list writes it ("is CMM in the tech stack?"), not "CMMS"
    acronyms = set(ACRONYM.findall(" ".join(items)))
    written = (w[:-1] if w.endswith("s") and w[:-1].isupper() else w  # "CMMs": CMM
               for w in re.findall(r"\b[A-Za-z]{2,5}\b", question))  # fmt: skip
    short = {w.upper() for w in written} & acronyms - own
    stems |= short
    named = [
        n | {a for a in short if re.search(rf"\b{a}\b", t)}
        for n, t in zip(named, items, strict=True)
    ]
    found = [n for n, shared in enumerate(named) if shared]
    if not found or len(found) > len(items) // 2:
        return []
    return [] if whole and 2 * len(set().union(*named)) < len(stems) else found


# A guide's attribution line quoted as a sentence ("Source: U.S. Bureau of Labor Statistics").
SOURCE_LINE = re.compile(r"^Sources?: [^:]{1,80}$")
ASKS_SOURCE = re.compile(r"\bfrom\W*$|\bsources?\b|\bcit(?:e|ed|ation)s?\b|\bwho says\b", re.I)


def unattributed(pieces: list[Piece], message: str) -> list[Piece]:
    """``pieces`` without a bare attribution line beside what it attributes, unless
    ``message`` asks where the figures come from."""
    if ASKS_SOURCE.search(message):
        return pieces
    if any(p.kind == "sentence" and not SOURCE_LINE.match(p.text) for p in pieces):
        return [p for p in pieces if not SOURCE_LINE.match(p.text)]
    return pieces


def unhung(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without a lead-in ending in a colon that nothing of its own follows ("…,
    the guide lists:" whose item an earlier part already quoted)."""
    kept: list[Piece] = []
    for n, piece in enumerate(pieces):
        after = pieces[n + 1] if n + 1 < len(pieces) else None
        hangs = piece.kind in ("lead", "intro") and piece.text.rstrip().endswith(":")
        if hangs and (after is None or after.kind in ("lead", "intro")):  # a heading opens
            # the list a lead-in announces ("These careers need no college degree…:")
            continue
        kept.append(piece)
    return kept
