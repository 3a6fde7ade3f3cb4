"""Plus chat and advice with the embedded SmolLM2: time to first text, total, guard drop rate.

Compared, in the same run, with raw llama.cpp generation of the same prompts (the floor).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from api.auth import mint_token
from api.settings import Settings
from bench.common import questions
from bot.answer import Mode
from bot.compose.drafter import Drafted
from bot.generate.grounding import GuardReport
from bot.generate.writer import Writing, numbered_sources, prompt

SECRET = "bench-secret-0123456789abcdef-0123456789abcdef-xyz"
RUNS = 20
PROFILE = {"current_role": "Operator", "years_experience": 3, "skills": ["PLC programming"]}


def timed_stream(
    client: TestClient, path: str, body: dict[str, object], token: str
) -> tuple[float, float]:
    """Seconds to the first text piece and to the end of the stream."""
    started = time.perf_counter()
    first = None
    headers = {"Authorization": f"Bearer {token}"}
    with client.stream("POST", path, json=body, headers=headers) as response:
        for line in response.iter_lines():
            if first is None and line.startswith("event: delta"):
                first = time.perf_counter() - started
    total = time.perf_counter() - started
    return first if first is not None else total, total


def _written_by_llm(drafted: Drafted) -> bool:
    """Questions whose Plus answer the LLM writes (not refusals, not facts answers)."""
    return drafted.draft.mode is Mode.CITED and drafted.intent is None and bool(drafted.hits)


def main() -> None:
    """Measure through the API, then the raw model on the same prompts."""
    settings = Settings(
        data_dir=Path(tempfile.mkdtemp()),
        stream_delay_ms=0,
        jwt_secret=SecretStr(SECRET),
        quota_plus="100000/day",
    )
    token = mint_token(SECRET, "bench", "plus", timedelta(hours=1))
    with TestClient(create_app(settings)) as client:
        components = client.app.state.components  # type: ignore[attr-defined]
        drafter = components.bot.drafter
        written = (q for q in questions(200) if _written_by_llm(drafter.draft(q, [], None)))
        asked = [q for _, q in zip(range(RUNS), written, strict=False)]
        client.put("/v1/profile", json=PROFILE, headers={"Authorization": f"Bearer {token}"})
        chat = [timed_stream(client, "/v1/chat/stream", {"message": q}, token) for q in asked]
        advice = [timed_stream(client, "/v1/advice/stream", {}, token) for _ in range(RUNS)]
        writer = components.bot.writer
        raw_first, raw_total = [], []
        report = GuardReport()
        for question in asked:
            drafted = drafter.draft(question, [], None)
            sources = numbered_sources(drafter.section_texts(drafted.hits))
            messages = prompt(question, sources)
            started = time.perf_counter()
            first, text = None, ""
            for chunk in writer.raw_text(messages, time.monotonic() + 60):
                first = first or time.perf_counter() - started
                text += chunk
            raw_first.append(first or 0.0)
            raw_total.append(time.perf_counter() - started)
            writing = Writing(report=report)
            list(writer.stream([*messages], sources, writing))
    p50 = statistics.median
    chat_first, chat_total = p50([c[0] for c in chat]), p50([c[1] for c in chat])
    advice_first, advice_total = p50([a[0] for a in advice]), p50([a[1] for a in advice])
    print(f"runs: {RUNS} each (p50)")
    print(f"raw llama.cpp:  first token {p50(raw_first):.2f} s  total {p50(raw_total):.2f} s")
    print(
        f"Plus chat:      first text  {chat_first:.2f} s  total {chat_total:.2f} s  "
        f"(total ratio {chat_total / p50(raw_total):.2f})"
    )
    print(f"Plus advice:    first text  {advice_first:.2f} s  total {advice_total:.2f} s")
    print(
        f"grounding guard over {report.sentences} generated sentences: drop rate "
        f"{report.drop_rate:.0%} (unsupported {report.dropped_unsupported}, numbers "
        f"{report.dropped_numbers}, uncited {report.dropped_uncited}, leaks {report.dropped_leak})"
    )


if __name__ == "__main__":
    main()
