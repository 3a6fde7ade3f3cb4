"""The guides: ``GET /v1/guides`` (JSON) and ``GET /guides/{slug}`` (readable HTML)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

from api.deps import ComponentsDep
from api.errors import ERROR_RESPONSES
from api.pages import HTML_HEADERS, render_guide, render_index
from api.schemas import GuideOut, HealthOut, SectionOut
from knowledge.model import Guide

router = APIRouter()


def guide_out(guide: Guide) -> GuideOut:
    """The JSON view of a guide."""
    url = f"/guides/{guide.slug}"
    return GuideOut(
        slug=guide.slug,
        title=guide.title,
        career=guide.career,
        url=url,
        sections=[
            SectionOut(
                title=s.title,
                path=s.path_text,
                anchor=s.anchor,
                url=f"{url}#{s.anchor}",
                level=len(s.path),
            )
            for s in guide.walk()
        ],
    )


@router.get("/health", tags=["service"])
def health(components: ComponentsDep) -> HealthOut:
    """Service status and the size of the index."""
    return HealthOut(status="ok", guides=len(components.guides), chunks=components.served_chunks)


@router.get("/v1/guides", tags=["guides"])
def list_guides(components: ComponentsDep) -> list[GuideOut]:
    """Every guide with its sections and their links."""
    return [guide_out(g) for g in components.guides]


@router.get(
    "/guides", response_class=HTMLResponse, responses={422: ERROR_RESPONSES[422]}, tags=["guides"]
)
def guide_index(
    components: ComponentsDep,
    q: Annotated[str, Query(max_length=100, description="job title words to look for")] = "",
    page: Annotated[int, Query(ge=1, le=100_000, description="page of 50 guides")] = 1,
) -> HTMLResponse:
    """Every guide, A to Z, or those whose titles or alternative titles match ``q``."""
    html = render_index(components.catalogue, q.strip(), page)
    return HTMLResponse(html, headers=HTML_HEADERS)


@router.get(
    "/guides/{slug}",
    response_class=HTMLResponse,
    responses={
        404: {
            "description": "No guide has this slug.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}},
        }
    },
    tags=["guides"],
)
def guide_page(slug: str, components: ComponentsDep) -> HTMLResponse:
    """The guide as a page; every section heading has the ``id`` citations link to."""
    guide = next((g for g in components.guides if g.slug == slug), None)
    if guide is None:
        raise HTTPException(404, f"No guide {slug!r}; see /v1/guides for the list.")
    return HTMLResponse(render_guide(guide), headers=HTML_HEADERS)
