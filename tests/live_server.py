"""Real servers on loopback ports: uvicorn in a thread (``LiveServer``) or ``careerbot serve``
as a child process (``ServerProcess``)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
import uvicorn
from langchain_core.language_models import BaseChatModel

from api.server import server_config
from api.settings import Settings


def free_port() -> int:
    """A port nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LiveServer:
    """``create_app(settings)`` on 127.0.0.1, with the uvicorn options of ``careerbot serve``."""

    def __init__(
        self, settings: Settings, port: int | None = None, llm: BaseChatModel | None = None
    ) -> None:
        self.settings = settings
        self.llm = llm
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> LiveServer:
        """Start serving and wait until the app's lifespan has run."""
        config = server_config(
            self.settings,
            "127.0.0.1",
            self.port,
            log_level="warning",
            llm=self.llm,
            structured_logs=False,  # pytest's log capture keeps working
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 90
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"server on port {self.port} did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        """Stop serving and close the port."""
        if self._server and self._thread:
            self._server.should_exit = True
            self._thread.join(timeout=15)
        self._server = self._thread = None


class ServerProcess:
    """``careerbot serve`` as a child process on a loopback port: it can be killed (-9),
    restarted on the same data dir, and its output read."""

    def __init__(self, data_dir: Path, serve_args: Sequence[str] = (), **settings: str) -> None:
        self.serve_args = list(serve_args)  # e.g. ["--workers", "2"]
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data_dir / "server.log"
        defaults = {"CAREERBOT_DATA_DIR": str(data_dir), "CAREERBOT_STREAM_DELAY_MS": "0"}
        self.env = os.environ | defaults | settings
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start serving and wait until ``/health`` answers."""
        command = [sys.executable, "-m", "api.cli", "serve", "--port", str(self.port)]
        command += self.serve_args
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + 120
        while True:
            assert self.process.poll() is None, f"server exited:\n{self.output()}"
            assert time.monotonic() < deadline, "server did not start"
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                time.sleep(0.2)

    def output(self) -> str:
        """The end of what the server printed."""
        return self.log.read_text(errors="replace")[-3000:]

    def stop(self) -> None:
        """Stop it as a host would (SIGTERM), if it runs."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=30)

    def kill(self) -> None:
        """Kill it with SIGKILL: no shutdown code runs."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
