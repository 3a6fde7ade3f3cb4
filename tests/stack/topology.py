"""The deployed topology's settings, one place for the stack test and deploy/compose.yaml's
check: what every careerbot process (the ingest job and the replicas) runs with."""

from __future__ import annotations

from bench.load import SECRET

CHROMA_TOKEN = "stack-chroma-token-0123456789abcdef"
PROXY_BIND = "127.0.0.2"  # nginx connects from here; the replicas trust only it

SERVE = ("serve", "--workers", "2")  # each replica: `careerbot serve --workers 2`
# llama.cpp's server on SmolLM2 (tests/live_server.py's LlamaServer starts it so).
LLM_FLAGS = (
    *("--model_alias", "smollm2", "--n_ctx", "2048", "--n_threads", "1"),
    *("--interrupt_requests", "False"),
)

# Settings that are the same on every machine (addresses are filled in per deploy).
FIXED = {
    "CAREERBOT_INGEST_ON_STARTUP": "false",  # the ingest job indexes; replicas only serve
    "CAREERBOT_LLM": "openai:smollm2",  # the LLM service's model alias
    "CAREERBOT_LLM_TIMEOUT_S": "10",
    "CAREERBOT_INDEX_CHECK_S": "2",
    "CAREERBOT_QUOTA_FREE": "1000000/minute",  # the load test's 50 visitors share one address
    "CAREERBOT_QUOTA_PLUS": "1000000/minute",
    "CAREERBOT_LOG_FORMAT": "json",
}


def careerbot_env(
    *,
    data_dir: str,
    guides_dir: str,
    database_url: str,
    chroma_url: str,
    redis_url: str,
    llm_base_url: str,
    allowed_origins: str,
    forwarded_allow_ips: str = PROXY_BIND,
    jwt_secret: str = SECRET,
    chroma_token: str = CHROMA_TOKEN,
) -> dict[str, str]:
    """The environment of every careerbot process of the stack."""
    return FIXED | {
        "CAREERBOT_DATA_DIR": data_dir,
        "CAREERBOT_GUIDES_DIR": guides_dir,
        "CAREERBOT_DATABASE_URL": database_url,
        "CAREERBOT_CHROMA_URL": chroma_url,
        "CAREERBOT_CHROMA_TOKEN": chroma_token,
        "CAREERBOT_REDIS_URL": redis_url,
        "CAREERBOT_LLM_BASE_URL": llm_base_url,
        "CAREERBOT_JWT_SECRET": jwt_secret,
        "CAREERBOT_ALLOWED_ORIGINS": allowed_origins,
        "CAREERBOT_FORWARDED_ALLOW_IPS": forwarded_allow_ips,
    }
