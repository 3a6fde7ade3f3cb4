"""Idempotent, incremental ingest of guides into the vector store (LangChain indexing API)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from langchain_classic.indexes import SQLRecordManager
from langchain_core.documents import Document
from langchain_core.indexing import index
from langchain_core.vectorstores import VectorStore
from sqlalchemy.pool import NullPool

from index.chunking import chunk_guide
from knowledge.model import Dropped, Guide


@dataclass(frozen=True)
class IngestReport:
    """What an ingest changed."""

    guides: int
    chunks: int
    added: int
    updated: int
    skipped: int
    deleted: int
    dropped: tuple[Dropped, ...] = ()  # text the guide lint removed, reported, not indexed


def unpooled(db_url: str) -> dict[str, object]:
    """Engine options for a server database: connections closed after each use, since the
    engine lives as long as its owner and is never disposed (SQLite files keep pooling)."""
    return {} if db_url.startswith("sqlite") else {"poolclass": NullPool}


def record_manager(db_url: str, collection: str) -> SQLRecordManager:
    """The record manager that remembers what is in ``collection``, schema created."""
    manager = SQLRecordManager(
        f"chroma/{collection}", db_url=db_url, engine_kwargs=unpooled(db_url)
    )
    manager.create_schema()
    return manager


def ingest(
    guides: list[Guide],
    store: VectorStore,
    records: SQLRecordManager,
    on_chunk: Callable[[Document], None] | None = None,
    batch_size: int = 512,
) -> IngestReport:
    """Make the store hold exactly the chunks of ``guides``.

    Chunk ids are content hashes, so unchanged chunks are skipped (nothing is embedded),
    a changed guide swaps only the chunks that changed, and chunks of guides that are no
    longer given are deleted. Deletions run only after every new chunk is stored, so an
    ingest that fails part-way leaves the previous index serving.
    """
    documents = [doc for guide in guides for doc in chunk_guide(guide)]
    result = index(
        _observed(documents, on_chunk),
        records,
        store,
        cleanup="full",
        source_id_key="guide",
        batch_size=batch_size,
        key_encoder="sha256",
    )
    return IngestReport(
        guides=len(guides),
        chunks=len(documents),
        added=result["num_added"],
        updated=result["num_updated"],
        skipped=result["num_skipped"],
        deleted=result["num_deleted"],
        dropped=tuple(d for guide in guides for d in guide.dropped),
    )


def _observed(
    documents: Iterable[Document], on_chunk: Callable[[Document], None] | None
) -> Iterator[Document]:
    for document in documents:
        yield document
        if on_chunk:
            on_chunk(document)
