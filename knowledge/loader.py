"""Loads every guide of a directory into parsed, cleaned :class:`Guide` objects."""

from __future__ import annotations

from pathlib import Path

from knowledge.facts import extract_facts
from knowledge.markdown_guide import parse_markdown_guide
from knowledge.model import Guide, slugify
from knowledge.text_guide import career_from_title, parse_text_guide

BUNDLED_GUIDES_DIR = Path(__file__).parent / "guides"
PARSERS = {".txt": parse_text_guide, ".md": parse_markdown_guide}


class GuideError(ValueError):
    """A guide file that cannot be used; the message says which file and how to fix it."""


def load_guide(path: Path) -> Guide:
    """Parse one guide file (``.txt`` page export or ``.md``); its slug is the file name."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise GuideError(f"{path}: unsupported guide format; use .txt (page export) or .md")
    try:
        raw = path.read_text(encoding="utf-8")
        title, sections = parser(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise GuideError(f"{path}: {error}; fix or remove the file and ingest again") from error
    if not sections:
        raise GuideError(f"{path}: no sections found; check the headings and ingest again")
    return Guide(
        slug=slugify(path.stem),
        title=title,
        career=career_from_title(title),
        sections=sections,
        facts=extract_facts(sections),
    )


def load_guides(directory: Path) -> list[Guide]:
    """Every guide in ``directory``, sorted by slug; raises if there is none."""
    if not directory.is_dir():
        raise GuideError(f"{directory}: guides directory not found; set CAREERBOT_GUIDES_DIR")
    paths = sorted(p for p in directory.iterdir() if p.suffix.lower() in PARSERS)
    if not paths:
        raise GuideError(f"{directory}: no .txt or .md guides found")
    guides = [load_guide(p) for p in paths]
    slugs = [g.slug for g in guides]
    duplicates = {s for s in slugs if slugs.count(s) > 1}
    if duplicates:
        raise GuideError(f"{directory}: several files share the slug(s) {sorted(duplicates)}")
    return guides
