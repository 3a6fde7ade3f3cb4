"""``POST /v1/chat`` and its streamed twin ``POST /v1/chat/stream``."""

from __future__ import annotations

import threading

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse

from api.auth import Caller, CallerDep
from api.deps import BotDep, SettingsDep, visitor_of
from api.errors import ERROR_RESPONSES, ApiError
from api.metrics import MetricsDep
from api.quotas import Quotas, QuotasDep
from api.schemas import ChatRequest, ChatResponse
from api.settings import Settings
from api.sse import event_stream, first_event
from bot.answer import Reply
from bot.services.chat import CareerBot

router = APIRouter(prefix="/v1", tags=["chat"])


def _check_length(body: ChatRequest, settings: Settings) -> None:
    """Refuse a message over the configured length."""
    if len(body.message) > settings.max_message_chars:
        raise ApiError(
            422,
            "message_too_long",
            f"message is {len(body.message):,} characters; the limit is "
            f"{settings.max_message_chars:,}",
        )


async def _admit(
    body: ChatRequest, bot: CareerBot, settings: Settings, caller: Caller, quotas: Quotas
) -> None:
    """Refuse a message that would fail anyway, then count it against the caller's quota."""
    _check_length(body, settings)
    await run_in_threadpool(bot.check, body.conversation_id, body.career, visitor_of(caller))
    quotas.consume(caller)


async def _reply(body: ChatRequest, bot: CareerBot, caller: Caller) -> Reply:
    """The bot's whole reply, computed off the event loop."""
    visitor = visitor_of(caller)
    return await run_in_threadpool(
        bot.reply, body.message, body.conversation_id, body.career, visitor
    )


@router.post("/chat", response_model=ChatResponse, responses=ERROR_RESPONSES)
async def chat(
    body: ChatRequest,
    bot: BotDep,
    settings: SettingsDep,
    caller: CallerDep,
    quotas: QuotasDep,
    metrics: MetricsDep,
) -> Response:
    """Answer a message with citations to the guide sections used."""
    await _admit(body, bot, settings, caller, quotas)
    reply = ChatResponse.of(await _reply(body, bot, caller))
    metrics.count_answer("chat", reply.mode)
    return Response(reply.model_dump_json(), media_type="application/json")


@router.post("/chat/stream", responses=ERROR_RESPONSES, response_class=EventSourceResponse)
async def chat_stream(
    body: ChatRequest,
    request: Request,
    bot: BotDep,
    settings: SettingsDep,
    caller: CallerDep,
    quotas: QuotasDep,
    metrics: MetricsDep,
) -> EventSourceResponse:
    """The same answer as server-sent events, sent as it is produced.

    Events: ``meta``, ``delta``… (text pieces in order), ``figures`` (only when the answer
    has figures to chart), ``citations``, ``suggestions``, ``done``; ``error`` on failure.
    A client that hangs up stops the work (and the LLM) at the next piece.
    """
    await _admit(body, bot, settings, caller, quotas)
    stop = threading.Event()
    events = bot.stream(
        body.message, body.conversation_id, body.career, visitor_of(caller), stop.is_set
    )
    first = await first_event(events)
    metrics.count_stream("chat", first)
    return event_stream(first, events, request, settings.stream_delay_ms / 1000, stop)
