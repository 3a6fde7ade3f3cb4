"""Every golden set over the whole O*NET corpus (~1,000 guides) plus the bundled guide, for
each retrieval fusion: occupation hit@1/@5 on the O*NET sets, section hit@3 on the seed
guide (asked on its page), refusals, invented numbers, latency.

The corpus and its index are kept in ``.careerbot/onet-eval`` (or
``CAREERBOT_EVAL_DIR``), so only the first run ingests (about 10 minutes on 2 cores).
Needs ``../shared/data`` (or ``CAREERBOT_SHARED_DATA``).
"""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path
from typing import Any

from api.components import (
    build_components,
    load_settings_embeddings,
    load_settings_guides,
    open_store,
    run_ingest,
    warm_caches,
)
from api.settings import Settings
from bench.common import EVAL
from bench.scale import SHARED
from bot.services.evaluation import evaluate, load_set
from knowledge.loader import BUNDLED_GUIDES_DIR
from knowledge.onet import compose_guides

WORK = Path(os.environ.get("CAREERBOT_EVAL_DIR", ".careerbot/onet-eval"))
PAGE = "production-technician"
FUSIONS = ("dense", "bm25", "rrf", "weighted")
SETS: list[tuple[str, str | None]] = [
    ("onet_questions", None),
    ("onet_heldout", None),
    ("guide_questions", PAGE),
    ("heldout_questions", PAGE),
    ("dialogues", PAGE),
    ("dialogues_people", PAGE),
    ("onet_dialogues", None),
    ("dialogues_heldout", None),  # written for the conversation work, never tuned on
    ("out_of_scope", None),
]
SHOWN = [
    ("occ@1", "occupation_hit@1"),
    ("occ@5", "occupation_hit@5"),
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("mrr", "mrr"),
    ("dlg@1", "dialogue_hit@1"),
    ("last", "dialogue_last_turn"),
    ("facts", "fact_recall"),
    ("cite", "citation_precision"),
    ("refuse", "refusal_accuracy"),
    ("invent", "invented_numbers"),
    ("p50ms", "latency_p50_ms"),
    ("p95ms", "latency_p95_ms"),
]


def corpus_settings(fusion: str = "weighted") -> Settings:
    """Settings over the kept corpus, its index synced (and caches warmed) once."""
    guides_dir = WORK / "guides"
    compose_guides(
        SHARED / "onet",
        SHARED / "oews/oews_may2025_national.csv",
        SHARED / "esco/occupations_en.csv",
        guides_dir,
        bls_ep_dir=SHARED / "bls-ep",
        ratings_dir=SHARED / "onet-29.3",
    )
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", guides_dir)
    return Settings(
        data_dir=WORK / "data",
        guides_dir=guides_dir,
        retrieval_fusion=fusion,
        ingest_on_startup=False,
        quota_free="1000000/day",
    )


def _row(name: str, figures: dict[str, Any]) -> str:
    cells = [f"{figures[key]:>6.3f}" if key in figures else " " * 6 for _, key in SHOWN[:-3]]
    tail = [
        f"{figures.get('invented_numbers', 0):>6.0f}",
        f"{figures.get('latency_p50_ms', 0):>6.1f}",
        f"{figures.get('latency_p95_ms', 0):>6.1f}",
    ]
    return f"{name:19} " + " ".join(cells + tail)


def main() -> None:
    """Sync the corpus once, then print every set's figures for each fusion asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fusion", action="append", choices=FUSIONS, help="default: all four")
    fusions = parser.parse_args().fusion or list(FUSIONS)
    settings = corpus_settings()
    embeddings = load_settings_embeddings(settings)
    guides = load_settings_guides(settings)
    store = open_store(settings, embeddings)
    report = run_ingest(settings, store, guides)
    warm_caches(settings, store, embeddings, guides)
    print(f"corpus: {report.guides} guides, {report.chunks} chunks ({report.added} embedded now)")
    print(f"{'set':19} " + " ".join(f"{label:>6}" for label, _ in SHOWN))
    for fusion in fusions:
        bot = build_components(corpus_settings(fusion), embeddings).bot
        print(f"-- fusion: {fusion}")
        for name, page in SETS:
            figures = evaluate(bot, load_set(EVAL / f"{name}.json"), page)
            print(_row(name, figures), flush=True)


if __name__ == "__main__":
    main()
