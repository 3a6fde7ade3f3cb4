"""Runs golden sets through the real bot and computes quality figures."""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.chatbot import CareerBot, Reply
from bot.draft import Mode
from knowledge.model import Guide

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
MARKER = re.compile(r"\[\d+\]")


@dataclass
class Outcome:
    """One golden item and what the bot did with it."""

    id: str
    question: str
    reply: Reply
    seconds: float
    gold: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    expect_refusal: bool = False

    def hit(self, k: int) -> bool:
        """A gold section is among the bot's first ``k`` sections."""
        return any(s in self.gold for s in self.reply.retrieved[:k])

    @property
    def missing_facts(self) -> list[str]:
        """Required facts the answer does not contain."""
        answer = self.reply.answer.lower()
        return [f for f in self.facts if f.lower() not in answer]


def load_set(path: Path) -> list[dict[str, Any]]:
    """A golden set file (a JSON list)."""
    items: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return items


def run_questions(bot: CareerBot, items: list[dict[str, Any]]) -> list[Outcome]:
    """Each question in a fresh conversation."""
    return [_ask(bot, item, [item["question"]]) for item in items]


def run_dialogues(bot: CareerBot, items: list[dict[str, Any]]) -> list[Outcome]:
    """Each dialogue in one conversation; the last turn is judged."""
    return [_ask(bot, item, item["turns"]) for item in items]


def run_refusals(bot: CareerBot, items: list[dict[str, Any]]) -> list[Outcome]:
    """Out-of-scope questions, each expected to be refused."""
    return [_ask(bot, item, [item["question"]], expect_refusal=True) for item in items]


def _ask(bot: CareerBot, item: dict[str, Any], turns: list[str], **extra: Any) -> Outcome:
    conversation = None
    reply = None
    started = time.perf_counter()
    for turn in turns:
        started = time.perf_counter()
        reply = bot.reply(turn, conversation, None)
        conversation = reply.conversation_id
    assert reply is not None
    return Outcome(
        id=item["id"],
        question=turns[-1],
        reply=reply,
        seconds=time.perf_counter() - started,
        gold=item.get("sections", []),
        facts=item.get("facts", []),
        **extra,
    )


def invented_numbers(reply: Reply, guides: dict[str, Guide]) -> list[str]:
    """Numbers in the answer that appear in none of its cited sections."""
    allowed: set[str] = set()
    for citation in reply.citations:
        section = guides[citation.guide].find(citation.section)
        text = f"{section.path_text}\n{section.text}" if section else citation.snippet
        allowed |= {n.replace(",", "") for n in NUMBER.findall(text)}
    found = NUMBER.findall(MARKER.sub("", reply.answer))
    return [n for n in found if n.replace(",", "") not in allowed]


def summarize(
    questions: list[Outcome], dialogues: list[Outcome], refusals: list[Outcome], bot: CareerBot
) -> dict[str, float]:
    """The figures a run reports."""
    answered = questions + dialogues
    facts = [f for o in answered for f in o.facts]
    missing = [f for o in answered for f in o.missing_facts]
    latencies = sorted(o.seconds * 1000 for o in answered + refusals)
    return {
        "questions": len(questions),
        "hit@1": _rate(o.hit(1) for o in questions),
        "hit@3": _rate(o.hit(3) for o in questions),
        "dialogue_hit@1": _rate(o.hit(1) for o in dialogues),
        "fact_recall": 1 - len(missing) / len(facts) if facts else 1.0,
        "answered_in_scope": _rate(o.reply.mode is Mode.CITED for o in answered),
        "refusal_accuracy": _rate(o.reply.mode is Mode.REFUSAL for o in refusals),
        "invented_numbers": sum(len(invented_numbers(o.reply, bot.guides)) for o in answered),
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
    }


def _rate(values: Any) -> float:
    values = list(values)
    return sum(bool(v) for v in values) / len(values) if values else 0.0
