"""Concurrent saves and erasures of one visitor's profile against the real server: no 5xx."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from api.components import Components
from api.settings import Settings
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

WORKERS = 6
ROUNDS = 40


@pytest.fixture(scope="module")
def server(settings: Settings, components: Components) -> Iterator[LiveServer]:
    live = LiveServer(settings).start()  # over the index ``components`` built
    yield live
    live.stop()


def profile_of(worker: int, round_: int) -> dict[str, object]:
    return {"current_role": f"operator {worker}", "years_experience": round_ % 60}


def hammer(server: LiveServer, job: str) -> list[tuple[str, int]]:
    """``WORKERS`` threads released together ``ROUNDS`` times; every (request, status)."""
    barrier = threading.Barrier(WORKERS)
    statuses: list[tuple[str, int]] = []
    lock = threading.Lock()

    def worker(number: int) -> None:
        with httpx.Client(base_url=server.url, timeout=60) as client:
            for round_ in range(ROUNDS):
                visitor = "race-visitor" if job == "mixed" else f"first-visitor-{round_}"
                headers = {"X-Anonymous-Id": visitor}
                barrier.wait(timeout=120)
                kind = "DELETE" if job == "mixed" and number % 2 else "PUT"
                body = profile_of(number, round_) if kind == "PUT" else None
                try:
                    status = client.request(kind, "/v1/profile", json=body, headers=headers)
                    code = status.status_code
                except httpx.TransportError:  # the server broke the connection
                    code = 599
                with lock:
                    statuses.append((kind, code))

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(worker, range(WORKERS)))
    return statuses


def test_concurrent_saves_and_erasures_of_one_profile_never_fail(server: LiveServer) -> None:
    statuses = hammer(server, "mixed")
    assert len(statuses) == WORKERS * ROUNDS
    assert {s for _, s in statuses if _ == "PUT"} == {200}
    assert {s for _, s in statuses if _ == "DELETE"} == {204}
    headers = {"X-Anonymous-Id": "race-visitor"}
    final = httpx.get(f"{server.url}/v1/profile", headers=headers, timeout=30)
    # Whatever the interleaving, the profile is either erased or one of the saved ones, whole.
    saved = [profile_of(w, ROUNDS - 1) for w in range(0, WORKERS, 2)]
    if final.status_code == 200:
        shown = {k: final.json()[k] for k in ("current_role", "years_experience")}
        assert shown in saved
    else:
        assert final.status_code == 404
    again = {"current_role": "line lead", "years_experience": 7}
    assert httpx.put(f"{server.url}/v1/profile", json=again, headers=headers).status_code == 200
    assert httpx.get(f"{server.url}/v1/profile", headers=headers).json()["current_role"] == (
        "line lead"
    )


def test_concurrent_first_saves_of_a_profile_never_fail(server: LiveServer) -> None:
    statuses = hammer(server, "first")
    assert [s for _, s in statuses] == [200] * (WORKERS * ROUNDS)
    for round_ in (0, ROUNDS - 1):
        headers = {"X-Anonymous-Id": f"first-visitor-{round_}"}
        shown = httpx.get(f"{server.url}/v1/profile", headers=headers, timeout=30).json()
        assert shown["years_experience"] == round_
        assert shown["current_role"] in {f"operator {w}" for w in range(WORKERS)}
