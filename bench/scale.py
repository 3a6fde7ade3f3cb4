"""The O*NET corpus (~1,000 guides) plus the bundled guide: ingest and query at scale.

Prints chunks, ingest wall time and chunks/s against raw ``encode`` of the same chunk texts,
query p50/p95 for the full corpus against the single-guide index, and RSS. Needs
``../shared/data`` (or ``CAREERBOT_SHARED_DATA``).
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from api.components import (
    build_components,
    load_settings_embeddings,
    open_store,
    run_ingest,
    warm_caches,
)
from api.settings import Settings
from bench.common import percentile, questions, rss_mb
from bot.retrieval.units import load_chunks
from index.chunking import chunk_guide
from knowledge.loader import BUNDLED_GUIDES_DIR, load_guides
from knowledge.onet import compose_guides

SHARED = Path(
    os.environ.get("CAREERBOT_SHARED_DATA", Path(__file__).resolve().parents[2] / "shared/data")
)


def query_times(settings: Settings, asked: list[str]) -> list[float]:
    """Milliseconds per answer of the bot built over ``settings``' guides."""
    bot = build_components(settings, load_settings_embeddings(settings)).bot
    for question in asked[:20]:
        bot.reply(question, None, None)
    times = []
    for question in asked:
        started = time.perf_counter()
        bot.reply(question, None, None)
        times.append((time.perf_counter() - started) * 1000)
    return times


def filters(store: Chroma, embeddings: Embeddings) -> None:
    """One guide's best chunks: Chroma with a ``where`` filter vs in-memory vectors."""
    chunks, vectors = load_chunks(store)
    rows: dict[str, list[int]] = {}
    for row, chunk in enumerate(chunks):
        rows.setdefault(chunk.guide, []).append(row)
    guides = sorted(rows)[::10]
    query = np.asarray(embeddings.embed_query("how do I get started?"), dtype=np.float32)
    timings: dict[str, list[float]] = {"unfiltered": [], "where": [], "memory": []}
    for guide in guides:
        for name in timings:
            started = time.perf_counter()
            if name == "memory":
                scores = vectors[rows[guide]] @ query
                np.argsort(-scores)[:10]
            else:
                where = {"guide": guide} if name == "where" else None
                store.similarity_search_by_vector_with_relevance_scores(
                    query.tolist(), k=10, filter=where
                )
            timings[name].append((time.perf_counter() - started) * 1000)
    base = statistics.median(timings["unfiltered"])
    for name, times in timings.items():
        p50 = statistics.median(times)
        print(f"top-10 in one guide, {name:10} p50 {p50:.2f} ms ({p50 / base:.2f}x unfiltered)")


def main() -> None:
    """Import, ingest and query; print the figures."""
    work = Path(tempfile.mkdtemp())
    guides_dir = work / "guides"
    started = time.perf_counter()
    report = compose_guides(
        SHARED / "onet",
        SHARED / "oews/oews_may2025_national.csv",
        SHARED / "esco/occupations_en.csv",
        guides_dir,
        bls_ep_dir=SHARED / "bls-ep",
        ratings_dir=SHARED / "onet-29.3",
    )
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", guides_dir)
    print(f"import: {report.occupations} occupations in {time.perf_counter() - started:.1f} s")
    guides = load_guides(guides_dir)
    texts = [d.page_content for g in guides for d in chunk_guide(g)]
    embeddings = load_settings_embeddings(Settings(data_dir=work / "data"))
    started = time.perf_counter()
    embeddings.embed_documents(texts)  # the model alone: batches of 32, normalised
    raw = time.perf_counter() - started
    settings = Settings(data_dir=work / "data", guides_dir=guides_dir, quota_free="1000000/day")
    store = open_store(settings, embeddings)
    started = time.perf_counter()
    ingested = run_ingest(settings, store, guides)
    cold = time.perf_counter() - started
    print(f"guides: {len(guides)}  chunks: {ingested.chunks}")
    print(
        f"ingest {cold:.0f} s ({ingested.chunks / cold:.1f} chunks/s); raw encode {raw:.0f} s "
        f"({len(texts) / raw:.1f} chunks/s); ratio {cold / raw:.2f} (target ≤ 1.15)"
    )
    started = time.perf_counter()
    warm_caches(settings, store, embeddings, guides)
    warm = time.perf_counter() - started
    print(f"sentence and summary vectors warmed into the cache in {warm:.0f} s")
    filters(store, embeddings)
    asked = questions(120)
    full = query_times(settings, asked)
    single = query_times(Settings(data_dir=work / "single", quota_free="1000000/day"), asked)
    for name, times in (("full corpus ", full), ("single guide", single)):
        p50, p95 = statistics.median(times), percentile(times, 95)
        print(f"query {name} p50 {p50:.1f} ms  p95 {p95:.1f} ms")
    ratio_p50 = statistics.median(full) / statistics.median(single)
    ratio_p95 = percentile(full, 95) / percentile(single, 95)
    print(f"ratio p50 {ratio_p50:.2f}  p95 {ratio_p95:.2f} (target ≤ 1.5)")
    print(f"RSS {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
