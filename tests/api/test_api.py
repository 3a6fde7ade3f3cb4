"""The HTTP contract: JSON chat, streamed chat, guides, health and clear 4xx errors."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fastapi.testclient import TestClient

CHAT_KEYS = {"conversation_id", "message_id", "answer", "mode", "citations", "suggestions"}


def chat(client: TestClient, **body: Any) -> dict[str, Any]:
    response = client.post("/v1/chat", json=body)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def stream(client: TestClient, **body: Any) -> list[tuple[str, Any]]:
    with client.stream("POST", "/v1/chat/stream", json=body) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        text = "".join(response.iter_text())
    events = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        if "event" in fields:
            events.append((fields["event"], json.loads(fields["data"])))
    return events


def test_chat_returns_a_cited_answer(client: TestClient) -> None:
    data = chat(client, message="How do I become a production technician?", conversation_id=None)
    assert set(data) == CHAT_KEYS
    assert data["mode"] == "cited"
    citation = data["citations"][0]
    assert set(citation) == {"id", "guide", "guide_title", "section", "url", "snippet"}
    assert citation["url"] == "/guides/production-technician#path-to-production-technician"
    assert "[1]" in data["answer"]


def test_citation_links_land_on_a_section_of_the_guide_page(client: TestClient) -> None:
    data = chat(client, message="what certifications should I get?")
    page = client.get("/guides/production-technician")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    for citation in data["citations"]:
        anchor = citation["url"].split("#", 1)[1]
        assert re.search(rf'<h[23] id="{re.escape(anchor)}">', page.text), anchor


def test_conversation_continues_server_side(client: TestClient) -> None:
    first = chat(client, message="what's the salary for a production technician?")
    second = chat(client, message="and at senior level?", conversation_id=first["conversation_id"])
    assert second["conversation_id"] == first["conversation_id"]
    assert "$70,050" in second["answer"]


def test_stream_sends_meta_deltas_citations_suggestions_done(client: TestClient) -> None:
    question = "how do I become a production technician"
    events = stream(client, message=question)
    names = [name for name, _ in events]
    assert names[0] == "meta"
    assert names[-1] == "done"
    assert names.count("delta") >= 3
    assert names[-3:] == ["citations", "suggestions", "done"]
    streamed = "".join(data["text"] for name, data in events if name == "delta")
    meta = events[0][1]
    expected = chat(client, message=question)
    assert streamed == expected["answer"]
    citations = next(data for name, data in events if name == "citations")["citations"]
    assert citations == expected["citations"]
    assert meta["conversation_id"]
    assert meta["message_id"]


def test_guides_and_health(client: TestClient) -> None:
    guides = client.get("/v1/guides").json()
    assert [g["slug"] for g in guides] == ["production-technician"]
    sections = guides[0]["sections"]
    assert {"title": "Required Education", "path": "Required Education"}.items() <= sections[
        12
    ].items()
    health = client.get("/health").json()
    assert health["status"] == "ok"
    assert health["chunks"] > 40
    assert health["guides"] == 1


@pytest.mark.parametrize(
    ("body", "status", "error", "mentions"),
    [
        ({"message": ""}, 422, "invalid_request", "empty"),
        ({"message": "   \n\t "}, 422, "invalid_request", "empty"),
        ({"message": "x" * 2001}, 422, "message_too_long", "2,000"),
        ({"message": 42}, 422, "invalid_request", "message"),
        ({"message": ["a"]}, 422, "invalid_request", "message"),
        ({}, 422, "invalid_request", "message"),
        ({"message": "hi", "conversation_id": 7}, 422, "invalid_request", "conversation_id"),
        ({"message": "hi", "conversation_id": "nope"}, 404, "conversation_not_found", "null"),
        ({"message": "hi", "career": "astronaut"}, 422, "unknown_career", "production-technician"),
        ({"message": "hi", "sneaky": True}, 422, "invalid_request", "sneaky"),
    ],
)
@pytest.mark.parametrize("path", ["/v1/chat", "/v1/chat/stream"])
def test_bad_input_gets_a_clear_4xx(
    client: TestClient, path: str, body: Any, status: int, error: str, mentions: str
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    data = response.json()
    assert data["error"] == error
    assert mentions in json.dumps(data)


def test_malformed_json_is_a_400(client: TestClient) -> None:
    for payload in ('{"message": "hi"', "not json", ""):
        response = client.post(
            "/v1/chat", content=payload, headers={"content-type": "application/json"}
        )
        assert response.status_code in (400, 422)
        assert response.json()["error"] in ("malformed_json", "invalid_request")
    response = client.post(
        "/v1/chat", content='{"message": "hi"', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400


def test_unknown_guide_page_is_a_json_404(client: TestClient) -> None:
    response = client.get("/guides/astronaut")
    assert response.status_code == 404
    assert response.json()["error"] == "not_found"


def test_guide_page_escapes_text(client: TestClient) -> None:
    response = client.get("/guides/production-technician")
    page = response.text
    assert "Pros &amp; Cons for Production Technician" in page
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts == ['<script src="/widget.js" data-career="production-technician" defer>']
    assert "script-src 'self'" in response.headers["content-security-policy"]


def post_raw(client: TestClient, path: str, body: str, method: str = "POST") -> Any:
    """``body`` sent as written: JSON escapes such as a lone ``\\ud800`` reach the server."""
    return client.request(
        method, path, content=body.encode(), headers={"content-type": "application/json"}
    )


@pytest.mark.parametrize("path", ["/v1/chat", "/v1/chat/stream"])
def test_a_lone_surrogate_is_a_clear_422_and_nothing_is_stored(
    client: TestClient, path: str
) -> None:
    first = chat(client, message="is the job stressful?")
    follow_up = (
        f'{{"message": "and \\udfff pay?", "conversation_id": "{first["conversation_id"]}"}}'
    )
    for body in ('{"message": "pay \\ud800 ?"}', follow_up):
        response = post_raw(client, path, body)
        assert response.status_code == 422
        data = response.json()
        assert data["error"] == "invalid_request"
        assert data["details"][0]["field"] == "message"
        assert "lone surrogate" in data["message"]
    history = client.get(f"/v1/conversations/{first['conversation_id']}").json()
    assert len(history["messages"]) == 2
    assert chat(client, message="pay \U0001f600 ok?")["answer"]  # a whole pair is fine


@pytest.mark.parametrize(
    ("method", "path", "body", "field"),
    [
        ("PUT", "/v1/profile", '{"current_role": "weld\\ud83d"}', "current_role"),
        ("PUT", "/v1/profile", '{"skills": ["PLC", "\\udc00"]}', "skills"),
        ("PUT", "/v1/profile", '{"location": "Ohio \\udbff"}', "location"),
        ("POST", "/v1/advice", '{"question": "what next \\ud800"}', "question"),
        (
            "POST",
            "/v1/feedback",
            '{"conversation_id": "c", "message_id": "m", "rating": "up", "comment": "\\ud800"}',
            "comment",
        ),
    ],
)
def test_a_lone_surrogate_in_any_text_field_is_a_422(
    client: TestClient, method: str, path: str, body: str, field: str
) -> None:
    response = client.request(
        method,
        path,
        content=body.encode(),
        headers={"content-type": "application/json", "X-Anonymous-Id": "surrogate-visitor"},
    )
    assert response.status_code == 422
    data = response.json()
    assert data["error"] == "invalid_request"
    assert data["details"][0]["field"].startswith(field)
    assert "lone surrogate" in data["message"]


def test_the_schema_declares_what_the_server_checks(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    message = schema["components"]["schemas"]["ChatRequest"]["properties"]["message"]
    assert message["minLength"] == 1
    missing_page = schema["paths"]["/guides/{slug}"]["get"]["responses"]["404"]
    assert missing_page["content"] == {
        "application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}
    }


@pytest.mark.parametrize(("value", "status"), [(True, 422), ("3", 422), (3, 200), (2.5, 200)])
def test_years_of_experience_must_be_a_number(client: TestClient, value: Any, status: int) -> None:
    response = client.put(
        "/v1/profile",
        json={"years_experience": value},
        headers={"X-Anonymous-Id": "years-visitor"},
    )
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["years_experience"] == value


@pytest.mark.parametrize(
    ("method", "path", "allow"), [("GET", "/v1/chat", "POST"), ("POST", "/health", "GET")]
)
def test_a_wrong_method_is_a_405_that_says_which_are_allowed(
    client: TestClient, method: str, path: str, allow: str
) -> None:
    response = client.request(method, path)
    assert response.status_code == 405
    assert response.headers["allow"] == allow
    assert response.json()["error"] == "method_not_allowed"
