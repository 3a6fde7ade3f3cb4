"""One pure ASGI middleware for HTTP hygiene: security headers, no caching of private data,
and a bound on the size of request headers."""

from __future__ import annotations

import json

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Answers, history, profiles and exports are one visitor's data: no cache may keep them.
PRIVATE_PATHS = ("/v1/chat", "/v1/conversations/", "/v1/profile", "/v1/advice")
# HTML that sets no policy of its own (the API docs) may still never be framed.
FRAME_POLICY = "frame-ancestors 'none'"


class Hardening:
    """Adds ``X-Content-Type-Options``, ``Referrer-Policy``, a framing policy on HTML and
    ``Cache-Control: no-store`` on private responses; headers over ``max_header_bytes`` get
    a JSON 431 before the app sees them."""

    def __init__(self, app: ASGIApp, max_header_bytes: int = 16384) -> None:
        self.app = app
        self.max_header_bytes = max_header_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        size = sum(len(name) + len(value) + 4 for name, value in scope["headers"])
        if size > self.max_header_bytes:
            await _too_large(size, self.max_header_bytes, send)
            return
        private = str(scope["path"]).startswith(PRIVATE_PATHS)

        async def send_hardened(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
                html = headers.get("content-type", "").startswith("text/html")
                if html and "content-security-policy" not in headers:
                    headers["Content-Security-Policy"] = FRAME_POLICY
                if private:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_hardened)


async def _too_large(size: int, limit: int, send: Send) -> None:
    """A 431 in the API's error shape."""
    body = json.dumps(
        {
            "error": "headers_too_large",
            "message": f"the request headers are {size:,} bytes; the limit is {limit:,}",
            "details": [],
        }
    ).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"connection", b"close"),
    ]
    await send({"type": "http.response.start", "status": 431, "headers": headers})
    await send({"type": "http.response.body", "body": body})
