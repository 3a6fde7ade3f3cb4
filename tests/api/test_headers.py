"""HTTP hygiene: security headers on every response, private data never cached, bounded
request headers, and API docs served from this server."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest
from fastapi.testclient import TestClient

from tests.api.test_api import chat

PAGES = ["/", "/guides/production-technician", "/docs", "/redoc"]
VISITOR = {"X-Anonymous-Id": "headers-visitor"}


def test_every_response_says_nosniff_and_a_referrer_policy(client: TestClient) -> None:
    responses = [
        client.get(path)
        for path in [*PAGES, "/health", "/v1/guides", "/widget.js", "/openapi.json", "/nope"]
    ]
    responses.append(client.post("/v1/chat", json={"message": ""}))
    responses.append(client.options("/v1/chat"))
    for response in responses:
        assert response.headers["x-content-type-options"] == "nosniff", response.url
        assert response.headers["referrer-policy"] == "strict-origin-when-cross-origin"


@pytest.mark.parametrize("path", PAGES)
def test_no_html_page_can_be_framed(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]


@pytest.mark.parametrize(
    ("path", "assets"),
    [
        ("/docs", ["/docs-assets/swagger-ui.css", "/docs-assets/swagger-ui-bundle.js"]),
        ("/redoc", ["/docs-assets/redoc.standalone.js"]),
    ],
)
def test_api_docs_load_only_assets_of_this_server(
    client: TestClient, path: str, assets: list[str]
) -> None:
    response = client.get(path)
    page = response.text
    links = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert set(assets) <= set(links)
    assert all(link.startswith("/") for link in links), links
    for link in links:
        assert client.get(link).status_code == 200, link
    # The only inline script, the one starting the UI, is allowed by its hash, nothing else.
    policy = response.headers["content-security-policy"]
    inline = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    digests = {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() for s in inline}
    allowed = set(re.findall(r"'sha256-([^']+)'", policy))
    assert allowed == digests
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]


def test_private_responses_are_never_cached(client: TestClient) -> None:
    answer = chat(client, message="is the job stressful?")
    conversation = answer["conversation_id"]
    with client.stream("POST", "/v1/chat/stream", json={"message": "what tools?"}) as streamed:
        stream_cache = streamed.headers["cache-control"]
    responses = [
        client.post("/v1/chat", json={"message": "what does it pay?"}),
        client.get(f"/v1/conversations/{conversation}"),
        client.put("/v1/profile", json={"location": "Ohio"}, headers=VISITOR),
        client.get("/v1/profile", headers=VISITOR),
        client.get("/v1/profile/export", headers=VISITOR),
        client.post("/v1/chat", json={"message": ""}),  # errors too
    ]
    assert stream_cache == "no-store"
    for response in responses:
        assert response.headers["cache-control"] == "no-store", response.url
    assert client.get("/widget.js").headers["cache-control"] == "public, max-age=300"


def test_oversized_request_headers_are_a_431(client: TestClient) -> None:
    response = client.get("/health", headers={"X-Padding": "x" * 20_000})
    assert response.status_code == 431
    body = response.json()
    assert body["error"] == "headers_too_large"
    assert "the limit is 16,384" in body["message"]
    assert client.get("/health").status_code == 200
