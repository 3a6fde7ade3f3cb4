"""Embeddings asked for more than once in one answer, computed once."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


class EmbedMemo:
    """Embeds each text once."""

    def __init__(self, embed: Callable[[str], np.ndarray]) -> None:
        self._embed = embed
        self._seen: dict[str, np.ndarray] = {}

    def __call__(self, text: str) -> np.ndarray:
        if text not in self._seen:
            self._seen[text] = self._embed(text)
        return self._seen[text]
