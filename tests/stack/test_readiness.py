"""A replica whose LLM service is down or busy stays in the balancer: Plus answers from the
guide meanwhile, and one llama.cpp server writing answers for the load answers nothing else."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from api.app import create_app
from api.settings import Settings
from tests.live_server import free_port

pytestmark = pytest.mark.slow  # the embedding model


def test_an_unreachable_llm_service_degrades_readiness_but_keeps_it(settings: Settings) -> None:
    nothing_there = f"http://127.0.0.1:{free_port()}/v1"
    configured = settings.model_copy(
        update={"llm": "openai:smollm2", "llm_base_url": nothing_there}
    )
    model = GenericFakeChatModel(messages=iter([AIMessage(content="unused")]))
    with TestClient(create_app(configured, llm=model)) as client:
        ready = client.get("/readyz")
    assert ready.status_code == 200, ready.text
    body = ready.json()
    assert body["status"] == "degraded"
    assert body["checks"]["llm"] == "unavailable (ConnectError)"
    assert body["checks"]["database"] == body["checks"]["chroma"] == "ok"
