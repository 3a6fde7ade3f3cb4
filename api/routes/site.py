"""The demo page, guide pages' assets and the embeddable ``/widget.js``."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, HTMLResponse

from api.deps import ComponentsDep
from api.pages import HTML_HEADERS, render_guide

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"

router = APIRouter(include_in_schema=False)


@router.get("/", response_class=HTMLResponse)
def demo(components: ComponentsDep) -> HTMLResponse:
    """A realistic guide page (the first guide) with the widget embedded."""
    guide = components.guides[0]
    return HTMLResponse(render_guide(guide, demo=True), headers=HTML_HEADERS)


@router.get("/favicon.ico")
def favicon() -> FileResponse:
    """The site icon browsers ask for (the pages also link ``/static/favicon.svg``)."""
    return FileResponse(
        STATIC_DIR / "favicon.ico",
        media_type="image/x-icon",
        headers={"Cache-Control": "public, max-age=86400"},
    )


@router.get("/widget.js")
def widget() -> FileResponse:
    """The widget script a host page embeds with one tag."""
    return FileResponse(
        STATIC_DIR / "widget.js",
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )
