"""Every encoder (torch, onnx, onnx-int8, torch-bf16, onnx-bf16) side by side, in one run: query
embedding and ``/v1/chat`` latency (interleaved, so every encoder sees the same machine), the
server's RSS, vector agreement with torch, and golden-set quality with the items each encoder
loses against torch.

``--corpus`` adds the O*NET corpus (``../shared/data``): ingest time (chunks and sentence
vectors, into an empty index) and occupation hit@1/@5 on the O*NET sets and CareerNet dev,
per encoder; ``--corpus-guides N`` takes the first N guides only (ingest ratios, and only
the golden items whose careers are among them).

``--encoders torch,onnx-int8`` measures those only (torch always, as the baseline);
``--corpus-encoders onnx-bf16`` narrows the corpus part to those (and torch).

Run: ``python -m bench.encoders [--corpus [--corpus-guides 100]] [--corpus-only]``.
Prints; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from fastapi.testclient import TestClient
from langchain_core.embeddings import Embeddings
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from api.app import create_app
from api.components import load_settings_embeddings
from api.settings import Settings
from bench.common import EVAL, percentile, questions
from bench.load import free_port, rss_mb, start_server
from bot.answer import Mode
from bot.services.chat import CareerBot
from bot.services.evaluation import (
    Outcome,
    evaluate,
    load_set,
    run_dialogues,
    run_questions,
    run_refusals,
)
from index.encoders import ENCODERS

Sets = dict[str, tuple[list[dict[str, Any]], str | None]]  # name: (items, page asked on)
CACHE = Path(".careerbot/encoders")  # exported graphs, by content: later runs reuse them
GUIDE_SETS = ("guide_questions", "heldout_questions", "dialogues", "out_of_scope")
FIGURES = (
    ("hit@1", "hit@1"),
    ("hit@3", "hit@3"),
    ("dlg@1", "dialogue_hit@1"),
    ("facts", "fact_recall"),
    ("refuse", "refusal_accuracy"),
    ("occ@1", "occupation_hit@1"),
    ("occ@5", "occupation_hit@5"),
)


THREADS = {"value": 1}  # --threads, for every encoder


def settings_for(encoder: str, data_dir: Path, **extra: Any) -> Settings:
    """Bench settings: no quotas in the way, graphs from the shared cache."""
    return Settings(
        data_dir=data_dir,
        encoder=encoder,
        encoder_threads=THREADS["value"],
        encoder_dir=CACHE.resolve(),
        stream_delay_ms=0,
        quota_free="1000000/day",
        **extra,
    )


def spread(values: list[float]) -> str:
    """p50 and p95 of milliseconds."""
    return f"p50 {percentile(values, 50):7.2f} ms  p95 {percentile(values, 95):7.2f} ms"


def query_embedding(models: dict[str, Embeddings], asked: list[str]) -> None:
    """Each question embedded by every encoder in turn; cosine of each vector to torch's."""
    times: dict[str, list[float]] = {name: [] for name in models}
    vectors: dict[str, list[list[float]]] = {name: [] for name in models}
    for question in asked[:10]:
        for model in models.values():
            model.embed_query(question)
    for question in asked:
        for name, model in models.items():
            started = time.perf_counter()
            vectors[name].append(model.embed_query(question))
            times[name].append((time.perf_counter() - started) * 1000)
    torch = np.asarray(vectors["torch"])
    print(f"\nquery embedding ({len(asked)} questions, interleaved)")
    for name in models:
        cosine = (np.asarray(vectors[name]) * torch).sum(axis=1)
        ratio = percentile(times[name], 50) / percentile(times["torch"], 50)
        print(
            f"  {name:10} {spread(times[name])}  {ratio:4.2f}x torch p50   "
            f"cosine to torch min {cosine.min():.4f} mean {cosine.mean():.4f}"
        )


def chat_latency(clients: dict[str, TestClient], asked: list[str]) -> None:
    """``/v1/chat`` server-side time (Server-Timing) per encoder, interleaved."""
    times: dict[str, list[float]] = {name: [] for name in clients}
    for question in asked[:20]:
        for client in clients.values():
            client.post("/v1/chat", json={"message": question})
    for question in asked:
        for name, client in clients.items():
            response = client.post("/v1/chat", json={"message": question})
            response.raise_for_status()
            times[name].append(float(response.headers["server-timing"].split("dur=")[1]))
    print(f"\n/v1/chat on the bundled guide ({len(asked)} questions, interleaved)")
    for name in clients:
        ratio = percentile(times[name], 50) / percentile(times["torch"], 50)
        print(f"  {name:10} {spread(times[name])}  {ratio:4.2f}x torch p50")


def server_rss(data_dirs: dict[str, Path], asked: list[str]) -> None:
    """``careerbot serve`` per encoder (one at a time) restarted on its ingested index, RSS
    after 30 answers, and whether torch was loaded (libtorch mapped)."""
    print(
        "\nserver RSS (careerbot serve restarted on an ingested bundled index, after 30 "
        "answers; LLM child excluded)"
    )
    for name, data_dir in data_dirs.items():
        port = free_port()
        extra = {
            "CAREERBOT_ENCODER": name,
            "CAREERBOT_ENCODER_DIR": str(CACHE.resolve()),
            "CAREERBOT_ENCODER_THREADS": str(THREADS["value"]),
        }
        server = start_server(data_dir, port, extra)
        try:
            for question in asked[:30]:
                httpx.post(
                    f"http://127.0.0.1:{port}/v1/chat", json={"message": question}
                ).raise_for_status()
            torch = "libtorch" in Path(f"/proc/{server.pid}/maps").read_text()
            print(f"  {name:10} {rss_mb(server.pid):6.0f} MB  torch loaded: {torch}")
        finally:
            server.terminate()
            server.wait(timeout=60)


