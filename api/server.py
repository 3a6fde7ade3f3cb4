"""The uvicorn configuration ``careerbot serve`` runs with (tests serve the same)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from langchain_core.language_models import BaseChatModel

from api.app import create_app
from api.logs import logging_config
from api.settings import Settings


def server_config(
    settings: Settings,
    host: str,
    port: int,
    log_level: str = "info",
    llm: BaseChatModel | None = None,
    workers: int = 1,
    structured_logs: bool = True,
) -> uvicorn.Config:
    """uvicorn serving ``create_app(settings, llm)``; with ``workers`` > 1, each worker
    process builds its own app from the environment (``api.app:create_app``).

    Proxy headers only from trusted proxies: without ``forwarded_allow_ips`` the client
    address is the TCP peer and ``X-Forwarded-For`` is ignored (uvicorn would otherwise trust
    127.0.0.1), so quotas per address hold. No ``Server`` header; request heads are bounded
    (h11 answers 400 beyond ``max_header_bytes``). ``structured_logs``: every log line in
    ``settings.log_format`` with its request id (tests that serve in a thread keep uvicorn's).
    """
    trusted = settings.forwarded_allow_ips
    app: object = create_app(settings, llm) if workers == 1 else "api.app:create_app"
    logs = logging_config(settings.log_format, log_level) if structured_logs else None
    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        factory=workers > 1,
        workers=workers,
        host=host,
        port=port,
        log_level=log_level,
        log_config=logs or uvicorn.config.LOGGING_CONFIG,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
        server_header=False,
        http="h11",
        h11_max_incomplete_event_size=settings.max_header_bytes,
    )


def serve(config: uvicorn.Config) -> bool:
    """Run ``config`` in this process, or its workers under uvicorn's supervisor (which
    restarts a worker that dies); False if the one process failed to start."""
    if config.workers > 1:
        from uvicorn.supervisors import Multiprocess

        Multiprocess(config, sockets=[config.bind_socket()]).run()
        return True
    server = uvicorn.Server(config)
    server.run()
    return server.started


@contextmanager
def shared_metrics(workers: int) -> Iterator[None]:
    """With several workers, a fresh ``PROMETHEUS_MULTIPROC_DIR`` (unless one is set) where
    each worker writes its counts, so ``/metrics`` from any of them adds up all of them."""
    if workers == 1 or os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        yield
        return
    folder = tempfile.mkdtemp(prefix="careerbot-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    try:
        yield
    finally:
        shutil.rmtree(folder, ignore_errors=True)
