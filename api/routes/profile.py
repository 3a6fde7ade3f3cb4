"""A visitor's profile, and everything stored about them: read, export, erase."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Response
from fastapi.concurrency import run_in_threadpool

from api.auth import CallerDep
from api.deps import ComponentsDep, owner_of
from api.errors import ERROR_RESPONSES, ApiError
from api.quotas import QuotasDep
from api.schemas import ProfileIn
from store.privacy import erase_owner, export_owner
from store.profiles import Profile

router = APIRouter(prefix="/v1/profile", tags=["profile"], responses=ERROR_RESPONSES)


@router.put("")
async def put_profile(
    body: ProfileIn, caller: CallerDep, components: ComponentsDep, quotas: QuotasDep
) -> ProfileIn:
    """Save the profile (replacing any earlier one)."""
    owner = owner_of(caller)
    quotas.consume(caller, "write")
    profile = Profile(**body.model_dump())
    await run_in_threadpool(components.profiles.put, owner, profile)
    return body


@router.get("")
async def get_profile(caller: CallerDep, components: ComponentsDep) -> ProfileIn:
    """The saved profile."""
    profile = await run_in_threadpool(components.profiles.get, owner_of(caller))
    if profile is None:
        raise ApiError(404, "profile_not_found", "No profile yet; save one with PUT /v1/profile.")
    return ProfileIn(**asdict(profile))


@router.delete("", status_code=204)
async def erase(caller: CallerDep, components: ComponentsDep) -> Response:
    """Erase the profile, conversations, messages, feedback and usage of this visitor."""
    await run_in_threadpool(erase_owner, components.database, owner_of(caller))
    return Response(status_code=204)


@router.get("/export")
async def export(caller: CallerDep, components: ComponentsDep) -> dict[str, Any]:
    """Everything stored about this visitor, as JSON."""
    return await run_in_threadpool(export_owner, components.database, owner_of(caller))
