"""``POST /v1/advice`` (and ``/stream``): personalised, cited job advice for Plus subscribers."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from sse_starlette import EventSourceResponse

from api.auth import Caller, CallerDep
from api.components import Components
from api.deps import ComponentsDep, SettingsDep, owner_of, visitor_of
from api.errors import ERROR_RESPONSES, ApiError
from api.metrics import MetricsDep
from api.quotas import QuotasDep
from api.schemas import AdviceIn, AdviceResponse
from api.sse import event_stream, first_event
from bot.answer import Event
from bot.services.protocol import require_career
from store.profiles import Profile

router = APIRouter(prefix="/v1", tags=["advice"], responses=ERROR_RESPONSES | {403: {}})
UPGRADE = (
    "Personalised job advice is part of careerbot Plus ($8/month). Free visitors get cited "
    "answers from the guides in the chat."
)


def _admit(body: AdviceIn, caller: Caller, components: Components) -> Profile:
    """The caller's profile, or the error that refuses this request (before any quota use)."""
    if caller.plan != "plus":
        raise ApiError(403, "plus_required", UPGRADE)
    require_career(components.bot.guides, body.career)
    profile = components.profiles.get(owner_of(caller))
    if profile is None:
        raise ApiError(422, "profile_required", "Save your profile first with PUT /v1/profile.")
    return profile


def _events(
    body: AdviceIn, caller: Caller, components: Components, profile: Profile, stop: threading.Event
) -> Iterator[Event]:
    adviser = components.adviser
    guide = adviser.guide_for(profile, body.career)
    yield from adviser.stream(profile, body.question, guide, visitor_of(caller), stop.is_set)


@router.post("/advice", response_model=AdviceResponse)
async def advice(
    body: AdviceIn,
    caller: CallerDep,
    quotas: QuotasDep,
    components: ComponentsDep,
    metrics: MetricsDep,
) -> Response:
    """A plan computed from your profile and the guide, with written advice; all cited."""
    profile = await run_in_threadpool(_admit, body, caller, components)
    quotas.consume(caller)
    events = _events(body, caller, components, profile, threading.Event())
    *_, (_, done) = await run_in_threadpool(list, events)
    reply = AdviceResponse.from_advice(done["reply"])
    metrics.count_answer("advice", reply.mode)
    return Response(reply.model_dump_json(), media_type="application/json")


@router.post("/advice/stream", response_class=EventSourceResponse)
async def advice_stream(
    body: AdviceIn,
    request: Request,
    caller: CallerDep,
    quotas: QuotasDep,
    components: ComponentsDep,
    settings: SettingsDep,
    metrics: MetricsDep,
) -> EventSourceResponse:
    """The same advice as server-sent events: meta, delta…, plan, citations, suggestions, done."""
    profile = await run_in_threadpool(_admit, body, caller, components)
    quotas.consume(caller)
    stop = threading.Event()
    events = _events(body, caller, components, profile, stop)
    first = await first_event(events)
    metrics.count_stream("advice", first)
    return event_stream(first, events, request, settings.stream_delay_ms / 1000, stop)
