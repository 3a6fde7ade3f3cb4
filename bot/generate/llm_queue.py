"""Generations of a chat model, one at a time, first come first served: a bounded line of
waiting requests; one more is turned away at once so that its caller can answer another way."""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

# Writes the answer to ``messages`` piece by piece; stops early once the event is set.
Generate = Callable[[list[BaseMessage], threading.Event], Iterator[str]]


class ModelBusyError(RuntimeError):
    """The model is writing and the line of waiting requests is full."""


def in_thread(llm: BaseChatModel) -> Generate:
    """Generation by a LangChain chat model in the queue's own worker thread."""

    def generate(messages: list[BaseMessage], cancelled: threading.Event) -> Iterator[str]:
        for chunk in llm.stream(messages):
            yield str(chunk.content)

    return generate


@dataclass
class _Job:
    messages: list[BaseMessage]
    out: queue.SimpleQueue[str | BaseException | None] = field(default_factory=queue.SimpleQueue)
    cancelled: threading.Event = field(default_factory=threading.Event)


class ModelQueue:
    """Runs every generation on one worker thread; at most ``max_waiting`` requests wait."""

    def __init__(self, generate: Generate, max_waiting: int) -> None:
        self.generate = generate
        self.max_waiting = max_waiting
        self._jobs: deque[_Job | None] = deque()
        self._ready = threading.Condition()
        self._busy = False
        self._worker = threading.Thread(target=self._work, name="llm-worker", daemon=True)
        self._worker.start()

    def waiting(self) -> int:
        """Requests in line, not counting the one being written."""
        with self._ready:
            return sum(1 for job in self._jobs if job and not job.cancelled.is_set())

    def stream(self, messages: list[BaseMessage], deadline: float) -> Iterator[str]:
        """The answer as it is written; ``ModelBusyError`` when the line is full,
        ``TimeoutError`` once ``deadline`` (monotonic) passes, waiting included. Closing the
        iterator stops the generation."""
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
        getattr(self.generate, "close", lambda: None)()  # a model process exits

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
                self._run(job)
            finally:
                with self._ready:
                    self._busy = False

    def _run(self, job: _Job) -> None:
        pieces = self.generate(job.messages, job.cancelled)
        try:
            for piece in pieces:
                if job.cancelled.is_set():
                    return
                job.out.put(piece)
            job.out.put(None)
        except Exception as error:  # handed to the request, which falls back
            job.out.put(error)
        finally:
            getattr(pieces, "close", lambda: None)()  # stops the model mid-answer
