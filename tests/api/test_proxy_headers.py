"""Proxy headers over a real server configured as ``careerbot serve``: trusted only when set."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import httpx
import pytest

from api.settings import Settings
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server, browser or subprocess


def serve(settings: Settings, **overrides: object) -> Iterator[LiveServer]:
    """A server (over the session's index) whose anonymous visitors may send two a minute."""
    update = {"stream_delay_ms": 0, "quota_free": "2/minute", **overrides}
    server = LiveServer(settings.model_copy(update=update)).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def direct(settings: Settings) -> Iterator[LiveServer]:
    yield from serve(settings)


@pytest.fixture(scope="module")
def proxied(settings: Settings) -> Iterator[LiveServer]:
    yield from serve(settings, forwarded_allow_ips="127.0.0.1")


def ask_as(server: LiveServer, forwarded_for: str) -> httpx.Response:
    """One message from a new anonymous visitor claiming to be ``forwarded_for``."""
    headers = {"X-Anonymous-Id": secrets.token_hex(8), "X-Forwarded-For": forwarded_for}
    body = {"message": "What tools do they use?"}
    return httpx.post(f"{server.url}/v1/chat", json=body, headers=headers, timeout=30)


def test_without_trusted_proxies_a_forged_forwarded_for_does_not_escape_the_quota(
    direct: LiveServer,
) -> None:
    statuses = [ask_as(direct, f"198.51.100.{n}").status_code for n in range(1, 5)]
    assert statuses == [200, 200, 429, 429]  # one bucket: the real (loopback) address


def test_behind_a_trusted_proxy_each_forwarded_address_has_its_own_quota(
    proxied: LiveServer,
) -> None:
    first = [ask_as(proxied, "203.0.113.7").status_code for _ in range(3)]
    assert first == [200, 200, 429]  # new anonymous ids, same forwarded address
    assert ask_as(proxied, "203.0.113.8").status_code == 200
