"""Prometheus metrics: HTTP requests (prometheus-fastapi-instrumentator) and careerbot's own
counters, served at ``/metrics``. With several workers ``careerbot serve`` sets
``PROMETHEUS_MULTIPROC_DIR``, and ``/metrics`` adds up every worker's counts."""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from prometheus_client import CollectorRegistry, Counter
from prometheus_fastapi_instrumentator import Instrumentator

from bot.answer import Event

WRITER_LOG = "bot.generate.writer"
DROP_REASONS = ("unsupported", "numbers", "uncited", "leak", "repeat")


class Metrics:
    """careerbot's counters, in the app's own registry."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.registry = registry
        self.answers = Counter(
            "careerbot_answers",
            "Answers given, by kind (chat, advice) and mode (cited, refusal, clarify, advice, "
            "support).",
            ["kind", "mode"],
            registry=registry,
        )
        self.rate_limited = Counter(
            "careerbot_rate_limited",
            "Requests refused with 429 (over the plan's quota), by route.",
            ["route"],
            registry=registry,
        )
        self.llm_fallbacks = Counter(
            "careerbot_llm_fallbacks",
            "Plus answers the LLM did not finish (busy, timeout, error) or whose every sentence "
            "the guard dropped (unsupported): the guide's own words answer instead.",
            ["reason"],
            registry=registry,
        )
        self.guard_drops = Counter(
            "careerbot_guard_dropped_sentences",
            "LLM sentences the grounding guard dropped, by reason.",
            ["reason"],
            registry=registry,
        )
        self.guard_kept = Counter(
            "careerbot_guard_kept_sentences",
            "LLM sentences the grounding guard kept (streamed after the computed answer).",
            registry=registry,
        )
        self.ingest_runs = Counter(
            "careerbot_ingest_runs",
            "Index syncs this server ran or picked up: trigger startup (ingest on start-up) or "
            "reload (another process's ingest); outcome changed, unchanged or failed.",
            ["trigger", "outcome"],
            registry=registry,
        )

    def count_answer(self, kind: str, mode: str) -> None:
        """One answer of ``kind`` given in ``mode``."""
        self.answers.labels(kind, mode).inc()

    def count_stream(self, kind: str, first: Event) -> None:
        """The answer a stream gives, from its first event (``meta``, with the mode)."""
        name, data = first
        if name == "meta":
            self.count_answer(kind, str(data["mode"]))

    def install(self, app: FastAPI) -> None:
        """Time every request and serve ``GET /metrics`` (not in the API schema)."""
        Instrumentator(
            registry=self.registry, excluded_handlers=["/metrics", "/livez", "/readyz"]
        ).instrument(app).expose(app, include_in_schema=False)


class WriterCounter(logging.Handler):
    """Counts LLM fallbacks and guard drops from the answer writer's per-answer report (its
    ``guard kept …`` log record), since the reply does not say whether the LLM wrote it."""

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(logging.INFO)
        self.metrics = metrics

    def emit(self, record: logging.LogRecord) -> None:
        args = record.args
        if not str(record.msg).startswith("guard kept") or not isinstance(args, tuple):
            return
        kept, sentences, *dropped, stopped = args
        if isinstance(kept, int) and kept:
            self.metrics.guard_kept.inc(kept)
        for reason, count in zip(DROP_REASONS, dropped, strict=True):
            if isinstance(count, int) and count:
                self.metrics.guard_drops.labels(reason).inc(count)
        failed = str(stopped).removeprefix("; stopped: ")
        if failed.startswith("model error"):
            self.metrics.llm_fallbacks.labels("error").inc()
        elif failed in ("busy", "timeout"):
            self.metrics.llm_fallbacks.labels(failed).inc()
        elif not failed and sentences and not kept:
            self.metrics.llm_fallbacks.labels("unsupported").inc()

    def attach(self) -> None:
        """Start counting (the writer logs at INFO)."""
        writer = logging.getLogger(WRITER_LOG)
        writer.addHandler(self)
        if not writer.isEnabledFor(logging.INFO):
            writer.setLevel(logging.INFO)

    def detach(self) -> None:
        """Stop counting."""
        logging.getLogger(WRITER_LOG).removeHandler(self)


async def get_metrics(request: Request) -> Metrics:
    """The app's metrics."""
    metrics: Metrics = request.app.state.metrics
    return metrics


MetricsDep = Annotated[Metrics, Depends(get_metrics)]
