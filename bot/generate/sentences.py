"""The sentences of an LLM's output, where a bullet or numbered line counts as one."""

from __future__ import annotations

import re

from bot.text import split_sentences

BULLET = re.compile(r"^(?:[-*•]|\d+[.)])\s+")


def split_output(text: str) -> list[str]:
    """Sentences of generated text; a bullet or numbered line is one sentence, bullet removed."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        bullet = BULLET.match(line)
        if bullet:
            item = line[bullet.end() :].strip()
            if item:
                sentences.append(item)
        elif line:
            sentences.extend(split_sentences(line))
    return sentences
