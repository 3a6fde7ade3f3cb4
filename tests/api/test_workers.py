"""``careerbot serve --workers 2`` for real: both workers answer, every message of concurrent
chats lands in the database, ``/metrics`` adds up both workers, and every log line is JSON
with the request's id."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.live_server import ServerProcess

pytestmark = pytest.mark.slow  # two server processes with the model each
CHATS = 16
QUESTIONS = ["What does it pay?", "What skills do I need?", "How do I start?", "Is it hard?"]


def log_lines(server: ServerProcess) -> list[dict[str, Any]]:
    """Every line the server printed, each parsed as JSON (fails on a line that is not)."""
    return [json.loads(line) for line in server.log.read_text().splitlines() if line.strip()]


def pids_answering(server: ServerProcess, request_ids: set[str]) -> set[int]:
    """The worker processes whose access log lines carry these request ids."""
    return {
        line["pid"]
        for line in log_lines(server)
        if line["logger"] == "uvicorn.access" and line["request_id"] in request_ids
    }


@pytest.fixture(scope="module")
def workers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    data = tmp_path_factory.mktemp("workers")
    server = ServerProcess(
        data, ["--workers", "2"], CAREERBOT_JWT_SECRET="w" * 40, CAREERBOT_QUOTA_FREE="1000/minute"
    )
    ingest = [sys.executable, "-m", "api.cli", "ingest"]  # once, before the workers start
    subprocess.run(ingest, env=server.env, check=True, capture_output=True, timeout=600)
    server.start()
    yield server
    server.stop()


def test_both_workers_answer_and_every_message_is_stored(workers: ServerProcess) -> None:
    # Until both workers have started, one answers everything: ask on new connections until
    # the access log shows two processes.
    seen: set[str] = set()
    deadline = time.monotonic() + 180
    while len(pids_answering(workers, seen)) < 2:
        assert time.monotonic() < deadline, f"one worker only:\n{workers.output()}"
        for _ in range(10):
            request_id = str(uuid.uuid4())
            httpx.get(f"{workers.url}/livez", headers={"X-Request-ID": request_id}, timeout=10)
            seen.add(request_id)
        time.sleep(0.2)

    def chat(number: int) -> tuple[str, httpx.Response]:
        request_id = str(uuid.uuid4())
        response = httpx.post(
            f"{workers.url}/v1/chat",
            json={"message": QUESTIONS[number % len(QUESTIONS)]},
            headers={"X-Request-ID": request_id, "X-Anonymous-Id": f"visitor-{number}"},
            timeout=120,
        )
        return request_id, response

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(chat, range(CHATS)))
    assert [response.status_code for _, response in results] == [200] * CHATS
    assert all(response.headers["X-Request-ID"] == rid for rid, response in results)

    with sqlite3.connect(workers.log.parent / "careerbot.sqlite") as db:
        for number, (_, response) in enumerate(results):
            body = response.json()
            rows = db.execute(
                "SELECT role, text FROM messages WHERE conversation_id = ? ORDER BY seq",
                [body["conversation_id"]],
            ).fetchall()
            assert rows == [
                ("user", QUESTIONS[number % len(QUESTIONS)]),
                ("assistant", body["answer"]),
            ]

    lines = log_lines(workers)  # every line parsed as JSON
    chat_ids = {rid for rid, _ in results}
    logged = [line for line in lines if line["request_id"] in chat_ids]
    assert {line["request_id"] for line in logged} == chat_ids  # each chat's line has its id
    assert workers.process is not None
    assert workers.process.pid not in {line["pid"] for line in logged}  # workers answered

    metrics = httpx.get(f"{workers.url}/metrics", timeout=10).text
    chats = [
        sample.value
        for family in text_string_to_metric_families(metrics)
        for sample in family.samples
        if sample.name == "http_requests_total"
        and sample.labels == {"handler": "/v1/chat", "method": "POST", "status": "2xx"}
    ]
    assert chats == [CHATS]  # both workers' counts, added up
