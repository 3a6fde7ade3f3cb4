"""Runs golden sets through the real bot and computes quality figures."""

from __future__ import annotations

import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.answer import Mode, Reply
from bot.routing.career import ONET_CODE
from bot.services.chat import CareerBot
from bot.text import numbers
from knowledge.model import Guide


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
    gold_guides: list[str] = field(default_factory=list)
    domain: str = ""
    mode: str = ""  # the expected mode, for a turn not answered from a section

    @property
    def correct(self) -> bool:
        """The answer is the right one: the expected mode, else a gold section first and
        (when gold guides are given) a gold guide first: the right career and its right part."""
        if self.mode:
            return self.reply.mode.value == self.mode
        if self.gold and self.gold_guides:
            return self.hit(1) and self.guide_hit(1)
        return self.hit(1) if self.gold else self.guide_hit(1)

    def hit(self, k: int) -> bool:
        """A gold section is among the bot's first ``k`` sections."""
        return any(s in self.gold for s in self.reply.retrieved[:k])

    def guide_hit(self, k: int) -> bool:
        """A gold guide is among the bot's first ``k`` guides."""
        return any(g in self.gold_guides for g in self.reply.retrieved_guides[:k])

    @property
    def reciprocal_rank(self) -> float:
        """1 / rank of the first gold section (0 when none was found)."""
        rank = next((i for i, s in enumerate(self.reply.retrieved, 1) if s in self.gold), None)
        return 1 / rank if rank else 0.0

    @property
    def citation_precision(self) -> float:
        """Share of cited sections that are gold sections."""
        cited = [c.section for c in self.reply.citations]
        return sum(s in self.gold for s in cited) / len(cited) if cited else 0.0

    @property
    def missing_facts(self) -> list[str]:
        """Required facts the answer does not contain."""
        answer = self.reply.answer.lower()
        return [f for f in self.facts if f.lower() not in answer]


