"""For orchestrators: ``GET /livez`` (the process answers) and ``GET /readyz`` (what it
depends on answers too: database, Chroma, Redis; the LLM service is reported)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import httpx
import redis
from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse
from sqlalchemy import text

from api.components import Components
from api.deps import ComponentsDep
from api.settings import Settings

router = APIRouter(tags=["service"])
log = logging.getLogger(__name__)
CHECK_TIMEOUT_S = 3.0
# Plus answers fall back to the guide when the LLM service is down or busy (a single
# llama.cpp server under load answers nothing else for seconds): reported, not gating, or
# one slow model would take every replica out of the balancer.
OPTIONAL = frozenset({"llm"})


@router.get("/livez")
def livez() -> dict[str, str]:
    """The process is up and serving (restart it if this fails)."""
    return {"status": "ok"}


@router.get("/readyz", responses={503: {"description": "Something it depends on is down."}})
async def readyz(components: ComponentsDep) -> JSONResponse:
    """Ready for traffic: every dependency answered (``degraded``: all but the LLM service);
    else 503 naming what did not."""
    checks = readiness_checks(components)
    names = list(checks)
    results = await asyncio.gather(*(_run(name, checks[name]) for name in names))
    states = dict(zip(names, results, strict=True))
    failing = [name for name, state in states.items() if state != "ok"]
    if not set(failing) - OPTIONAL:
        return JSONResponse({"status": "degraded" if failing else "ready", "checks": states})
    body = {
        "error": "not_ready",
        "message": f"not ready: {', '.join(failing)}",
        "details": [{"field": name, "message": states[name]} for name in failing],
        "checks": states,
    }
    return JSONResponse(body, status_code=503)


def readiness_checks(components: Components) -> dict[str, Callable[[], object]]:
    """What this server depends on, each as a call that raises when it is down."""
    settings: Settings = components.settings
    checks: dict[str, Callable[[], object]] = {
        "database": lambda: _database(components),
        "chroma": components.chunk_count,
    }
    if settings.redis_url:
        checks["redis"] = lambda: _redis(str(settings.redis_url))
    llm_url = settings.llm_base_url  # an OpenAI-compatible LLM service
    if llm_url:
        key = settings.llm_api_key
        secret = key.get_secret_value() if key is not None else None
        checks["llm"] = lambda: llm_service_ready(str(llm_url), secret)
    return checks


async def _run(name: str, check: Callable[[], object]) -> str:
    """``ok``, or why not: the error's type only (its text may carry addresses or secrets)."""
    try:
        await asyncio.wait_for(run_in_threadpool(check), CHECK_TIMEOUT_S)
    except TimeoutError:
        log.warning("readiness: %s did not answer in %.0f s", name, CHECK_TIMEOUT_S)
        return f"no answer in {CHECK_TIMEOUT_S:.0f} s"
    except Exception as error:
        log.warning("readiness: %s failed: %s", name, error)
        return f"unavailable ({type(error).__name__})"
    return "ok"


def _database(components: Components) -> None:
    with components.database.connect() as connection:
        connection.execute(text("SELECT 1"))


def _redis(url: str) -> None:
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    finally:
        client.close()


def llm_service_ready(base_url: str, api_key: str | None = None) -> None:
    """An OpenAI-compatible server answers ``GET {base_url}/models`` (llama.cpp's does)."""
    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    response = httpx.get(f"{base_url.rstrip('/')}/models", headers=headers, timeout=2)
    response.raise_for_status()
