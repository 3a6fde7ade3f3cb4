"""A chunk of a guide section and its form in the vector store (a LangChain ``Document``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from langchain_core.documents import Document


@dataclass(frozen=True)
class Chunk:
    """A piece of one section with the metadata a citation needs.

    Stored as a ``Document`` whose text is the header line, a newline and the chunk's
    text; the store's id is a hash of that text and the metadata, so changing how a chunk
    is written re-embeds every chunk.
    """

    header: str
    text: str
    guide: str
    guide_title: str
    career: str
    section: str
    anchor: str
    position: int
    part: int
    kind: str
    id: str = ""  # the store's id (a content hash); empty until stored

    def to_document(self) -> Document:
        """The document the store holds for this chunk."""
        return Document(
            page_content=f"{self.header}\n{self.text}",
            metadata={
                "guide": self.guide,
                "guide_title": self.guide_title,
                "career": self.career,
                "section": self.section,
                "anchor": self.anchor,
                "position": self.position,
                "part": self.part,
                "kind": self.kind,
            },
            id=self.id or None,
        )

    @classmethod
    def from_document(cls, document: Document) -> Chunk:
        """The chunk a stored document holds."""
        return cls.from_stored(document.id or "", document.page_content, document.metadata)

    @classmethod
    def from_stored(cls, chunk_id: str, content: str, metadata: Mapping[str, Any]) -> Chunk:
        """The chunk of one row of the store (its id, document and metadata)."""
        header, newline, text = content.partition("\n")
        return cls(
            header=header,
            text=text if newline else content,
            guide=str(metadata["guide"]),
            guide_title=str(metadata["guide_title"]),
            career=str(metadata["career"]),
            section=str(metadata["section"]),
            anchor=str(metadata["anchor"]),
            position=int(metadata["position"]),
            part=int(metadata["part"]),
            kind=str(metadata["kind"]),
            id=chunk_id,
        )
