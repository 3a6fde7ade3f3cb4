"""What the widget relies on: history, feedback, CORS, the script and the demo page."""

from __future__ import annotations

import gzip
import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.components import Components
from api.settings import Settings
from store.feedback import AlreadyVotedError
from tests.api.test_api import chat, stream


def test_history_returns_the_conversation_with_citations(client: TestClient) -> None:
    first = chat(client, message="what's the salary for a production technician?")
    second = chat(client, message="and at senior level?", conversation_id=first["conversation_id"])
    history = client.get(f"/v1/conversations/{first['conversation_id']}").json()
    assert history["conversation_id"] == first["conversation_id"]
    messages = history["messages"]
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert messages[2]["text"] == "and at senior level?"
    assert messages[3]["id"] == second["message_id"]
    assert messages[3]["text"] == second["answer"]
    assert messages[3]["citations"] == second["citations"]
    assert [f["text"] for f in messages[1]["figures"]] == ["$46,950", "$58,500", "$70,050"]


def test_unknown_conversation_history_is_a_404(client: TestClient) -> None:
    response = client.get("/v1/conversations/nope")
    assert response.status_code == 404
    assert response.json()["error"] == "conversation_not_found"


def test_feedback_is_stored(client: TestClient, components: Components) -> None:
    answer = chat(client, message="is the job stressful?")
    body = {
        "conversation_id": answer["conversation_id"],
        "message_id": answer["message_id"],
        "rating": "down",
        "comment": "  Too short  ",
    }
    response = client.post("/v1/feedback", json=body)
    assert response.status_code == 201
    rows = components.feedback.of_conversation(answer["conversation_id"])
    assert [(r.id, r.rating, r.comment) for r in rows] == [
        (response.json()["id"], "down", "Too short")
    ]


@pytest.mark.parametrize(
    ("change", "status", "error"),
    [
        ({"rating": "meh"}, 422, "invalid_request"),
        ({"comment": "x" * 1001}, 422, "invalid_request"),
        ({"conversation_id": "nope"}, 404, "conversation_not_found"),
        ({"message_id": "nope"}, 404, "answer_not_found"),
        ({"extra": 1}, 422, "invalid_request"),
    ],
)
def test_bad_feedback_gets_a_clear_4xx(
    client: TestClient, change: dict[str, Any], status: int, error: str
) -> None:
    answer = chat(client, message="what tools do they use?")
    body = {
        "conversation_id": answer["conversation_id"],
        "message_id": answer["message_id"],
        "rating": "up",
    } | change
    response = client.post("/v1/feedback", json=body)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_feedback_on_a_visitor_message_is_refused(client: TestClient) -> None:
    answer = chat(client, message="what tools do they use?")
    history = client.get(f"/v1/conversations/{answer['conversation_id']}").json()
    question_id = history["messages"][0]["id"]
    body = {"conversation_id": answer["conversation_id"], "message_id": question_id, "rating": "up"}
    assert client.post("/v1/feedback", json=body).status_code == 404


def test_an_answer_takes_one_vote(client: TestClient, components: Components) -> None:
    answer = chat(client, message="what hours do they work?")
    vote = {"conversation_id": answer["conversation_id"], "message_id": answer["message_id"]}
    assert client.post("/v1/feedback", json=vote | {"rating": "up"}).status_code == 201
    for _ in range(3):
        again = client.post("/v1/feedback", json=vote | {"rating": "down", "comment": "changed"})
        assert again.status_code == 409
        assert again.json()["error"] == "already_voted"
        assert "already has your rating" in again.json()["message"]
    rows = components.feedback.of_conversation(answer["conversation_id"])
    assert [(r.rating, r.comment) for r in rows] == [("up", None)]


def test_history_says_which_answers_have_your_vote(client: TestClient) -> None:
    first = chat(client, message="what hours do they work?")
    second = chat(client, message="is it stressful?", conversation_id=first["conversation_id"])
    vote = {"conversation_id": first["conversation_id"], "message_id": second["message_id"]}
    assert client.post("/v1/feedback", json=vote | {"rating": "down"}).status_code == 201
    history = client.get(f"/v1/conversations/{first['conversation_id']}").json()
    ratings = [(m["id"], m["rating"]) for m in history["messages"] if m["role"] == "assistant"]
    assert ratings == [(first["message_id"], None), (second["message_id"], "down")]


def test_concurrent_votes_on_one_answer_store_one(
    client: TestClient, components: Components
) -> None:
    answer = chat(client, message="is the job physically demanding?")
    barrier = threading.Barrier(8)

    def vote(rating: str) -> str:
        barrier.wait()
        try:
            components.feedback.add(
                answer["conversation_id"], answer["message_id"], rating, None, None
            )
        except AlreadyVotedError:
            return "refused"
        return "stored"

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(vote, ["up", "down"] * 4))
    assert sorted(outcomes) == ["refused"] * 7 + ["stored"]
    assert len(components.feedback.of_conversation(answer["conversation_id"])) == 1


def test_salary_stream_carries_figures_for_the_chart(client: TestClient) -> None:
    events = stream(client, message="what does a production technician earn?")
    names = [name for name, _ in events]
    assert names.index("figures") < names.index("citations")
    figures = next(data for name, data in events if name == "figures")["figures"]
    assert [(f["label"], f["value"]) for f in figures] == [
        ("Entry level", 46950),
        ("Median", 58500),
        ("Senior level", 70050),
    ]


def test_widget_script_and_demo_page(client: TestClient) -> None:
    script = client.get("/widget.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert len(gzip.compress(script.content, 9)) <= 14 * 1024  # the budget, gzipped
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert forbidden not in script.text
    demo = client.get("/")
    assert demo.status_code == 200
    assert '<script src="/widget.js" data-career="production-technician" defer>' in demo.text
    assert 'id="required-education"' in demo.text
    policy = demo.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.fixture(scope="module")
def cors_client(settings: Settings) -> Iterator[TestClient]:
    allowed = settings.model_copy(update={"allowed_origins": ["https://guides.example"]})
    with TestClient(create_app(allowed)) as test_client:
        yield test_client


def test_cors_allows_only_configured_origins(cors_client: TestClient) -> None:
    body = json.dumps({"message": "what does a production technician earn?"})
    headers = {"content-type": "application/json"}
    allowed = cors_client.post(
        "/v1/chat", content=body, headers=headers | {"origin": "https://guides.example"}
    )
    assert allowed.headers["access-control-allow-origin"] == "https://guides.example"
    other = cors_client.post(
        "/v1/chat", content=body, headers=headers | {"origin": "https://evil.example"}
    )
    assert other.status_code == 200
    assert "access-control-allow-origin" not in other.headers
    preflight = cors_client.options(
        "/v1/chat/stream",
        headers={
            "origin": "https://guides.example",
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type,authorization",
        },
    )
    assert preflight.status_code == 200
    assert "authorization" in preflight.headers["access-control-allow-headers"].lower()


def test_allowed_origins_read_from_a_comma_separated_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAREERBOT_ALLOWED_ORIGINS", "https://a.example, https://b.example/")
    assert Settings().allowed_origins == ["https://a.example", "https://b.example"]
