"""Request and response bodies of the HTTP API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class ChatRequest(BaseModel):
    """A visitor's message."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    message: str = Field(description="The visitor's question (1 to 2,000 characters).")
    conversation_id: str | None = Field(
        None, max_length=64, description="Continue this conversation; null starts a new one."
    )
    career: str | None = Field(
        None, max_length=120, description="Slug of the guide page the visitor is on."
    )

    @field_validator("message")
    @classmethod
    def _not_blank(cls, message: str) -> str:
        if not message.strip():
            raise ValueError("message must not be empty or only whitespace")
        return message.strip()


class CitationOut(BaseModel):
    """A numbered source; ``[n]`` in the answer refers to ``id`` n."""

    id: int
    guide: str
    guide_title: str
    section: str
    url: str
    snippet: str


class ChatResponse(BaseModel):
    """The bot's answer."""

    conversation_id: str
    message_id: str
    answer: str
    mode: Literal["cited", "refusal", "clarify", "advice"]
    citations: list[CitationOut]
    suggestions: list[str]


class SectionOut(BaseModel):
    """A section of a guide and where it lives."""

    title: str
    path: str
    anchor: str
    url: str
    level: int


class GuideOut(BaseModel):
    """A guide the bot answers from."""

    slug: str
    title: str
    career: str
    url: str
    sections: list[SectionOut]


class HealthOut(BaseModel):
    """Service status."""

    status: Literal["ok"]
    guides: int
    chunks: int


class ErrorOut(BaseModel):
    """Every error response: a stable code, a readable message, and details if any."""

    error: str
    message: str
    details: list[dict[str, str]] = Field(default_factory=list)
