"""A real uvicorn server in a thread, on a loopback port, that can be stopped and restarted."""

from __future__ import annotations

import socket
import threading
import time

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
            self.settings, "127.0.0.1", self.port, log_level="warning", llm=self.llm
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
