"""The deployed topology, started for real on loopback (``make stack-test``): PostgreSQL,
Redis, ``chroma run``, the LLM service (llama.cpp on SmolLM2), ``careerbot migrate``, the
ingest job, two ``careerbot serve --workers 2`` replicas and nginx in front; then a browser,
a load of 50 visitors, a re-ingest and a ``kill -9`` go through it.

``CAREERBOT_STACK_LOAD_S`` (default 20) is the length of each of the two load phases."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, expect

from api.auth import mint_token
from bench.common import percentile
from bench.load import SECRET, Tally, run
from knowledge.loader import BUNDLED_GUIDES_DIR
from tests.api.test_widget_browser import ask, open_panel
from tests.api.test_widget_cross_origin import PAGE, Site, host_site
from tests.live_server import LlamaServer
from tests.postgres_server import PostgresCluster
from tests.redis_server import RedisProcess
from tests.stack.engines import ChromaServer, Nginx, Replica, nginx_binary
from tests.stack.topology import CHROMA_TOKEN, PROXY_BIND, careerbot_env

pytestmark = [pytest.mark.slow, pytest.mark.stack]

LOAD_S = float(os.environ.get("CAREERBOT_STACK_LOAD_S", "20"))
VISITORS = 50
PAY = "What does a production technician earn?"
OLD_PAY, NEW_PAY = "$58,500", "$61,200"


@dataclass
class Stack:
    """The running topology."""

    env: dict[str, str]
    database: str  # libpq DSN of the careerbot database
    redis: RedisProcess
    nginx: Nginx
    replicas: list[Replica]
    site: Site
    guides: Path
    root: Path
    started_s: float


def careerbot(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """A one-off ``careerbot`` command (migrate, ingest) of the stack, which must succeed."""
    command = [sys.executable, "-m", "api.cli", *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def stack(postgres: PostgresCluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    if not shutil.which("nginx") and not Path(nginx_binary()).exists():
        if os.environ.get("CI"):
            pytest.fail("nginx must be installed in CI: `make install` installs it")
        pytest.skip("nginx not installed: `make install` (as root) installs it")
    root = tmp_path_factory.mktemp("stack")
    guides = root / "guides"
    shutil.copytree(BUNDLED_GUIDES_DIR, guides)
    site_root = root / "site"
    site_root.mkdir()
    site = host_site(site_root)
    with ExitStack() as running:  # everything started is stopped, whatever fails
        running.callback(site.close)
        started = time.monotonic()
        url = postgres.create_database()
        redis_server = RedisProcess(root)
        running.callback(redis_server.stop)
        chroma = ChromaServer(root / "chroma")
        running.callback(chroma.stop)
        chroma.start()
        llm = LlamaServer(root)
        running.callback(llm.stop)
        llm.start()
        env = os.environ | careerbot_env(
            data_dir=str(root / "data"),
            guides_dir=str(guides),
            database_url=url,
            chroma_url="",  # nginx's token-checking Chroma address, below
            redis_url=redis_server.url,
            llm_base_url=llm.url,
            allowed_origins=site.origin,
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
        careerbot(env, "migrate")
        careerbot(env, "ingest")
        for replica in replicas:
            running.callback(replica.stop)
            replica.start()
        for replica in replicas:
            replica.wait()
        started_s = time.monotonic() - started
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        yield Stack(env, dsn, redis_server, nginx, replicas, site, guides, root, started_s)


def stored_questions(stack: Stack) -> int:
    """Visitors' messages in PostgreSQL."""
    with psycopg.connect(stack.database) as connection:
        row = connection.execute("SELECT count(*) FROM messages WHERE role = 'user'").fetchone()
    assert row is not None
    return int(row[0])


def test_the_chroma_server_is_reached_only_with_its_token(stack: Stack) -> None:
    heartbeat = f"{stack.nginx.chroma_url}/api/v2/heartbeat"
    assert httpx.get(heartbeat, timeout=5).status_code == 401
    with_token = httpx.get(heartbeat, headers={"X-Chroma-Token": CHROMA_TOKEN}, timeout=5)
    assert with_token.status_code == 200


@pytest.mark.parametrize("visitor", ["anonymous", "plus"])
def test_the_widget_chats_through_nginx_from_another_origin(
    visitor: str, stack: Stack, browser: Browser
) -> None:
    token = ""
    if visitor == "plus":
        signed = mint_token(SECRET, "stack-plus-visitor", "plus", timedelta(minutes=30))
        token = f' data-token="{signed}"'
    page_file = stack.site.root / f"{visitor}.html"
    page_file.write_text(PAGE.format(api=stack.nginx.url, token=token), encoding="utf-8")
    before = stored_questions(stack)
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(f"{stack.site.origin}/{page_file.name}")
        open_panel(tab)
        answer = ask(tab, "What tools do they use?")
        expect(tab.get_by_test_id("error")).to_have_count(0)
        if visitor == "anonymous":
            expect(answer).to_contain_text("Tech Stack")
        else:  # written by the LLM service, or the guide's own text if it was slow
            expect(answer).not_to_be_empty()
    finally:
        context.close()
    assert stored_questions(stack) == before + 1
    widget = httpx.get(f"{stack.nginx.url}/widget.js", timeout=10)
    assert widget.headers["x-cache-status"] == "HIT"  # the page's load put it in nginx's cache


def _answer(url: str) -> str:
    response = httpx.post(f"{url}/v1/chat", json={"message": PAY}, timeout=60)
    assert response.status_code == 200, response.text
    return str(response.json()["answer"])


