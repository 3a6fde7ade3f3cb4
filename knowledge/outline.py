"""Builds a section tree from a stream of headings, paragraphs and list items."""

from __future__ import annotations

from knowledge.model import Section, assign_anchors


class OutlineBuilder:
    """Collects headings (with a level from 1) and their content in reading order."""

    def __init__(self) -> None:
        self._roots: list[Section] = []
        self._stack: list[tuple[int, Section]] = []

    def heading(self, level: int, title: str) -> None:
        """Open a section at ``level``, closing any open section at that level or deeper."""
        while self._stack and self._stack[-1][0] >= level:
            self._stack.pop()
        parent_path = self._stack[-1][1].path if self._stack else ()
        section = Section(title=title, path=(*parent_path, title))
        if self._stack:
            self._stack[-1][1].children.append(section)
        else:
            self._roots.append(section)
        self._stack.append((level, section))

    def paragraph(self, text: str) -> None:
        """Add a paragraph to the open section."""
        if text.strip():
            self._current().paragraphs.append(text.strip())

    def item(self, text: str) -> None:
        """Add a list item to the open section."""
        if text.strip():
            self._current().items.append(text.strip())

    def _current(self) -> Section:
        if not self._stack:
            self.heading(1, "Overview")
        return self._stack[-1][1]

    def build(self) -> list[Section]:
        """The tree without empty sections, each section anchored."""
        roots = prune_empty(self._roots)
        assign_anchors(roots)
        return roots


def prune_empty(sections: list[Section]) -> list[Section]:
    """The sections (and their children) that have content; empty ones are left out."""
    kept = []
    for section in sections:
        section.children = prune_empty(section.children)
        if section.has_content:
            kept.append(section)
    return kept
