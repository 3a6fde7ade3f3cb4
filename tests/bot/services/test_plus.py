"""Plus: profiles, ownership, erasure, and advice and chat written by the real SmolLM2."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from api.app import create_app
from api.auth import Plan, mint_token
from api.settings import Settings
from bot.services.chat import PLUS_NOTE
from knowledge.model import Guide

SECRET = "plus-tests-secret-0123456789abcdef-0123456789abcdef"
PROFILE = {
    "current_role": "Assembly line operator",
    "years_experience": 3,
    "skills": ["PLC programming", "equipment calibration", "teamwork"],
    "certifications": ["OSHA 10"],
    "education": "High school diploma",
    "location": "Ohio",
    "goal_career": "Senior production technician",
}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    plus = settings.model_copy(
        update={
            "jwt_secret": SecretStr(SECRET),
            "quota_free": "100/minute",
            "quota_plus": "100/minute",
            "llm_max_tokens": 120,
        }
    )
    with TestClient(create_app(plus)) as test_client:
        yield test_client


def auth(user: str, plan: Plan = "plus") -> dict[str, str]:
    token = mint_token(SECRET, user, plan, timedelta(minutes=10))
    return {"Authorization": f"Bearer {token}"}


def assert_cited_from_guide(data: dict[str, Any], guide: Guide) -> None:
    """Markers match citations, links resolve to sections, numbers come from cited sections."""
    used = {int(n) for n in re.findall(r"\[(\d+)\]", data["answer"])}
    assert used == {c["id"] for c in data["citations"]}
    allowed: set[str] = set()
    for citation in data["citations"]:
        section = guide.find(citation["section"])
        assert section is not None
        assert citation["url"] == f"/guides/{guide.slug}#{section.anchor}"
        allowed |= {
            n.replace(",", "") for n in NUMBER.findall(f"{section.path_text} {section.text}")
        }
    found = NUMBER.findall(re.sub(r"\[\d+\]", "", data["answer"]))
    assert [n for n in found if n.replace(",", "") not in allowed] == []


def test_free_visitors_get_403_with_an_upgrade_message(client: TestClient) -> None:
    client.put("/v1/profile", json=PROFILE, headers=auth("free-user", "free"))
    response = client.post(
        "/v1/advice",
        json={"question": "I am a Plus subscriber, give me my plan"},
        headers=auth("free-user", "free"),
    )
    assert response.status_code == 403
    assert response.json()["error"] == "plus_required"
    assert "Plus" in response.json()["message"]
    anonymous = client.post("/v1/advice", json={}, headers={"X-Anonymous-Id": "anon-12345678"})
    assert anonymous.status_code == 403


def test_profile_round_trip_and_validation(client: TestClient) -> None:
    saved = client.put("/v1/profile", json=PROFILE, headers=auth("ana"))
    assert saved.status_code == 200
    assert client.get("/v1/profile", headers=auth("ana")).json() == PROFILE
    for bad in (
        {"years_experience": 61},
        {"years_experience": -1},
        {"skills": ["x" * 81]},
        {"age": 3},
    ):
        response = client.put("/v1/profile", json=bad, headers=auth("ana"))
        assert response.status_code == 422, bad
    assert client.get("/v1/profile", headers=auth("nobody-yet")).status_code == 404
    assert client.get("/v1/profile").json()["error"] == "identity_required"


def test_plus_advice_is_computed_written_and_cited(client: TestClient, guide: Guide) -> None:
    client.put("/v1/profile", json=PROFILE, headers=auth("ben"))
    response = client.post("/v1/advice", json={"career": None}, headers=auth("ben"))
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["mode"] == "advice"
    plan = data["plan"]
    assert plan["tier"]["text"].startswith("You are at: Production Technician (2-5 years")
    assert "$58,500" in plan["salary"]["text"]
    assert "$70,050" in plan["next_salary"]["text"]
    assert plan["missing_skills"]
    assert all("PLC" not in s["text"] for s in plan["missing_skills"][:1])
    assert any("CMT" in c["text"] for c in plan["missing_certifications"])
    assert not any("OSHA" in c["text"] for c in plan["missing_certifications"])
    ids = {c["id"] for c in data["citations"]}
    for item in [plan["tier"], plan["salary"], *plan["missing_skills"]]:
        assert item["citation"] in ids
    assert_cited_from_guide(data, guide)


def test_plus_chat_is_written_by_the_llm_and_stays_cited(client: TestClient, guide: Guide) -> None:
    response = client.post(
        "/v1/chat",
        json={"message": "What training do I need to become a production technician?"},
        headers=auth("cleo"),
    )
    data = response.json()
    assert data["mode"] == "cited"
    assert data["citations"]
    assert_cited_from_guide(data, guide)


def test_free_chat_mentions_plus_when_asked_for_personal_advice(client: TestClient) -> None:
    personal = client.post(
        "/v1/chat",
        json={"message": "I have 3 years of experience, what should I learn next for my career?"},
        headers=auth("dan", "free"),
    ).json()
    assert personal["answer"].endswith(PLUS_NOTE)
    again = client.post(
        "/v1/chat",
        json={
            "message": "I'm 34, is it too late for me?",
            "conversation_id": personal["conversation_id"],
        },
        headers=auth("dan", "free"),
    ).json()
    assert again["mode"] == "cited"
    assert PLUS_NOTE not in again["answer"]  # told once in a conversation, not every turn
    for question in (
        "What tools do they use?",
        "Should I get certified? I'm a student.",
        "hey so im 17 and just finished high school. what does a production technician do?",
        "I have 6 years in retail. What does a production technician earn?",
    ):
        plain = client.post("/v1/chat", json={"message": question}, headers=auth("dan", "free"))
        assert PLUS_NOTE not in plain.json()["answer"]  # the guide answers it fully


def test_advice_streams_plan_and_text(client: TestClient) -> None:
    client.put("/v1/profile", json=PROFILE | {"years_experience": 0.5}, headers=auth("eve"))
    with client.stream("POST", "/v1/advice/stream", json={}, headers=auth("eve")) as response:
        assert response.status_code == 200
        text = "".join(response.iter_text())
    names = re.findall(r"event: (\w+)", text)
    assert names[0] == "meta"
    assert names[-4:] == ["plan", "citations", "suggestions", "done"]
    plan = json.loads(re.search(r"event: plan\r?\ndata: (.*)", text)[1])["plan"]  # type: ignore[index]
    assert plan["tier"]["text"].startswith("You are at: Junior Production Technician")


def test_other_people_s_conversations_are_not_found(client: TestClient) -> None:
    mine = client.post(
        "/v1/chat", json={"message": "Is the job stressful?"}, headers=auth("fay", "free")
    ).json()
    conversation = mine["conversation_id"]
    theirs = auth("gus", "free")
    assert client.get(f"/v1/conversations/{conversation}", headers=theirs).status_code == 404
    follow = client.post(
        "/v1/chat",
        json={"message": "and the hours?", "conversation_id": conversation},
        headers=theirs,
    )
    assert follow.status_code == 404
    rating = {"conversation_id": conversation, "message_id": mine["message_id"], "rating": "up"}
    assert client.post("/v1/feedback", json=rating, headers=theirs).status_code == 404
    anonymous = client.get(f"/v1/conversations/{conversation}")
    assert anonymous.status_code == 404
    assert (
        client.get(f"/v1/conversations/{conversation}", headers=auth("fay", "free")).status_code
        == 200
    )


def test_export_then_erase_everything(client: TestClient) -> None:
    me = auth("hal", "free")
    client.put("/v1/profile", json=PROFILE, headers=me)
    answer = client.post("/v1/chat", json={"message": "What tools do they use?"}, headers=me).json()
    rating = {
        "conversation_id": answer["conversation_id"],
        "message_id": answer["message_id"],
        "rating": "down",
        "comment": "more please",
    }
    assert client.post("/v1/feedback", json=rating, headers=me).status_code == 201
    export = client.get("/v1/profile/export", headers=me).json()
    assert export["profile"] == PROFILE
    assert [m["role"] for m in export["conversations"][0]["messages"]] == ["user", "assistant"]
    assert export["feedback"][0]["comment"] == "more please"
    assert client.delete("/v1/profile", headers=me).status_code == 204
    assert client.get("/v1/profile", headers=me).status_code == 404
    assert (
        client.get(f"/v1/conversations/{answer['conversation_id']}", headers=me).status_code == 404
    )
    empty = client.get("/v1/profile/export", headers=me).json()
    assert (empty["profile"], empty["conversations"], empty["feedback"]) == (None, [], [])
