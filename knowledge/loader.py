"""Loads every guide of a directory into parsed, cleaned, linted :class:`Guide` objects."""

from __future__ import annotations

import logging
from pathlib import Path

from knowledge.facts import extract_facts
from knowledge.lint import DEFAULT_LINK_DOMAINS, lint_sections, strip_markup
from knowledge.markdown_guide import parse_markdown_guide, routing_titles
from knowledge.model import Dropped, Guide, Reason, slugify
from knowledge.text_guide import career_from_title, parse_text_guide

BUNDLED_GUIDES_DIR = Path(__file__).parent / "guides"
PARSERS = {".txt": parse_text_guide, ".md": parse_markdown_guide}
logger = logging.getLogger(__name__)


class GuideError(ValueError):
    """A guide file that cannot be used; the message says which file and how to fix it."""


def load_guide(path: Path, allowed_link_domains: tuple[str, ...] = DEFAULT_LINK_DOMAINS) -> Guide:
    """Parse and lint one guide file (``.txt`` page export or ``.md``); its slug is the
    file name. Markup, text addressed to an assistant, asks for the reader's credentials
    and links outside ``allowed_link_domains`` are dropped (see :mod:`knowledge.lint`)."""
    parser = PARSERS.get(path.suffix.lower())
    if parser is None:
        raise GuideError(f"{path}: unsupported guide format; use .txt (page export) or .md")
    slug = slugify(path.stem)
    try:
        raw, markup = strip_markup(path.read_text(encoding="utf-8"))
        title, sections = parser(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise GuideError(f"{path}: {error}; fix or remove the file and ingest again") from error
    sections, dropped = lint_sections(slug, sections, allowed_link_domains)
    dropped = [Dropped(slug, "", Reason.MARKUP, text[:120]) for text in markup] + dropped
    for item in dropped:
        logger.warning(
            "guide %s: dropped %s text%s: %r",
            slug,
            item.reason.value,
            f" in {item.section!r}" if item.section else "",
            item.text,
        )
    if not sections:
        raise GuideError(f"{path}: no sections found; check the headings and ingest again")
    return Guide(
        slug=slug,
        title=title,
        career=career_from_title(title),
        sections=sections,
        facts=extract_facts(sections),
        dropped=dropped,
        alternate_titles=routing_titles(raw) if parser is parse_markdown_guide else (),
    )


def load_guides(
    directory: Path, allowed_link_domains: tuple[str, ...] = DEFAULT_LINK_DOMAINS
) -> list[Guide]:
    """Every guide in ``directory``, sorted by slug; raises if there is none."""
    if not directory.is_dir():
        raise GuideError(f"{directory}: guides directory not found; set CAREERBOT_GUIDES_DIR")
    paths = sorted(p for p in directory.iterdir() if p.suffix.lower() in PARSERS)
    if not paths:
        raise GuideError(f"{directory}: no .txt or .md guides found")
    guides = [load_guide(p, allowed_link_domains) for p in paths]
    slugs = [g.slug for g in guides]
    duplicates = {s for s in slugs if slugs.count(s) > 1}
    if duplicates:
        raise GuideError(f"{directory}: several files share the slug(s) {sorted(duplicates)}")
    return guides
