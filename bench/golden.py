"""Golden-set figures for each retrieval fusion (dense, BM25, RRF, weighted) on the bundled
guide; ``--fusion weighted`` runs one. ``people`` is the held-out dialogue set written as
visitors talk (last turn right: gold section first, or the expected refusal/clarify)."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from api.components import build_components, load_settings_embeddings
from api.settings import Settings
from bench.common import EVAL
from bot.services.evaluation import load_set, run_dialogues, run_questions, run_refusals, summarize

FUSIONS = ("dense", "bm25", "rrf", "weighted")


def main() -> None:
    """Print hit@1/@3, fact recall, refusals, invented numbers per fusion."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fusion", action="append", choices=FUSIONS, help="default: all")
    fusions = parser.parse_args().fusion or list(FUSIONS)
    data_dir = Path(tempfile.mkdtemp())
    embeddings = load_settings_embeddings(Settings(data_dir=data_dir))
    sets = {
        name: load_set(EVAL / f"{name}.json")
        for name in (
            "guide_questions",
            "dialogues",
            "out_of_scope",
            "heldout_questions",
            "dialogues_people",
        )
    }
    header = (
        "fusion    hit@1  hit@3  dlg@1  facts  refuse  invented  | heldout hit@1 hit@3"
        "  | people  p50 ms"
    )
    print(header)
    for fusion in fusions:
        settings = Settings(data_dir=data_dir, retrieval_fusion=fusion)
        bot = build_components(settings, embeddings).bot
        main_set = summarize(
            run_questions(bot, sets["guide_questions"]),
            run_dialogues(bot, sets["dialogues"]),
            run_refusals(bot, sets["out_of_scope"]),
            bot,
        )
        heldout = summarize(run_questions(bot, sets["heldout_questions"]), [], [], bot)
        people = summarize([], run_dialogues(bot, sets["dialogues_people"]), [], bot)
        print(
            f"{fusion:9} {main_set['hit@1']:.3f}  {main_set['hit@3']:.3f}  "
            f"{main_set['dialogue_hit@1']:.3f}  {main_set['fact_recall']:.3f}  "
            f"{main_set['refusal_accuracy']:.3f}   {main_set['invented_numbers']:4.0f}      | "
            f"      {heldout['hit@1']:.3f} {heldout['hit@3']:.3f}  | "
            f"{people['dialogue_last_turn']:.3f}  {main_set['latency_p50_ms']:.1f}"
        )


if __name__ == "__main__":
    main()
