"""Time to first text and total for Free chat, Plus chat, Plus advice and raw llama.cpp on the
same questions, in one run, and the share of generated sentences the grounding guard kept.

A real ``careerbot serve`` (embedded SmolLM2, its own child process) on loopback answers the
streams; raw llama.cpp (``llama_cpp.Llama``, 2 threads, the writer's sampling settings) runs
in this process on the very prompt Plus chat gives the model. Kinds take turns on each
question, so they share the machine's state; then ``--load`` Plus chats at once.
``python -m bench.plus_speed [--runs 20] [--load 4]``
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import httpx
from langchain_core.messages import BaseMessage

from api.auth import mint_token
from api.components import build_components
from api.settings import Settings
from bench.common import percentile, questions
from bot.answer import Mode
from bot.compose.drafted import Drafted
from bot.compose.drafter import Drafter
from bot.generate.llm import smollm2_gguf
from bot.generate.llm_process import OMP_SETTINGS
from bot.generate.writer import numbered_sources, prompt
from tests.live_server import ServerProcess

SECRET = "bench-secret-0123456789abcdef-0123456789abcdef-xyz"
PROFILE = {
    "current_role": "Assembly line operator",
    "years_experience": 3,
    "skills": ["PLC programming", "teamwork"],
    "goal_career": "Senior production technician",
}
MAX_TOKENS = 300  # CAREERBOT_LLM_MAX_TOKENS' default, for raw llama.cpp too
ENCODERS = Path(".careerbot/encoders")  # exported once, shared with the server, reused later
METRIC = re.compile(
    r"^careerbot_guard_(kept|dropped)_sentences_total(?:\{reason=\"(\w+)\"\})? (\S+)$"
)

Timing = tuple[float, float]  # seconds to the first text, to the end


def written_by_llm(drafted: Drafted) -> bool:
    """Questions whose Plus answer the LLM adds to (not refusals, not facts answers)."""
    return drafted.draft.mode is Mode.CITED and drafted.intent is None and bool(drafted.hits)


def streamed(url: str, path: str, body: Mapping[str, object], token: str) -> Timing:
    """Seconds to the first ``delta`` event and to the end of the stream."""
    headers = {"Authorization": f"Bearer {token}"}
    started = time.perf_counter()
    first = None
    with (
        httpx.Client(base_url=url, headers=headers, timeout=300) as client,
        client.stream("POST", path, json=body) as response,
    ):
        response.raise_for_status()
        for line in response.iter_lines():
            if first is None and line.startswith("event: delta"):
                first = time.perf_counter() - started
    total = time.perf_counter() - started
    return first if first is not None else total, total


def chat_prompt(drafter: Drafter, question: str) -> list[BaseMessage]:
    """The messages Plus chat gives the model: sources without the sentences already shown."""
    drafted = drafter.draft(question, [], None)
    shown = [t for p in drafted.draft.pieces for t in (p.text, p.evidence) if t]
    sources = numbered_sources(drafter.section_texts(drafted.hits), shown)
    return prompt(question, sources)


def raw_llama(threads: int) -> Callable[[list[BaseMessage]], Timing]:
    """llama.cpp itself on SmolLM2's GGUF: seconds to the first token and to the end (with
    the OpenMP settings of the embedded model's process)."""
    for name, value in OMP_SETTINGS.items():
        os.environ.setdefault(name, value)
    from llama_cpp import Llama

    llama = Llama(str(smollm2_gguf()), n_ctx=2048, n_threads=threads, n_batch=256, verbose=False)
    roles = {"system": "system", "human": "user", "ai": "assistant"}

    def run(messages: list[BaseMessage]) -> Timing:
        chat = [{"role": roles[m.type], "content": str(m.content)} for m in messages]
        started = time.perf_counter()
        first = None
        for chunk in llama.create_chat_completion(
            chat,  # type: ignore[arg-type]
            max_tokens=MAX_TOKENS,
            temperature=0.2,
            top_p=0.9,
            repeat_penalty=1.15,
            stream=True,
        ):
            if first is None and chunk["choices"][0]["delta"].get("content"):  # type: ignore[index, union-attr]
                first = time.perf_counter() - started
        total = time.perf_counter() - started
        return first if first is not None else total, total

    return run


