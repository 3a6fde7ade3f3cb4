"""Shared helpers for the benchmarks: percentiles, RSS, the question list."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

EVAL = Path(__file__).resolve().parents[1] / "tests" / "eval"


def questions(minimum: int = 200) -> list[str]:
    """Golden and held-out questions, repeated with light rephrasing up to ``minimum``."""
    base = [
        item["question"]
        for name in ("guide_questions.json", "heldout_questions.json")
        for item in json.loads((EVAL / name).read_text(encoding="utf-8"))
    ]
    out = list(base)
    prefixes = ["Quick question: ", "Hi, ", "I was wondering, "]
    n = 0
    while len(out) < minimum:
        out.append(prefixes[n // len(base) % len(prefixes)] + base[n % len(base)])
        n += 1
    return out


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (inclusive method)."""
    return statistics.quantiles(values, n=100, method="inclusive")[int(pct) - 1]


def rss_mb() -> float:
    """This process's resident set size in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")
