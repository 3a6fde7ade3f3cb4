"""Conversation history and feedback on answers."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool

from api.auth import CallerDep
from api.deps import ComponentsDep
from api.errors import ERROR_RESPONSES
from api.quotas import QuotasDep
from api.schemas import ConversationOut, ErrorOut, FeedbackIn, FeedbackOut, MessageOut

router = APIRouter(prefix="/v1", tags=["conversations"])


@router.get("/conversations/{conversation_id}", responses=ERROR_RESPONSES)
async def conversation(
    conversation_id: str, caller: CallerDep, components: ComponentsDep
) -> ConversationOut:
    """The messages of one of your conversations, so a reloaded page can show it again."""
    store = components.conversations
    await run_in_threadpool(store.require, conversation_id, caller.owner)
    rows = await run_in_threadpool(store.messages, conversation_id)
    unanswered = store.unanswered(rows)
    votes = await run_in_threadpool(components.feedback.of_conversation, conversation_id)
    rating = {vote.message_id: vote.rating for vote in votes}
    messages = [
        MessageOut.model_validate(
            {
                "id": row.id,
                "role": row.role,
                "text": row.text,
                "mode": row.mode,
                "citations": row.citations or [],
                "suggestions": row.suggestions or [],
                "figures": row.figures or [],
                "created_at": row.created_at,
                "answered": row.id not in unanswered,
                "rating": rating.get(row.id),
            }
        )
        for row in rows
    ]
    return ConversationOut(conversation_id=conversation_id, messages=messages)


@router.post(
    "/feedback",
    status_code=201,
    responses=ERROR_RESPONSES
    | {409: {"model": ErrorOut, "description": "This answer already has your vote."}},
)
async def feedback(
    body: FeedbackIn, caller: CallerDep, components: ComponentsDep, quotas: QuotasDep
) -> FeedbackOut:
    """Store a visitor's one rating of an answer of theirs (committed before the response)."""
    quotas.consume(caller, "write")
    feedback_id = await run_in_threadpool(
        components.feedback.add,
        body.conversation_id,
        body.message_id,
        body.rating,
        body.comment,
        caller.owner,
    )
    return FeedbackOut(id=feedback_id)
