"""The words a message is read with (the guides', English and chat words): whether any is
readable at all, and misspelt job and topic words put right."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.routing.names import MIN_CORRECTED, SPELLING, CareerNames
from bot.text import CHAT_WORDS, STOPWORDS
from bot.understand.spelling import Speller, respell
from bot.understand.vocabulary import colloquial
from knowledge.model import Guide
from knowledge.words import singular


class MessageWords:
    """The known words of the guides, English and chat, joined once for every message."""

    def __init__(self, guides: Sequence[Guide], names: CareerNames, english: frozenset[str]):
        """``english``: common words (the model's vocabulary)."""
        self.english = english
        self.vocabulary = {
            singular(w)
            for g in guides
            for s in g.walk()
            for w in re.findall(r"[a-z]+", s.text.lower())
        }
        self._names = names
        # Words never corrected (an English word is no misspelling: "hoping" is not "shopping"),
        # and words a readable message uses.
        self._spelt = frozenset(self.vocabulary | STOPWORDS | english)
        self._readable = self._spelt | english | CHAT_WORDS
        plain = (w for w in english if w.isalpha() and len(w) >= MIN_CORRECTED)
        self._english_speller = Speller(plain, SPELLING)  # "actualy" is no "actuary"
        self._named = self._readable | names.words

    def unreadable(self, message: str) -> bool:
        """No word of ``message`` is a word the guides, titles or English stopwords use
        ("asdkjh qwpoeiru"), nor a chat phrase for a topic ("downsides?"), and no misspelt job
        title can be read in it."""
        found = [w for w in re.findall(r"[a-z]+", message.lower()) if len(w) > 1]
        known = self._named
        if not found or any(singular(w) in known or w in known for w in found):
            return False
        if colloquial(message):
            return False
        return not self.corrected(message)

    def respelled(self, message: str) -> str:
        """``message`` with misspelt job and topic words put right, or as it was."""
        return respell(self.corrected(message) or message, self._readable)

    def corrected(self, message: str) -> str:
        """``message`` with misspelt job words put right, or ``""`` when none needed it."""
        return self._names.corrected(message, self._spelt, self._english_speller)
