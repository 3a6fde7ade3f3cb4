"""The FastAPI application: ``create_app(settings)`` builds everything in the lifespan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from langchain_core.language_models import BaseChatModel
from prometheus_client import CollectorRegistry

from api.components import build_components
from api.errors import install_error_handlers
from api.hardening import Hardening
from api.metrics import Metrics, WriterCounter
from api.reload import start_following
from api.routes import advice, chat, conversations, docs, guides, ops, plus, profile, site
from api.settings import Settings
from api.timing import ServerTiming
from api.version import version


def create_app(settings: Settings | None = None, llm: BaseChatModel | None = None) -> FastAPI:
    """The careerbot API for ``settings`` (read from the environment when omitted); ``llm``
    replaces the configured chat model (tests pass a LangChain fake)."""
    settings = settings or Settings()
    metrics = Metrics(CollectorRegistry(auto_describe=True))
    writer_counter = WriterCounter(metrics)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.components = await run_in_threadpool(build_components, settings, None, llm)
        if app.state.components.ingested is not None:
            metrics.ingest_runs.labels("startup", app.state.components.ingested).inc()
        app.state.components.start_model()
        writer_counter.attach()
        follower = start_following(app)
        yield
        writer_counter.detach()
        if follower is not None:
            follower.cancel()
        await run_in_threadpool(app.state.components.close)
        quotas = getattr(app.state, "quotas", None)
        if quotas is not None:
            quotas.close()

    app = FastAPI(
        title="careerbot",
        summary="Career answers from career guides, each statement cited to its section.",
        version=version(),
        lifespan=lifespan,
        docs_url=None,  # served by api/routes/docs.py, assets local
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.metrics = metrics
    install_error_handlers(app)
    metrics.install(app)

    app.add_middleware(ServerTiming)
    if settings.allowed_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.allowed_origins,
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["Content-Type", "Authorization", "X-Anonymous-Id"],
            expose_headers=["Retry-After", "Server-Timing", "X-Request-ID"],
            max_age=600,
        )
    app.add_middleware(Hardening, max_header_bytes=settings.max_header_bytes)
    app.add_middleware(CorrelationIdMiddleware)  # outermost: X-Request-ID on every response
    app.include_router(chat.router)
    app.include_router(conversations.router)
    app.include_router(profile.router)
    app.include_router(advice.router)
    app.include_router(guides.router)
    app.include_router(site.router)
    app.include_router(plus.router)
    app.include_router(docs.router)
    app.include_router(ops.router)
    app.mount("/static", StaticFiles(directory=site.STATIC_DIR), name="static")
    app.mount(docs.ASSETS_URL, docs.assets(), name="docs-assets")

    return app
