"""Sentence vectors are remembered: a restart over unchanged guides runs the model on nothing."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from api.components import build_components
from api.settings import Settings
from bot.retrieval.units import load_chunks, split_units
from index.embeddings import remembered
from tests.index.test_ingest import CountingEmbeddings


def test_restart_embeds_nothing_and_answers_the_same(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    settings = Settings(data_dir=tmp_path)
    first_model = CountingEmbeddings(embeddings)
    first = build_components(settings, first_model)
    chunks, _ = load_chunks(first.store)
    units = sum(len(split_units(chunk)) for chunk in chunks)
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
