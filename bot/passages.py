"""Chunks held in memory and the sentences and list items they are made of."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore

from index.chunking import chunk_body

EAGER_UNITS = 20_000  # up to this many units are embedded at start-up
ABBREVIATIONS = ("e.g.", "i.e.", "U.S.", "etc.", "vs.", "approx.", "Dr.", "St.", "Inc.")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'$])")


@dataclass(frozen=True)
class Chunk:
    """A stored chunk with the metadata a citation needs."""

    id: str
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


@dataclass(frozen=True)
class Unit:
    """A sentence or list item of a chunk: the smallest piece an answer quotes."""

    chunk: Chunk
    order: int
    text: str
    is_item: bool
    is_lead: bool = False  # first sentence of its paragraph


def load_chunks(store: VectorStore) -> list[Chunk]:
    """Every chunk in the store, in guide reading order."""
    raw = store.get(include=["documents", "metadatas"])  # type: ignore[attr-defined]
    chunks = [
        Chunk(
            id=chunk_id,
            header=document.split("\n", 1)[0],
            text=chunk_body(document),
            guide=str(meta["guide"]),
            guide_title=str(meta["guide_title"]),
            career=str(meta["career"]),
            section=str(meta["section"]),
            anchor=str(meta["anchor"]),
            position=int(meta["position"]),
            part=int(meta["part"]),
            kind=str(meta["kind"]),
        )
        for chunk_id, document, meta in zip(
            raw["ids"], raw["documents"], raw["metadatas"], strict=True
        )
    ]
    return sorted(chunks, key=lambda c: (c.guide, c.position, c.part))


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph, not split after common abbreviations."""
    sentences: list[str] = []
    for piece in SENTENCE_END.split(paragraph):
        if sentences and sentences[-1].endswith(ABBREVIATIONS):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return [s.strip() for s in sentences if s.strip()]


def split_units(chunk: Chunk) -> list[Unit]:
    """A chunk's sentences and list items, in reading order."""
    units: list[Unit] = []
    for line in chunk.text.splitlines():
        line = line.strip()
        if line.startswith("- "):
            units.append(Unit(chunk, len(units), line[2:], True))
        elif line:
            for n, sentence in enumerate(split_sentences(line)):
                if sentence[-1] not in ".!?":
                    sentence += "."  # a "Label: value" line reads as a sentence
                units.append(Unit(chunk, len(units), sentence, False, is_lead=n == 0))
    return units


class UnitBank:
    """Every unit of every chunk and its embedding, for picking what an answer quotes.

    A small corpus is embedded at start-up; a large one (issue-scale: hundreds of guides)
    embeds a section's units the first time a search reaches it. Vectors come through the
    given embeddings, so with a remembering cache a restart runs the model on nothing.
    """

    def __init__(
        self, chunks: list[Chunk], embeddings: Embeddings, eager_limit: int = EAGER_UNITS
    ) -> None:
        self.units = [unit for chunk in chunks for unit in split_units(chunk)]
        self._embeddings = embeddings
        self._vectors = np.zeros((len(self.units), 0), dtype=np.float32)
        self._ready = np.zeros(len(self.units), dtype=bool)
        self._lock = threading.Lock()
        self._by_section: dict[tuple[str, str], list[int]] = {}
        self._by_chunk: dict[str, list[int]] = {}
        for i, unit in enumerate(self.units):
            self._by_section.setdefault((unit.chunk.guide, unit.chunk.section), []).append(i)
            self._by_chunk.setdefault(unit.chunk.id, []).append(i)
        if len(self.units) <= eager_limit:
            self._ensure(list(range(len(self.units))))

    def prepare(self, chunk_ids: Iterable[str]) -> None:
        """Make sure the units of these chunks have vectors (one batch, not one per chunk)."""
        self._ensure([i for chunk_id in chunk_ids for i in self._by_chunk.get(chunk_id, [])])

    def best_in_chunk(self, chunk_id: str, query: np.ndarray) -> float:
        """The highest similarity of any unit of the chunk to the query."""
        indices = self._by_chunk.get(chunk_id)
        return float(np.max(self.similarity(indices, query))) if indices else 0.0

    def of_section(self, guide: str, section: str) -> list[int]:
        """Indices of the units of one section, in reading order."""
        return self._by_section.get((guide, section), [])

    def similarity(self, indices: list[int], query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with the given units."""
        self._ensure(indices)
        scores: np.ndarray = self._vectors[indices] @ query
        return scores

    def _ensure(self, indices: list[int]) -> None:
        """Embed the units among ``indices`` that have no vector yet."""
        if not indices or self._ready[indices].all():
            return
        with self._lock:
            missing = [i for i in dict.fromkeys(indices) if not self._ready[i]]
            if not missing:
                return
            texts = [f"{self.units[i].chunk.header}: {self.units[i].text}" for i in missing]
            vectors = np.asarray(self._embeddings.embed_documents(texts), dtype=np.float32)
            if self._vectors.shape[1] == 0:
                self._vectors = np.zeros((len(self.units), vectors.shape[1]), dtype=np.float32)
            self._vectors[missing] = vectors
            self._ready[missing] = True
