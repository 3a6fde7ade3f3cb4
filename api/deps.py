"""Dependencies that hand routes the objects built at start-up."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.auth import Caller
from api.components import Components
from api.errors import ApiError
from api.settings import Settings
from bot.answer import Visitor
from bot.services.chat import CareerBot


# Async on purpose: FastAPI runs plain ``def`` dependencies in a worker thread.
async def get_components(request: Request) -> Components:
    """The components built in the lifespan."""
    components: Components = request.app.state.components
    return components


async def get_bot(request: Request) -> CareerBot:
    """The chat service."""
    components: Components = request.app.state.components
    return components.bot


async def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def visitor_of(caller: Caller) -> Visitor:
    """The bot's view of a verified caller: whose data, which plan."""
    return Visitor(owner=caller.owner, plan=caller.plan)


def owner_of(caller: Caller) -> str:
    """Whose data this is; anonymous visitors need the widget's anonymous id."""
    if caller.owner is None:
        raise ApiError(
            401,
            "identity_required",
            "Sign in (Authorization: Bearer <token>) or send an X-Anonymous-Id header.",
        )
    return caller.owner


ComponentsDep = Annotated[Components, Depends(get_components)]
BotDep = Annotated[CareerBot, Depends(get_bot)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
