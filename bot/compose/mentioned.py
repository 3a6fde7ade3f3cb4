"""What a guide says in passing of a thing it has no section on ("is language important?":
Global Outlook's "Language skills … offer competitive advantages"), rather than "the guide
doesn't cover that" when its text names the thing."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.unsaid import RATINGS, never_named_draft
from bot.text import STOPWORDS, english_stemmer, split_sentences, words
from bot.understand.asks import asking_text
from knowledge.model import Guide, Section

MIN_LETTERS = 4  # shorter words name no thing ("pay" is a kind the bot answers anyway)
MAX_LINES = 3  # lines quoted
RARE_LINES = 6  # a word in more of the guide's lines than this is no rare thing it names
KNOWN_SHARE = 0.6  # of the question's words the guide must use: else it asks of other things
# Words of any question that name no thing the guide could speak of.
EVERYDAY = frozenset(
    (
     "important", "guide", "career", "careers", "really", "thing", "things", "stuff", "good",
     "know", "need", "want", "like", "much", "many", "also", "does", "anything", "something",
     "kind", "sort", "type", "kinds", "types", "about", "matter", "matters", "help", "helps",
     "true", "okay", "thanks", "please", "would", "could", "should", "still", "think",
     "enough", "already", "doing", "actually", "even", "maybe", "probably", "usually",
     "have", "take", "make", "give", "says", "said", "done", "made", "goes", "come", "tell",
     "with", "from", "what", "when", "where", "which", "there", "their", "they", "this", "that",
    )
)  # fmt: skip


def _lines(guide: Guide) -> list[tuple[Section, str]]:
    """Every sentence and list item of ``guide``, with its section (never a rating's)."""
    return [
        (section, line)
        for section in guide.walk()
        if not RATINGS.search(section.path_text)
        for line in (*(s for p in section.paragraphs for s in split_sentences(p)), *section.items)
    ]


def _pieces(guide: Guide, found: list[tuple[Section, str]]) -> list[Piece]:
    return [
        Piece(line, Source(guide.slug, guide.title, s.path_text, s.anchor), line, "sentence")
        for s, line in found[:MAX_LINES]
    ]


def lines_naming(
    guide: Guide, topic: re.Pattern[str], sections: re.Pattern[str], limit: int = 2
) -> list[Piece]:
    """The guide's ``limit`` lines that speak most of ``topic``, each cited: a sentence that
    opens with it, in one of ``sections`` ("Industry Trends"), and naming it most, first."""

    def weight(pair: tuple[Section, str]) -> int:
        section, line = pair
        found = topic.search(line)
        opens = found is not None and found.start() < len(line) // 4
        return 2 * opens + 2 * bool(sections.search(section.path_text)) + len(topic.findall(line))

    found = list({line: (s, line) for s, line in _lines(guide) if topic.search(line)}.values())
    return _pieces(guide, sorted(found, key=weight, reverse=True))[:limit]


def said_in_passing(guide: Guide, question: str) -> Draft | None:
    """The guide's lines (at most three) naming a rare word of the question, each cited,
    led by saying the guide only mentions it; ``None`` when no line names one."""
    stem = english_stemmer().stemWord
    asked = {
        stem(w)
        for w in words(asking_text(question))
        if len(w) >= MIN_LETTERS and w not in STOPWORDS and w not in EVERYDAY
    } - {stem(w) for w in words(guide.career)}
    lines = _lines(guide)
    stems = [{stem(w) for w in words(line)} for _, line in lines]
    known = asked & set().union(*stems)
    if not asked or len(known) < KNOWN_SHARE * len(asked):
        return None  # "how many moons does jupiter have": a question of other things
    rare = {w for w in known if sum(w in s for s in stems) <= RARE_LINES}
    found = [(section, line) for (section, line), s in zip(lines, stems, strict=True) if rare & s]
    if not found:
        return None
    pieces = _pieces(guide, found)
    lead = Piece(
        f"The {guide.title} has no section on that; it mentions it here:", pieces[0].source, "",
        "lead",
    )  # fmt: skip
    draft = Draft(Mode.CITED, [lead, *pieces], topic=pieces[0].source.section)
    draft.retrieved = list(dict.fromkeys(p.source.section for p in pieces))
    draft.retrieved_guides = [guide.slug]
    return draft


def named_or_mentioned(guide: Guide, question: str) -> Draft | None:
    """For a ``question`` no section answers: that ``guide`` never names the thing asked
    ("unions"), else the lines that mention it in passing; ``None`` when neither."""
    return never_named_draft(guide, question) or said_in_passing(guide, question)