def item_marks(
    bot: CareerBot, items: list[dict[str, Any]], page: str | None
) -> dict[str, dict[str, bool]]:
    """What each item got right, per figure (split the way ``evaluate`` splits a set)."""
    judged = ("sections", "guides", "occupations", "turns")
    dialogues = [i for i in items if "turns" in i]
    refusals = [i for i in items if not any(key in i for key in judged)]
    asked = [i for i in items if i not in dialogues and i not in refusals]
    got = {o.id: marks(o) for o in run_questions(bot, asked, page)}
    got |= {o.id: {"dlg@1": o.hit(1)} for o in run_dialogues(bot, dialogues, page)}
    refused = run_refusals(bot, refusals, page)
    return got | {o.id: {"refuse": o.reply.mode is Mode.REFUSAL} for o in refused}


def marks(outcome: Outcome) -> dict[str, bool]:
    """What a question got right, per figure."""
    got: dict[str, bool] = {}
    if outcome.gold:
        got |= {"hit@1": outcome.hit(1), "hit@3": outcome.hit(3)}
    if outcome.gold_guides:
        got |= {"occ@1": outcome.guide_hit(1), "occ@5": outcome.guide_hit(5)}
    if outcome.facts:
        got["facts"] = not outcome.missing_facts
    return got


def quality(bots: dict[str, CareerBot], sets: Sets) -> None:
    """Golden-set figures per encoder, and the items each loses (and gains) against torch."""
    print(
        "\nquality (evaluate(); p50/p95: answer time in-process; 'lost': items torch gets "
        "right and this encoder does not)"
    )
    print(
        f"  {'set':18} {'encoder':10} "
        + " ".join(f"{label:>6}" for label, _ in FIGURES)
        + "  p50ms  p95ms  lost/gained"
    )
    for set_name, (items, page) in sets.items():
        right: dict[str, dict[str, dict[str, bool]]] = {}
        for name, bot in bots.items():
            figures = evaluate(bot, items, page)
            right[name] = item_marks(bot, items, page)
            cells = [f"{figures[key]:6.3f}" if key in figures else " " * 6 for _, key in FIGURES]
            cells += [f"{figures['latency_p50_ms']:6.1f}", f"{figures['latency_p95_ms']:6.1f}"]
            changes = ""
            if name != "torch":
                changes = "  " + ", ".join(_changes(right["torch"], right[name]))
            print(f"  {set_name:18} {name:10} " + " ".join(cells) + changes, flush=True)


def _changes(base: dict[str, dict[str, bool]], other: dict[str, dict[str, bool]]) -> list[str]:
    shown = []
    for label, _ in FIGURES:
        lost = sum(base[i].get(label, False) and not other[i].get(label, False) for i in base)
        gained = sum(other[i].get(label, False) and not base[i].get(label, False) for i in base)
        if any(label in m for m in base.values()):
            shown.append(f"{label} -{lost}/+{gained}")
    return shown


def narrowed(models: dict[str, Embeddings], chosen: str | None) -> dict[str, Embeddings]:
    """torch and the ``chosen`` encoders (all of ``models`` when none are chosen)."""
    if not chosen:
        return models
    return {n: m for n, m in models.items() if n == "torch" or n in chosen.split(",")}


def main() -> None:
    """Build every encoder, measure, print; ``--corpus`` adds the O*NET corpus figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=200, help="latency questions")
    parser.add_argument("--corpus", action="store_true", help="also the O*NET corpus")
    parser.add_argument("--corpus-guides", type=int, help="only the first N corpus guides")
    parser.add_argument("--skip-rss", action="store_true", help="no careerbot serve runs")
    parser.add_argument("--corpus-only", action="store_true", help="only the corpus part")
    parser.add_argument("--threads", type=int, default=1, help="CAREERBOT_ENCODER_THREADS")
    parser.add_argument("--encoders", default=",".join(ENCODERS), help="comma-separated")
    parser.add_argument("--corpus-encoders", help="comma-separated; default: --encoders")
    args = parser.parse_args()
    names = ["torch", *(n for n in ENCODERS if n != "torch" and n in args.encoders.split(","))]
    THREADS["value"] = args.threads
    asked = questions(args.questions)
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
        f"{args.threads} encoder thread(s)"
    )
    work = Path(tempfile.mkdtemp(prefix="bench-encoders-"))
    models: dict[str, Embeddings] = {}
    for name in names:
        started = time.perf_counter()
        models[name] = load_settings_embeddings(settings_for(name, work / name))
        print(f"{name:10} loaded in {time.perf_counter() - started:5.1f} s", flush=True)
    if args.corpus_only:
        from bench.encoders_corpus import corpus

        corpus(narrowed(models, args.corpus_encoders), work, args.corpus_guides)
        return
    query_embedding(models, asked)
    fake = FakeListChatModel(responses=["unused: Free answers only"])
    clients = {
        name: TestClient(create_app(settings_for(name, work / name), llm=fake)) for name in names
    }
    for client in clients.values():
        client.__enter__()
    try:
        chat_latency(clients, asked)
        bots: dict[str, CareerBot] = {
            name: client.app.state.components.bot  # type: ignore[attr-defined]
            for name, client in clients.items()
        }
        sets: Sets = {name: (load_set(EVAL / f"{name}.json"), None) for name in GUIDE_SETS}
        quality(bots, sets)
    finally:
        for client in clients.values():
            client.__exit__(None, None, None)
    if not args.skip_rss:
        server_rss({name: work / name for name in names}, asked)
    if args.corpus:
        from bench.encoders_corpus import corpus

        corpus(narrowed(models, args.corpus_encoders), work, args.corpus_guides)


if __name__ == "__main__":
    main()
