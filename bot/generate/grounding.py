"""Keeps only the sentences of a generated answer that its cited sources support.

A small LLM writes Plus answers from numbered sources and cites them as ``[n]``; small
models invent. The guard checks each sentence against the sources it cites (embedding
similarity or content-word overlap), rejects numbers the source does not state, text
that repeats the system prompt and sentences that only restate what the reader was already
shown, and returns each survivor as a cited :class:`~bot.answer.Piece`, so the usual
renderer numbers the citations.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.answer import Piece, Source
from bot.generate.sentences import split_output
from bot.text import (
    CITATION_MARKER,
    SENTENCE_ENDINGS,
    STOPWORDS,
    english_stemmer,
    numbers,
    words,
)

logger = logging.getLogger(__name__)

LEAK_RUN = 8  # consecutive words shared with a forbidden text that count as a leak
MIN_WORDS = 3  # shorter "sentences" are dropped as unsupported
STRONG_SIMILARITY = 0.7  # supports a sentence on its own
MIN_SHARED = 0.25  # share of content words a mid-similarity sentence must share with its source
UNCITED_MARGIN = 0.1  # an uncited sentence needs this much more similarity
REPEAT_SIMILARITY = 0.9  # this close to a sentence already shown, a sentence adds nothing
CACHE_LIMIT = 512  # source texts (and shown sentences) whose vectors are kept


@dataclass(frozen=True)
class GroundingSource:
    """A numbered source the LLM was given: ``[number]`` in its output refers to it."""

    number: int
    source: Source
    text: str


@dataclass
class GuardReport:
    """What the guard did with one answer's sentences."""

    sentences: int = 0
    kept: int = 0
    dropped_uncited: int = 0  # no [n] marker, and no source supports it well enough
    dropped_unsupported: int = 0  # cited source(s) do not support it
    dropped_numbers: int = 0  # a number not found in the cited sources
    dropped_leak: int = 0  # repeats forbidden text (e.g. the system prompt)
    dropped_repeat: int = 0  # supported, but says what the reader was already shown

    @property
    def dropped(self) -> int:
        """Sentences dropped for any reason."""
        return (
            self.dropped_uncited
            + self.dropped_unsupported
            + self.dropped_numbers
            + self.dropped_leak
            + self.dropped_repeat
        )

    @property
    def drop_rate(self) -> float:
        """Share of sentences dropped; 0.0 when there were none."""
        return self.dropped / self.sentences if self.sentences else 0.0


@dataclass(frozen=True)
class _SourceIndex:
    """A source text's sentences, their vectors and numbers, and the whole text's words."""

    sentences: list[str]
    vectors: np.ndarray
    sentence_numbers: list[frozenset[str]]
    words: frozenset[str]
    numbers: frozenset[str]


@dataclass(frozen=True)
class _Support:
    """How well one source supports a sentence."""

    source: GroundingSource
    similarity: float
    overlap: float
    evidence: str
    numbers: frozenset[str]


