"""The uvicorn configuration ``careerbot serve`` runs with (tests serve the same)."""

from __future__ import annotations

import uvicorn

from api.app import create_app
from api.settings import Settings


def server_config(
    settings: Settings, host: str, port: int, log_level: str = "info"
) -> uvicorn.Config:
    """uvicorn serving ``create_app(settings)``; proxy headers only from trusted proxies.

    Without ``forwarded_allow_ips`` the client address is the TCP peer and ``X-Forwarded-For``
    is ignored (uvicorn would otherwise trust 127.0.0.1), so quotas per address hold.
    """
    trusted = settings.forwarded_allow_ips
    return uvicorn.Config(
        create_app(settings),
        host=host,
        port=port,
        log_level=log_level,
        proxy_headers=bool(trusted),
        forwarded_allow_ips=trusted or None,
    )
