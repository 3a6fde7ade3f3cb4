"""A page for a person to read: 60 questions sampled across the sets (real learners'
CareerNet questions, the guide and O*NET sets, the people dialogues), each with the answer
and its citations, over the whole corpus. Writes ``.careerbot/review.html``."""

from __future__ import annotations

import argparse
import html
import random
from pathlib import Path
from typing import Any

from api.components import (
    build_components,
    load_settings_embeddings,
    load_settings_guides,
    open_store,
    run_ingest,
)
from bench.careernet import DEV
from bench.common import EVAL
from bench.onet_eval import PAGE, corpus_settings
from bot.answer import Reply
from bot.services.chat import CareerBot
from bot.services.evaluation import load_set

OUT = Path(".careerbot/review.html")
# (set, how many, page the questions are asked on)
SAMPLES: list[tuple[str, int, str | None]] = [
    ("careernet", 24, None),
    ("guide_questions", 8, PAGE),
    ("heldout_questions", 6, PAGE),
    ("onet_questions", 8, None),
    ("dialogues_people", 8, PAGE),
    ("onet_dialogues", 6, None),
]


def _ask(bot: CareerBot, turns: list[str], page: str | None) -> Reply:
    conversation = None
    reply = None
    for turn in turns:
        reply = bot.reply(turn, conversation, page)
        conversation = reply.conversation_id
    assert reply is not None
    return reply


def _card(name: str, item: dict[str, Any], reply: Reply) -> str:
    turns = item.get("turns") or [item["question"]]
    asked = "".join(f"<p class=q>{html.escape(t)}</p>" for t in turns)
    answer = html.escape(reply.answer).replace("\n", "<br>")
    cited = "".join(
        f"<li>[{c.id}] {html.escape(c.guide)} › {html.escape(c.section)}</li>"
        for c in reply.citations
    )
    gold = ", ".join(item.get("sections") or item.get("guides") or [item.get("mode", "")])
    return (
        f"<article><h3>{html.escape(name)} · {html.escape(item['id'])} · mode "
        f"{reply.mode.value}</h3>{asked}<div class=a>{answer}</div><ol>{cited}</ol>"
        f"<p class=g>expected: {html.escape(gold)}</p></article>"
    )


def main() -> None:
    """Sample, ask, write the page."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=11)
    seed = parser.parse_args().seed
    settings = corpus_settings()
    embeddings = load_settings_embeddings(settings)
    store = open_store(settings, embeddings)
    run_ingest(settings, store, load_settings_guides(settings))
    bot = build_components(settings, embeddings).bot
    rng = random.Random(seed)
    cards = []
    for name, count, page in SAMPLES:
        path = DEV if name == "careernet" else EVAL / f"{name}.json"
        items = load_set(path, bot.guides)
        for item in rng.sample(items, min(count, len(items))):
            reply = _ask(bot, item.get("turns") or [item["question"]], page)
            cards.append(_card(name, item, reply))
    style = (
        "body{font:15px/1.45 system-ui;max-width:60rem;margin:2rem auto;padding:0 1rem}"
        "article{border-top:1px solid #ccc;padding:.5rem 0}.q{font-weight:600;margin:.2rem 0}"
        ".a{background:#f5f5f5;padding:.5rem;white-space:normal}.g{color:#666;font-size:13px}"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        f"<!doctype html><meta charset=utf-8><title>careerbot review</title>"
        f"<style>{style}</style><h1>careerbot review: {len(cards)} questions</h1>" + "".join(cards),
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(cards)} questions)")


if __name__ == "__main__":
    main()
