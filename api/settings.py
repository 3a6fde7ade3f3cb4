"""All configuration, read once from ``CAREERBOT_*`` environment variables or ``.env``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from index.encoders import Encoder, fastest_encoder
from knowledge.lint import DEFAULT_LINK_DOMAINS
from knowledge.loader import BUNDLED_GUIDES_DIR


class Settings(BaseSettings):
    """careerbot settings; every field can be set as ``CAREERBOT_<FIELD>``."""

    model_config = SettingsConfigDict(env_prefix="CAREERBOT_", env_file=".env", extra="ignore")

    data_dir: Path = Field(
        Path(".careerbot"), description="Where the Chroma index, records and conversations live."
    )
    guides_dir: Path = Field(
        BUNDLED_GUIDES_DIR, description="Directory of .txt (page export) and .md guides to serve."
    )
    chroma_url: str | None = Field(
        None, description="Chroma server URL (http://host:port); unset = embedded PersistentClient."
    )
    chroma_token: SecretStr | None = Field(
        None,
        description="Sent to the Chroma server as the X-Chroma-Token header (checked by the "
        "proxy in front of it, deploy/nginx.conf); unset = no header.",
    )
    chroma_collection: str = Field("careerbot", description="Chroma collection name.")
    embedding_model: str = Field(
        "all-MiniLM-L6-v2",
        description="'all-MiniLM-L6-v2' (bundled package) or a local sentence-transformers dir.",
    )
    encoder: Encoder = Field(
        "auto",  # resolved by _resolve_encoder
        validate_default=True,
        description="What runs the embedding model: 'auto' (onnx-bf16 on a CPU with native "
        "bfloat16, else onnx), 'torch' (sentence-transformers), 'onnx' "
        "(ONNX Runtime, fp32), 'onnx-int8' (ONNX Runtime, int8 weights), 'torch-bf16' "
        "(torch, bfloat16 products: CPUs with AMX or AVX-512 BF16) or 'onnx-bf16' (questions "
        "on onnx, documents on torch-bf16, loaded only to embed new ones); each has its own "
        "collection and vector cache, so switching re-indexes and never mixes vectors.",
    )
    encoder_dir: Path | None = Field(
        None,
        description="Where ONNX graphs exported from the model are kept (by content); "
        "unset = data_dir/encoders.",
    )
    encoder_threads: int = Field(
        1,
        ge=1,
        le=64,
        description="Intra-op threads of torch, ONNX Runtime and numpy's BLAS; 1 lets "
        "concurrent requests and the LLM process share 2 cores instead of fighting.",
    )
    database_url: str | None = Field(
        None, description="SQLAlchemy URL for conversations; unset = SQLite in data_dir."
    )
    migrate_on_startup: bool | None = Field(
        None,
        description="Bring the database schema up to date when a server (or ask, eval) starts; "
        "unset = yes for the embedded SQLite in data_dir, no when database_url is set (run "
        "`careerbot migrate` once per deploy instead).",
    )
    ingest_on_startup: bool = Field(
        True, description="Sync the index with guides_dir when the server starts (idempotent)."
    )
    index_check_s: float = Field(
        2.0,
        ge=0,
        description="How often a server checks whether an ingest changed the index, and if so "
        "reloads it in the background (0 = never; restart to serve a new index).",
    )
    max_message_chars: int = Field(2000, ge=1, description="Longest accepted chat message.")
    min_similarity: float = Field(
        0.45, description="Below this cosine similarity to every chunk, a question is out of scope."
    )
    stream_delay_ms: int = Field(
        15, ge=0, le=1000, description="Pause between streamed text pieces (typing effect)."
    )
    allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="Sites allowed to embed the widget (comma-separated origins, or '*').",
    )
    forwarded_allow_ips: str | None = Field(
        default=None,
        description="Proxies whose X-Forwarded-For/-Proto are trusted (comma-separated IPs or "
        "networks, or '*'); unset = proxy headers ignored, the client is the TCP peer.",
    )
    allowed_link_domains: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_LINK_DOMAINS),
        description="Domains guides may link to (comma-separated; subdomains included); "
        "sentences with other links are dropped when guides are loaded.",
    )
    jwt_secret: SecretStr | None = Field(
        default=None,
        description="HS256 secret the host site signs visitor tokens with; unset = a random "
        "secret kept in data_dir/jwt-secret (fine for one machine, set it in production).",
    )
    quota_free: str = Field(
        default="30/day;10/minute", description="Message limits for Free visitors (limits syntax)."
    )
    quota_plus: str = Field(
        default="300/day;30/minute", description="Message limits for Plus subscribers."
    )
    redis_url: str | None = Field(
        default=None, description="Redis for quota counters shared by many servers; unset = memory."
    )
    llm: str = Field(
        default="smollm2",
        description="Chat model for Plus: 'smollm2' (embedded llama.cpp) or 'provider:model' "
        "for LangChain's init_chat_model (e.g. 'openai:gpt-4o-mini').",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="OpenAI-compatible server for CAREERBOT_LLM='openai:<model>' (e.g. "
        "http://127.0.0.1:8080/v1 for `python -m llama_cpp.server`); unset = the provider's own.",
    )
    llm_api_key: SecretStr | None = Field(
        default=None,
        description="API key for the hosted model; unset = the provider's variable "
        "(OPENAI_API_KEY). Never logged, never in a prompt or a response.",
    )
    llm_timeout_s: float = Field(default=20.0, gt=0, description="Give up on the LLM after this.")
    llm_max_tokens: int = Field(default=300, ge=16, le=4096, description="Longest LLM answer.")
    llm_max_rejected: int = Field(
        default=2,
        ge=1,
        le=100,
        description="Stop the LLM once the grounding guard has rejected this many of its "
        "sentences in one answer (it adds nothing worth waiting for).",
    )
    llm_queue: int = Field(
        default=4,
        ge=0,
        le=1000,
        description="Plus requests that may wait while the embedded model writes another "
        "answer; one more is answered from the guide at once (hosted models: no queue).",
    )
    retrieval_fusion: str = Field(
        "weighted", pattern="^(weighted|rrf|dense|bm25)$", description="How dense and BM25 fuse."
    )
    quota_writes: str = Field(
        default="60/hour;10/minute",
        description="Feedback and profile saves per visitor, every plan (limits syntax).",
    )
    token_max_ttl_s: int = Field(
        default=86400, ge=60, description="Refuse visitor tokens valid for longer than this."
    )
    max_header_bytes: int = Field(
        default=16384,
        ge=4096,
        description="Largest request head (request line and headers); bigger gets a 431.",
    )

    log_format: Literal["json", "text"] = Field(
        default="json",
        description="`careerbot serve` logs: one JSON object a line, or text; both carry the "
        "request id (X-Request-ID).",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        default="info", description="Least severe log line `careerbot serve` prints."
    )

    @field_validator("encoder", mode="before")
    @classmethod
    def _resolve_encoder(cls, value: object) -> object:
        return fastest_encoder() if value == "auto" else value

    @field_validator("allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [o.strip().rstrip("/") for o in value.split(",") if o.strip()]
        return value

    @field_validator("allowed_link_domains", mode="before")
    @classmethod
    def _split_domains(cls, value: object) -> object:
        if isinstance(value, str):
            return [d.strip().lower().removeprefix("www.") for d in value.split(",") if d.strip()]
        return value

    @model_validator(mode="after")
    def _hosted_model_only(self) -> Settings:
        if self.llm_base_url and ":" not in self.llm:
            raise ValueError(
                f"CAREERBOT_LLM_BASE_URL is for a hosted model, but CAREERBOT_LLM={self.llm!r}: "
                "set CAREERBOT_LLM=openai:<model> (the name the server knows)"
            )
        return self

    @property
    def chroma_dir(self) -> Path:
        """Embedded Chroma's directory."""
        return self.data_dir / "chroma"

    @property
    def collection_name(self) -> str:
        """The Chroma collection of this encoder (torch keeps the plain name it always had)."""
        if self.encoder == "torch":
            return self.chroma_collection
        return f"{self.chroma_collection}-{self.encoder}"

    @property
    def embedding_key(self) -> str:
        """The model and encoder, as the sentence-vector cache's namespace."""
        if self.encoder == "torch":
            return self.embedding_model
        return f"{self.embedding_model}+{self.encoder}"

    @property
    def encoder_cache_dir(self) -> Path:
        """Where exported ONNX graphs are kept."""
        return self.encoder_dir or self.data_dir / "encoders"

    @property
    def records_url(self) -> str:
        """The indexing record manager's database: the shared database when the index is a
        Chroma server too (every replica sees one index), else SQLite beside the index."""
        if self.database_url and self.chroma_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'records.sqlite'}"

    @property
    def embedding_cache_url(self) -> str:
        """Where sentence vectors are remembered between runs: the shared database when one
        is set (a new replica embeds nothing), else SQLite beside the index."""
        return self.database_url or f"sqlite:///{self.data_dir / 'embeddings.sqlite'}"

    @property
    def migrates_on_startup(self) -> bool:
        """Whether start-up migrates the database (by default only the embedded SQLite)."""
        if self.migrate_on_startup is None:
            return self.database_url is None
        return self.migrate_on_startup

    @property
    def conversations_url(self) -> str:
        """Where conversations are stored."""
        return self.database_url or f"sqlite:///{self.data_dir / 'careerbot.sqlite'}"
