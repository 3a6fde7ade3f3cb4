"""Kill -9 the real server mid-life: every message and rating is still there after a restart."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.live_server import ServerProcess

pytestmark = pytest.mark.slow  # a real server, browser or subprocess


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = ServerProcess(tmp_path)
    yield process
    if process.process and process.process.poll() is None:
        process.kill()


def test_conversation_and_feedback_survive_kill_9(server: ServerProcess) -> None:
    visitor = {"X-Anonymous-Id": "durable-visitor-01"}
    server.start()
    first = httpx.post(
        f"{server.url}/v1/chat",
        json={"message": "What does a production technician earn?"},
        headers=visitor,
        timeout=30,
    ).json()
    second = httpx.post(
        f"{server.url}/v1/chat",
        json={"message": "and at senior level?", "conversation_id": first["conversation_id"]},
        headers=visitor,
        timeout=30,
    ).json()
    rating = {
        "conversation_id": first["conversation_id"],
        "message_id": second["message_id"],
        "rating": "up",
        "comment": "exactly what I needed",
    }
    assert (
        httpx.post(
            f"{server.url}/v1/feedback", json=rating, headers=visitor, timeout=30
        ).status_code
        == 201
    )
    server.kill()
    server.start()
    history = httpx.get(
        f"{server.url}/v1/conversations/{first['conversation_id']}", headers=visitor, timeout=30
    ).json()
    assert [m["text"] for m in history["messages"]] == [
        "What does a production technician earn?",
        first["answer"],
        "and at senior level?",
        second["answer"],
    ]
    export = httpx.get(f"{server.url}/v1/profile/export", headers=visitor, timeout=30).json()
    assert [(f["rating"], f["comment"]) for f in export["feedback"]] == [
        ("up", "exactly what I needed")
    ]


def test_a_question_whose_answer_died_with_the_server_shows_unanswered_and_can_be_retried(
    server: ServerProcess,
) -> None:
    visitor = {"X-Anonymous-Id": "durable-visitor-02"}
    question = "How do I become a production technician?"
    server.env["CAREERBOT_STREAM_DELAY_MS"] = "200"  # a slow stream: the kill lands mid-answer
    server.start()
    meta: dict[str, str] = {}
    with httpx.stream(
        "POST",
        f"{server.url}/v1/chat/stream",
        json={"message": question},
        headers=visitor,
        timeout=30,
    ) as response:
        lines = response.iter_lines()
        for line in lines:
            if line == "event: meta":
                meta = json.loads(next(lines).removeprefix("data: "))
                break
        server.kill()
    server.start()
    conversation = f"{server.url}/v1/conversations/{meta['conversation_id']}"
    history = httpx.get(conversation, headers=visitor, timeout=30).json()["messages"]
    assert [(m["role"], m["text"], m["answered"]) for m in history] == [("user", question, False)]
    retry = httpx.post(
        f"{server.url}/v1/chat",
        json={"message": question, "conversation_id": meta["conversation_id"]},
        headers=visitor,
        timeout=30,
    )
    assert retry.status_code == 200, retry.text
    assert retry.json()["citations"]
    assert len(retry.json()["answer"]) > 100
    history = httpx.get(conversation, headers=visitor, timeout=30).json()["messages"]
    assert [(m["role"], m["answered"]) for m in history] == [
        ("user", False),
        ("user", True),
        ("assistant", True),
    ]
    assert history[2]["text"] == retry.json()["answer"]
