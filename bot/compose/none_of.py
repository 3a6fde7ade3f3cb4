"""What none of the careers compared says: "The guides for X and Y don't mention
commission.", told once for them all."""

from __future__ import annotations

from bot.answer import Piece, Source
from bot.compose.unsaid import never_named
from knowledge.model import Guide


def unmentioned_by_all(guides: list[Guide], question: str) -> Piece | None:
    """The plain "The guides for X and Y don't mention commission." when ``question`` asks a
    thing none of the compared ``guides`` names, else ``None``."""
    things = {never_named(guide, question) for guide in guides}
    if len(guides) < 2 or len(things) != 1 or "" in things:
        return None
    return none_of(guides, f"mention {things.pop()}")


def none_of(guides: list[Guide], missing: str) -> Piece:
    """The lead "The guides for X and Y don't ``missing``." of careers compared."""
    careers = " and ".join(g.career for g in guides[:2]) if len(guides) == 2 else "these careers"
    said = f"The guides for {careers} don't {missing}."
    return Piece(said, Source(guides[0].slug, guides[0].title, "", ""), "", "lead")
