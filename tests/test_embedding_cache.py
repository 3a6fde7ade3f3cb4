"""Sentence vectors are remembered: a restart over unchanged guides runs the model on nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from api.components import Components, build_components
from api.settings import Settings
from bot.passages import UnitBank, load_chunks
from index.embeddings import remembered
from tests.test_ingest import CountingEmbeddings


def test_restart_embeds_nothing_and_answers_the_same(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    settings = Settings(data_dir=tmp_path)
    first_model = CountingEmbeddings(embeddings)
    first = build_components(settings, first_model)
    units = len(first.bot.drafter.bank.units)
    assert len(first_model.embedded) == first.chunk_count() + units  # each text once
    again_model = CountingEmbeddings(embeddings)
    again = build_components(settings, again_model)
    assert again_model.embedded == []
    question = "How long do the training programs take?"
    assert (
        again.bot.reply(question, None, None).answer == first.bot.reply(question, None, None).answer
    )


def test_remembered_vectors_equal_the_model_s(tmp_path: Path, embeddings: Embeddings) -> None:
    url = f"sqlite:///{tmp_path / 'cache.sqlite'}"
    texts = ["Calibrate production machinery.", "Wear safety goggles."]
    stored = remembered(embeddings, url, "all-MiniLM-L6-v2").embed_documents(texts)
    counting = CountingEmbeddings(embeddings)
    read = remembered(counting, url, "all-MiniLM-L6-v2").embed_documents(texts)
    assert counting.embedded == []
    assert np.allclose(read, embeddings.embed_documents(texts), atol=1e-6)
    assert np.allclose(read, stored)


def test_a_large_corpus_embeds_sentences_only_when_a_search_reaches_them(
    components: Components, embeddings: Embeddings
) -> None:
    chunks = load_chunks(components.store)
    counting = CountingEmbeddings(embeddings)
    lazy = UnitBank(chunks, counting, eager_limit=0)
    assert counting.embedded == []  # nothing at start-up
    section = lazy.of_section("production-technician", "Required Education")
    query = np.asarray(embeddings.embed_query("how long are the programs?"), dtype=np.float32)
    scores = lazy.similarity(section, query)
    assert len(counting.embedded) == len(section)
    lazy.similarity(section, query)
    assert len(counting.embedded) == len(section)  # each sentence embedded once
    eager = components.bot.drafter.bank
    assert np.allclose(scores, eager.similarity(section, query), atol=1e-5)
