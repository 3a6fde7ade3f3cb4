"""Replicas share one index: with a database and a Chroma server, the ingest records and the
sentence-vector cache live in the database, so a new replica on a fresh disk embeds nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from api.components import (
    build_components,
    load_settings_guides,
    open_store,
    run_ingest,
    warm_caches,
)
from api.settings import Settings
from bot.answer import Mode
from store.schema import migrate
from tests.index.test_ingest import CountingEmbeddings
from tests.postgres_server import PostgresCluster
from tests.stack.engines import ChromaServer


@pytest.fixture(scope="module")
def chroma(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path_factory.mktemp("chroma-server")).start()
    yield server
    server.stop()


def test_a_second_replica_embeds_nothing(
    postgres: PostgresCluster, chroma: ChromaServer, tmp_path: Path, embeddings: Embeddings
) -> None:
    database = postgres.create_database()
    migrate(database)
    job = Settings(data_dir=tmp_path / "a", database_url=database, chroma_url=chroma.url)
    job_model = CountingEmbeddings(embeddings)
    store = open_store(job, job_model)  # the ingest job, as `careerbot ingest` runs it
    guides = load_settings_guides(job)
    report = run_ingest(job, store, guides)
    assert report.added == 57
    warm_caches(job, store, job_model, guides)
    assert len(job_model.embedded) > 57  # chunks, then sentences and summaries

    replica_model = CountingEmbeddings(embeddings)
    replica = build_components(job.model_copy(update={"data_dir": tmp_path / "b"}), replica_model)
    assert replica.ingested == "unchanged"
    assert replica_model.embedded == []  # not a chunk, sentence or summary
    reply = replica.bot.reply("what does a production technician earn?", None, None)
    assert reply.mode is Mode.CITED
    assert "$58,500" in reply.answer
    replica.database.dispose()


def test_an_embedded_index_keeps_its_own_records(
    postgres: PostgresCluster, tmp_path: Path, embeddings: Embeddings
) -> None:
    """Without a Chroma server each node's index is its own, so its records must be too (a
    shared record would skip chunks this node's index never got); vectors are still shared."""
    database = postgres.create_database()
    migrate(database)
    first = build_components(Settings(data_dir=tmp_path / "a", database_url=database), embeddings)
    model = CountingEmbeddings(embeddings)
    second = build_components(Settings(data_dir=tmp_path / "b", database_url=database), model)
    first.database.dispose()
    second.database.dispose()
    assert second.chunk_count() == 57
    assert len(model.embedded) == 57  # its own chunks; sentences came from the shared cache
