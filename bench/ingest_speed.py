"""Ingest of the bundled guide vs embedding the same chunks with the model alone."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from api.components import load_settings_embeddings, open_store, run_ingest
from api.settings import Settings
from index.chunking import chunk_guide
from knowledge.loader import load_guides


def main() -> None:
    """Cold ingest into an empty index, a no-op re-ingest, and the raw encode floor."""
    settings = Settings(data_dir=Path(tempfile.mkdtemp()))
    embeddings = load_settings_embeddings(settings)
    guides = load_guides(settings.guides_dir)
    texts = [d.page_content for g in guides for d in chunk_guide(g)]
    embeddings.embed_documents(texts[:8])  # warm-up
    started = time.perf_counter()
    embeddings.embed_documents(texts)  # the model alone: batches of 32, normalised
    raw = time.perf_counter() - started
    store = open_store(settings, embeddings)
    started = time.perf_counter()
    report = run_ingest(settings, store, guides)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    run_ingest(settings, store, guides)
    warm = time.perf_counter() - started
    print(f"chunks: {report.chunks}")
    print(f"ingest (empty index) {cold * 1000:7.0f} ms   {report.chunks / cold:6.1f} chunks/s")
    print(f"raw encode           {raw * 1000:7.0f} ms   {len(texts) / raw:6.1f} chunks/s")
    print(f"ratio ingest / encode {cold / raw:.2f}")
    print(f"re-ingest unchanged  {warm * 1000:7.0f} ms   (embeds nothing)")


if __name__ == "__main__":
    main()
