"""``CAREERBOT_REDIS_URL``: quota counters in a real Redis, shared by two servers."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from api.auth import Caller
from api.quotas import QuotaExceededError, Quotas
from tests.live_server import free_port

REDIS = shutil.which("redis-server")
if REDIS is None and not os.environ.get("CI"):
    pytest.skip(
        "redis-server not installed: `make install` (as root) installs it", allow_module_level=True
    )


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    assert REDIS is not None, "redis-server must be installed in CI"
    port = free_port()
    folder: Path = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 20
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            assert time.monotonic() < deadline, "redis did not start"
            time.sleep(0.1)
    yield url
    client.close()
    process.terminate()
    process.wait(timeout=10)


def test_two_servers_share_one_visitors_quota(redis_url: str) -> None:
    first, second = (
        Quotas("3/minute", "30/minute", redis_url),
        Quotas("3/minute", "30/minute", redis_url),
    )
    visitor = Caller(user_id="shared-user", plan="free", anonymous_id=None, client_ip="10.9.8.7")
    first.consume(visitor)
    second.consume(visitor)
    first.consume(visitor)
    with pytest.raises(QuotaExceededError) as exceeded:
        second.consume(visitor)  # the other server already counted three
    assert 1 <= exceeded.value.retry_after <= 60
    someone_else = Caller(user_id="other", plan="free", anonymous_id=None, client_ip="10.9.8.7")
    second.consume(someone_else)
    first.close()
    second.close()
