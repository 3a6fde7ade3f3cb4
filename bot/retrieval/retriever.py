"""Hybrid retrieval: dense (Chroma) plus BM25 (bm25s), fused per chunk."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.vectorstores import VectorStore

from bot.retrieval.units import Chunk, UnitBank
from bot.text import english_stemmer, search_terms

BM25_B = 0.3
UNIT_WEIGHT = 1.0
RARE_SHARE = 0.01  # of the chunks: a word fewer hold picks out what it is about ("climb")
Fusion = Literal["weighted", "rrf", "dense", "bm25"]


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and its cosine similarity to the query."""

    chunk: Chunk
    score: float
    similarity: float


class Retriever:
    """Finds the chunks that answer a question, in the whole corpus or within some guides.

    Within guides, dense scores come from the chunk vectors held in memory (exact, and
    much faster than a Chroma ``where`` filter at scale: see ``bench/scale.py``); across
    the corpus, from Chroma's approximate nearest-neighbour index.
    """

    def __init__(
        self,
        store: VectorStore,
        embeddings: Embeddings,
        chunks: list[Chunk],
        bank: UnitBank | None = None,
        vectors: np.ndarray | None = None,
        fusion: Fusion = "weighted",
        bm25_weight: float = 0.3,
        unit_weight: float = UNIT_WEIGHT,
        candidates: int = 10,
    ) -> None:
        self._store = store
        self._embeddings = embeddings
        self._chunks = chunks
        self._by_id = {c.id: c for c in chunks}
        self._vectors = vectors
        self._matrix = vectors if vectors is not None and len(vectors) == len(chunks) else None
        self._rows: dict[str, list[int]] = {}
        for row, chunk in enumerate(chunks):
            self._rows.setdefault(chunk.guide, []).append(row)
        self._fusion = fusion
        self._bm25_weight = bm25_weight
        self._bank = bank
        self._unit_weight = unit_weight
        self._candidates = candidates
        self._stemmer = english_stemmer()
        self._bm25 = bm25s.BM25(k1=1.2, b=BM25_B)
        corpus = [f"{c.section}\n{c.text}" for c in chunks]
        self._vocabulary: dict[str, int] = {}
        if corpus:
            tokens = bm25s.tokenize(corpus, stemmer=self._stemmer, show_progress=False)
            self._vocabulary = dict(tokens.vocab)
            self._bm25.index(tokens, show_progress=False)

    def embed(self, text: str) -> np.ndarray:
        """The query's unit-length embedding."""
        return np.asarray(self._embeddings.embed_query(text), dtype=np.float32)

    def search(
        self,
        query: str,
        vector: np.ndarray,
        k: int = 5,
        guides: Collection[str] | None = None,
    ) -> list[Hit]:
        """The ``k`` best chunks for the query (within ``guides`` if given), best first."""
        if not self._chunks:
            return []
        dense = self._dense(vector, guides)
        sparse = self._sparse(query, guides) if self._fusion != "dense" else {}
        scores = self._fuse(dense, sparse)
        if self._bank is not None and self._unit_weight:
            for chunk_id in scores:
                scores[chunk_id] += self._unit_weight * self._bank.best_in_chunk(chunk_id, vector)
        ranked = sorted(scores, key=scores.__getitem__, reverse=True)[:k]
        return [Hit(self._by_id[i], scores[i], dense.get(i, 0.0)) for i in ranked]

    def rare(self, stem: str) -> bool:
        """Whether few chunks hold the word of ``stem``: at most :data:`RARE_SHARE` of them
        ("climb", not "program"); in a corpus of a few guides no word is rare by this."""
        token = self._vocabulary.get(stem)
        if token is None:
            return False
        pointers = self._bm25.scores["indptr"]
        held = int(pointers[token + 1] - pointers[token])
        return 0 < held <= RARE_SHARE * len(self._chunks)

    def near(
        self, hits: list[Hit], sections: list[str], bonus: float, repeat_penalty: float
    ) -> list[Hit]:
        """Favour sections beside the given ones (conversations keep to a topic) and
        penalise the given ones themselves by ``repeat_penalty`` (the visitor has read them)."""
        anchors = [(c.guide, c.position) for c in self._chunks if c.section in sections]
        if not anchors:
            return hits
        moved = []
        for hit in hits:
            distances = [abs(hit.chunk.position - p) for g, p in anchors if g == hit.chunk.guide]
            distance = min(distances, default=3)
            extra = bonus * max(0.0, 1 - distance / 3) if distance else -repeat_penalty
            moved.append(Hit(hit.chunk, hit.score + extra, hit.similarity))
        return sorted(moved, key=lambda h: h.score, reverse=True)

    def in_sections(self, guide: str, keep: Callable[[str], bool], vector: np.ndarray) -> list[Hit]:
        """The chunks of ``guide`` whose section ``keep`` accepts, scored like a search."""
        rows = [r for r in self._rows.get(guide, []) if keep(self._chunks[r].section)]
        hits = []
        for row in rows:
            chunk = self._chunks[row]
            matrix = self._matrix
            similarity = float(matrix[row] @ vector) if matrix is not None else 0.0
            unit = self._bank.best_in_chunk(chunk.id, vector) if self._bank is not None else 0.0
            hits.append(Hit(chunk, similarity + self._unit_weight * unit, similarity))
        return sorted(hits, key=lambda h: h.score, reverse=True)

    def _dense(self, vector: np.ndarray, guides: Collection[str] | None) -> dict[str, float]:
        if guides is not None and self._vectors is not None and len(self._vectors):
            rows = self._rows_of(guides)
            scores = self._vectors[rows] @ vector
            best = np.argsort(-scores)[: self._candidates]
            return {self._chunks[rows[i]].id: float(scores[i]) for i in best.tolist()}
        where = {"guide": {"$in": sorted(guides)}} if guides is not None else None
        found = self._store.similarity_search_by_vector_with_relevance_scores(  # type: ignore[attr-defined]
            vector.tolist(), k=self._candidates, filter=where
        )
        return {doc.id: 1.0 - distance for doc, distance in found if doc.id in self._by_id}

    def _sparse(self, query: str, guides: Collection[str] | None) -> dict[str, float]:
        words = search_terms(query)
        ids = [self._vocabulary[t] for t in self._stemmer.stemWords(words) if t in self._vocabulary]
        if not ids:
            return {}
        scores = self._bm25.get_scores_from_ids(ids)
        rows = np.arange(len(self._chunks)) if guides is None else np.array(self._rows_of(guides))
        if not len(rows):
            return {}
        best = rows[np.argsort(-scores[rows])[: self._candidates * 2]]
        return {self._chunks[i].id: float(scores[i]) for i in best.tolist() if scores[i] > 0}

    def _rows_of(self, guides: Collection[str]) -> list[int]:
        return [row for guide in guides for row in self._rows.get(guide, [])]

    def _fuse(self, dense: dict[str, float], sparse: dict[str, float]) -> dict[str, float]:
        if self._fusion == "dense":
            return dense
        if self._fusion == "bm25":
            return sparse or dense
        if self._fusion == "rrf":
            fused: dict[str, float] = {}
            for ranking in (dense, sparse):
                ordered = sorted(ranking, key=ranking.__getitem__, reverse=True)
                for rank, chunk_id in enumerate(ordered):
                    fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (60 + rank)
            return fused
        top = max(sparse.values(), default=0.0) or 1.0
        ids = dense.keys() | sparse.keys()
        return {i: dense.get(i, 0.0) + self._bm25_weight * sparse.get(i, 0.0) / top for i in ids}


def blend(primary: list[Hit], secondary: list[Hit], weight: float) -> list[Hit]:
    """Merge two rankings: scores add up (``secondary`` weighted), best first."""
    merged = {h.chunk.id: h for h in primary}
    for hit in secondary:
        mine = merged.get(hit.chunk.id)
        score = (mine.score if mine else 0.0) + weight * hit.score
        similarity = max(hit.similarity, mine.similarity if mine else 0.0)
        merged[hit.chunk.id] = Hit(hit.chunk, score, similarity)
    return sorted(merged.values(), key=lambda h: h.score, reverse=True)


def union(first: list[Hit], second: list[Hit]) -> list[Hit]:
    """Both rankings' hits, each chunk with its better score, best first."""
    merged = {h.chunk.id: h for h in first}
    for hit in second:
        if hit.chunk.id not in merged or merged[hit.chunk.id].score < hit.score:
            merged[hit.chunk.id] = hit
    return sorted(merged.values(), key=lambda h: h.score, reverse=True)
