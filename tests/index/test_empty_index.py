"""A server started on an index nothing was ingested into says how to fill it."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.embeddings import Embeddings

from api.components import build_components
from api.settings import Settings
from bot.retrieval.units import EmptyIndexError


def test_a_start_on_an_empty_index_says_how_to_fill_it(
    tmp_path: Path, embeddings: Embeddings
) -> None:
    settings = Settings(data_dir=tmp_path, ingest_on_startup=False)
    with pytest.raises(EmptyIndexError, match="run `careerbot ingest`"):
        build_components(settings, embeddings)
