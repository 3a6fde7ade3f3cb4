"""Plus chat over SSE: the guide's cited answer arrives first; written text follows only
where the guard kept it; a rejected sentence never reaches the client."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage
from pydantic import SecretStr

from api.app import create_app
from api.auth import Plan, mint_token
from api.components import Components
from api.settings import Settings
from tests.bot.services.test_plus_order import INVENTED, QUESTION, new_sentence

SECRET = "plus-stream-secret-0123456789abcdef-0123456789abcdef"
EVENT = re.compile(r"^event: (\w+)\r?\ndata: (.*)$", re.MULTILINE)


@pytest.fixture(scope="module")
def kept(components: Components) -> str:
    return new_sentence(components, QUESTION)


@pytest.fixture(scope="module")
def client(settings: Settings, kept: str) -> Iterator[TestClient]:
    """The app with a scripted Plus model: an invented sentence, then a supported, new one."""
    configured = settings.model_copy(update={"jwt_secret": SecretStr(SECRET)})
    model = GenericFakeChatModel(messages=iter([AIMessage(content=f"{INVENTED} {kept}")]))
    with TestClient(create_app(configured, llm=model)) as test_client:
        yield test_client


def events(client: TestClient, plan: Plan) -> list[tuple[str, dict[str, object]]]:
    token = mint_token(SECRET, f"stream-{plan}", plan, timedelta(minutes=10))
    headers = {"Authorization": f"Bearer {token}"}
    with client.stream(
        "POST", "/v1/chat/stream", json={"message": QUESTION}, headers=headers
    ) as response:
        assert response.status_code == 200
        text = "".join(response.iter_text())
    return [(name, json.loads(data)) for name, data in EVENT.findall(text)]


def test_plus_stream_sends_the_guide_answer_then_only_the_kept_sentence(
    client: TestClient, kept: str
) -> None:
    free = "".join(str(d["text"]) for n, d in events(client, "free") if n == "delta")
    plus = events(client, "plus")
    streamed = "".join(str(data["text"]) for name, data in plus if name == "delta")
    assert streamed.startswith(free)  # the guide's words come first, whole
    written = streamed[len(free) :]
    assert "Moon" not in written  # rejected: never sent
    assert kept.split(" [")[0][:40] in written
    names = [name for name, _ in plus]
    assert names[-3:] == ["citations", "suggestions", "done"]
    assert "error" not in names
