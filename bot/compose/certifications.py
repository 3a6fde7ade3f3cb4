"""Which certifications count for a career ("which certs actually matter", "any good
certifications for this?"): the guide's sentences naming credentials, those naming the most
first, one from each section."""

from __future__ import annotations

from bot.answer import Draft, Piece
from bot.compose.extractive import cited_draft, unit_piece
from bot.compose.order import ASKS_ORDER
from bot.compose.plan import CERT_SENTENCE, certification_names
from bot.retrieval.units import Unit, UnitBank
from bot.text import whole_words, words
from bot.understand.asks import asking_text
from knowledge.model import Guide

CERTS = r"(?:certs?|certifications?|credentials?)"
ASKS_CERTS = whole_words(
    rf"(?:which|what) (?:\w+ )?{CERTS}(?! (?:\w+ )?(?:costs?|is|stands?|means?)\b)",
    rf"{CERTS} (?:\w+ ){{0,2}}(?:matter|count|help|are (?:best|worth it|there)|worth getting)",
    rf"(?:any|best|good|top|important|useful|recommended) {CERTS}\b",
    rf"(?:other|more) {CERTS}",  # "you didnt answer if theres other certs"
)
# Which exist asked beside which comes first ("what certifications are out there and which
# one should I get first?"): the ones named, with the plain word that the guide ranks none
LISTED = whole_words(rf"(?:which|what) {CERTS} (?:are (?:out )?there|exist|are available)")
UNRANKED = "The guide doesn't say which to get first; these are the certifications it names:"
MIN_NAMES = 2  # credentials a sentence names to be one about certifications
MAX_SENTENCES = 3


def certifications_draft(question: str, guide: Guide, bank: UnitBank) -> Draft | None:
    """The sentences of ``guide`` naming credentials, when ``question`` asks which count
    (not which comes first: that is the order's to say); ``None`` when it names none."""
    asking = asking_text(question)
    ordered = bool(ASKS_ORDER.search(asking))
    if not ASKS_CERTS.search(asking) or (ordered and not LISTED.search(asking)):
        return None
    units = [bank.units[i] for i in bank.of_guide(guide.slug)]
    naming = [
        (names, at, u)
        for at, u in enumerate(units)
        if CERT_SENTENCE.search(u.text) and not u.is_item
        for names in [certification_names(u.text)]
    ]
    ranked = sorted((n for n in naming if len(n[0]) >= MIN_NAMES), key=lambda n: (-len(n[0]), n[1]))
    picked: dict[str, Unit] = {}
    named: set[str] = set()
    for names, _, unit in ranked:  # one a section, each naming a credential not yet named
        said = {w for name in names for w in words(name)}
        if unit.chunk.section not in picked and not said <= named:
            picked[unit.chunk.section], named = unit, named | said
    if not picked:
        return None
    draft = cited_draft([unit_piece(u) for u in list(picked.values())[:MAX_SENTENCES]])
    if ordered:
        draft.pieces.insert(0, Piece(UNRANKED, draft.pieces[0].source, "", "lead"))
    return draft
