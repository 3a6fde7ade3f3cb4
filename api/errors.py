"""Every failure becomes a JSON body ``{"error", "message", "details"}`` with a 4xx status."""

from __future__ import annotations

import logging

from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from api.auth import TokenError
from api.quotas import QuotaExceededError
from api.schemas import ErrorOut
from bot.services.protocol import UnknownCareerError
from store.conversations import ConversationNotFoundError
from store.feedback import AlreadyVotedError, AnswerNotFoundError

log = logging.getLogger(__name__)


# The error responses every API route may give, for the OpenAPI schema.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    400: {"model": ErrorOut},
    401: {"model": ErrorOut, "description": "Invalid, expired or forged token."},
    404: {"model": ErrorOut},
    422: {"model": ErrorOut},
    429: {"model": ErrorOut, "description": "Over the plan's quota; see Retry-After."},
}


class ApiError(Exception):
    """A client error with its status, stable code and readable message."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status, self.error, self.message = status, error, message


def error_response(
    status: int, error: str, message: str, details: list[dict[str, str]] | None = None
) -> JSONResponse:
    """The one error shape of the API."""
    body = {"error": error, "message": message, "details": details or []}
    return JSONResponse(body, status_code=status)


async def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "malformed_json", "The request body is not valid JSON.")
    details = [
        {
            "field": ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body",
            "message": str(e.get("msg", "invalid")).removeprefix("Value error, "),
        }
        for e in errors
    ]
    summary = "; ".join(f"{d['field']}: {d['message']}" for d in details)
    return error_response(422, "invalid_request", summary, details)


async def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.error, exc.message)


async def _not_found(_: Request, exc: Exception) -> JSONResponse:
    return error_response(404, "conversation_not_found", str(exc))


async def _answer_not_found(_: Request, exc: Exception) -> JSONResponse:
    return error_response(404, "answer_not_found", str(exc))


async def _already_voted(_: Request, exc: Exception) -> JSONResponse:
    return error_response(409, "already_voted", str(exc))


async def _unknown_career(_: Request, exc: Exception) -> JSONResponse:
    return error_response(422, "unknown_career", str(exc))


async def _invalid_token(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, TokenError)
    response = error_response(401, "invalid_token", exc.reason)
    response.headers["WWW-Authenticate"] = "Bearer"
    return response


async def _rate_limited(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, QuotaExceededError)
    route = getattr(request.scope.get("route"), "path", request.url.path)
    request.app.state.metrics.rate_limited.labels(route).inc()
    body = {
        "error": "rate_limited",
        "message": str(exc),
        "details": [],
        "retry_after": exc.retry_after,
    }
    return JSONResponse(body, status_code=429, headers={"Retry-After": str(exc.retry_after)})


async def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    codes = {
        404: "not_found",
        405: "method_not_allowed",
        413: "too_large",
        415: "unsupported_media_type",
    }
    error = codes.get(exc.status_code, "http_error")
    response = error_response(exc.status_code, error, str(exc.detail))
    response.headers.update(exc.headers or {})  # e.g. Allow on a 405
    return response


async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    response = error_response(
        500, "internal_error", "Something went wrong on our side; please retry."
    )
    # Sent from outside the middleware that adds it: the id ties the report to the log.
    response.headers["X-Request-ID"] = correlation_id.get() or ""
    return response


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(ConversationNotFoundError, _not_found)
    app.add_exception_handler(UnknownCareerError, _unknown_career)
    app.add_exception_handler(AnswerNotFoundError, _answer_not_found)
    app.add_exception_handler(AlreadyVotedError, _already_voted)
    app.add_exception_handler(TokenError, _invalid_token)
    app.add_exception_handler(QuotaExceededError, _rate_limited)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
