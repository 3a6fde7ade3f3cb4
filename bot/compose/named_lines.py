"""The guide's lines naming the things a question names, when the answer drafted names none
of them ("do my welding and hydraulic skills carry over": the Tech Skills' "Basic welding and
metal fabrication", not the market demand; "do techs train operators": "Train and assist
production operators…", not the junior tier)."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection

import numpy as np

from bot.answer import Draft, Mode, Piece
from bot.compose.extractive import LABEL_LINE, unit_piece
from bot.compose.neighbours import said_as_name
from bot.compose.topic import GENERIC, as_sentence
from bot.compose.unsaid import ASKING_WORDS
from bot.retrieval.units import UnitBank
from bot.text import FUNCTION_WORDS, search_terms, whole_words
from bot.understand.asks import asking_text
from bot.understand.intents import detect_intent
from bot.understand.needs import Need, is_credits, lists_names, part_need
from bot.understand.references import ordinal
from knowledge.model import Guide
from knowledge.words import singular

MOST_LINES = 3
# The sections telling the work itself: its skills, tools and duties
WORK_SECTIONS = re.compile(
    r"skill|responsibilit|tech stack|tools|functions|duties|tasks|day in the life", re.IGNORECASE
)
# Words of a question whether past work counts that name no work ("experience", "toward")
TOLD_PLAIN = frozenset(
    ("experience", "background", "toward", "towards", "credit", "count", "market", "related")
)
# A question whether what the visitor told of their own work fits the job ("does any of that
# line up with what these techs do", "does the welding count for anything", "this job use
# electric skill or no?")
TOLD_FITS = whole_words(
    r"(?:does|do|would|will|could) (?:any of )?(?:that|this|it|those|my \w+(?: \w+)?) (?:\w+ )?"
    r"(?:count|help|transfer|carry over|line up|apply|translate|match)",
    # "i explain things, manage a room of 30 kids. does any of that matter in a plant?", not
    # "does it matter that i have no field experience"
    r"(?:does|do|would|will|could) (?:any of (?:that|this|those|it)|my \w+(?: \w+)?) matter",
    r"lines? up with", r"carr(?:y|ies) over", r"(?:this|the) job use",
)  # fmt: skip
VERB_ENDINGS = ("ing", "ed", "al")  # "electrical" names what "electric" does
MIN_ROOT = 4  # letters left after a verb ending ("welding" → "weld"; "bring" stays)
# A word of the question names a particular thing of the job when at most this share of
# the guide's lines hold it ("hydraulic", "operators", "OSHA"); a word many lines hold
# ("maintenance", "equipment") names the job itself.
PARTICULAR_SHARE = 0.1
FEWEST_PARTICULAR = 3  # lines, on a short guide
NEAR_MARGIN = 0.12  # a line naming asked things this much less near than the nearest is off
NAMED_FLOOR = 0.33  # nearness to the question below which a line naming its words is off it
NEARER = 0.05  # the lines naming them replace an answer only when this much nearer the question
# Words of plain talk, naming no thing of the job asked about: the visitor's own life
# ("my age", "for a guy like me") and verbs any question uses ("stay", "carry over").
PLAIN_WORDS = frozenset(
    ("age", "kid", "kids", "wife", "husband", "mom", "dad", "old", "young", "year", "years", "now",
     "right", "actually", "really", "someone", "somebody", "guy", "thing", "stuff", "side", "part",
     "lot", "lots", "way", "anything", "something", "first", "tho", "though", "also", "even",
     "stay", "stayed", "carry", "pick", "fit", "sound", "sounds", "mean", "start", "go", "come",
     "try", "seem", "feel", "sure", "new", "think", "thinking", "apply", "applying", "wonder",
     "wondering", "heard", "hear", "know", "guess", "tell", "told", "said", "say", "deal",
     "talk", "want", "wanna", "gonna", "honestly", "would", "could", "whats", "use", "used",
     "using", "make", "made", "get", "got", "take", "much", "many", "skill", "skills", "kind",
     "worked", "work", "day", "daily",
     # times and the job's own levels, which other answers read ("junior or higher")
     "month", "months", "week", "weeks", "hour", "hours", "junior", "senior", "entry", "mid",
     "lead", "level", "higher", "lower", "top", "bottom", "guide", "guides")
)  # fmt: skip


def lines_named(
    asked: str,
    message: str,
    draft: Draft,
    guide: Guide,
    bank: UnitBank,
    embed: Callable[[str], np.ndarray],
) -> None:
    """``draft`` made of the guide's lines naming the particular things ``message`` names
    ("welding and hydraulic skills") when it names none of them; a kind the bot knows
    (``asked``, respelt), figures answered and a place in the last answer ("the second part
    of the day") stay as drafted."""
    if draft.mode is not Mode.CITED or draft.figures or ordinal(message) is not None:
        return
    fits_told = TOLD_FITS.search(message) is not None  # "does any of that line up with…"
    fits_told = fits_told and part_need(asked) is not Need.RELATED  # "…transfer to?": others
    if not fits_told and (detect_intent(asked) is not None or part_need(asked) is not None):
        return
    named = named_instead(message, guide, bank, lambda: embed(message), draft.pieces, fits_told)
    if named is not None:
        draft.pieces = named


def named_instead(
    question: str,
    guide: Guide,
    bank: UnitBank,
    vector: Callable[[], np.ndarray],
    pieces: list[Piece],
    fits_told: bool = False,
) -> list[Piece] | None:
    """The lines naming what ``question`` names when no piece of an answer not framed by a
    lead names any of it; else ``None``. ``vector`` gives the question's embedding, asked
    for only once the question names such things. ``fits_told``: the question asks whether what
    its story tells fits the job ("i worked on diesels, pumps, hydraulics. does any of that
    line up"): the story's things are asked, and a lead framing the answer stays before them."""
    leads = [p for p in pieces if p.kind == "lead"]
    if leads and not fits_told:
        return None  # an answer framed already ("…has no skill ratings"; "…doesn't cover age")
    units = _quotable(guide, bank)
    stems = {i: _stems(bank.units[i].text) for i in units}
    # what the story says is not asked ("shift lead at a burger place… is this a job where…")
    asked = TOLD_FITS.sub(" ", question) if fits_told else asking_text(question)
    held = particular_stems(asked, guide, list(stems.values()))
    if fits_told:  # "would my welding years count toward that": the welding, not experience
        held = {s: n for s, n in held.items() if s not in TOLD_PLAIN}
    if not held:
        return None
    if fits_told:  # the lines of the work's skills, tools and duties naming the work told of
        work = {i: stems[i] for i in units if WORK_SECTIONS.search(bank.units[i].chunk.section)}
        lines = naming_lines(_weights(held, units), bank, work, vector())
        if not lines:
            return None
        # an answer framed already ("…doesn't say whether experience from a particular job
        # counts…") stays, without a list quoted whole, and the lines follow it
        framed = [p for p in pieces if p.kind not in ("intro", "item", "more")] if leads else []
        return [*framed, _told_lead(guide, bank, lines, bool(leads)), *_said(bank, lines)]
    told = set().union(*(_stems(p.text) for p in pieces)) & held.keys()
    evidence = {p.evidence for p in pieces}
    quoted = [i for i in units if bank.units[i].text in evidence]
    if not quoted:  # made of the guide's facts ("The median salary…")
        return None
    listed = len(quoted) >= MOST_LINES and all(bank.units[i].is_item for i in quoted)
    weight = _weights(held, units)

    def named(i: int) -> float:
        return sum(weight.get(s, 0.0) for s in stems[i])

    question_vector = vector()
    lines = naming_lines(weight, bank, stems, question_vector)
    nearest_line = max(bank.similarity(lines, question_vector), default=0.0)
    if nearest_line < NAMED_FLOOR:
        return None  # "clean room work": "Maintain a clean… work area" names a word, not it
    # an answer naming some of it stands; a list quoted whole is cut to its items naming it,
    # unless a line elsewhere names more of it
    if told and (not listed or max(map(named, quoted)) >= max(map(named, lines))):
        return _items_naming(pieces, set(held)) if listed else None
    # a list quoted whole naming none of it is no answer; other lines are unless farther
    if not listed and nearest_line < max(bank.similarity(quoted, question_vector)) + NEARER:
        return None  # what it quotes reads as near the question
    return _said(bank, lines)


def _told_lead(guide: Guide, bank: UnitBank, lines: list[int], unsettled: bool) -> Piece:
    """The lead before the lines naming the work a visitor told of; after an answer saying the
    guide doesn't weigh past work (``unsettled``), an "also"."""
    source = unit_piece(bank.units[lines[0]]).source
    said = "It also names that work" if unsettled else f"The {guide.career} guide names that work"
    return Piece(f"{said}:", source, "", "lead")


def _weights(held: dict[str, int], units: list[int]) -> dict[str, float]:
    """Each asked stem's weight: the fewer lines hold it, the more."""
    return {s: math.log(len(units) / n) for s, n in held.items()}


def _items_naming(pieces: list[Piece], asked: set[str]) -> list[Piece] | None:
    """A list's answer cut to the items naming the ``asked`` stems, or ``None`` when most do
    ("Key Responsibilities:" and the two items on operators, not all ten)."""
    items = [p for p in pieces if p.kind == "item"]
    naming = [p for p in items if asked & _stems(p.text)]
    if len(naming) * 2 > len(items):
        return None
    return [p for p in pieces if p.kind not in ("item", "more") or p in naming]


def naming_lines(
    weight: dict[str, float], bank: UnitBank, stems: dict[int, set[str]], vector: np.ndarray
) -> list[int]:
    """Up to three lines (unit indices with their ``stems``) naming asked stems and nearly as
    near ``vector`` as the nearest such line: each naming the most weight no line before it
    named ("welding", then "hydraulic"), then the nearest others naming any."""
    units = [i for i in stems if stems[i] & weight.keys()]
    if not units:
        return []
    near = dict(zip(units, bank.similarity(units, vector), strict=True))
    floor = max(near.values()) - NEAR_MARGIN
    units = [i for i in units if near[i] >= floor]
    chosen: list[int] = []
    named: set[str] = set()
    while len(chosen) < MOST_LINES:
        gain = {i: sum(weight.get(s, 0.0) for s in stems[i] - named) for i in units}
        best = max((i for i in units if i not in chosen), key=lambda i: (gain[i], near[i]))
        chosen.append(best)
        named |= stems[best]
        if len(chosen) == len(units):
            break
    return chosen


def _said(bank: UnitBank, chosen: list[int]) -> list[Piece]:
    """The chosen lines as sentences, the items of one list said in one ("The Tech Skills
    section lists Basic welding and metal fabrication and Hydraulic and pneumatic system
    repair.")."""
    pieces: list[Piece] = []
    lists: dict[str, list[str]] = {}
    for i in chosen:
        unit = bank.units[i]
        short = unit.is_item and said_as_name(unit.text)
        if short and unit.chunk.section in lists:
            lists[unit.chunk.section].append(unit.text.rstrip("."))
            continue
        if short:
            lists[unit.chunk.section] = [unit.text.rstrip(".")]
        pieces.append(as_sentence(unit_piece(unit, _kind(bank, i))))
    for n, piece in enumerate(pieces):
        items = lists.get(piece.source.section, [])
        if items and piece.evidence.rstrip(".") == items[0]:  # an item alone too, never a
            title = piece.source.section.split(" › ")[-1]  # fragment ("Hand tools (…).")
            listed = f"{', '.join(items[:-1])} and {items[-1]}" if len(items) > 1 else items[0]
            said = f"The {title} section lists {listed}."
            pieces[n] = Piece(said, piece.source, " · ".join(items), "sentence")
    return pieces


def particular_stems(question: str, guide: Guide, lines: Collection[set[str]]) -> dict[str, int]:
    """The stems of the words of ``question`` that name particular things of ``guide``'s
    job, each with how many of its ``lines`` (sets of stems) hold it: a few, never none."""
    own = _stems(f"{guide.career} {guide.title}")
    named = (w for w in search_terms(question) if w not in FUNCTION_WORDS)
    asked = {_stem(w) for w in named if len(w) > 2 and w not in GENERIC | PLAIN_WORDS}
    asked -= own | ASKING_WORDS
    most = max(FEWEST_PARTICULAR, round(PARTICULAR_SHARE * len(lines)))
    held = {s: sum(s in line for line in lines) for s in asked}
    return {s: n for s, n in held.items() if 0 < n <= most}


def _quotable(guide: Guide, bank: UnitBank) -> list[int]:
    return [
        i
        for section in guide.walk()
        if not is_credits(section.path_text) and not lists_names(section.path_text)
        for i in bank.of_section(guide.slug, section.path_text)
        if not LABEL_LINE.match(bank.units[i].text)
    ]


def _kind(bank: UnitBank, index: int) -> str:
    return "item" if bank.units[index].is_item else "sentence"


def _stem(word: str) -> str:
    """A word as things are named by it: "operators" → "operator", "welding" → "weld";
    never "operations" → "oper", which a stemmer gives both."""
    word = singular(word)
    for ending in VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_ROOT:
            return word[: -len(ending)]
    return word


def _stems(text: str) -> set[str]:
    return {_stem(w) for w in search_terms(text) if len(w) > 2}
