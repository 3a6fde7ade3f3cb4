"""Real servers on loopback ports: uvicorn in a thread (``LiveServer``), ``careerbot serve``
as a child process (``ServerProcess``), llama.cpp's OpenAI-compatible server (``LlamaServer``)."""

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
from bot.generate.llm import smollm2_gguf


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


class LlamaServer:
    """``python -m llama_cpp.server`` on SmolLM2's GGUF, as a child process on a loopback
    port: an OpenAI-compatible LLM service that can be killed (-9) and started again."""

    MODEL = "smollm2"  # the name it serves the model under: CAREERBOT_LLM=openai:smollm2

    def __init__(self, log_dir: Path, api_key: str | None = None, threads: int = 1) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log = log_dir / f"llama-server-{self.port}.log"
        self.api_key = api_key
        self.threads = threads
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, wait_s: float = 90) -> LlamaServer:
        """Start it (again, on the same port) and wait until it lists its model."""
        command = [
            *(sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_gguf())),
            *("--model_alias", self.MODEL, "--host", "127.0.0.1", "--port", str(self.port)),
            *("--n_ctx", "2048", "--n_threads", str(self.threads)),
            *("--interrupt_requests", "False"),  # a second visitor waits, never cuts the first off
            *(("--api_key", self.api_key) if self.api_key else ()),
        ]
        with self.log.open("ab") as log:
            env = os.environ | {"PYTHONUNBUFFERED": "1"}  # its log shows each request at once
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        deadline = time.monotonic() + wait_s
        while True:
            assert self.process.poll() is None, f"llama.cpp server exited:\n{self.output()}"
            if time.monotonic() > deadline:
                self.kill()
                raise AssertionError(f"llama.cpp server did not start:\n{self.output()}")
            try:
                if httpx.get(f"{self.url}/models", headers=headers, timeout=1).is_success:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)

    def answers_begun(self) -> int:
        """Chat completions it has begun answering (each logged as its response starts)."""
        if not self.log.exists():
            return 0
        return self.log.read_text(errors="replace").count("POST /v1/chat/completions")

    def output(self) -> str:
        """The end of what the server printed."""
        return self.log.read_text(errors="replace")[-3000:]

    def pause(self) -> None:
        """Freeze it (SIGSTOP): it accepts connections but never answers, like a hung service."""
        assert self.process is not None
        self.process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """Let a paused server run again (SIGCONT)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGCONT)

    def kill(self) -> None:
        """Kill it with SIGKILL, mid-answer if it is writing one."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> None:
        """Stop it (SIGTERM, then SIGKILL if it lingers), if it runs."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
