"""Parser for career guides exported from the site as plain text (bare-line headings)."""

from __future__ import annotations

import re

from knowledge.cleaning import clean_text, drop_decorative_emoji, strip_page_furniture
from knowledge.model import Section
from knowledge.outline import OutlineBuilder

# Top-level headings of the site's guide template; anything else that looks like a
# heading inside one of them is a subsection (a tier, a FAQ question, a case study).
TOP_LEVEL = re.compile(
    r"^(Core Functions of the .+ Role|Key Responsibilities|Work Setting|Tech Stack"
    r"|Skills and Qualifications|Path to .+|Required Education|Career Path Tiers"
    r"|Global Outlook|Job Market Today|A Day in the Life|Work-Life Balance & Stress"
    r"|Skill Map|Pros & Cons for .+|Common Mistakes of Beginners|Contextual Advice"
    r"|Examples and Case Studies|Portfolio Tips|Job Outlook & Related Roles"
    r"|Frequently Asked Questions|Sources & References)$"
)
HERO_HEADING = re.compile(r"^(Market Demand|Annual Salary.*)$")
BULLET = re.compile(r"^\s*•\s*")
VALUE = re.compile(r"^[$€£]?\d[\d,.]*(?:[–-][$€£]?\d[\d,.]*)?[%+]?$")
GAUGE_WORDS = {"low", "medium", "moderate", "high", "very high"}
TITLE_SUFFIX = re.compile(r"\s+Career (Path )?Guide$", re.IGNORECASE)


def parse_text_guide(raw: str) -> tuple[str, list[Section]]:
    """Parse an exported guide page into its title and section tree."""
    text = clean_text(strip_page_furniture(raw))
    blocks = _blocks(text)
    if not blocks:
        raise ValueError("the guide is empty")
    title = blocks[0][0]
    outline = OutlineBuilder()
    outline.heading(1, "Overview")
    in_hero = True
    rest = blocks[1:]
    for i, block in enumerate(rest):
        head = block[0]
        if len(block) == 1 and TOP_LEVEL.match(head):
            in_hero = False
            outline.heading(1, head)
        elif in_hero and len(block) == 1 and HERO_HEADING.match(head):
            outline.heading(1, head)
        elif in_hero:
            following = rest[i + 1] if i + 1 < len(rest) else []
            _hero_block(outline, block, following)
        elif len(block) == 1 and _looks_like_heading(head):
            outline.heading(2, head)
        else:
            _content_block(outline, block)
    return title, outline.build()


def career_from_title(title: str) -> str:
    """``Production Technician Career Path Guide`` → ``Production Technician``."""
    return TITLE_SUFFIX.sub("", title).strip()


def _blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of stripped, emoji-free lines."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        clean = drop_decorative_emoji(line) if not BULLET.match(line) else line.rstrip()
        if clean.strip():
            current.append(clean if BULLET.match(clean) else clean.strip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def _looks_like_heading(line: str) -> bool:
    """A lone short line that is not a sentence, a bullet or a ``Label: value`` fact."""
    if BULLET.match(line) or len(line) > 120 or VALUE.match(line):
        return False
    if line.endswith("?"):
        return True
    if line.endswith((".", "!", ";", ",")):
        return False
    _label, sep, value = line.partition(": ")
    return not (sep and len(value.split()) <= 3)


def _content_block(outline: OutlineBuilder, block: list[str]) -> None:
    """Bullets become items; consecutive prose lines become one paragraph each."""
    for line in block:
        if BULLET.match(line):
            outline.item(BULLET.sub("", line))
        else:
            outline.paragraph(line)


def _hero_block(outline: OutlineBuilder, block: list[str], following: list[str]) -> None:
    """The page header: stat tiles, the demand gauge and the salary card.

    Stat tiles come value first (``6%`` then ``growth rate``) and become ``Growth rate: 6%``.
    Lone badges such as ``remote-friendly`` are dropped: the guide's own text is the
    authority (its FAQ says fully remote roles are rare).
    """
    if len(block) == 1 and _is_tile_label(block[0]):
        return  # consumed with the value before it, or a badge
    tile = len(block) == 1 and VALUE.match(block[0]) and len(following) == 1
    if tile and _is_tile_label(following[0]):
        label = following[0]
        outline.paragraph(f"{label[0].upper()}{label[1:]}: {block[0]}")
        return
    if all(line.lower() in GAUGE_WORDS for line in block):
        outline.paragraph(f"Market demand: {block[-1]}")
        return
    lines = list(block)
    while lines:
        line = lines.pop(0)
        if VALUE.match(line) and "–" in line:
            outline.paragraph(f"Range: {line}")
        elif lines and VALUE.match(lines[0]) and not VALUE.match(line) and ":" not in line:
            outline.paragraph(f"{line}: {lines.pop(0)}")
        else:
            outline.paragraph(line)


def _is_tile_label(line: str) -> bool:
    """A lower-case caption of a stat tile or a badge (``growth rate``, ``remote-friendly``)."""
    return line[:1].islower() and len(line.split()) <= 3 and not line.endswith(".")
