"""The uvicorn configuration ``careerbot serve`` runs with (tests serve the same)."""

from __future__ import annotations

import uvicorn
from langchain_core.language_models import BaseChatModel

from api.app import create_app
from api.settings import Settings


def server_config(
    settings: Settings,
    host: str,
    port: int,
    log_level: str = "info",
    llm: BaseChatModel | None = None,
) -> uvicorn.Config:
    """uvicorn serving ``create_app(settings, llm)``.

    Proxy headers only from trusted proxies: without ``forwarded_allow_ips`` the client
    address is the TCP peer and ``X-Forwarded-For`` is ignored (uvicorn would otherwise trust
    127.0.0.1), so quotas per address hold. No ``Server`` header; request heads are bounded
    (h11 answers 400 beyond ``max_header_bytes``).
    """
    trusted = settings.forwarded_allow_ips
    return uvicorn.Config(
        create_app(settings, llm),
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
        server_header=False,
        http="h11",
        h11_max_incomplete_event_size=settings.max_header_bytes,
    )
