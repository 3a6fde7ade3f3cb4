"""The hosted-model settings: a base URL only for a hosted model, and its key kept secret."""

from __future__ import annotations

import pytest
from langchain_openai import ChatOpenAI
from pydantic import SecretStr, ValidationError

from api.components import hosted_model
from api.settings import Settings

KEY = "sk-careerbot-test-7d3f0c"


def test_a_base_url_needs_a_hosted_model() -> None:
    with pytest.raises(ValidationError, match="set CAREERBOT_LLM=openai:<model>"):
        Settings(llm="smollm2", llm_base_url="http://127.0.0.1:8080/v1")


def test_the_api_key_never_shows_in_the_settings() -> None:
    settings = Settings(
        llm="openai:gpt-4o-mini", llm_base_url="http://127.0.0.1:8080/v1", llm_api_key=KEY
    )
    assert isinstance(settings.llm_api_key, SecretStr)
    for shown in (repr(settings), str(settings), settings.model_dump_json()):
        assert KEY not in shown


def test_another_server_never_gets_the_providers_own_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    elsewhere = hosted_model(Settings(llm="openai:m", llm_base_url="http://127.0.0.1:9/v1"))
    assert isinstance(elsewhere, ChatOpenAI)
    assert isinstance(elsewhere.openai_api_key, SecretStr)
    assert elsewhere.openai_api_key.get_secret_value() != KEY
    openai = hosted_model(Settings(llm="openai:gpt-4o-mini"))  # OpenAI itself: its own key
    assert isinstance(openai, ChatOpenAI)
    assert isinstance(openai.openai_api_key, SecretStr)
    assert openai.openai_api_key.get_secret_value() == KEY
