"""One worker thread owns the embedded chat model; requests wait in a bounded line or are
turned away at once (llama.cpp crashes when two threads generate with one model)."""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage


class ModelBusyError(RuntimeError):
    """The model is generating and the line of waiting requests is full."""


@dataclass
class _Job:
    messages: list[BaseMessage]
    out: queue.SimpleQueue[str | BaseException | None] = field(default_factory=queue.SimpleQueue)
    cancelled: threading.Event = field(default_factory=threading.Event)


class ModelQueue:
    """Runs every generation of ``llm`` on one thread, first come first served.

    At most ``max_waiting`` requests wait while one generates; one more is refused with
    :class:`ModelBusyError` so that its caller can answer another way straight away.
    """

    def __init__(self, llm: BaseChatModel, max_waiting: int) -> None:
        self.llm = llm
        self.max_waiting = max_waiting
        self._jobs: deque[_Job | None] = deque()
        self._ready = threading.Condition()
        self._busy = False
        self._worker = threading.Thread(target=self._work, name="llm-worker", daemon=True)
        self._worker.start()

    def waiting(self) -> int:
        """Requests in line, not counting the one generating."""
        with self._ready:
            return sum(1 for job in self._jobs if job and not job.cancelled.is_set())

    def stream(self, messages: list[BaseMessage], deadline: float) -> Iterator[str]:
        """The model's text as it is generated; ``TimeoutError`` once ``deadline`` (monotonic)
        passes, waiting included. Closing the iterator stops the generation."""
        job = _Job(messages)
        with self._ready:
            live = sum(1 for j in self._jobs if j and not j.cancelled.is_set())
            if (self._busy or live) and live >= self.max_waiting:
                raise ModelBusyError(f"{live} requests already wait for the model")
            self._jobs.append(job)
            self._ready.notify()
        try:
            while True:
                try:
                    item = job.out.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise TimeoutError("the model did not answer in time") from None
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            job.cancelled.set()

    def close(self) -> None:
        """Stop the worker after the current generation; requests still waiting time out."""
        with self._ready:
            self._jobs.appendleft(None)
            self._ready.notify()
        self._worker.join(timeout=30)

    def _work(self) -> None:
        while True:
            with self._ready:
                while not self._jobs:
                    self._ready.wait()
                job = self._jobs.popleft()
                if job is None:
                    return
                if job.cancelled.is_set():
                    continue
                self._busy = True
            try:
                self._generate(job)
            finally:
                with self._ready:
                    self._busy = False

    def _generate(self, job: _Job) -> None:
        chunks = self.llm.stream(job.messages)
        try:
            for chunk in chunks:
                if job.cancelled.is_set():
                    return
                job.out.put(str(chunk.content))
            job.out.put(None)
        except Exception as error:  # handed to the request, which falls back
            job.out.put(error)
        finally:
            getattr(chunks, "close", lambda: None)()  # stops llama.cpp mid-answer
