"""A real ``redis-server`` on a loopback port (Debian's package, installed by ``make install``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import redis

from tests.live_server import free_port


def redis_binary() -> str:
    """``redis-server``'s path; skips the test where it is missing, except in CI."""
    found = shutil.which("redis-server")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server must be installed in CI: `make install` installs it")
        pytest.skip("redis-server not installed: `make install` (as root) installs it")
    return found


class RedisProcess:
    """``redis-server`` without persistence in ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        command = [redis_binary(), "--port", str(self.port), "--bind", "127.0.0.1"]
        self.process = subprocess.Popen(
            [*command, "--save", "", "--dir", str(folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        deadline = time.monotonic() + 20
        try:
            while True:
                try:
                    client.ping()
                    return
                except redis.ConnectionError:
                    assert time.monotonic() < deadline, "redis did not start"
                    time.sleep(0.1)
        finally:
            client.close()

    def stop(self) -> None:
        """Stop it (SIGTERM) if it runs."""
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
