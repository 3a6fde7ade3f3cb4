"""Request and response bodies of the HTTP API."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.answer import AdviceReply, Citation, Reply

NOT_UNICODE = (
    "text must be valid Unicode; it contains a lone surrogate (\\ud800-\\udfff), "
    "which cannot be stored: send the character's full pair or remove it"
)


class RequestBody(BaseModel):
    """A request body: unknown fields and text that cannot be stored as UTF-8 are refused."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _storable(cls, value: object) -> object:
        texts = value if isinstance(value, list) else [value]
        for text in texts:
            if isinstance(text, str) and not text.isascii():
                try:
                    text.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValueError(NOT_UNICODE) from None
        return value


class ChatRequest(RequestBody):
    """A visitor's message."""

    model_config = ConfigDict(str_strip_whitespace=False)

    message: str = Field(
        description="The visitor's question (1 to 2,000 characters).",
        json_schema_extra={"minLength": 1},  # checked by _not_blank, with a clearer message
    )
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


class ChatResponse(BaseModel):
    """The bot's answer."""

    conversation_id: str
    message_id: str
    answer: str
    mode: Literal["cited", "refusal", "clarify", "advice", "support"]
    citations: list[Citation]  # [n] in the answer refers to the citation with id n
    suggestions: list[str]

    @classmethod
    def of(cls, reply: Reply) -> ChatResponse:
        """The ``/v1/chat`` body for a reply (the CLI's ``--json`` prints the same)."""
        return cls(
            conversation_id=reply.conversation_id,
            message_id=reply.message_id,
            answer=reply.answer,
            mode=reply.mode.value,
            citations=reply.citations,
            suggestions=reply.suggestions,
        )


class PlanItemOut(BaseModel):
    """One item of the computed plan and the citation that backs it."""

    text: str
    citation: int | None


class MoveItemOut(BaseModel):
    """One item of a career move (``shared``, ``build``, ``entry``, ``pay``, ``tier``,
    ``certification``, ``alternative``, ``goals``) and the citations that back it."""

    kind: str
    text: str
    citations: list[int]


class MoveCareerOut(BaseModel):
    """The guide the visitor's current role was matched to, and why."""

    career: str
    guide: str
    reason: str


class MoveGoalOut(BaseModel):
    """The goal career and why it is the goal (your goal, this page's, suggested)."""

    career: str
    guide: str
    why: str


class MoveOut(BaseModel):
    """From the visitor's current role to a goal career: shared skills, skills to build,
    entry, pay, nearby roles; every item cited."""

    role: str | None
    current: MoveCareerOut | None
    goal: MoveGoalOut
    suggested_goals: list[str]
    items: list[MoveItemOut]


class PlanOut(BaseModel):
    """Where the visitor stands on the career ladder and what they lack, every item cited."""

    career: str
    years_experience: float | None
    tier: PlanItemOut | None
    next_tier: PlanItemOut | None
    salary: PlanItemOut | None
    next_salary: PlanItemOut | None
    missing_skills: list[PlanItemOut]
    missing_certifications: list[PlanItemOut]
    move: MoveOut | None = None


class AdviceResponse(ChatResponse):
    """Personalised advice: the answer and the computed plan (null when the question was
    answered with crisis resources or refused)."""

    plan: PlanOut | None

    @classmethod
    def from_advice(cls, reply: AdviceReply) -> AdviceResponse:
        """The ``/v1/advice`` body for an advice reply."""
        plan = PlanOut.model_validate(reply.plan) if reply.plan else None
        return cls(**ChatResponse.of(reply).model_dump(), plan=plan)


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


class FigureOut(BaseModel):
    """A charted figure of an answer."""

    label: str
    value: float
    text: str


class MessageOut(BaseModel):
    """A message of a conversation's history."""

    id: str
    role: Literal["user", "assistant"]
    text: str
    mode: str | None = None
    citations: list[Citation] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    figures: list[FigureOut] = Field(default_factory=list)
    created_at: datetime
    answered: bool = Field(
        True,
        description="False on a visitor's message no answer was stored for (the server "
        "stopped mid-answer, or the answer is still being written): ask it again.",
    )
    rating: Literal["up", "down"] | None = Field(
        None, description="Your vote on this answer, if you gave one (one vote per answer)."
    )


class ConversationOut(BaseModel):
    """A conversation's history, oldest message first."""

    conversation_id: str
    messages: list[MessageOut]


class FeedbackIn(RequestBody):
    """A thumbs up or down on one answer, with an optional comment."""

    conversation_id: str = Field(max_length=64)
    message_id: str = Field(max_length=64)
    rating: Literal["up", "down"]
    comment: str | None = Field(None, max_length=1000)

    @field_validator("comment")
    @classmethod
    def _blank_is_none(cls, comment: str | None) -> str | None:
        return comment.strip() or None if comment is not None else None


class FeedbackOut(BaseModel):
    """The stored feedback's id."""

    id: str


class ProfileIn(RequestBody):
    """What a visitor tells us about themselves (all optional, bounded)."""

    current_role: str | None = Field(None, max_length=120)
    years_experience: float | None = Field(None, ge=0, le=60, strict=True)
    skills: list[Annotated[str, Field(min_length=1, max_length=80)]] = Field(
        default_factory=list, max_length=50
    )
    certifications: list[Annotated[str, Field(min_length=1, max_length=120)]] = Field(
        default_factory=list, max_length=30
    )
    education: str | None = Field(None, max_length=200)
    location: str | None = Field(None, max_length=120)
    goal_career: str | None = Field(None, max_length=120)


class AdviceIn(RequestBody):
    """A Plus subscriber's request for personalised advice."""

    question: str | None = Field(None, max_length=2000)
    career: str | None = Field(None, max_length=120)
