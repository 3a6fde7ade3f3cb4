"""Quotas per plan: moving windows per user, anonymous id and client address.

Messages (chat, advice) count against the plan's limits; writes (feedback, profile) against
their own, the same for every plan.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Annotated, Literal

from fastapi import Depends, Request
from limits import RateLimitItem, parse_many
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from api.auth import Caller, Plan
from api.settings import Settings

AUDIENCE: dict[Plan, str] = {"free": "Free visitors", "plus": "Plus subscribers"}
Kind = Literal["message", "write"]
# What a visitor does with each kind, and what one and several of it are called.
NOUNS: dict[Kind, tuple[str, str, str]] = {
    "message": ("send", "message", "messages"),
    "write": ("save", "change (feedback or profile)", "changes (feedback or profile)"),
}


class QuotaExceededError(Exception):
    """A message over the caller's quota; ``retry_after`` is in seconds (at least 1)."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Quotas:
    """Counts messages against each plan's limits (``"30/day;10/minute"``), and writes."""

    def __init__(
        self, free: str, plus: str, storage_url: str | None, writes: str = "60/hour;10/minute"
    ) -> None:
        self._limits: dict[Plan, list[RateLimitItem]] = {
            "free": _parse(free),
            "plus": _parse(plus),
        }
        self._writes = _parse(writes)
        self._storage = storage_from_string(storage_url or "memory://")
        self._limiter = MovingWindowRateLimiter(self._storage)
        self._lock = threading.Lock()  # check-then-hit is atomic within this process

    def consume(self, caller: Caller, kind: Kind = "message") -> None:
        """Count one message (or write), or raise ``QuotaExceededError`` without counting it."""
        limits = self._limits[caller.plan] if kind == "message" else self._writes
        checks = [(item, (kind, *key)) for item in limits for key in _keys(caller)]
        with self._lock:
            exceeded = [(item, key) for item, key in checks if not self._limiter.test(item, *key)]
            if not exceeded:
                # A hit can still fail when another server shares the storage and got there first.
                exceeded = [
                    (item, key) for item, key in checks if not self._limiter.hit(item, *key)
                ]
            if not exceeded:
                return
            waits = [(self._wait(item, key), item) for item, key in exceeded]
        retry_after, item = max(waits, key=lambda wait: wait[0])
        verb = NOUNS[kind][0]
        raise QuotaExceededError(
            f"{AUDIENCE[caller.plan]} can {verb} {_describe(item, kind)}; "
            f"try again in {_duration(retry_after)}.",
            retry_after,
        )

    def close(self) -> None:
        """Release the storage's connections (Redis), if it holds any."""
        client = getattr(self._storage, "storage", None)
        if client is not None and hasattr(client, "close"):
            client.close()

    def _wait(self, item: RateLimitItem, key: tuple[str, ...]) -> int:
        """Whole seconds until ``key`` has room under ``item`` again (at least 1)."""
        reset = self._limiter.get_window_stats(item, *key).reset_time
        return max(1, math.ceil(reset - time.time()))


def _parse(quota: str) -> list[RateLimitItem]:
    """The limits of one plan's quota string."""
    try:
        return parse_many(quota)
    except ValueError as error:
        raise ValueError(
            f"quota {quota!r} is not valid; write limits like '30/day;10/minute'"
        ) from error


def _keys(caller: Caller) -> list[tuple[str, str]]:
    """The counters a message counts against: the user, or the anonymous id and the address."""
    if caller.user_id is not None:
        return [("user", caller.user_id)]
    keys = [("ip", caller.client_ip)]
    if caller.anonymous_id is not None:
        keys.insert(0, ("anon", caller.anonymous_id))
    return keys


def _describe(item: RateLimitItem, kind: Kind = "message") -> str:
    """``10 messages per minute`` for a limit."""
    unit = item.GRANULARITY.name
    per = unit if item.multiples == 1 else f"{item.multiples} {unit}s"
    _, one, several = NOUNS[kind]
    return f"{item.amount} {one if item.amount == 1 else several} per {per}"


def _duration(seconds: int) -> str:
    """``42 seconds``, ``5 minutes`` or ``3 hours``, rounded up."""
    for size, unit in ((3600, "hour"), (60, "minute")):
        if seconds >= 2 * size:
            count = math.ceil(seconds / size)
            return f"{count} {unit}s"
    return f"{seconds} second{'s' * (seconds != 1)}"


# Async on purpose: FastAPI runs plain ``def`` dependencies in a worker thread.
async def get_quotas(request: Request) -> Quotas:
    """The app's quotas, built from its settings on first use."""
    quotas: Quotas | None = getattr(request.app.state, "quotas", None)
    if quotas is None:
        settings: Settings = request.app.state.settings
        quotas = Quotas(
            settings.quota_free, settings.quota_plus, settings.redis_url, settings.quota_writes
        )
        request.app.state.quotas = quotas
    return quotas


QuotasDep = Annotated[Quotas, Depends(get_quotas)]
