"""A draft answer and the search behind it."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answer import Draft
from bot.retrieval.retriever import Hit
from bot.understand.intents import Intent


@dataclass
class Drafted:
    """A draft and the search behind it (empty for refusals)."""

    draft: Draft
    hits: list[Hit] = field(default_factory=list)
    intent: Intent | None = None