def guard_counts(url: str) -> dict[str, float]:
    """The server's kept and dropped (by reason) generated sentences so far."""
    counts: dict[str, float] = {}
    for line in httpx.get(f"{url}/metrics", timeout=30).text.splitlines():
        found = METRIC.match(line)
        if found:
            counts[found[2] or found[1]] = float(found[3])
    return counts


def row(label: str, timings: list[Timing]) -> str:
    firsts, totals = [t[0] for t in timings], [t[1] for t in timings]
    return (
        f"  {label:24} first text p50 {percentile(firsts, 50):5.2f} s  p95 "
        f"{percentile(firsts, 95):5.2f} s   total p50 {percentile(totals, 50):5.2f} s  p95 "
        f"{percentile(totals, 95):5.2f} s"
    )


def main() -> None:
    """Start the server, ask every kind the same questions in turn, then under load."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20, help="questions asked of each kind")
    parser.add_argument("--load", type=int, default=4, help="Plus chats at once (0: none)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp())
    os.environ.setdefault("CAREERBOT_ENCODER_DIR", str(ENCODERS.resolve()))
    local = Settings(data_dir=work / "local")
    drafter = build_components(local).bot.drafter
    written = (q for q in questions(200) if written_by_llm(drafter.draft(q, [], None)))
    asked = [q for _, q in zip(range(args.runs), written, strict=False)]
    free = mint_token(SECRET, "bench-free", "free", timedelta(hours=2))
    plus = mint_token(SECRET, "bench-plus", "plus", timedelta(hours=2))
    (work / "server").mkdir()
    server = ServerProcess(
        work / "server",
        CAREERBOT_JWT_SECRET=SECRET,
        CAREERBOT_QUOTA_FREE="100000/minute",
        CAREERBOT_QUOTA_PLUS="100000/minute",
        CAREERBOT_LLM_QUEUE=str(max(4, args.load)),
    )
    server.start()
    kinds: dict[str, list[Timing]] = {"free": [], "chat": [], "advice": [], "raw": []}
    try:
        headers = {"Authorization": f"Bearer {plus}"}
        httpx.put(f"{server.url}/v1/profile", json=PROFILE, headers=headers).raise_for_status()
        streamed(server.url, "/v1/chat/stream", {"message": asked[0]}, plus)  # model loads
        raw = raw_llama(threads=2)
        before = guard_counts(server.url)
        for question in asked:
            kinds["free"].append(
                streamed(server.url, "/v1/chat/stream", {"message": question}, free)
            )
            kinds["chat"].append(
                streamed(server.url, "/v1/chat/stream", {"message": question}, plus)
            )
            advice = {"question": question}
            kinds["advice"].append(streamed(server.url, "/v1/advice/stream", advice, plus))
            kinds["raw"].append(raw(chat_prompt(drafter, question)))
        after = guard_counts(server.url)
        loaded: list[Timing] = []
        if args.load:
            with ThreadPoolExecutor(args.load) as pool:
                loaded = list(
                    pool.map(
                        lambda q: streamed(server.url, "/v1/chat/stream", {"message": q}, plus),
                        asked,
                    )
                )
    finally:
        server.stop()
    print(
        f"{len(asked)} questions, each kind in turn "
        "(SmolLM2-135M Q4_1, 2 threads, no typing delay):"
    )
    print(row("Free chat", kinds["free"]))
    print(row("Plus chat", kinds["chat"]))
    print(row("Plus advice (+question)", kinds["advice"]))
    print(row("raw llama.cpp", kinds["raw"]) + "  (first token; same prompt as Plus chat)")
    if loaded:
        print(row(f"Plus chat, {args.load} at once", loaded))
    delta = {k: after.get(k, 0.0) - before.get(k, 0.0) for k in after}
    kept = delta.pop("kept", 0.0)
    dropped = sum(delta.values())
    share = kept / (kept + dropped) if kept + dropped else 0.0
    reasons = ", ".join(f"{k} {v:.0f}" for k, v in sorted(delta.items()) if v)
    print(
        f"guard over Plus chat + advice: kept {kept:.0f} of {kept + dropped:.0f} generated "
        f"sentences ({share:.0%}); dropped: {reasons or 'none'}"
    )


if __name__ == "__main__":
    main()
