"""The tools of a trade's hands ("what tools does a carpenter need to buy", "do landscapers
use chainsaws"): the guide's duties that name them, said as what it has, before the software
its Tech Stack lists. An O*NET guide's Tech Stack is software only; a toolbox question
answered with QuickBooks and Excel is answered with the wrong list."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.tools_named import SOFTWARE_ITEM, TECH_STACK
from bot.text import whole_words
from bot.understand.asks import asking_text
from knowledge.model import Guide

DUTIES = "Key Responsibilities"
# Asking about tools or equipment ("what tools do i need", "what equipment", "chainsaws?")
ASKS_TOOLS = whole_words(
    r"tools?", r"equipment", r"gear", r"tool ?(?:box|kit|belt)", r"power tools?",
    r"hand tools?", r"machines?", r"machinery", r"chainsaws?", r"saws?", r"drills?",
)  # fmt: skip
# ...and not about the computers of the work ("what software", "computer tools")
ASKS_SOFTWARE = whole_words(
    r"software", r"computers?", r"programs?", r"apps?", r"coding", r"code", r"languages?",
    r"tech(?:nology|nologies)?", r"digital", r"online", r"excel", r"cad",
)  # fmt: skip
# Buying one's own ("need to buy", "my own tools", "how much do tools cost")
ASKS_BUYING = whole_words(
    r"buy\w*", r"bring", r"(?:my|your|their|his|her) own", r"cost\w*", r"pay for",
    r"purchas\w*", r"invest\w*",
)  # fmt: skip
# A duty naming a tool of the hands or a machine the worker runs
NAMES_TOOL = whole_words(
    r"(?:hand|power|cutting|measuring|testing|diagnostic|garden|lawn) tools?", r"tools",
    r"equipment", r"machines?", r"machinery", r"\w*saws?", r"drills?", r"wrench\w*",
    r"hammers?", r"torch\w*", r"welders?", r"mowers?", r"trimmers?", r"clippers?",
    r"shovels?", r"rakes?", r"ladders?", r"scaffold\w*", r"meters?", r"gauges?", r"calipers?",
    r"instruments?", r"forklifts?", r"cranes?", r"trucks?", r"tractors?", r"hoists?",
)  # fmt: skip
MAX_DUTIES = 4
SOFTWARE_NAMED = 3  # software names said of the Tech Stack, after the duties
WORD = re.compile(r"[a-z]{4,}")


def hand_tools_told(message: str, draft: Draft, guide: Guide) -> None:
    """Answer a question about a trade's tools or equipment with the guide's duties naming
    them, led by what the guide lacks (no tool list, nothing on buying), the software of
    its Tech Stack told after in a line; nothing when the question asks about software, the
    answer cites no software list, or the duties name no tools."""
    asked = asking_text(message)
    if draft.mode is not Mode.CITED or not ASKS_TOOLS.search(asked) or ASKS_SOFTWARE.search(asked):
        return
    stack = guide.titled(TECH_STACK)
    duties = guide.titled(DUTIES)
    if stack is None or duties is None or not stack.items:
        return
    if not all(SOFTWARE_ITEM.match(i) for i in stack.items):
        return  # a guide whose tools list names tools, not software
    if not any(p.source.section == stack.path_text for p in draft.pieces):
        return
    naming = _duties_naming_tools(duties.items, asked)
    if not naming:
        return
    said_of = Source(guide.slug, guide.title, duties.path_text, duties.anchor)
    stack_source = Source(guide.slug, guide.title, stack.path_text, stack.anchor)
    lacks = (
        "no list of tools to buy or what they cost"
        if ASKS_BUYING.search(asked)
        else ("no list of tools or equipment")
    )
    lead = f"The {guide.title} has {lacks}; these duties it lists name the tools used:"
    names = [found["name"].strip() for i in stack.items if (found := SOFTWARE_ITEM.match(i))]
    software = ", ".join(names[:SOFTWARE_NAMED])
    told = f"Its Tech Stack lists software only, such as {software}."
    draft.pieces = [
        Piece(lead, said_of, "", "lead"),
        *(Piece(d, said_of, d, "item") for d in naming),
        Piece(told, stack_source, "; ".join(names[:SOFTWARE_NAMED]), "sentence"),
    ]


def _duties_naming_tools(duties: list[str], asked: str) -> list[str]:
    """The duties naming tools, those sharing the question's words ("chainsaws") first."""
    words = set(WORD.findall(asked.lower()))
    naming = [d for d in duties if NAMES_TOOL.search(d)]
    shared = sorted(naming, key=lambda d: -len(words & set(WORD.findall(d.lower()))))
    return shared[:MAX_DUTIES]
