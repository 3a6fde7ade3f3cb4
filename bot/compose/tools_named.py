"""Software a question names ("is python enough or do they use matlab more", "pro tools?
ableton?"): which of it the career's Tech Stack lists and which it doesn't, said first."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import pairwise

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.lists import LISTED, folded_into_lists
from bot.retrieval.units import UnitBank
from bot.text import STOPWORDS
from bot.understand.asks import asking_text
from knowledge.model import Guide, Section
from knowledge.words import singular

TECH_STACK = "Tech Stack"
# A Tech Stack item naming software: "Python (Object or component oriented development
# software) (hot technology)"; the name is what comes before the first bracket.
SOFTWARE_ITEM = re.compile(r"^(?P<name>[^(]+?)\s*\((?P<kind>[^)]*software[^)]*)\)", re.I)
HOT = "(hot technology)"
TOKEN = re.compile(r"[a-z][a-z0-9+#]*", re.IGNORECASE)
MIN_LETTERS = 3  # shorter words ("go", "r") name too much of ordinary speech
LETTER = "^"  # marks a one-letter name ("R", "C") written as a capital
IN_GUIDES = 3  # guides whose Tech Stack names a word, at least: software people ask about
# Ordinary words some software is named with ("ADP Workforce Now", "Nexiq Tech HDS")
ORDINARY = frozenset(
    ("now", "tech", "live", "pro", "plus", "one", "first", "just", "true", "go", "uni", "culinary")
)
COMMON_IN = 3  # guides whose other text uses a word, from which it names no software
MAX_ITEMS = 3  # items one word may find in a guide; more, and it names a maker ("Microsoft")
# Stacks an ordinary word must be named in to name software alone: "Excel" and "Epic" are,
# "Med" (of "Med Math"), "Info" (of "Epi Info") and "Automate" (of "Power Automate") not.
SOFTWARE_ALONE = 10
# Words asking about the software of the work ("what tools", "is python enough", "do they
# use matlab", "should i learn figma"): only then do names of software count as asked.
ABOUT_SOFTWARE = re.compile(
    r"\b(?:software|tools?|programs?|apps?|languages?|coding|code|stack|platforms?|use[sd]?|using"
    r"|learn\w*|know|enough|lists?)\b",
    re.IGNORECASE,
)
# A name asked bare ("jira?") or weighed against another ("python or java")
BARE = re.compile(r"([\w+#]+)\s*\?|([\w+#]+)\s+(?:or|vs\.?|versus)\s+([\w+#]+)", re.I)
CLAUSE_END = re.compile(r"(?<=[,.;!?])\s+")
# A clause of the visitor's own story ("i use python at work already", "I am fluent in Excel")
FIRST_PERSON = re.compile(r"^\W*(?:(?:and|but|so|also)\s+)?(?:i|i'?m|im|i'?ve|ive|my)\b", re.I)
# Software set aside as known ("what should i be learning besides python"): not asked about
BESIDES = re.compile(
    r"\b(?:besides|other than|apart from|except(?: for)?|on top of|beyond|aside from)\s+[\w+#]+"
    r"(?:\s*(?:,|and|or)\s*[\w+#]+)*",
    re.IGNORECASE,
)
# Asking which comes first among those named ("python or matlab", "which is more important")
RANKS = re.compile(r"\b(?:or|which|more|most|better|enough)\b", re.IGNORECASE)


class SoftwareNames:
    """The words and word pairs that name software in the guides' Tech Stacks, and nothing
    in their other text ("matlab", "pro tools"; not "access" or "project")."""

    def __init__(self, guides: Sequence[Guide], english: Collection[str] = ()) -> None:
        """``english``: common words (the model's vocabulary), which name software alone only
        when a Tech Stack item is named by the word alone or many Tech Stacks name it."""
        self._names = _software_names(guides, frozenset(english))  # word(s) → name as written

    def named(self, text: str, about_software: bool = False) -> list[tuple[str, str]]:
        """The software ``text`` names, in order, each as (its words, its written name), when
        it asks about software ("do they use matlab", "pro tools? ableton?")."""
        names = self._names
        # a one-letter name counts written as a name ("python or R"), not "r u sure"
        tokens = [
            LETTER + t.lower() if len(t) == 1 and t.isupper() else t.lower()
            for t in TOKEN.findall(text)
        ]
        if not about_software and not ABOUT_SOFTWARE.search(text):  # a bare name ("jira?")
            bare = {name.lower() for found in BARE.findall(text) for name in found if name}
            tokens = [t if t in bare else "" for t in tokens]
        found: list[tuple[str, str]] = []
        skip = False
        for n, token in enumerate(tokens):
            if skip:
                skip = False
                continue
            pair = " ".join(tokens[n : n + 2])
            if n + 1 < len(tokens) and pair in names:
                found.append((pair, names[pair]))
                skip = True
            elif token in names:
                found.append((token, names[token]))
        return list(dict.fromkeys(found))


def tools_told(
    message: str, draft: Draft, guide: Guide, names: SoftwareNames, bank: UnitBank
) -> None:
    """Lead ``draft`` with which software the question names the guide's Tech Stack lists
    (and the items that list it) and which it doesn't; nothing when it names none."""
    stack = guide.titled(TECH_STACK)
    refused = draft.mode is Mode.REFUSAL  # "python or java?" reads near no section
    if (draft.mode is not Mode.CITED and not refused) or stack is None or not stack.items:
        return
    own = {t.lower() for t in TOKEN.findall(guide.career)}
    named, told = _named_as_asked(message, names)
    asked = [(w, name) for w, name in [*named, *told] if w not in own]
    if not asked:
        return
    listed: list[str] = []  # the item names, as the guide writes them
    items: list[str] = []
    missing: list[str] = []
    for words, written in asked:
        found = [i for i in stack.items if _names(i, words)]
        if len(found) > MAX_ITEMS:
            continue  # a maker's name ("microsoft"), not one tool
        if not found and ((words, written) not in told or " " in words):  # what she knows:
            missing.append(written)  # a one-word name only if listed ("fluent in Excel")
        for item in found:
            if item not in items:
                items.append(item)
                listed.append(_name(item))
    if not listed and (refused or not missing):
        return
    source = Source(guide.slug, guide.title, stack.path_text, stack.anchor)
    lead = _lead(guide.career, listed, all(HOT in i for i in items), missing, message)
    shown = {p.text.rstrip(". ") for p in draft.pieces}  # as an item or as a sentence
    stack_shown = any(p.source.section == stack.path_text for p in draft.pieces)
    pieces = [Piece(i, source, i, "item") for i in items if i.rstrip(". ") not in shown]
    if stack_shown:  # each named item moved up into the list the answer shows
        draft.pieces = _into_list(draft.pieces, pieces, stack.path_text, bank)
        pieces = []
    kept = [p for p in draft.pieces if p.text != LISTED]  # the lead says which it lists
    if refused:  # what its Tech Stack lists of them is the answer, nothing of the refusal
        draft.mode, kept, draft.retrieved_guides = Mode.CITED, [], [guide.slug]
    draft.pieces = [Piece(lead, source, "", "lead"), *pieces, *kept]


def _named_as_asked(
    message: str, names: SoftwareNames
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The software the question names, and what the visitor's own story names ("I am fluent
    in Excel") when the question asks about software ("…what do they use?")."""
    clauses = [c for c in CLAUSE_END.split(asking_text(message)) if c.strip()]
    asked = BESIDES.sub(" ", " ".join(c for c in clauses if not _told(c)))
    told = " ".join(c for c in CLAUSE_END.split(message) if _told(c))
    story = names.named(told, about_software=True) if ABOUT_SOFTWARE.search(asked) else []
    named = names.named(asked)
    return named, [n for n in story if n not in named]


def _told(clause: str) -> bool:
    return bool(FIRST_PERSON.match(clause)) and not clause.rstrip().endswith("?")


def _into_list(
    pieces: list[Piece], items: list[Piece], section: str, bank: UnitBank
) -> list[Piece]:
    """``pieces`` with ``items`` put into the ``section`` list they show: before its "…and N
    more" line, counted off it, or after its last item when it is shown whole."""
    if any(p.kind == "more" and p.source.section == section for p in pieces):
        return folded_into_lists([*pieces, *items], bank)
    last = max(n for n, p in enumerate(pieces) if p.source.section == section)
    return [*pieces[: last + 1], *items, *pieces[last + 1 :]]


def _lead(career: str, listed: list[str], hot: bool, missing: list[str], message: str) -> str:
    """ "The Data Scientists guide's Tech Stack lists Python and R, both hot technologies.\""""
    said = []
    if listed:
        kind = ""
        if hot:
            kind = ", both hot technologies" if len(listed) == 2 else ", a hot technology"
            kind = ", all hot technologies" if len(listed) > 2 else kind
        said.append(f"The {career} guide's Tech Stack lists {_joined(listed, 'and')}{kind}.")
        if len(listed) > 1 and RANKS.search(message):
            said.append("It doesn't rank them.")
        if missing:
            said.append(f"It doesn't list {_joined(missing, 'or')}.")
    else:
        said.append(f"The {career} guide's Tech Stack doesn't list {_joined(missing, 'or')}.")
    return " ".join(said)


def _joined(names: list[str], word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


def _name(item: str) -> str:
    found = SOFTWARE_ITEM.match(item)
    return found["name"].strip() if found else item


def _names(item: str, words: str) -> bool:
    """The Tech Stack ``item``'s software name holds ``words``, whole."""
    found = SOFTWARE_ITEM.match(item)
    tokens = [t.lower() for t in TOKEN.findall(found["name"])] if found else []
    parts = words.removeprefix(LETTER).split()
    return any(tokens[n : n + len(parts)] == parts for n in range(len(tokens)))


def _software_names(guides: Sequence[Guide], english: frozenset[str]) -> dict[str, str]:
    """Every word and word pair naming software in the Tech Stacks of at least
    :data:`IN_GUIDES` guides and written in lower case by fewer than :data:`COMMON_IN` guides'
    other text, with the name as written; no career's word ("planner"), nor an ordinary one
    ("now"), nor a word of ordinary speech only part of a few names ("med", "info")."""
    written: dict[str, str] = {}
    stacks: Counter[str] = Counter()  # guides whose Tech Stack names it
    used: Counter[str] = Counter()  # guides whose other text uses it
    whole: Counter[str] = Counter()  # guides whose Tech Stack has it as a whole name
    titles = {singular(t.lower()) for g in guides for t in TOKEN.findall(g.career)}
    for guide in guides:
        other: set[str] = set()
        named: set[str] = set()
        for section in guide.walk():
            if section.title == TECH_STACK:
                for item in section.items:
                    named |= _add_names(item, written)
                    whole.update({_name(item).lower()} & named)
            else:
                # in lower case: an ordinary word ("burmese pythons"), not the software's name;
                # a word of a section's title ("Job Outlook") is the guides' own word
                other |= {t for t in TOKEN.findall(_text(section)) if t.islower()}
                other |= {t.lower() for t in TOKEN.findall(section.title)}
        used.update(other)
        stacks.update(named)
    return {
        words: name
        for words, name in written.items()
        if stacks[words] >= IN_GUIDES
        and not {singular(w) for w in words.split()} <= titles  # a pair: not all career words
        and not set(words.split()) & STOPWORDS
        and words not in ORDINARY
        and (" " in words or (len(words) >= MIN_LETTERS and used[words] < COMMON_IN))
        and not (
            _ordinary(words, english, used) and not whole[words] and stacks[words] < SOFTWARE_ALONE
        )
    } | {  # a one-letter name that is a whole name ("R", "C"), not a part ("E-Verify")
        LETTER + w: w.upper()
        for w in written
        if written[w] == w.upper() and whole[w] >= IN_GUIDES
        if len(w) == 1
    }


def _ordinary(words: str, english: frozenset[str], used: Counter[str]) -> bool:
    """A word of ordinary speech: a common word, or one some guide writes in lower case."""
    return " " not in words and (words in english or used[words] > 0)


def _add_names(item: str, written: dict[str, str]) -> set[str]:
    """Record the words and word pairs of ``item``'s software name; return them."""
    found = SOFTWARE_ITEM.match(item)
    if found is None:
        return set()
    tokens = TOKEN.findall(found["name"])
    pairs = [f"{a} {b}" for a, b in pairwise(tokens)]
    for words in (*tokens, *pairs):
        written.setdefault(words.lower(), words)
    return {w.lower() for w in (*tokens, *pairs)}


def _text(section: Section) -> str:
    return " ".join((*section.paragraphs, *section.items))
