"""The FastAPI application: ``create_app(settings)`` builds everything in the lifespan."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.components import build_components
from api.deps import ComponentsDep
from api.errors import install_error_handlers
from api.pages import render_index
from api.routes import chat, guides
from api.settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    """The careerbot API for ``settings`` (read from the environment when omitted)."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.components = await run_in_threadpool(build_components, settings)
        yield

    app = FastAPI(
        title="careerbot",
        summary="Career answers from career guides, each statement cited to its section.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    install_error_handlers(app)

    @app.middleware("http")
    async def server_timing(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.2f}"
        return response

    app.include_router(chat.router)
    app.include_router(guides.router)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(components: ComponentsDep) -> HTMLResponse:
        return HTMLResponse(render_index(components.guides))

    return app
