"""The embedded model in a child process of its own, one answer at a time.

A llama.cpp context must never run two generations at once, and a native crash in it (an
assertion, a CPU instruction the host refuses) would take the whole server down. In a child
process a crash costs one answer (it falls back to the guide's words) and the child is
started again for the next.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Iterator
from multiprocessing.connection import Connection
from typing import Any

from langchain_core.messages import BaseMessage

log = logging.getLogger(__name__)

STOP = "stop"  # parent → child: stop writing this answer
SILENCE_S = 120.0  # no word from the child for this long (loading included): restart it
# llama.cpp's OpenMP threads spin while they wait for each other; on a shared, busy CPU a
# spinning thread takes the core its partner needs (first token 20-25 s instead of 7-10 s
# on these 2 cores at load 6, bench/plus_speed.py). Sleeping waits avoid that.
OMP_SETTINGS = {"OMP_WAIT_POLICY": "PASSIVE"}


class ModelProcessError(RuntimeError):
    """The model's process died or hung; it is started again for the next answer."""


def _serve(conn: Connection, name: str, max_tokens: int, threads: int) -> None:
    """The child: build the model, then write one answer per request until told to exit."""
    for variable, value in OMP_SETTINGS.items():  # before llama.cpp loads OpenMP
        os.environ.setdefault(variable, value)
    from bot.generate.llm import build_chat_model

    llm = build_chat_model(name, max_tokens, threads)
    while True:
        request = conn.recv()
        if request is None:
            return
        if request == STOP:  # arrived after that answer had ended
            continue
        try:
            for chunk in llm.stream(request):
                conn.send(("text", str(chunk.content)))
                if conn.poll() and conn.recv() == STOP:
                    break
            conn.send(("end", ""))
        except Exception as error:
            conn.send(("error", f"{type(error).__name__}: {error}"))


class ModelProcess:
    """Writes answers with ``build_chat_model(name, max_tokens)`` run in a child process,
    started on first use. Meant for one caller at a time (a :class:`ModelQueue`)."""

    def __init__(self, name: str, max_tokens: int, threads: int = 2) -> None:
        self.args = (name, max_tokens, threads)
        self._context = multiprocessing.get_context("spawn")  # never fork torch's threads
        self._process: Any = None
        self._conn: Connection | None = None

    def start(self) -> None:
        """Start the child (the model loads in it) unless it runs."""
        if self._process is not None and self._process.is_alive():
            return
        self.close()
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_serve, args=(child, *self.args), name="careerbot-llm", daemon=True
        )
        self._process.start()
        child.close()
        self._conn = parent

    def __call__(self, messages: list[BaseMessage], cancelled: threading.Event) -> Iterator[str]:
        """The answer to ``messages``, piece by piece."""
        self.start()
        conn = self._conn
        assert conn is not None
        conn.send(messages)
        ended = False
        try:
            while True:
                kind, text = self._receive(conn)
                if kind == "text":
                    yield text
                    continue
                ended = True
                if kind == "error":
                    raise ModelProcessError(f"the model failed: {text}")
                return
        finally:
            if not ended:
                self._stop(conn)

    def close(self) -> None:
        """Ask the child to exit, and make sure it has."""
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.send(None)
            self._conn.close()
            self._conn = None
        if self._process is not None:
            self._process.join(timeout=10)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=10)
            self._process = None

    def _receive(self, conn: Connection) -> tuple[str, str]:
        try:
            if conn.poll(SILENCE_S):
                kind, text = conn.recv()
                return str(kind), str(text)
            problem = f"no word from the model for {SILENCE_S:g} s"
        except (EOFError, OSError):
            exitcode = self._process.exitcode if self._process is not None else None
            problem = f"the model's process exited (status {exitcode})"
        log.warning("%s; starting it again", problem)
        self._kill()
        raise ModelProcessError(problem)

    def _stop(self, conn: Connection) -> None:
        """Stop an answer half written, and read what the child sent until it stopped."""
        if self._conn is not conn:
            return  # the child was killed: nothing to stop
        try:
            conn.send(STOP)
            while self._receive(conn)[0] == "text":
                pass
        except (ModelProcessError, OSError):
            pass

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(timeout=10)
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None
