"""Real learners' questions (CareerNet dev, CareerVillage) over the whole O*NET corpus:
occupation hit@1/@5 overall and per domain, the answer modes, and each miss written to
``.careerbot/careernet-misses.jsonl`` so failures can be read by kind.

Uses the corpus kept by ``bench/onet_eval.py`` (``.careerbot/onet-eval``).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from api.components import (
    build_components,
    load_settings_embeddings,
    load_settings_guides,
    open_store,
    run_ingest,
)
from bench.onet_eval import corpus_settings
from bench.scale import SHARED
from bot.services.evaluation import evaluate_outcomes, load_set
from bot.understand.needs import ANSWERED_BY, Need

DEV = SHARED / "careernet-dev" / "questions_with_occupations.jsonl"
MISSES = Path(".careerbot/careernet-misses.jsonl")


def main() -> None:
    """Print the figures and write the misses."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", type=Path, default=DEV, help="CareerNet JSON lines")
    path = parser.parse_args().set
    settings = corpus_settings()
    embeddings = load_settings_embeddings(settings)
    store = open_store(settings, embeddings)
    run_ingest(settings, store, load_settings_guides(settings))
    bot = build_components(settings, embeddings).bot
    items = load_set(path, bot.guides)
    figures, outcomes = evaluate_outcomes(bot, items)
    for name, value in figures.items():
        print(f"{name:>28}  {value:.3f}" if isinstance(value, float) else f"{name:>28}  {value}")
    print("modes:", dict(Counter(o.reply.mode.value for o in outcomes)))
    aliases = ANSWERED_BY[Need.ALIASES]
    alias_lists = [o for o in outcomes if any(aliases.search(c.section) for c in o.reply.citations)]
    print(f"answers citing a list of other job titles (none asked for one): {len(alias_lists)}")
    MISSES.parent.mkdir(parents=True, exist_ok=True)
    with MISSES.open("w", encoding="utf-8") as out:
        for o in outcomes:
            if not o.guide_hit(1):
                row = {
                    "id": o.id,
                    "question": o.question[:300],
                    "gold": o.gold_guides,
                    "got": o.reply.retrieved_guides[:5],
                    "mode": o.reply.mode.value,
                    "answer": o.reply.answer[:200],
                }
                out.write(json.dumps(row) + "\n")
    print(f"misses written to {MISSES}")


if __name__ == "__main__":
    main()
