"""The Chroma client and the LangChain vector store over it."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.shared_system_client import SharedSystemClient
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

TOKEN_HEADER = "X-Chroma-Token"  # Chroma's own token header name


def chroma_client(
    persist_dir: Path, url: str | None = None, fresh: bool = False, token: str | None = None
) -> ClientAPI:
    """An ``HttpClient`` when ``url`` is given (sending ``token`` as ``X-Chroma-Token``),
    else a ``PersistentClient`` in ``persist_dir``.

    Chroma shares one embedded client per directory within a process and keeps its index in
    memory, so it does not see another process's ingest; ``fresh`` opens a new one that reads
    the directory as it is now (clients already handed out keep working).
    """
    settings = ChromaSettings(anonymized_telemetry=False)
    if url:
        parsed = urlparse(url)
        if not parsed.hostname:
            raise ValueError(f"CAREERBOT_CHROMA_URL={url!r} has no host; use http://host:port")
        ssl = parsed.scheme == "https"
        return chromadb.HttpClient(
            host=parsed.hostname,
            port=parsed.port or (443 if ssl else 8000),
            ssl=ssl,
            headers={TOKEN_HEADER: token} if token else None,
            settings=settings,
        )
    persist_dir.mkdir(parents=True, exist_ok=True)
    if fresh:
        SharedSystemClient.clear_system_cache()  # Chroma's public reset of its client cache
    return chromadb.PersistentClient(path=str(persist_dir), settings=settings)


ENCODER_KEY = "careerbot:encoder"  # collection metadata: the encoder its vectors came from


class EncoderMismatchError(RuntimeError):
    """The collection holds vectors of another encoder than the one configured."""


def vector_store(
    client: ClientAPI, collection: str, embeddings: Embeddings, encoder: str = "torch"
) -> Chroma:
    """A cosine-space collection; our embeddings are passed in, Chroma's default never runs.

    The collection records the encoder that filled it and is refused to any other, so
    vectors of two encoders are never compared (collections made before encoders were
    recorded are torch's).
    """
    store = Chroma(
        collection_name=collection,
        embedding_function=embeddings,
        client=client,
        collection_metadata={"hnsw:space": "cosine", ENCODER_KEY: encoder},
    )
    found = (client.get_collection(collection).metadata or {}).get(ENCODER_KEY, "torch")
    if found != encoder:
        raise EncoderMismatchError(
            f"Chroma collection {collection!r} holds vectors of the {found} encoder, not "
            f"{encoder}; set CAREERBOT_ENCODER={found}, or another CAREERBOT_CHROMA_COLLECTION"
        )
    return store


def chunk_count(store: Chroma) -> int:
    """How many chunks the store holds (reads their ids: about 50 ms for 10,000 chunks)."""
    return len(store.get(include=[])["ids"])
