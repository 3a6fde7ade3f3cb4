"""Parser for career guides written in Markdown (``#`` title, ``##``/``###`` sections)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from knowledge.cleaning import clean_text, drop_decorative_emoji
from knowledge.model import Section
from knowledge.outline import OutlineBuilder

LIST_OPEN = ("bullet_list_open", "ordered_list_open")
# Job titles for routing only, never shown: one comment line in the guide's head (before
# its first section), e.g. "<!-- routing titles: Charge Nurse; ER Nurse -->".
ROUTING_TITLES = re.compile(r"^<!-- routing titles: (?P<titles>[^<>]*?) -->[ \t]*$")
BREAKS = ("softbreak", "hardbreak")


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark")


def parse_markdown_guide(raw: str) -> tuple[str, list[Section]]:
    """Parse a Markdown guide into its title and section tree (``##`` is level 1).

    The first ``#`` heading is the title. Headings (ATX or setext) open sections,
    paragraphs and list items fill them; code is kept as text, HTML comments and images
    are dropped, links and emphasis are reduced to their words.
    """
    outline = OutlineBuilder()
    title = ""
    items: list[list[str]] = []  # the text of each open list item, innermost last

    def add_text(text: str) -> None:
        if items:
            items[-1].append(text)
        else:
            outline.paragraph(text)

    tokens = _markdown().parse(clean_text(raw))
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            text = drop_decorative_emoji(_inline(tokens[i + 1].children or []))
            level = int(token.tag[1])
            if level == 1 and not title:
                title = text
            else:
                outline.heading(max(level - 1, 1), text)
        elif token.type == "list_item_open":
            items.append([])
        elif token.type in LIST_OPEN and items:
            _add_item(outline, items[-1])  # a nested list: its parent's words come first
        elif token.type == "list_item_close":
            _add_item(outline, items.pop())
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open":
            add_text(_inline(token.children or []))
        elif token.type in ("fence", "code_block", "html_block") and not _is_comment(token):
            add_text(" ".join(line.strip() for line in token.content.splitlines() if line.strip()))
    if not title:
        raise ValueError("the guide has no '# Title' line")
    return title, outline.build()


def routing_titles(raw: str) -> tuple[str, ...]:
    """The titles of the guide's routing comment (see :data:`ROUTING_TITLES`), if any."""
    for line in raw.splitlines():
        if line.startswith("## "):
            break
        found = ROUTING_TITLES.match(line)
        if found:
            titles = (t.strip() for t in found["titles"].split(";"))
            return tuple(dict.fromkeys(t for t in titles if t))
    return ()


def _add_item(outline: OutlineBuilder, words: list[str]) -> None:
    """One list item from the paragraphs collected for it so far."""
    outline.item(" ".join(w for w in words if w))
    words.clear()


def _is_comment(token: Token) -> bool:
    """An HTML comment block, e.g. the importer's "generated from O*NET" marker."""
    text = token.content.strip()
    return token.type == "html_block" and text.startswith("<!--") and text.endswith("-->")


def _inline(children: Sequence[Token]) -> str:
    """Plain text of inline Markdown: links and emphasis reduced to words, images dropped.

    A ``*`` inside a word is a literal, as ``_`` is in CommonMark: emphasis whose opening
    or closing star sits between two letters (``O*NET ... O*NET``) is kept as written.
    """
    parts: list[str] = []
    opened: list[tuple[int, bool]] = []  # (index in parts, inside a word) of open emphasis
    for i, child in enumerate(children):
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type in BREAKS:
            parts.append(" ")
        elif child.type == "image" and parts and _space_after(children, i):
            parts[-1] = parts[-1].rstrip(" ")  # one space, not two, where the image was
        elif child.type in ("em_open", "strong_open"):
            opened.append((len(parts), _inside_word(children, i)))
            parts.append("")
        elif child.type in ("em_close", "strong_close") and opened:
            start, inside = opened.pop()
            if (inside or _inside_word(children, i)) and "*" in child.markup:
                parts[start] = child.markup
                parts.append(child.markup)
    return "".join(parts).strip()


def _space_after(children: Sequence[Token], i: int) -> bool:
    """Whether the token at ``i`` ends its line or is followed by a space."""
    after = children[i + 1] if i + 1 < len(children) else None
    return after is None or after.type in BREAKS or after.content.startswith(" ")


def _inside_word(children: Sequence[Token], i: int) -> bool:
    """Whether the token at ``i`` (an emphasis mark) has a letter or digit on both sides."""
    before = children[i - 1].content if i > 0 else ""
    after = children[i + 1].content if i + 1 < len(children) else ""
    return before[-1:].isalnum() and after[:1].isalnum()
