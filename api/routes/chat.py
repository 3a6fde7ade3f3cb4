"""``POST /v1/chat`` and its streamed twin ``POST /v1/chat/stream``."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from dataclasses import asdict

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse, ServerSentEvent

from api.deps import BotDep, SettingsDep
from api.errors import ApiError
from api.schemas import ChatRequest, ChatResponse, ErrorOut
from api.settings import Settings
from bot.chatbot import CareerBot, Reply

router = APIRouter(prefix="/v1", tags=["chat"])
ERRORS: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut},
    404: {"model": ErrorOut},
    422: {"model": ErrorOut},
}
WORDS_PER_DELTA = 3


async def _reply(body: ChatRequest, bot: CareerBot, settings: Settings) -> Reply:
    if len(body.message) > settings.max_message_chars:
        raise ApiError(
            422,
            "message_too_long",
            f"message is {len(body.message):,} characters; the limit is "
            f"{settings.max_message_chars:,}",
        )
    return await run_in_threadpool(bot.reply, body.message, body.conversation_id, body.career)


def _response(reply: Reply) -> ChatResponse:
    return ChatResponse(
        conversation_id=reply.conversation_id,
        message_id=reply.message_id,
        answer=reply.answer,
        mode=reply.mode.value,
        citations=[asdict(c) for c in reply.citations],
        suggestions=reply.suggestions,
    )


@router.post("/chat", response_model=ChatResponse, responses=ERRORS)
async def chat(body: ChatRequest, bot: BotDep, settings: SettingsDep) -> Response:
    """Answer a message with citations to the guide sections used."""
    reply = _response(await _reply(body, bot, settings))
    return Response(reply.model_dump_json(), media_type="application/json")


@router.post("/chat/stream", responses=ERRORS, response_class=EventSourceResponse)
async def chat_stream(
    body: ChatRequest, request: Request, bot: BotDep, settings: SettingsDep
) -> EventSourceResponse:
    """The same answer as server-sent events.

    Events: ``meta``, ``delta``… (text pieces in order), ``figures`` (only when the answer
    has figures to chart), ``citations``, ``suggestions``, ``done``; ``error`` on failure.
    """
    reply = await _reply(body, bot, settings)
    figures = [asdict(f) for f in reply.figures]
    delay = settings.stream_delay_ms / 1000
    return EventSourceResponse(_events(_response(reply), figures, request, delay), ping=15)


async def _events(
    reply: ChatResponse, figures: list[dict[str, object]], request: Request, delay: float
) -> AsyncIterator[ServerSentEvent]:
    def event(name: str, data: object) -> ServerSentEvent:
        return ServerSentEvent(event=name, data=json.dumps(data, ensure_ascii=False))

    try:
        yield event(
            "meta",
            {
                "conversation_id": reply.conversation_id,
                "message_id": reply.message_id,
                "mode": reply.mode,
            },
        )
        words = re.findall(r"\s*\S+", reply.answer)
        for start in range(0, len(words), WORDS_PER_DELTA):
            if await request.is_disconnected():
                return
            yield event("delta", {"text": "".join(words[start : start + WORDS_PER_DELTA])})
            await asyncio.sleep(delay)
        if figures:
            yield event("figures", {"figures": figures})
        yield event("citations", {"citations": [c.model_dump() for c in reply.citations]})
        yield event("suggestions", {"suggestions": reply.suggestions})
        yield event("done", {"message_id": reply.message_id})
    except Exception as error:  # reported to the client, never a broken stream
        yield event("error", {"error": "stream_failed", "message": str(error)})
