"""Figures for the replicated topology on this machine: throughput and p95 of 1 process vs
2 replicas x 2 workers behind nginx (50 visitors, ``CAREERBOT_STACK_LOAD_S`` s each, default
60), the app's CPU time per request (to project to more cores), RSS per worker with the LLM
service vs the model in-process, and the stack's start-up time. Uses the stack test's
engines (tests/stack/engines.py), all on loopback."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import timedelta
from pathlib import Path

import httpx

from api.auth import mint_token
from bench.common import percentile
from bench.load import SECRET, Tally, family, proc_cpu_s, rss_mb, run
from knowledge.loader import BUNDLED_GUIDES_DIR
from tests.live_server import LlamaServer, free_port
from tests.postgres_server import PostgresCluster, postgres_bin
from tests.redis_server import RedisProcess
from tests.stack.engines import ChromaServer, Nginx, Replica, wait_for
from tests.stack.topology import CHROMA_TOKEN, PROXY_BIND, careerbot_env

LOAD_S = float(os.environ.get("CAREERBOT_STACK_LOAD_S", "60"))
VISITORS = 50


def careerbot(env: dict[str, str], *args: str) -> None:
    """``careerbot migrate`` / ``ingest``, which must succeed."""
    done = subprocess.run(
        [sys.executable, "-m", "api.cli", *args], env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise SystemExit(done.stdout + done.stderr)


def load(url: str, pids: list[int]) -> str:
    """50 visitors for LOAD_S s against ``url``; the figures, with the app's CPU per request."""
    cpu = sum(proc_cpu_s(pid) for pid in pids)
    started = time.perf_counter()
    tally: Tally = asyncio.run(run(url, VISITORS, LOAD_S, 0.1))
    wall = time.perf_counter() - started
    cpu = sum(proc_cpu_s(pid) for pid in pids) - cpu
    times = [t for kind in tally.latencies.values() for t in kind]
    p50, p95 = percentile(times, 50), percentile(times, 95)
    per_request = cpu / max(len(times), 1)
    return (
        f"{len(times) / wall:.1f} req/s, p50 {p50:.2f} s, p95 {p95:.2f} s, "
        f"errors {len(tally.errors)}; app CPU {1000 * per_request:.0f} ms/request "
        f"(=> at most {1 / per_request:.0f} req/s per core for the app alone)"
    )


def tree_rss_mb(pid: int) -> float:
    """RSS (MB) of a process and all its descendants."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return rss_mb(pid) + sum(tree_rss_mb(int(child)) for child in children)


def workers(supervisor: int) -> list[float]:
    """RSS (MB) of each worker under a ``serve --workers N`` supervisor."""
    return [rss_mb(pid) for pid in family(supervisor)[1:]]


def one_process(env: dict[str, str], root: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``careerbot serve`` (one process) on a free port, ready; and its URL."""
    port = free_port()
    command = [sys.executable, "-m", "api.cli", "serve", "--port", str(port)]
    with (root / f"one-{port}.log").open("wb") as log:
        server = subprocess.Popen(command, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}"
    wait_for(f"{url}/readyz", server, "careerbot serve", 300)
    return server, url


def main() -> None:
    """Start the stack, load it, then one process; print the figures."""
    binaries = postgres_bin()
    if binaries is None or not shutil.which("nginx"):
        raise SystemExit("needs Debian's postgresql and nginx: `make install` (as root)")
    with tempfile.TemporaryDirectory() as work, ExitStack() as running:
        root = Path(work)
        shutil.copytree(BUNDLED_GUIDES_DIR, root / "guides")
        begun = time.monotonic()
        postgres = PostgresCluster(binaries).start()
        running.callback(postgres.stop)
        url = postgres.create_database()
        redis_server = RedisProcess(root)
        running.callback(redis_server.stop)
        chroma = ChromaServer(root / "chroma")
        running.callback(chroma.stop)
        chroma.start()
        llm = LlamaServer(root)
        running.callback(llm.stop)
        llm.start()
        engines_s = time.monotonic() - begun
        env = os.environ | careerbot_env(
            data_dir=str(root / "data"),
            guides_dir=str(root / "guides"),
            database_url=url,
            chroma_url="",
            redis_url=redis_server.url,
            llm_base_url=llm.url,
            allowed_origins="",
        )
        replicas = [Replica(name, root, env) for name in ("replica-a", "replica-b")]
        nginx = Nginx(
            root,
            APP_1=f"127.0.0.1:{replicas[0].port}",
            APP_2=f"127.0.0.1:{replicas[1].port}",
            PROXY_BIND=PROXY_BIND,
            CHROMA=f"127.0.0.1:{chroma.port}",
            CHROMA_TOKEN=CHROMA_TOKEN,
        )
        running.callback(nginx.stop)
        nginx.start()
        env["CAREERBOT_CHROMA_URL"] = nginx.chroma_url
        mark = time.monotonic()
        careerbot(env, "migrate")
        careerbot(env, "ingest")
        jobs_s = time.monotonic() - mark
        mark = time.monotonic()
        for replica in replicas:
            running.callback(replica.stop)
            replica.start()
        for replica in replicas:
            replica.wait()
        replicas_s = time.monotonic() - mark
        print(
            f"stack start-up: {time.monotonic() - begun:.0f} s (Postgres, Redis, Chroma, LLM "
            f"service {engines_s:.0f} s; migrate + ingest {jobs_s:.0f} s; 2 replicas x 2 "
            f"workers {replicas_s:.0f} s) on {os.cpu_count()} cores"
        )
        supervisors = [r.process.pid for r in replicas if r.process]
        rss = [mb for pid in supervisors for mb in workers(pid)]
        print(f"RSS per worker, LLM service: {', '.join(f'{mb:.0f}' for mb in rss)} MB")
        service = rss_mb(llm.process.pid) if llm.process else 0.0
        print(f"RSS of the LLM service (one model for all workers): {service:.0f} MB")
        print(f"2 replicas x 2 workers behind nginx: {load(nginx.url, supervisors)}")
        for replica in replicas:
            replica.stop()

        single, single_url = one_process(env, root)
        running.callback(single.terminate)
        print(f"1 process, 1 worker: {load(single_url, [single.pid])}")
        print(f"RSS of that process, LLM service: {rss_mb(single.pid):.0f} MB")
        single.terminate()
        single.wait(timeout=60)

        in_process = {k: v for k, v in env.items() if k != "CAREERBOT_LLM_BASE_URL"}
        embedded, embedded_url = one_process(in_process | {"CAREERBOT_LLM": "smollm2"}, root)
        running.callback(embedded.terminate)
        plus = httpx.post(  # a Plus answer, so the model is surely loaded
            f"{embedded_url}/v1/chat",
            json={"message": "What does a production technician earn?"},
            headers={"Authorization": f"Bearer {_plus_token()}"},
            timeout=120,
        )
        time.sleep(5)  # the model process has loaded the model by now
        own = rss_mb(embedded.pid)
        print(
            f"RSS, LLM in-process (Plus answer {plus.status_code}): server {own:.0f} MB + its "
            f"model process(es) {tree_rss_mb(embedded.pid) - own:.0f} MB, per worker"
        )
        embedded.terminate()
        embedded.wait(timeout=60)


def _plus_token() -> str:
    return mint_token(SECRET, "bench-plus", "plus", timedelta(minutes=30))


if __name__ == "__main__":
    main()