def load_set(path: Path, guides: dict[str, Guide] | None = None) -> list[dict[str, Any]]:
    """A golden set file: a JSON list, or CareerNet's JSON lines (``soc_codes`` labels,
    turned into the ``guides`` of those occupations when ``guides`` are given)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".jsonl":
        items: list[dict[str, Any]] = json.loads(text)
        return items
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    by_soc = occupations_of(guides or {})
    return [
        {
            "id": record["id"],
            "question": record["text"],
            "domain": record.get("domain", ""),
            "guides": [slug for code in record["soc_codes"] for slug in by_soc.get(code, [])],
        }
        for record in records
        if record.get("soc_codes")
    ]


def occupations_of(guides: dict[str, Guide]) -> dict[str, list[str]]:
    """Guide slugs by the 7-character SOC code of their O*NET occupation."""
    by_soc: dict[str, list[str]] = {}
    for slug, guide in guides.items():
        for section in guide.walk():
            for line in section.paragraphs:
                if found := ONET_CODE.match(line):
                    by_soc.setdefault(found.group(1)[:7], []).append(slug)
    return by_soc


def run_questions(
    bot: CareerBot, items: list[dict[str, Any]], career: str | None = None
) -> list[Outcome]:
    """Each question in a fresh conversation (on the page of ``career``, if given)."""
    return [_ask(bot, item, [item["question"]], career) for item in items]


def run_dialogues(
    bot: CareerBot, items: list[dict[str, Any]], career: str | None = None
) -> list[Outcome]:
    """Each dialogue in one conversation; the last turn is judged."""
    return [_ask(bot, item, item["turns"], career) for item in items]


def run_refusals(
    bot: CareerBot, items: list[dict[str, Any]], career: str | None = None
) -> list[Outcome]:
    """Out-of-scope questions, each expected to be refused."""
    return [_ask(bot, item, [item["question"]], career, expect_refusal=True) for item in items]


def _ask(
    bot: CareerBot, item: dict[str, Any], turns: list[str], career: str | None, **extra: Any
) -> Outcome:
    conversation = None
    reply = None
    started = time.perf_counter()
    for turn in turns:
        started = time.perf_counter()
        reply = bot.reply(turn, conversation, item.get("career", career))
        conversation = reply.conversation_id
    assert reply is not None
    return Outcome(
        id=item["id"],
        question=turns[-1],
        reply=reply,
        seconds=time.perf_counter() - started,
        gold=item.get("sections", []),
        facts=item.get("facts", []),
        gold_guides=item.get("guides", []),
        domain=item.get("domain", ""),
        mode=item.get("mode", ""),
        **extra,
    )


def invented_numbers(reply: Reply, guides: dict[str, Guide]) -> list[str]:
    """Numbers in the answer that appear in none of its cited sections."""
    allowed: set[str] = set()
    for citation in reply.citations:
        section = guides[citation.guide].find(citation.section)
        text = f"{section.path_text}\n{section.text}" if section else citation.snippet
        allowed |= numbers(text)
    return sorted(numbers(reply.answer) - allowed)


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
        "dialogue_hit@1": _rate(o.hit(1) for o in dialogues if o.gold),
        "dialogue_last_turn": _rate(o.correct for o in dialogues),
        "fact_recall": 1 - len(missing) / len(facts) if facts else 1.0,
        "answered_in_scope": _rate(o.reply.mode is Mode.CITED for o in answered if not o.mode),
        "refusal_accuracy": _rate(o.reply.mode is Mode.REFUSAL for o in refusals),
        "invented_numbers": sum(len(invented_numbers(o.reply, bot.guides)) for o in answered),
        "latency_p50_ms": statistics.median(latencies) if latencies else 0.0,
    }


def _rate(values: Any) -> float:
    values = list(values)
    return sum(bool(v) for v in values) / len(values) if values else 0.0


def evaluate(
    bot: CareerBot, items: list[dict[str, Any]], career: str | None = None
) -> dict[str, float]:
    """Run any golden set (questions, dialogues, out-of-scope, occupations) and report.

    ``career`` is the page the questions are asked on (an item's own ``career`` wins).
    """
    return evaluate_outcomes(bot, items, career)[0]


def evaluate_outcomes(
    bot: CareerBot, items: list[dict[str, Any]], career: str | None = None
) -> tuple[dict[str, float], list[Outcome]]:
    """The figures of :func:`evaluate` and every outcome behind them."""
    dialogues = run_dialogues(bot, [i for i in items if "turns" in i], career)
    refusals = run_refusals(bot, [i for i in items if _out_of_scope(i)], career)
    asked = [i for i in items if "turns" not in i and not _out_of_scope(i)]
    questions = run_questions(bot, asked, career)
    answered = questions + dialogues
    figures = summarize(questions, dialogues, refusals, bot)
    latencies = [o.seconds * 1000 for o in answered + refusals]
    with_sections = [o for o in questions if o.gold]
    with_guides = [o for o in answered if o.gold_guides]
    with_facts = [o for o in answered if o.facts]
    figures |= {
        "items": len(items),
        "mrr": statistics.fmean(o.reciprocal_rank for o in with_sections) if with_sections else 0.0,
        "citation_precision": _mean(
            o.citation_precision for o in with_sections if o.reply.citations
        ),
        "with_occupation": len(with_guides),
        "occupation_hit@1": _rate(o.guide_hit(1) for o in with_guides),
        "occupation_hit@5": _rate(o.guide_hit(5) for o in with_guides),
        "latency_p95_ms": _percentile(latencies, 95),
    }
    empty = {
        "hit@1": with_sections,
        "hit@3": with_sections,
        "mrr": with_sections,
        "citation_precision": with_sections,
        "dialogue_hit@1": [o for o in dialogues if o.gold],
        "dialogue_last_turn": dialogues,
        "fact_recall": with_facts,
        "refusal_accuracy": refusals,
        "with_occupation": with_guides,
        "occupation_hit@1": with_guides,
        "occupation_hit@5": with_guides,
    }
    for domain in sorted({o.domain for o in with_guides if o.domain}):
        of_domain = [o for o in with_guides if o.domain == domain]
        figures[f"occupation_hit@1 {domain}"] = _rate(o.guide_hit(1) for o in of_domain)
        figures[f"occupation_hit@5 {domain}"] = _rate(o.guide_hit(5) for o in of_domain)
    shown = {k: v for k, v in figures.items() if k not in empty or empty[k]}
    return shown, questions + dialogues + refusals


def _out_of_scope(item: dict[str, Any]) -> bool:
    return not any(key in item for key in ("sections", "guides", "occupations", "turns"))


def _mean(values: Any) -> float:
    values = list(values)
    return statistics.fmean(values) if values else 0.0


def _percentile(values: list[float], pct: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]
