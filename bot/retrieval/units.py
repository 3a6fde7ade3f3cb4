"""Chunks held in memory and the sentences and list items they are made of."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore

from bot.text import split_sentences
from index.chunks import Chunk as Chunk  # re-exported: bot modules import it from here

BATCH = 2048  # units embedded (or read from the cache) per call


@dataclass(frozen=True)
class Unit:
    """A sentence or list item of a chunk: the smallest piece an answer quotes."""

    chunk: Chunk
    order: int
    text: str
    is_item: bool
    is_lead: bool = False  # first sentence of its paragraph


class EmptyIndexError(RuntimeError):
    """The vector store holds no chunks, so there is nothing to answer from."""


def load_chunks(store: VectorStore) -> tuple[list[Chunk], np.ndarray]:
    """Every chunk in the store, in guide reading order, and the stored chunk vectors."""
    raw = store.get(include=["documents", "metadatas", "embeddings"])  # type: ignore[attr-defined]
    if not raw["ids"]:
        raise EmptyIndexError(
            "the index holds no guide chunks for this encoder: run `careerbot ingest` (guides "
            "from CAREERBOT_GUIDES_DIR) or start with CAREERBOT_INGEST_ON_STARTUP=true; an index "
            "built with another CAREERBOT_ENCODER stays in that encoder's collection"
        )
    chunks = [
        Chunk.from_stored(chunk_id, document, metadata)
        for chunk_id, document, metadata in zip(
            raw["ids"], raw["documents"], raw["metadatas"], strict=True
        )
    ]
    order = sorted(range(len(chunks)), key=lambda i: _reading_order(chunks[i]))
    vectors = np.asarray(raw["embeddings"], dtype=np.float32).reshape(len(chunks), -1)
    return [chunks[i] for i in order], vectors[order]


def _reading_order(chunk: Chunk) -> tuple[str, int, int]:
    return chunk.guide, chunk.position, chunk.part


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


def unit_vectors(
    units: list[Unit], embeddings: Embeddings, on_batch: Callable[[int], None] | None = None
) -> np.ndarray:
    """The vectors of ``units`` (each with its chunk's header), embedded in batches."""
    texts = [f"{unit.chunk.header}: {unit.text}" for unit in units]
    parts = []
    for start in range(0, len(texts), BATCH):
        batch = texts[start : start + BATCH]
        parts.append(np.asarray(embeddings.embed_documents(batch), dtype=np.float32))
        if on_batch:
            on_batch(len(batch))
    return np.concatenate(parts) if parts else np.zeros((0, 0), dtype=np.float32)


class UnitBank:
    """Every unit of every chunk and its embedding, for picking what an answer quotes.

    All vectors are ready at start-up, so no question waits on the model for them. They
    come through the given embeddings: with a remembering cache (warmed by ``careerbot
    ingest``) a restart reads them instead of running the model.
    """

    def __init__(
        self,
        chunks: list[Chunk],
        embeddings: Embeddings,
        on_batch: Callable[[int], None] | None = None,
    ) -> None:
        self.units = [unit for chunk in chunks for unit in split_units(chunk)]
        self._by_section: dict[tuple[str, str], list[int]] = {}
        self._by_chunk: dict[str, list[int]] = {}
        self._by_guide: dict[str, list[int]] = {}
        for i, unit in enumerate(self.units):
            self._by_section.setdefault((unit.chunk.guide, unit.chunk.section), []).append(i)
            self._by_chunk.setdefault(unit.chunk.id, []).append(i)
            self._by_guide.setdefault(unit.chunk.guide, []).append(i)
        self._vectors = unit_vectors(self.units, embeddings, on_batch)

    def best_in_chunk(self, chunk_id: str, query: np.ndarray) -> float:
        """The highest similarity of any unit of the chunk to the query."""
        indices = self._by_chunk.get(chunk_id)
        return float(np.max(self.similarity(indices, query))) if indices else 0.0

    def of_guide(self, guide: str) -> list[int]:
        """The indices of ``guide``'s units, in the order of the chunks given."""
        return self._by_guide.get(guide, [])

    def of_section(self, guide: str, section: str) -> list[int]:
        """Indices of the units of one section, in reading order."""
        return self._by_section.get((guide, section), [])

    def items_of(self, guide: str, section: str) -> set[str]:
        """The texts of the list items one section holds."""
        units = (self.units[i] for i in self.of_section(guide, section))
        return {unit.text for unit in units if unit.is_item}

    def similarity(self, indices: list[int], query: np.ndarray) -> np.ndarray:
        """Cosine similarity of the query with the given units."""
        scores: np.ndarray = self._vectors[indices] @ query
        return scores
