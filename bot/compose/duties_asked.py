"""The duties a question about the work's setting names ("is that mostly office work? i
still wanna be cooking some", "is it mostly helping people or cataloguing too?"): what a
guide with no setting section still says of it."""

from __future__ import annotations

from bot.answer import Piece, Source
from bot.text import english_stemmer, search_terms, shared_stems
from knowledge.model import Guide

DUTIES = "Key Responsibilities"
MOST = 3
MIN_STEM = 4  # shorter stems ("lot", "job") name nothing done
# Words of the question that name no duty ("mostly", "worried", "work", "people")
PLAIN = frozenset(
    ("work", "job", "mostli", "much", "lot", "worri", "still", "wanna", "want", "realli",
     "actual", "alot", "kind", "part", "thing", "stuff", "time", "day", "peopl", "someth")
)  # fmt: skip


def duties_asked(guide: Guide, question: str) -> list[Piece]:
    """Up to three of ``guide``'s duties sharing a word of ``question`` besides the career's
    own name ("cooking": "Perform some food preparation… such as cooking"), most shared
    first; none when no duty shares one."""
    duties = guide.titled(DUTIES)
    if duties is None or not duties.items:
        return []
    stem = english_stemmer().stemWord
    own = {stem(w) for w in search_terms(f"{guide.career} {guide.title}")}
    asked = {stem(w) for w in search_terms(question)} - own - PLAIN
    asked = {a for a in asked if len(a) >= MIN_STEM}

    def shared(item: str) -> int:
        return len(shared_stems(asked, {stem(w) for w in search_terms(item)}, MIN_STEM))

    ranked = sorted((item for item in duties.items if shared(item)), key=lambda i: -shared(i))
    source = Source(guide.slug, guide.title, duties.path_text, duties.anchor)
    return [Piece(item, source, item, "item") for item in ranked[:MOST]]
