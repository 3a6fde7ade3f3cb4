"""Software asked of a Tech Stack listing tools and software together ("what software do
techs use", "i meant software not wrenches"): the items naming software or an information
system, never the wrenches and conveyors beside them."""

from __future__ import annotations

import re

from bot.answer import Draft, Mode, Piece, Source
from bot.compose.hand_tools import ASKS_TOOLS
from bot.compose.tools_named import TECH_STACK
from bot.text import whole_words
from bot.understand.asks import asking_text
from knowledge.model import Guide

# Asking about the programs of the work, not its tools
ASKS_SOFTWARE = whole_words(
    r"software", r"computer programs?", r"programs? (?:on|for) (?:a |the )?computers?", r"apps?",
    r"applications?", r"computer systems?",
)  # fmt: skip
# An item naming software, or a system of information rather than of machines ("Enterprise
# Resource Planning (ERP) systems"; not "Conveyor systems")
NAMES_SOFTWARE = re.compile(
    r"\b(?:software|programs?|apps?|applications?|databases?|platforms?|spreadsheets?)\b"
    r"|\b(?:management|planning|information|control|data|tracking|scheduling|execution"
    r"|monitoring|acquisition)\b(?:\s*\([^)]*\))?\s+systems?\b",
    re.IGNORECASE,
)


def software_listed(message: str, draft: Draft, guide: Guide) -> None:
    """Answer a question about software from a Tech Stack mixing tools and software with
    its software items only; nothing when tools are asked too, the stack names no software or
    nothing else (an O*NET guide's), or the answer does not cite it."""
    asked = asking_text(message)
    if draft.mode is not Mode.CITED or not ASKS_SOFTWARE.search(asked) or ASKS_TOOLS.search(asked):
        return  # "which gear and software…": the whole list
    stack = guide.titled(TECH_STACK)
    if stack is None or not any(p.source.section == stack.path_text for p in draft.pieces):
        return
    software = [i for i in stack.items if NAMES_SOFTWARE.search(i)]
    if not software or len(software) == len(stack.items):
        return  # none, or all software (an O*NET guide's stack)
    source = Source(guide.slug, guide.title, stack.path_text, stack.anchor)
    intro = f"Of the tools its {TECH_STACK} lists, these are software or computer systems:"
    draft.pieces = [
        Piece(intro, source, "", "intro"),
        *(Piece(item, source, item, "item") for item in software),
    ]
