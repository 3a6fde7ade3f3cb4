"""One writer at a time per data dir, and a stamp that tells servers the index changed."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_FILE = "ingest.lock"
GENERATION_FILE = "index-generation"


class IngestBusyError(RuntimeError):
    """Another ingest held the data dir's lock for longer than we were willing to wait."""


@contextmanager
def exclusive_ingest(
    data_dir: Path, timeout: float, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the data dir's ingest lock (waiting up to ``timeout`` s, calling ``on_wait`` first).

    The lock is an OS file lock: it is released when its process dies, even by ``kill -9``.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(data_dir / LOCK_FILE)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        if on_wait:
            on_wait()
        try:
            lock.acquire(timeout=timeout)
        except Timeout as error:
            raise IngestBusyError(
                f"another ingest is still running on {data_dir} after {timeout:g}s; "
                "let it finish, then run this ingest again"
            ) from error
    try:
        yield
    finally:
        lock.release()


def publish_generation(data_dir: Path) -> str:
    """Write a new index generation stamp atomically and return it."""
    generation = uuid.uuid4().hex
    staged = data_dir / f".{GENERATION_FILE}.{os.getpid()}"
    staged.write_text(generation, encoding="utf-8")
    os.replace(staged, data_dir / GENERATION_FILE)
    return generation


def read_generation(data_dir: Path) -> str:
    """The current index generation stamp ('' before the first changing ingest)."""
    try:
        return (data_dir / GENERATION_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""
