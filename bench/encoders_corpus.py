"""The O*NET corpus part of ``bench/encoders.py``: ingest time and occupation quality per
encoder (the O*NET golden sets and CareerNet dev, whose SOC labels name the gold guides)."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from api.components import (
    build_components,
    load_settings_guides,
    open_store,
    run_ingest,
    warm_caches,
)
from bench.common import EVAL
from bench.encoders import Sets, quality, settings_for
from bench.scale import SHARED
from bot.routing.names import ONET_CODE
from bot.services.chat import CareerBot
from bot.services.evaluation import load_set
from knowledge.loader import BUNDLED_GUIDES_DIR
from knowledge.model import Guide
from knowledge.onet import compose_guides

ONET_SETS = ("onet_questions", "onet_heldout")
CAREERNET = SHARED / "careernet-dev" / "questions_with_occupations.jsonl"


def corpus_dir(work: Path, limit: int | None) -> Path:
    """Every O*NET guide and the bundled guide; with ``limit``, that many O*NET guides: the
    O*NET sets' gold guides first (in set order), then the others by name."""
    everything = work / "corpus-all"
    compose_guides(
        SHARED / "onet",
        SHARED / "oews/oews_may2025_national.csv",
        SHARED / "esco/occupations_en.csv",
        everything,
    )
    chosen = work / "corpus"
    chosen.mkdir(exist_ok=True)
    gold = [
        slug
        for name in ONET_SETS
        for item in load_set(EVAL / f"{name}.json")
        for slug in item.get("guides", [])
    ]
    paths = {path.stem: path for path in sorted(everything.glob("*.md"))}
    order = [*dict.fromkeys(slug for slug in gold if slug in paths), *paths]
    for slug in list(dict.fromkeys(order))[:limit]:
        shutil.copy(paths[slug], chosen)
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", chosen)
    return chosen


def careernet_items(guides: list[Guide]) -> list[dict[str, Any]]:
    """CareerNet dev questions whose SOC codes have a guide here, those guides as gold."""
    by_soc: dict[str, list[str]] = {}
    for guide in guides:
        for section in guide.walk():
            for line in section.paragraphs:
                if found := ONET_CODE.match(line):
                    by_soc.setdefault(found.group(1)[:7], []).append(guide.slug)
    items = []
    for line in CAREERNET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold = [slug for code in record.get("soc_codes", []) for slug in by_soc.get(code, [])]
        if gold:
            items.append({"id": record["id"], "question": record["text"], "guides": gold})
    return items


def present(items: list[dict[str, Any]], slugs: set[str]) -> list[dict[str, Any]]:
    """The items with a gold guide in the corpus, gold narrowed to those guides."""
    kept = []
    for item in items:
        gold = [slug for slug in item.get("guides", []) if slug in slugs]
        if gold:
            kept.append(item | {"guides": gold})
    return kept


def corpus(models: dict[str, Embeddings], work: Path, limit: int | None) -> None:
    """Ingest the corpus into an empty index per encoder (one after another), then compare."""
    guides_dir = corpus_dir(work, limit)
    bots: dict[str, CareerBot] = {}
    seconds: dict[str, float] = {}
    fake = FakeListChatModel(responses=["unused: Free answers only"])
    shown = f"{limit} O*NET guides (the O*NET sets' gold first)" if limit else "every O*NET guide"
    print(f"\ncorpus: {shown} + the bundled guide; each encoder ingests into an empty index")
    guides: list[Guide] = []
    for name, model in models.items():
        settings = settings_for(
            name, work / f"corpus-{name}", guides_dir=guides_dir, ingest_on_startup=False
        )
        guides = load_settings_guides(settings)
        store = open_store(settings, model)
        started = time.perf_counter()
        report = run_ingest(settings, store, guides)
        chunked = time.perf_counter()
        warm_caches(settings, store, model, guides)
        done = time.perf_counter()
        seconds[name] = done - started
        ratio = seconds[name] / seconds["torch"]
        print(
            f"  {name:10} ingest {seconds[name]:7.1f} s  {ratio:4.2f}x torch  "
            f"({report.chunks} chunks {chunked - started:6.1f} s, sentence and summary vectors "
            f"{done - chunked:6.1f} s; load average {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        bots[name] = build_components(settings, model, llm=fake).bot
    slugs = {guide.slug for guide in guides}
    sets: Sets = {
        name: (present(load_set(EVAL / f"{name}.json"), slugs), None) for name in ONET_SETS
    }
    if CAREERNET.is_file():
        sets["careernet-dev"] = (careernet_items(guides), None)
    for name, (items, _) in sets.items():
        print(f"  {name}: {len(items)} items with a gold guide in this corpus")
    quality(bots, sets)