class GroundingGuard:
    """Drops generated sentences that their cited sources do not support."""

    def __init__(
        self,
        embeddings: Embeddings,
        *,
        min_similarity: float = 0.55,
        min_overlap: float = 0.6,
        min_kept_chars: int = 60,
        forbidden: Sequence[str] = (),
    ) -> None:
        self.embeddings = embeddings
        self.min_similarity = min_similarity
        self.min_overlap = min_overlap
        self.min_kept_chars = min_kept_chars
        self._forbidden_runs = frozenset(run for text in forbidden for run in _runs(text))
        self._cache: dict[str, _SourceIndex] = {}
        self._shown: dict[str, np.ndarray] = {}

    def check_sentence(
        self,
        sentence: str,
        sources: Sequence[GroundingSource],
        report: GuardReport,
        shown: Sequence[str] = (),
    ) -> Piece | None:
        """The sentence as a piece backed by the source that supports it, or ``None`` (also
        when it only restates one of the ``shown`` sentences)."""
        report.sentences += 1
        if self._leaks(sentence):
            report.dropped_leak += 1
            logger.debug("grounding: dropped (leak): %s", sentence)
            return None
        cited = _cited(sentence, sources)
        text = _tidy(CITATION_MARKER.sub(" ", sentence))
        if len(text.split()) < MIN_WORDS or not sources:
            report.dropped_unsupported += 1
            return None
        vector = _unit(np.asarray(self.embeddings.embed_documents([text])[0], dtype=np.float32))
        supports = self._supports(text, vector, cited or sources)
        backing = [s for s in supports if self._supported(s, strict=not cited)]
        if not backing:
            if cited:
                report.dropped_unsupported += 1
            else:
                report.dropped_uncited += 1
            logger.debug("grounding: dropped (unsupported): %s", sentence)
            return None
        stated = numbers(text)
        backing.sort(key=lambda s: s.similarity, reverse=True)
        best = next((s for s in backing if stated <= s.numbers), None)
        if best is None:
            report.dropped_numbers += 1
            logger.debug("grounding: dropped (numbers): %s", sentence)
            return None
        if self._repeats(vector, shown):
            report.dropped_repeat += 1
            logger.debug("grounding: dropped (repeat): %s", sentence)
            return None
        report.kept += 1
        if not text.endswith(SENTENCE_ENDINGS):
            text += "."  # a bullet or an unfinished last line still reads as a sentence
        return Piece(text, best.source.source, best.evidence, "sentence")

    def _supported(self, support: _Support, *, strict: bool) -> bool:
        """Whether the support clears the thresholds (similarity only, and higher, if strict)."""
        if strict:
            return support.similarity >= self.min_similarity + UNCITED_MARGIN
        # Similarity alone is fooled by on-topic inventions ("technicians ... on the Moon"
        # scores 0.59 against an unrelated section), so a mid similarity also needs some
        # of the source's words; a high similarity or a high overlap suffices alone.
        return (
            support.overlap >= self.min_overlap
            or support.similarity >= STRONG_SIMILARITY
            or (support.similarity >= self.min_similarity and support.overlap >= MIN_SHARED)
        )

    def _repeats(self, vector: np.ndarray, shown: Sequence[str]) -> bool:
        """Whether the sentence (its unit vector) says what one of ``shown`` says."""
        known = {text: self._shown.get(text) for text in shown}
        missing = [text for text, found in known.items() if found is None]
        if missing:
            vectors = np.asarray(self.embeddings.embed_documents(missing), dtype=np.float32)
            fresh = dict(zip(missing, _unit(vectors), strict=True))
            known.update(fresh)
            if len(self._shown) >= CACHE_LIMIT:
                self._shown.clear()
            self._shown.update(fresh)
        return any(
            found is not None and float(found @ vector) >= REPEAT_SIMILARITY
            for found in known.values()
        )

    def _supports(
        self, text: str, vector: np.ndarray, sources: Sequence[GroundingSource]
    ) -> list[_Support]:
        """How well each source supports the (marker-free) sentence, its unit ``vector``."""
        content = _content_words(text)
        stated = numbers(text)
        supports: list[_Support] = []
        for source in sources:
            index = self._index(source.text)
            if not index.sentences:
                continue
            scores = index.vectors @ vector
            overlap = len(content & index.words) / len(content) if content else 0.0
            # The snippet should show the figures the sentence states, when one sentence does.
            evidence = max(
                range(len(index.sentences)),
                key=lambda i: (len(stated & index.sentence_numbers[i]), float(scores[i])),
            )
            supports.append(
                _Support(
                    source,
                    float(scores.max()),
                    overlap,
                    index.sentences[evidence],
                    index.numbers,
                )
            )
        return supports

    def _index(self, text: str) -> _SourceIndex:
        """The source text's sentences and vectors, embedded once per guard."""
        index = self._cache.get(text)
        if index is None:
            sentences = split_output(text)
            vectors = _unit(
                np.asarray(self.embeddings.embed_documents(sentences), dtype=np.float32)
                if sentences
                else np.zeros((0, 0), dtype=np.float32)
            )
            index = _SourceIndex(
                sentences,
                vectors,
                [numbers(sentence) for sentence in sentences],
                _content_words(text),
                numbers(text),
            )
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[text] = index
        return index

    def _leaks(self, sentence: str) -> bool:
        """Whether the sentence repeats a run of forbidden words."""
        return bool(self._forbidden_runs) and not self._forbidden_runs.isdisjoint(
            _runs(CITATION_MARKER.sub(" ", sentence))
        )


def _cited(sentence: str, sources: Sequence[GroundingSource]) -> list[GroundingSource]:
    """The sources the sentence's ``[n]`` markers name, in order; unknown numbers ignored."""
    by_number = {source.number: source for source in sources}
    cited: dict[int, GroundingSource] = {}
    for group in CITATION_MARKER.findall(sentence):
        for number in (int(n) for n in group.split(",")):
            if number in by_number:
                cited.setdefault(number, by_number[number])
    return list(cited.values())


def _tidy(text: str) -> str:
    """Single spaces and no space before punctuation."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([.,;:!?)])", r"\1", text)


def _unit(vectors: np.ndarray) -> np.ndarray:
    """The vectors (last axis) scaled to length one, so a dot product is the cosine."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    scaled: np.ndarray = vectors / np.maximum(norms, 1e-12)
    return scaled


def _content_words(text: str) -> frozenset[str]:
    """Stemmed words of three or more letters that are not stopwords."""
    kept = [w for w in words(text) if len(w) >= 3 and w.isalpha() and w not in STOPWORDS]
    return frozenset(english_stemmer().stemWords(kept))


def _runs(text: str) -> set[tuple[str, ...]]:
    """Every run of ``LEAK_RUN`` consecutive words, lower-case and without punctuation."""
    tokens = words(text)
    return {tuple(tokens[i : i + LEAK_RUN]) for i in range(len(tokens) - LEAK_RUN + 1)}
