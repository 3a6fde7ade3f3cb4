"""Many visitors at once against a real ``careerbot serve`` on loopback, for a fixed time.

Each visitor (its own anonymous id, or its own Plus token) asks one question after another:
Free ``/v1/chat`` and ``/v1/chat/stream`` and a share of Plus chats (the embedded SmolLM2).
Prints requests/s, latency percentiles, errors, the status histogram, this process's CPU
and the server's RSS before and after. Stops by itself after ``--duration`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx

from api.auth import mint_token
from bench.common import percentile, questions

SECRET = "load-bench-secret-0123456789abcdef-0123456789abcdef"
KINDS = ("free chat", "free stream", "plus chat")


@dataclass
class Tally:
    """What the visitors saw."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    statuses: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def family(pid: int) -> list[int]:
    """The server and its child processes (the embedded model's)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [pid, *(int(c) for c in children)]


def rss_mb(pid: int) -> float:
    """VmRSS of a process in MB, from /proc/PID/status."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def memory(pid: int) -> str:
    """The server's RSS, and its children's."""
    server, *children = (rss_mb(p) for p in family(pid))
    return f"{server:.0f} MB (+ {sum(children):.0f} MB in {len(children)} child process(es))"


def proc_cpu_s(pid: int) -> float:
    """User + system CPU seconds of the server and its children, from /proc/PID/stat."""
    total = 0.0
    for member in family(pid):
        fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def start_server(
    data_dir: Path, port: int, settings: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """``careerbot serve`` with quotas high enough never to refuse the load (and ``settings``,
    ``CAREERBOT_*`` variables)."""
    env = (
        os.environ
        | (settings or {})
        | {
            "CAREERBOT_DATA_DIR": str(data_dir),
            "CAREERBOT_JWT_SECRET": SECRET,
            "CAREERBOT_QUOTA_FREE": "1000000/minute",
            "CAREERBOT_QUOTA_PLUS": "1000000/minute",
            "CAREERBOT_STREAM_DELAY_MS": "0",
        }
    )
    command = [sys.executable, "-m", "api.cli", "serve", "--port", str(port)]
    log = (data_dir / "server.log").open("wb")
    server = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 600
    while True:
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            tail = (data_dir / "server.log").read_text(errors="replace")[-2000:]
            raise SystemExit(f"server did not start:\n{tail}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.3)


async def ask(client: httpx.AsyncClient, kind: str, question: str, auth: dict[str, str]) -> str:
    """One request; its status, or why it failed though the status was 200."""
    body = {"message": question}
    if kind == "free stream":
        async with client.stream("POST", "/v1/chat/stream", json=body, headers=auth) as response:
            text = "".join([chunk async for chunk in response.aiter_text()])
        if response.status_code == 200 and ("event: error" in text or "event: done" not in text):
            return "200 broken stream"
        return str(response.status_code)
    response = await client.post("/v1/chat", json=body, headers=auth)
    if response.status_code == 200 and not json.loads(response.text).get("answer"):
        return "200 empty answer"
    return str(response.status_code)


async def visitor(
    number: int, client: httpx.AsyncClient, until: float, plus_share: float, tally: Tally
) -> None:
    """Ask question after question until ``until``; one identity per visitor."""
    pick = random.Random(number)
    asked = questions()
    token = mint_token(SECRET, f"load-{number}", "plus", timedelta(hours=2))
    identities = {
        "plus": {"Authorization": f"Bearer {token}"},
        "free": {"X-Anonymous-Id": f"load-visitor-{number:04d}"},
    }
    while time.monotonic() < until:
        roll = pick.random()
        kind = "plus chat" if roll < plus_share else KINDS[int(roll * 1000) % 2]
        auth = identities["plus" if kind == "plus chat" else "free"]
        started = time.perf_counter()
        try:
            status = await ask(client, kind, pick.choice(asked), auth)
        except httpx.HTTPError as error:
            status = f"transport {type(error).__name__}"
        tally.latencies[kind].append(time.perf_counter() - started)
        tally.statuses[status] += 1
        if status != "200":
            tally.errors.append(f"{kind}: {status}")


async def run(url: str, visitors: int, duration: float, plus_share: float) -> Tally:
    """All visitors at once for ``duration`` seconds."""
    tally = Tally()
    limits = httpx.Limits(max_connections=visitors + 10, max_keepalive_connections=visitors)
    async with httpx.AsyncClient(base_url=url, timeout=120, limits=limits) as client:
        until = time.monotonic() + duration
        await asyncio.gather(
            *(visitor(n, client, until, plus_share, tally) for n in range(visitors))
        )
    return tally


def report(tally: Tally, wall: float, cpu: float, server_cpu: float) -> None:
    """Print the figures."""
    everything = [t for times in tally.latencies.values() for t in times]
    print(f"requests: {len(everything)} in {wall:.1f} s = {len(everything) / wall:.1f} req/s")
    for name, times in [("all", everything), *tally.latencies.items()]:
        if len(times) >= 2:
            p50, p95, p99 = (percentile(times, p) for p in (50, 95, 99))
            print(
                f"  {name:12} n={len(times):5}  p50 {p50:.2f} s  p95 {p95:.2f} s  p99 {p99:.2f} s"
            )
    print(f"errors: {len(tally.errors)}  {Counter(tally.errors).most_common(5)}")
    print(f"statuses: {dict(sorted(tally.statuses.items()))}")
    print(f"load generator CPU: {cpu:.1f} s = {100 * cpu / wall:.0f}% of one core")
    print(
        f"server CPU (with the model's process): {server_cpu:.1f} s = "
        f"{100 * server_cpu / wall:.0f}% of one core; machine load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )


def main() -> None:
    """Start the server, load it, print the figures, stop it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visitors", type=int, default=50, help="concurrent visitors")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load")
    parser.add_argument("--plus-share", type=float, default=0.1, help="share of Plus chats")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        port = free_port()
        server = start_server(Path(work), port)
        try:
            url = f"http://127.0.0.1:{port}"
            print(f"{args.visitors} visitors for {args.duration:g} s, {args.plus_share:.0%} Plus")
            print(f"server RSS before: {memory(server.pid)}")
            server_cpu = proc_cpu_s(server.pid)
            before = resource.getrusage(resource.RUSAGE_SELF)
            started = time.perf_counter()
            tally = asyncio.run(run(url, args.visitors, args.duration, args.plus_share))
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_SELF)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            alive = server.poll() is None
            server_cpu = proc_cpu_s(server.pid) - server_cpu if alive else float("nan")
            print(f"server RSS after: {memory(server.pid) if alive else 'DIED'}")
            report(tally, wall, cpu, server_cpu)
        finally:
            server.terminate()
            server.wait(timeout=60)
    if tally.errors or not alive:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
