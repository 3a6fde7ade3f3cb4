"""What the widget's Plus UI needs: the caller's plan, career-title autocomplete, ``/plus.js``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response
from fastapi.responses import FileResponse
from pydantic import BaseModel

from api.auth import CallerDep, Plan
from api.deps import ComponentsDep
from api.errors import ERROR_RESPONSES
from api.routes.site import STATIC_DIR

router = APIRouter(responses=ERROR_RESPONSES)
NO_STORE = {"Cache-Control": "no-store"}


class MeOut(BaseModel):
    """The caller as the server verified them."""

    plan: Plan
    signed_in: bool


class CareerOut(BaseModel):
    """A career a job title names, for autocomplete."""

    slug: str
    name: str
    matched: str | None  # the alternative title that matched, when the name did not
    url: str


@router.get("/v1/me", tags=["profile"])
def me(caller: CallerDep, response: Response) -> MeOut:
    """The plan of the verified token (``free`` without one); the widget loads the Plus UI
    only when this says ``plus``."""
    response.headers.update(NO_STORE)
    return MeOut(plan=caller.plan, signed_in=caller.user_id is not None)


@router.get("/v1/careers", tags=["guides"])
def careers(
    components: ComponentsDep,
    q: Annotated[str, Query(max_length=100, description="job title words to look for")] = "",
    limit: Annotated[int, Query(ge=1, le=50, description="most careers to return")] = 10,
) -> list[CareerOut]:
    """Careers whose titles or alternative titles contain every word of ``q`` (as the guide
    index searches), whole-title matches first; an empty ``q`` lists them A to Z."""
    hits = components.catalogue.search(q.strip())[:limit]
    return [
        CareerOut(slug=h.slug, name=h.name, matched=h.matched, url=f"/guides/{h.slug}")
        for h in hits
    ]


@router.get("/plus.js", include_in_schema=False)
def plus_script() -> FileResponse:
    """The Plus UI, a second script ``/widget.js`` loads for Plus visitors only."""
    return FileResponse(
        STATIC_DIR / "plus.js",
        media_type="text/javascript; charset=utf-8",
        headers={"Cache-Control": "public, max-age=300"},
    )
