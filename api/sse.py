"""Server-sent events from the bot's event generators, paced, and stopped if the client leaves."""

from __future__ import annotations

import asyncio
import json
import re
import threading
from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi import Request
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from bot.answer import Event

DELTA_PIECE = re.compile(r"\s*\S+(?:\s*\S+){0,2}")  # up to three words a piece


async def first_event(events: Iterator[Event]) -> Event:
    """Run the generator to its first event in a worker thread; input errors raise here."""
    return await run_in_threadpool(next, events)


def event_stream(
    first: Event,
    events: Iterator[Event],
    request: Request,
    delay: float,
    stop: threading.Event,
) -> EventSourceResponse:
    """The SSE response for a bot event generator whose first event was already taken."""
    return EventSourceResponse(_sse(first, events, request, delay, stop), ping=15)


async def _sse(
    first: Event, events: Iterator[Event], request: Request, delay: float, stop: threading.Event
) -> AsyncIterator[ServerSentEvent]:
    try:
        yield _event(*first)
        while True:
            event: Event | None = await run_in_threadpool(next, events, None)
            if event is None:
                return
            if await request.is_disconnected():
                stop.set()  # the generator stops generating at its next check
                return
            name, data = event
            if name == "delta":
                for piece in DELTA_PIECE.findall(data["text"]):
                    yield _event("delta", {"text": piece})
                    await asyncio.sleep(delay)
            elif name == "done":
                yield _event("done", {"message_id": data["message_id"]})
            else:
                yield _event(name, data)
    except Exception as error:  # reported to the client, never a broken stream
        stop.set()
        yield _event("error", {"error": "stream_failed", "message": str(error)})


def _event(name: str, data: dict[str, Any]) -> ServerSentEvent:
    return ServerSentEvent(event=name, data=json.dumps(data, ensure_ascii=False))
