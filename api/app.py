"""The FastAPI application: ``create_app(settings)`` builds everything in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from api.components import build_components
from api.deps import ComponentsDep
from api.errors import install_error_handlers
from api.pages import render_index
from api.routes import chat, guides
from api.settings import Settings
from api.timing import ServerTiming


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

    app.add_middleware(ServerTiming)
    app.include_router(chat.router)
    app.include_router(guides.router)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(components: ComponentsDep) -> HTMLResponse:
        return HTMLResponse(render_index(components.guides))

    return app