def _load(url: str, tallies: list[Tally]) -> threading.Thread:
    """50 visitors for LOAD_S seconds in a thread (bench/load.py's visitors)."""
    thread = threading.Thread(
        target=lambda: tallies.append(asyncio.run(run(url, VISITORS, LOAD_S, 0.1)))
    )
    thread.start()
    return thread


def test_load_reingest_and_failover(stack: Stack, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = stack.replicas
    before = stored_questions(stack)
    assert OLD_PAY in _answer(a.url)
    assert OLD_PAY in _answer(b.url)
    helper_questions = 2

    # Phase 1: a changed guide is ingested under load; both replicas serve it, no restart.
    tallies: list[Tally] = []
    load = _load(stack.nginx.url, tallies)
    guide = stack.guides / "production-technician.txt"
    guide.write_text(guide.read_text(encoding="utf-8").replace(OLD_PAY, NEW_PAY), "utf-8")
    careerbot(stack.env, "ingest")
    ingested = time.monotonic()
    pending = {a.name: a, b.name: b}
    while pending:
        for name, replica in list(pending.items()):
            helper_questions += 1
            if NEW_PAY in _answer(replica.url):
                del pending[name]
        assert time.monotonic() - ingested < 30, f"{list(pending)} still serve the old guide"
        time.sleep(0.5)
    pickup_s = time.monotonic() - ingested
    load.join()
    calm = tallies[0]
    assert calm.errors == [], calm.errors[:5]

    # Phase 2: kill -9 of one replica mid-load; nginx sends everything to the other.
    load = _load(stack.nginx.url, tallies)
    time.sleep(LOAD_S / 3)
    a.kill()
    load.join()
    failover = tallies[1]
    assert set(failover.statuses) <= {"200", "502", "200 broken stream"} | {
        s for s in failover.statuses if s.startswith("transport")
    }, failover.statuses
    losses = len(failover.errors)
    assert losses <= VISITORS, failover.statuses  # at most the requests in flight on it
    for _ in range(4):  # the survivor answers everything now
        helper_questions += 1
        assert NEW_PAY in _answer(stack.nginx.url)

    sent = sum(sum(t.statuses.values()) for t in tallies) + helper_questions
    answered = sum(t.statuses["200"] for t in tallies) + helper_questions
    stored = stored_questions(stack) - before
    assert answered <= stored <= sent  # every answered message was committed; none twice
    everything = [x for t in tallies for times in t.latencies.values() for x in times]
    p50, p95 = percentile(everything, 50), percentile(everything, 95)
    with capsys.disabled():
        print(
            f"\nstack: {len(everything)} requests ({VISITORS} visitors, 2 x {LOAD_S:g} s), "
            f"errors before the kill {len(calm.errors)}, p50 {p50:.2f} s p95 {p95:.2f} s, "
            f"messages stored {stored} of {sent} sent ({answered} answered), failover losses "
            f"{losses} {dict(failover.statuses)}, new guide served {pickup_s:.1f} s after the "
            f"ingest, stack up in {stack.started_s:.0f} s"
        )


def _access_line(stack: Stack, request_id: str) -> str:
    """The replica's uvicorn access log line of a request."""
    for line in "".join(replica.output() for replica in stack.replicas).splitlines():
        record = json.loads(line)
        if record["logger"] == "uvicorn.access" and record["request_id"] == request_id:
            return str(record["message"])
    raise AssertionError(f"no access log line for {request_id}")


def test_the_client_address_is_taken_from_nginx_only(stack: Stack) -> None:
    forged = {"X-Forwarded-For": "203.0.113.9"}
    survivor = stack.replicas[1]
    via_proxy = httpx.get(f"{stack.nginx.url}/livez", headers=forged, timeout=10)
    direct = httpx.get(f"{survivor.url}/livez", headers=forged, timeout=10)
    # Through nginx: the address nginx saw (the visitor's), appended after the forged one.
    assert _access_line(stack, via_proxy.headers["x-request-id"]).startswith("127.0.0.1:0 ")
    # Straight to a replica: the header is ignored, the client is the TCP peer.
    line = _access_line(stack, direct.headers["x-request-id"])
    assert line.startswith("127.0.0.1:")
    assert not line.startswith("127.0.0.1:0 ")
    assert "203.0.113.9" not in line


def test_metrics_readiness_and_request_ids(stack: Stack) -> None:
    survivor = stack.replicas[1]
    response = httpx.post(f"{stack.nginx.url}/v1/chat", json={"message": PAY}, timeout=60)
    assert response.status_code == 200
    request_id = response.headers["x-request-id"]
    output = "".join(replica.output() for replica in stack.replicas).splitlines()
    logged = [json.loads(line) for line in output if request_id in line]
    assert logged
    assert all(line["request_id"] == request_id for line in logged)
    assert stack.nginx.logged(f"request_id={request_id}")

    assert httpx.get(f"{stack.nginx.url}/metrics", timeout=10).status_code == 404  # not public
    metrics = httpx.get(f"{survivor.url}/metrics", timeout=10).text
    assert 'handler="/v1/chat"' in metrics

    # The LLM service may still be writing the load's Plus answers: reported, not gating.
    ready = httpx.get(f"{stack.nginx.url}/readyz", timeout=10)
    assert ready.status_code == 200, ready.text
    assert ready.json()["status"] in {"ready", "degraded"}
    stack.redis.stop()
    down = httpx.get(f"{survivor.url}/readyz", timeout=10)
    assert down.status_code == 503
    assert down.json()["checks"]["redis"] != "ok"
    assert down.json()["checks"]["database"] == "ok"
