"""Plus chat answers a personal question from the visitor's profile and move, the question
first; Free visitors keep the guide's cited answer and one Plus line (the real app, a real
Plus token, the bundled guide: the default deployment)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict
from datetime import timedelta
from typing import Any

import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from pydantic import SecretStr

from api.app import create_app
from api.auth import Plan, mint_token
from api.components import reload_components
from api.settings import Settings
from bot.services.chat import PLUS_NOTE
from bot.text import numbers
from knowledge.model import Guide
from store.profiles import Profile

SECRET = "moves-tests-secret-0123456789abcdef-0123456789abcdef"
PROFILE: dict[str, Any] = {
    "current_role": "Retail cashier",
    "years_experience": 0,
    "skills": ["PLC programming", "customer service"],
    "certifications": [],
    "education": "High school diploma",
    "location": None,
    "goal_career": None,
}
QUESTION = "I'm 45 and work in retail — is it too late to switch, and what should I do first?"
MARKER = re.compile(r"\[(\d+)\]")


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    plus = settings.model_copy(
        update={"jwt_secret": SecretStr(SECRET), "data_dir": settings.data_dir / "moves"}
    )
    with TestClient(create_app(plus)) as test_client:
        yield test_client


def auth(user: str, plan: Plan = "plus") -> dict[str, str]:
    token = mint_token(SECRET, user, plan, timedelta(minutes=10))
    return {"Authorization": f"Bearer {token}"}


def ask(client: TestClient, user: str, message: str, plan: Plan = "plus") -> dict[str, Any]:
    response = client.post("/v1/chat", json={"message": message}, headers=auth(user, plan))
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def test_plus_answers_the_personal_question_first_then_the_move(
    client: TestClient, guide: Guide
) -> None:
    assert client.put("/v1/profile", json=PROFILE, headers=auth("mia")).status_code == 200
    data = ask(client, "mia", QUESTION)
    answer = data["answer"]
    first, *rest = answer.split("\n")
    assert first.startswith("At 45, as a Retail cashier with 0 years of experience, no: most")
    assert "high school diploma" in first
    assert MARKER.search(first)
    items = [line for line in rest if line.startswith("- ")]
    assert any(line.startswith("- You are at: Junior Production Technician") for line in items)
    assert any(
        line.startswith('- Shared: PLC programming and troubleshooting (you list "PLC')
        for line in items
    )
    assert any(line.startswith("- Skill to build: ") for line in items)
    assert all(MARKER.search(line) for line in items)  # every item cited
    assert {int(n) for n in MARKER.findall(answer)} == {c["id"] for c in data["citations"]}
    allowed = set(numbers(QUESTION)) | numbers(str(asdict(Profile(**PROFILE))))
    for citation in data["citations"]:
        section = guide.find(citation["section"])
        assert section is not None
        assert citation["url"] == f"/guides/{guide.slug}#{section.anchor}"
        allowed |= numbers(f"{section.path_text}\n{section.text}")
    assert numbers(answer) <= allowed


def test_free_visitors_keep_the_guides_answer_and_one_plus_line(client: TestClient) -> None:
    client.put("/v1/profile", json=PROFILE, headers=auth("noah", "free"))
    client.put("/v1/profile", json=PROFILE, headers=auth("olga"))
    free = ask(client, "noah", QUESTION, "free")
    plus = ask(client, "olga", QUESTION)
    assert free["answer"].endswith(PLUS_NOTE)
    assert free["answer"].count("Plus") == 1
    assert "Shared:" not in free["answer"]
    assert "At 45" not in free["answer"]
    free_text = set(re.sub(r"\[\d+\]", "", free["answer"].removesuffix(PLUS_NOTE)).split())
    plus_text = set(re.sub(r"\[\d+\]", "", plus["answer"]).split())
    assert len(plus_text - free_text) > len(plus_text) / 2  # different in substance
    for personal in ("can I afford the pay cut?", "am I too old to start at 50?"):
        assert ask(client, "noah", personal, "free")["answer"].endswith(PLUS_NOTE)


def test_plus_without_a_profile_or_a_personal_question_gets_the_guides_answer(
    client: TestClient,
) -> None:
    nobody = ask(client, "pia", QUESTION)  # no profile saved
    assert not nobody["answer"].startswith("At 45")
    assert "Shared:" not in nobody["answer"]
    client.put("/v1/profile", json=PROFILE, headers=auth("quin"))
    general = ask(client, "quin", "What does a production technician earn?")
    assert "Shared:" not in general["answer"]
    assert general["citations"]


def test_the_streamed_personal_answer_is_the_same_text(client: TestClient) -> None:
    client.put("/v1/profile", json=PROFILE, headers=auth("rui"))
    whole = ask(client, "rui", "what should I learn next?")
    assert whole["answer"].startswith("As a Retail cashier with 0 years of experience, learn ")
    with client.stream(
        "POST",
        "/v1/chat/stream",
        json={"message": "what should I learn next?"},
        headers=auth("rui"),
    ) as response:
        body = "".join(response.iter_text())
    deltas = [
        json.loads(line.removeprefix("data: "))["text"]
        for block in body.split("\r\n\r\n")
        if "event: delta" in block
        for line in block.splitlines()
        if line.startswith("data: ")
    ]
    assert "".join(deltas) == whole["answer"]


def test_plus_advice_carries_the_move_and_answers_the_question(client: TestClient) -> None:
    client.put("/v1/profile", json=PROFILE, headers=auth("sam"))
    response = client.post("/v1/advice", json={"question": QUESTION}, headers=auth("sam"))
    assert response.status_code == 200, response.text
    data = response.json()
    move = data["plan"]["move"]
    assert move["role"] == "Retail cashier"
    assert move["goal"]["guide"] == "production-technician"
    kinds = [item["kind"] for item in move["items"]]
    assert {"tier", "shared", "build", "entry", "pay"} <= set(kinds)
    ids = {c["id"] for c in data["citations"]}
    assert all(item["citations"] and set(item["citations"]) <= ids for item in move["items"])
    assert "At 45, as a Retail cashier with 0 years of experience, no: most" in data["answer"]


def test_moves_are_rebuilt_with_the_index_after_another_process_ingests(
    client: TestClient,
) -> None:
    app: Any = client.app
    before = app.state.components
    app.state.components = reload_components(before)
    assert app.state.components.bot.personal is not before.bot.personal
    client.put("/v1/profile", json=PROFILE, headers=auth("tea"))
    assert ask(client, "tea", QUESTION)["answer"].startswith("At 45, as a Retail cashier")


def test_a_general_plus_answer_says_what_it_means_for_the_visitor_even_when_the_model_adds_nothing(
    settings: Settings,
) -> None:
    ungrounded = FakeListChatModel(responses=["The moon is made of green cheese."])
    plus = settings.model_copy(
        update={"jwt_secret": SecretStr(SECRET), "data_dir": settings.data_dir / "aside"}
    )
    with TestClient(create_app(plus, llm=ungrounded)) as client:
        assert client.put("/v1/profile", json=PROFILE, headers=auth("ana")).status_code == 200
        question = "What tools do production technicians use?"
        free = ask(client, "fred", question, plan="free")
        data = ask(client, "ana", question)
        no_profile = ask(client, "noor", question)
    assert "green cheese" not in data["answer"]  # the model's sentence failed the guard
    assert no_profile["answer"] == free["answer"]  # nothing to add without a profile
    assert data["answer"].startswith(free["answer"])  # the guide's answer, unchanged, first
    aside = data["answer"].removeprefix(free["answer"])
    assert aside.startswith("\n\nAs a Retail cashier with 0 years of experience")
    assert "you already share" in aside.lower() or " next (" in aside
    assert MARKER.search(aside)  # cited
    ids = {int(n) for n in MARKER.findall(data["answer"])}
    assert ids == {c["id"] for c in data["citations"]}
    assert data["citations"][: len(free["citations"])] == free["citations"]  # numbers kept
