"""deploy/compose.yaml transcribes the topology the stack test starts: the same commands,
the same settings (its images cannot be built here; the test that runs it is tests/stack)."""

from __future__ import annotations

import re
from typing import Any

import yaml  # type: ignore[import-untyped]  # PyYAML, a dependency of transformers

from tests.live_server import LlamaServer
from tests.stack.engines import DEPLOY, chroma_args
from tests.stack.topology import FIXED, LLM_FLAGS, SERVE, careerbot_env

COMPOSE: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
SERVICES: dict[str, Any] = COMPOSE["services"]
CAREERBOT = ("migrate", "ingest", "app1", "app2")


def test_every_careerbot_process_has_the_stack_test_s_settings() -> None:
    tested = careerbot_env(
        data_dir="d",
        guides_dir="g",
        database_url="u",
        chroma_url="c",
        redis_url="r",
        llm_base_url="l",
        allowed_origins="o",
    )
    for name in CAREERBOT:
        env = SERVICES[name]["environment"]
        assert set(env) == set(tested), name
        assert {key: env[key] for key in FIXED} == FIXED, name
    proxy = SERVICES["nginx"]["networks"]["careerbot"]["ipv4_address"]
    assert SERVICES["app1"]["environment"]["CAREERBOT_FORWARDED_ALLOW_IPS"] == proxy
    assert SERVICES["nginx"]["environment"]["PROXY_BIND"] == proxy


def test_every_service_runs_the_stack_test_s_command() -> None:
    for name in ("app1", "app2"):
        serve = ["careerbot", *SERVE, "--host", "0.0.0.0", "--port", "8000"]
        assert SERVICES[name]["command"] == serve
    assert SERVICES["migrate"]["command"] == ["careerbot", "migrate"]
    assert SERVICES["ingest"]["command"] == ["careerbot", "ingest"]
    assert SERVICES["chroma"]["command"] == ["chroma", *chroma_args("/chroma", "0.0.0.0", 8000)]
    llm = SERVICES["llm"]["command"]
    assert llm[:3] == ["python", "-m", "llama_cpp.server"]
    assert llm[-len(LLM_FLAGS) :] == list(LLM_FLAGS)
    assert LlamaServer.MODEL == "smollm2" == FIXED["CAREERBOT_LLM"].split(":")[1]


def test_both_nginx_instances_fill_every_variable_of_the_config() -> None:
    variables = set(re.findall(r"\$\{([A-Z_0-9]+)\}", (DEPLOY / "nginx.conf").read_text()))
    for name in ("chroma-proxy", "nginx"):
        env = SERVICES[name]["environment"]
        assert set(env) == variables, name
        assert SERVICES[name]["volumes"] == [
            "./nginx.conf:/etc/nginx/templates/careerbot.conf.template:ro"
        ]
    assert SERVICES["app1"]["environment"]["CAREERBOT_CHROMA_URL"] == "http://chroma-proxy:8001"
