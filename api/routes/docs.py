"""``/docs`` (Swagger UI) and ``/redoc`` with their assets served from here, not a CDN."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

# fastapi-offline ships Swagger UI's and ReDoc's dist files; only its files are used.
ASSETS_DIR = Path(fastapi_offline.__file__).resolve().parent / "static"
ASSETS_URL = "/docs-assets"
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)

router = APIRouter(include_in_schema=False)


def assets() -> StaticFiles:
    """The docs' scripts, stylesheet and icon, to mount at ``ASSETS_URL``."""
    return StaticFiles(directory=ASSETS_DIR)


def _with_policy(page: HTMLResponse) -> HTMLResponse:
    """The page with a CSP allowing only our assets and its own inline start-up script."""
    html = bytes(page.body).decode()
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in INLINE_SCRIPT.findall(html)
    )
    policy = (
        f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
        "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'"
    )
    return HTMLResponse(html, headers={"Content-Security-Policy": policy})


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    """Swagger UI for the OpenAPI schema."""
    spec, title, root = _page(request, "Swagger UI")
    return _with_policy(
        get_swagger_ui_html(
            openapi_url=spec,
            title=title,
            swagger_js_url=f"{root}{ASSETS_URL}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{ASSETS_URL}/swagger-ui.css",
            swagger_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
        )
    )


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    """ReDoc for the OpenAPI schema."""
    spec, title, root = _page(request, "ReDoc")
    return _with_policy(
        get_redoc_html(
            openapi_url=spec,
            title=title,
            redoc_js_url=f"{root}{ASSETS_URL}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{ASSETS_URL}/favicon.png",
            with_google_fonts=False,
        )
    )


def _page(request: Request, viewer: str) -> tuple[str, str, str]:
    """The schema's URL, the page title and the root path (behind a proxy's prefix)."""
    root = str(request.scope.get("root_path", ""))
    return f"{root}{request.app.openapi_url}", f"{request.app.title} - {viewer}", root
