"""Plus personal answers over ``tests/eval/plus_profiles.json``: each profile's question
answered from its career move exactly as Plus chat renders it, checked by rules (names the
visitor's role or tier, a shared skill and one to build, every item and sentence cited, no
number absent from the cited sections, the profile and the question, the question answered
first, the expected current occupation and goal). Prints the pass rate and each failure.

Composes the whole O*NET corpus (about 1,000 guides, seconds) plus the bundled guide into a
temporary directory; needs ``../shared/data`` (or ``CAREERBOT_SHARED_DATA``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

from api.components import load_settings_embeddings
from api.settings import Settings
from bench.common import EVAL
from bench.scale import SHARED
from bot.compose.plan import AdvicePlanner
from bot.moves.check import judge
from bot.moves.planner import MovePlanner
from knowledge.loader import BUNDLED_GUIDES_DIR, load_guides
from knowledge.onet import compose_guides


def corpus(work: Path) -> Path:
    """Every O*NET guide and the bundled guide in ``work``."""
    compose_guides(
        SHARED / "onet",
        SHARED / "oews/oews_may2025_national.csv",
        SHARED / "esco/occupations_en.csv",
        work,
        bls_ep_dir=SHARED / "bls-ep",
        ratings_dir=SHARED / "onet-29.3",
    )
    shutil.copy(BUNDLED_GUIDES_DIR / "production-technician.txt", work)
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=EVAL / "plus_profiles.json")
    parser.add_argument("--show", action="store_true", help="print every answer")
    args = parser.parse_args()
    items = json.loads(args.set.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        guides = load_guides(corpus(Path(tmp)))
        embeddings = load_settings_embeddings(Settings())
        planner = MovePlanner(guides, AdvicePlanner(embeddings), embeddings)
        print(f"{len(guides)} guides, planner ready in {time.perf_counter() - started:.1f} s")
        passed = 0
        took: list[float] = []
        failed: dict[str, int] = {}
        for n, item in enumerate(items, 1):
            started = time.perf_counter()
            answer, rules = judge(item, planner)
            took.append(time.perf_counter() - started)
            broken = [name for name, ok in rules.items() if not ok]
            passed += not broken
            for name in broken:
                failed[name] = failed.get(name, 0) + 1
            if broken or args.show:
                print(f"\n#{n} {item['question']!r} ({item['profile']['current_role']})")
                print(f"  broken: {', '.join(broken) or 'none'}")
                print("  " + answer.replace("\n", "\n  "))
    print(f"\npass rate {passed}/{len(items)} = {passed / len(items):.2f} (target ≥ 0.90)")
    print("rules broken: " + (", ".join(f"{k} {v}" for k, v in failed.items()) or "none"))
    print(f"per answer: p50 {sorted(took)[len(took) // 2] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
