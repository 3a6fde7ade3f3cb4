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
from bot.routing.career import ONET_CODE
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
    """Ingest the corpus into an empty index per encoder, phase by phase (every encoder's
    chunks, then every encoder's sentence and summary vectors), then compare."""
    guides_dir = corpus_dir(work, limit)
    bots: dict[str, CareerBot] = {}
    fake = FakeListChatModel(responses=["unused: Free answers only"])
    shown = f"{limit} O*NET guides (the O*NET sets' gold first)" if limit else "every O*NET guide"
    print(
        f"\ncorpus: {shown} + the bundled guide; each encoder ingests into an empty index, "
        "the encoders taking turns per phase (wall and CPU seconds, load average after each)"
    )
    settings = {
        name: settings_for(
            name, work / f"corpus-{name}", guides_dir=guides_dir, ingest_on_startup=False
        )
        for name in models
    }
    guides = load_settings_guides(settings["torch"])
    stores = {name: open_store(settings[name], model) for name, model in models.items()}
    spent: dict[str, list[tuple[float, float]]] = {name: [] for name in models}
    phases = (
        ("chunks", lambda name: run_ingest(settings[name], stores[name], guides)),
        (
            "sentence and summary vectors",
            lambda name: warm_caches(settings[name], stores[name], models[name], guides),
        ),
    )
    for phase, step in phases:
        for name in models:
            started, cpu = time.perf_counter(), time.process_time()
            step(name)
            spent[name].append((time.perf_counter() - started, time.process_time() - cpu))
            _show(f"{name} {phase}", spent[name][-1], spent["torch"][-1])
    totals = {
        name: (sum(wall for wall, _ in spent[name]), sum(cpu for _, cpu in spent[name]))
        for name in models
    }
    for name in models:
        _show(f"{name} ingest", totals[name], totals["torch"])
        bots[name] = build_components(settings[name], models[name], llm=fake).bot
    slugs = {guide.slug for guide in guides}
    sets: Sets = {
        name: (present(load_set(EVAL / f"{name}.json"), slugs), None) for name in ONET_SETS
    }
    if CAREERNET.is_file():
        sets["careernet-dev"] = (careernet_items(guides), None)
    for name, (items, _) in sets.items():
        print(f"  {name}: {len(items)} items with a gold guide in this corpus")
    quality(bots, sets)


def _show(what: str, spent: tuple[float, float], torch: tuple[float, float]) -> None:
    """Wall and CPU seconds, each as a share of torch's, and the load average now."""
    print(
        f"  {what:40} {spent[0]:7.1f} s {spent[0] / torch[0]:4.2f}x torch  CPU {spent[1]:7.1f} s "
        f"{spent[1] / torch[1]:4.2f}x  (load average {os.getloadavg()[0]:.1f})",
        flush=True,
    )
