"""A real uvicorn server: streaming over HTTP, proxy-safe headers, client disconnects."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

from api.settings import Settings
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server, browser or subprocess


@pytest.fixture(scope="module")
def server(settings: Settings) -> Iterator[str]:
    live = LiveServer(settings.model_copy(update={"stream_delay_ms": 40})).start()
    yield live.url
    live.stop()


def test_answer_streams_in_pieces_over_time(server: str) -> None:
    arrivals: list[float] = []
    body = {"message": "how do I become a production technician"}
    with httpx.stream("POST", f"{server}/v1/chat/stream", json=body, timeout=30) as response:
        assert response.status_code == 200
        assert response.headers["x-accel-buffering"] == "no"
        assert "no-" in response.headers["cache-control"]
        for line in response.iter_lines():
            if line.startswith("event: delta"):
                arrivals.append(time.monotonic())
    assert len(arrivals) >= 3
    assert arrivals[-1] - arrivals[0] > 0.05  # pieces arrive over time, not in one buffer


def test_client_disconnect_mid_stream_leaves_the_server_healthy(server: str) -> None:
    body = {"message": "what does a typical day look like?"}
    with httpx.stream("POST", f"{server}/v1/chat/stream", json=body, timeout=30) as response:
        for line in response.iter_lines():
            if line.startswith("event: delta"):
                break  # hang up after the first piece
    health = httpx.get(f"{server}/health", timeout=10)
    assert health.status_code == 200
    again = httpx.post(f"{server}/v1/chat", json={"message": "is the job stressful?"}, timeout=30)
    assert again.status_code == 200
    assert again.json()["mode"] == "cited"
