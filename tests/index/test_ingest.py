"""Ingest into a real Chroma: idempotent, incremental, and safe when it fails part-way."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import numpy as np
import pytest
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from index.ingest import IngestReport, ingest, record_manager
from index.store import chroma_client, chunk_count, vector_store
from knowledge.loader import BUNDLED_GUIDES_DIR, GuideError, load_guides

# The sorted chunk ids of the bundled guide (content hashes) as every release has stored
# them: if this changes, an upgrade re-embeds every chunk of every guide.
BUNDLED_IDS_SHA256 = "3736297c015719a09cb9439e07def073903d08e9ce4912194abff62a4629879e"
WELDER = (
    "# Welder Career Guide\n\nWelders join metal parts with heat.\n\n## Salary\n\nMedian: $51,000\n"
)


class CountingEmbeddings(Embeddings):
    """The real model, counting the texts it embeds (and failing on request)."""

    def __init__(self, inner: Embeddings, fail_on: str | None = None) -> None:
        self.inner = inner
        self.fail_on = fail_on
        self.embedded: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.fail_on and any(self.fail_on in t for t in texts):
            raise RuntimeError("embedding service went away")
        self.embedded += texts
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


class Index:
    """A guides directory and its index in a temp dir."""

    def __init__(self, root: Path, embeddings: Embeddings) -> None:
        self.guides = root / "guides"
        shutil.copytree(BUNDLED_GUIDES_DIR, self.guides)
        self.client = chroma_client(root / "chroma")
        self.records = record_manager(f"sqlite:///{root / 'records.sqlite'}", "test")
        self.base = embeddings

    def run(self, embeddings: Embeddings | None = None, batch_size: int = 64) -> IngestReport:
        store = self.store(embeddings or self.base)
        return ingest(load_guides(self.guides), store, self.records, batch_size=batch_size)

    def store(self, embeddings: Embeddings) -> Chroma:
        return vector_store(self.client, "test", embeddings)

    def texts(self) -> list[str]:
        return list(self.store(self.base).get()["documents"])

    def edit(self, old: str, new: str) -> None:
        path = self.guides / "production-technician.txt"
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.fixture
def index(tmp_path: Path, embeddings: Embeddings) -> Index:
    return Index(tmp_path, embeddings)


def test_first_ingest_stores_every_chunk_with_our_model_vectors(
    index: Index, embeddings: Embeddings
) -> None:
    report = index.run()
    assert report.added == report.chunks > 40
    stored = index.store(embeddings).get(include=["documents", "embeddings"])
    assert len(stored["ids"]) == chunk_count(index.store(embeddings)) == report.chunks
    ours = np.asarray(embeddings.embed_documents([stored["documents"][0]]))[0]
    # Our model's vector (Chroma's own default model would give another); with bfloat16
    # products (the default on AMX CPUs) a text's vector moves by ~1e-3 with its batch.
    assert float(np.dot(stored["embeddings"][0], ours)) >= 0.999


def test_reingesting_unchanged_guides_embeds_nothing(index: Index, embeddings: Embeddings) -> None:
    first = index.run()
    counting = CountingEmbeddings(embeddings)
    again = index.run(counting)
    assert counting.embedded == []
    assert (again.added, again.deleted, again.skipped) == (0, 0, first.chunks)
    assert len(index.texts()) == first.chunks


def test_chunk_ids_are_those_earlier_releases_stored(index: Index, embeddings: Embeddings) -> None:
    index.run()
    ids = sorted(index.store(embeddings).get(include=[])["ids"])
    assert len(ids) == 57
    assert hashlib.sha256(" ".join(ids).encode()).hexdigest() == BUNDLED_IDS_SHA256


def test_a_changed_guide_replaces_only_its_changed_chunks(
    index: Index, embeddings: Embeddings
) -> None:
    first = index.run()
    index.edit("Gaining hands-on experience is crucial.", "Hands-on experience matters most.")
    counting = CountingEmbeddings(embeddings)
    report = index.run(counting)
    assert (report.added, report.deleted) == (1, 1)
    assert report.skipped == first.chunks - 1
    assert len(counting.embedded) == 1
    texts = index.texts()
    assert any("Hands-on experience matters most." in t for t in texts)
    assert not any("Gaining hands-on experience is crucial." in t for t in texts)


def test_a_removed_guide_loses_its_chunks(index: Index) -> None:
    (index.guides / "welder.md").write_text(WELDER, encoding="utf-8")
    index.run()
    assert any("Welders join metal parts" in t for t in index.texts())
    (index.guides / "welder.md").unlink()
    report = index.run()
    assert report.deleted == 2
    assert not any("Welder" in t for t in index.texts())


def test_a_broken_guide_stops_ingest_before_anything_changes(index: Index) -> None:
    index.run()
    before = sorted(index.texts())
    (index.guides / "broken.md").write_text("no title line\n", encoding="utf-8")
    with pytest.raises(GuideError, match=r"broken\.md"):
        index.run()
    assert sorted(index.texts()) == before


def test_a_failed_ingest_leaves_the_previous_index_serving(
    index: Index, embeddings: Embeddings
) -> None:
    index.run()
    before = sorted(index.texts())
    index.edit("Certification programs provide an edge.", "Certificates help a lot.")
    (index.guides / "welder.md").write_text(WELDER, encoding="utf-8")
    failing = CountingEmbeddings(embeddings, fail_on="Welders")
    with pytest.raises(RuntimeError, match="went away"):
        index.run(failing, batch_size=1)  # one chunk a batch: the edit is written, then it fails
    assert "Certificates help a lot." in " ".join(failing.embedded)
    after = index.texts()
    assert set(before) <= set(after)  # every previous chunk still served
    hits = index.store(embeddings).similarity_search("Certification programs provide an edge", k=3)
    assert any("Certification programs provide an edge." in h.page_content for h in hits)
    report = index.run()  # the next good run converges
    assert report.deleted == 1
    assert any("Certificates help a lot." in t for t in index.texts())
    assert not any("Certification programs provide an edge." in t for t in index.texts())
