"""Message quotas: per signed-in user, per anonymous id and per client address, with 429s."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from api.auth import Caller, Plan, mint_token
from api.quotas import QuotaExceededError, Quotas
from api.settings import Settings

SECRET = "quota-test-secret-0123456789abcdef0123456789abcdef"
QUESTION = "is the job stressful?"


@pytest.fixture(scope="module")
def app(settings: Settings) -> FastAPI:
    """The app with 3 messages a minute for Free and 5 for Plus, and 2 writes a minute."""
    update = {
        "jwt_secret": SecretStr(SECRET),
        "quota_free": "3/minute",
        "quota_plus": "5/minute",
        "quota_writes": "2/minute",
    }
    return create_app(settings.model_copy(update=update))


@pytest.fixture(scope="module")
def client(app: FastAPI) -> Iterator[TestClient]:
    """A client at the first address; the lifespan runs once."""
    with TestClient(app, client=("198.51.100.1", 50000)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def neighbour(app: FastAPI, client: TestClient) -> TestClient:
    """A client at a second address, sharing the app (and its counters) with ``client``."""
    return TestClient(app, client=("198.51.100.2", 50000))


@pytest.fixture(autouse=True)
def fresh_counters(app: FastAPI) -> None:
    """Every test starts with empty counters (the app builds new quotas on first use)."""
    if hasattr(app.state, "quotas"):
        del app.state.quotas


def send(client: TestClient, path: str = "/v1/chat", **headers: str) -> Any:
    """The response to one message (typed Any: the test client's httpx flavour varies)."""
    return client.post(path, json={"message": QUESTION}, headers=headers)


def signed_in(user: str, plan: Plan) -> dict[str, str]:
    token = mint_token(SECRET, user, plan, timedelta(minutes=5))
    return {"Authorization": f"Bearer {token}"}


def assert_rate_limited(response: Any, limit: str) -> int:
    assert response.status_code == 429
    assert response.headers["content-type"] == "application/json"
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 60
    body = response.json()
    assert set(body) == {"error", "message", "details", "retry_after"}
    assert body["error"] == "rate_limited"
    assert body["details"] == []
    assert body["retry_after"] == retry_after
    assert body["message"].startswith(limit)
    assert f"try again in {retry_after} second" in body["message"]
    return retry_after


def test_a_signed_in_user_gets_their_plan_quota_then_a_429(client: TestClient) -> None:
    plus = signed_in("plus-user", "plus")
    for path in ["/v1/chat", "/v1/chat/stream"] * 2 + ["/v1/chat"]:
        assert send(client, path, **plus).status_code == 200
    assert_rate_limited(send(client, **plus), "Plus subscribers can send 5 messages per minute")
    assert_rate_limited(
        send(client, "/v1/chat/stream", **plus), "Plus subscribers can send 5 messages per minute"
    )

    other = signed_in("another-user", "free")
    assert send(client, **other).status_code == 200  # rejected messages took nothing from others


def test_anonymous_visitors_are_limited_per_id_and_per_address(
    client: TestClient, neighbour: TestClient
) -> None:
    for _ in range(3):
        assert send(client, **{"X-Anonymous-Id": "visitor-aaaa"}).status_code == 200
    # A new id from the same address: the address has used its 3 messages.
    assert_rate_limited(
        send(client, **{"X-Anonymous-Id": "visitor-bbbb"}),
        "Free visitors can send 3 messages per minute",
    )
    # The same id from another address: the id has used its 3 messages.
    assert_rate_limited(
        send(neighbour, **{"X-Anonymous-Id": "visitor-aaaa"}),
        "Free visitors can send 3 messages per minute",
    )
    # The refused attempts counted nothing: visitor-bbbb still has 3 at the other address.
    for _ in range(3):
        assert send(neighbour, **{"X-Anonymous-Id": "visitor-bbbb"}).status_code == 200
    assert send(neighbour).status_code == 429  # no id: the address alone


def test_signed_in_users_are_not_limited_by_their_address(client: TestClient) -> None:
    for _ in range(3):
        assert send(client).status_code == 200
    assert send(client).status_code == 429
    assert send(client, **signed_in("office-user", "free")).status_code == 200


def test_length_errors_do_not_use_the_quota(client: TestClient) -> None:
    for _ in range(4):
        too_long = client.post("/v1/chat", json={"message": "x" * 2001})
        assert too_long.json()["error"] == "message_too_long"
    assert send(client).status_code == 200


def test_refused_messages_do_not_use_the_quota(client: TestClient) -> None:
    content = {"content-type": "application/json"}
    for path in ("/v1/chat", "/v1/chat/stream"):
        unknown = client.post(path, json={"message": QUESTION, "career": "astronaut"})
        assert unknown.json()["error"] == "unknown_career"
        missing = client.post(path, json={"message": QUESTION, "conversation_id": "nope"})
        assert missing.json()["error"] == "conversation_not_found"
        surrogate = client.post(path, content=b'{"message": "pay \\ud800"}', headers=content)
        assert surrogate.status_code == 422
    for _ in range(3):
        assert send(client).status_code == 200


def test_refused_advice_does_not_use_the_quota(client: TestClient) -> None:
    plus, free = signed_in("advice-user", "plus"), signed_in("advice-free", "free")
    for _ in range(3):
        no_profile = client.post("/v1/advice", json={}, headers=plus)
        assert no_profile.json()["error"] == "profile_required"
        assert client.post("/v1/advice/stream", json={}, headers=free).status_code == 403
    assert client.put("/v1/profile", json={"current_role": "Assembler"}, headers=plus).is_success
    for _ in range(3):
        unknown = client.post("/v1/advice", json={"career": "astronaut"}, headers=plus)
        assert unknown.json()["error"] == "unknown_career"
    for _ in range(5):
        assert send(client, **plus).status_code == 200
    for _ in range(3):
        assert send(client, **free).status_code == 200


def test_feedback_and_profile_writes_have_their_own_limit(client: TestClient) -> None:
    visitor = {"X-Anonymous-Id": "writer-visitor"}
    answer = send(client, **visitor).json()
    vote = {"conversation_id": answer["conversation_id"], "message_id": answer["message_id"]}
    assert client.post("/v1/feedback", json=vote | {"rating": "up"}, headers=visitor).is_success
    assert client.put("/v1/profile", json={"location": "Ohio"}, headers=visitor).is_success
    refused = client.put("/v1/profile", json={"location": "Iowa"}, headers=visitor)
    assert_rate_limited(
        refused, "Free visitors can save 2 changes (feedback or profile) per minute"
    )
    assert client.get("/v1/profile", headers=visitor).json()["location"] == "Ohio"
    assert send(client, **visitor).status_code == 200  # messages count separately


def caller(user: str | None = None, plan: Plan = "free", anonymous: str | None = None) -> Caller:
    return Caller(user, plan, anonymous, "203.0.113.9")


def test_quotas_check_every_limit_and_report_the_longest_wait() -> None:
    quotas = Quotas("1/minute;1/hour", "2/minute", None)
    quotas.consume(caller("u1"))
    with pytest.raises(QuotaExceededError) as raised:
        quotas.consume(caller("u1"))
    assert 3590 <= raised.value.retry_after <= 3600
    assert str(raised.value) == (
        "Free visitors can send 1 message per hour; try again in 60 minutes."
    )
    quotas.consume(caller("u2"))
    quotas.consume(caller("u1", "plus"))
    quotas.consume(caller("u1", "plus"))
    with pytest.raises(QuotaExceededError, match="Plus subscribers can send 2 messages per minute"):
        quotas.consume(caller("u1", "plus"))


def test_quotas_reject_a_malformed_limit() -> None:
    with pytest.raises(ValueError, match="write limits like '30/day;10/minute'"):
        Quotas("lots", "300/day", None)
