"""Parser for career guides written in Markdown (``#`` title, ``##``/``###`` sections)."""

from __future__ import annotations

import re

from knowledge.cleaning import clean_text, drop_decorative_emoji
from knowledge.model import Section
from knowledge.outline import OutlineBuilder

HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<title>.+?)\s*#*\s*$")
ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?P<text>.+)$")
COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?P<text>\S(?:.*?\S)?)\1")


def parse_markdown_guide(raw: str) -> tuple[str, list[Section]]:
    """Parse a Markdown guide into its title and section tree (``##`` is level 1)."""
    outline = OutlineBuilder()
    title = ""
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            outline.paragraph(" ".join(paragraph))
            paragraph.clear()

    for line in clean_text(raw).splitlines():
        heading, item = HEADING.match(line), ITEM.match(line)
        if COMMENT.match(line):
            continue  # e.g. the importer's "generated from O*NET" marker
        if heading:
            flush()
            text = drop_decorative_emoji(_inline(heading["title"]))
            level = len(heading["hashes"])
            if level == 1 and not title:
                title = text
            else:
                outline.heading(max(level - 1, 1), text)
        elif item:
            flush()
            outline.item(_inline(item["text"]))
        elif line.strip():
            paragraph.append(_inline(line.strip()))
        else:
            flush()
    flush()
    if not title:
        raise ValueError("the guide has no '# Title' line")
    return title, outline.build()


def _inline(text: str) -> str:
    """Plain text of a Markdown line: links and emphasis reduced to their words."""
    return EMPHASIS.sub(r"\g<text>", LINK.sub(r"\g<text>", text)).strip()
