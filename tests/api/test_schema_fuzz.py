"""Schemathesis against a real uvicorn server: generated requests, valid and invalid, to every
operation of the published OpenAPI schema, anonymous and with a Plus token. Any 5xx, or a
response that does not match its declared schema, fails.

Plus answers come from a LangChain fake chat model: the LLM is not what is under test here,
and the real one would take seconds a case."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.language_models.fake_chat_models import FakeListChatModel
from pydantic import SecretStr
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import (
    negative_data_rejection,
    response_schema_conformance,
)

from api.auth import mint_token
from api.settings import Settings
from tests.live_server import LiveServer

pytestmark = pytest.mark.slow  # a real server, browser or subprocess

SECRET = "schema-fuzz-secret-0123456789abcdef0123456789abcdef"
# Cases per operation and mode, each sent anonymous or with a Plus token (a few minutes).
CASES = 200
CHAT_CASES = 40  # a generated question costs the bot up to a second
PROFILE = {"current_role": "Assembly operator", "years_experience": 3, "skills": ["PLC"]}
FAKE_ANSWER = "A production technician sets up, runs and checks production equipment."


@pytest.fixture(scope="module")
def live(settings: Settings) -> Iterator[LiveServer]:
    fuzzed = settings.model_copy(update={"jwt_secret": SecretStr(SECRET)})
    server = LiveServer(fuzzed, llm=FakeListChatModel(responses=[FAKE_ANSWER])).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def operations(live: LiveServer) -> list[APIOperation[Any, Any, Any, Any]]:
    """Every operation of the schema the server publishes."""
    schema = schemathesis.openapi.from_url(f"{live.url}/openapi.json")
    return [result.ok() for result in schema.get_all_operations() if isinstance(result, Ok)]


@pytest.fixture(scope="module")
def plus() -> dict[str, str]:
    token = mint_token(SECRET, "fuzz-plus-user", "plus", timedelta(hours=1))
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_gets_a_5xx_or_a_response_off_its_schema(
    live: LiveServer,
    operations: list[APIOperation[Any, Any, Any, Any]],
    plus: dict[str, str],
    mode: GenerationMode,
) -> None:
    assert len(operations) >= 12
    checks = [not_a_server_error, response_schema_conformance]
    if not mode.is_positive:
        checks.append(negative_data_rejection)  # invalid input must get a 4xx, not a 2xx
    callers = st.sampled_from([{"X-Anonymous-Id": "fuzz-anonymous"}, plus])
    for operation in operations:
        if mode is GenerationMode.NEGATIVE and not len(operation.body):
            continue  # path and query strings take any text: nothing to make invalid
        answers = operation.path.endswith(("/chat", "/chat/stream"))

        @given(case=operation.as_strategy(generation_mode=mode), headers=callers)
        @settings(
            max_examples=CHAT_CASES if answers and mode.is_positive else CASES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def exchange(case: Case[Any], headers: dict[str, str]) -> None:
            case.call_and_validate(checks=checks, headers=headers, timeout=60)

        # Plus advice needs a saved profile; an earlier DELETE /v1/profile may have erased it.
        saved = httpx.put(f"{live.url}/v1/profile", json=PROFILE, headers=plus, timeout=30)
        assert saved.status_code == 200, saved.text
        exchange()
