"""Plus chat written by the embedded SmolLM2 vs the same GGUF behind llama.cpp's
OpenAI-compatible server (``CAREERBOT_LLM=openai:smollm2`` + ``CAREERBOT_LLM_BASE_URL``):
time to first text and total through the API, on the same questions, in one run.

Both use 2 threads and are asked in turn, question by question, so both see the same load.
``python -m bench.llm_server [--runs 10]``
"""

from __future__ import annotations

import argparse
import json
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
from bench.plus_speed import written_by_llm
from tests.live_server import LlamaServer

SECRET = "bench-secret-0123456789abcdef-0123456789abcdef-xyz"


def timed(client: TestClient, message: str, token: str) -> tuple[float, float, str]:
    """Seconds to the first text and to the end of ``/v1/chat/stream``, and the answer."""
    started = time.perf_counter()
    first, pieces = None, []
    headers = {"Authorization": f"Bearer {token}"}
    with client.stream(
        "POST", "/v1/chat/stream", json={"message": message}, headers=headers
    ) as response:
        lines = iter(response.iter_lines())
        for line in lines:
            if line.startswith("event: delta"):
                first = first or time.perf_counter() - started
                pieces.append(json.loads(next(lines).removeprefix("data: "))["text"])
    total = time.perf_counter() - started
    return first or total, total, "".join(pieces)


def main() -> None:
    """Start the llama.cpp server, then ask both apps the same Plus questions in turn."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="questions asked of each")
    runs = parser.parse_args().runs
    work = Path(tempfile.mkdtemp())
    base = Settings(
        data_dir=work / "data",
        stream_delay_ms=0,
        jwt_secret=SecretStr(SECRET),
        quota_plus="100000/day",
        quota_free="100000/day",
    )
    plus = mint_token(SECRET, "bench-plus", "plus", timedelta(hours=2))
    free = mint_token(SECRET, "bench-free", "free", timedelta(hours=2))
    llama = LlamaServer(work, threads=2).start()
    hosted = base.model_copy(
        update={"llm": f"openai:{LlamaServer.MODEL}", "llm_base_url": llama.url}
    )
    figures: dict[str, list[tuple[float, float, bool]]] = {"embedded": [], "server": []}
    try:
        with TestClient(create_app(base)) as embedded, TestClient(create_app(hosted)) as server:
            drafter = embedded.app.state.components.bot.drafter  # type: ignore[attr-defined]
            written = (q for q in questions(200) if written_by_llm(drafter.draft(q, [], None)))
            asked = [q for _, q in zip(range(runs), written, strict=False)]
            for client in (embedded, server):  # the model loads; not counted
                timed(client, asked[0], plus)
            for question in asked:
                guide = timed(embedded, question, free)[2]
                for name, client in (("embedded", embedded), ("server", server)):
                    first, total, answer = timed(client, question, plus)
                    figures[name].append((first, total, answer != guide))
    finally:
        llama.stop()
    p50 = statistics.median
    print(f"Plus chat, {runs} questions each, p50 (SmolLM2-135M Q4_1, 2 threads each):")
    for name, label in (("embedded", "embedded (child process)"), ("server", "llama_cpp.server")):
        rows = figures[name]
        kept = sum(row[2] for row in rows) / len(rows)
        print(
            f"  {label:26} first text {p50(r[0] for r in rows):5.2f} s  "
            f"total {p50(r[1] for r in rows):5.2f} s  written by the model {kept:.0%}"
        )


if __name__ == "__main__":
    main()
