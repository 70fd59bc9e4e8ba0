"""Typed settings: defaults from config/default.toml, overrides from ALLIANCE_BOT_* env vars.

Nested groups use ``__`` in env names, e.g. ``ALLIANCE_BOT_RETRIEVAL__TOP_K=8``. Every field
is described and validated so that a bad value stops start-up with a message naming it.
Nothing here is built at import time: call :func:`load_settings`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal
from urllib.parse import ParseResult, urlparse

from pydantic import (
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from retrieval.setting_groups import (
    LLM_PROVIDERS,
    ChromaSettings,
    Group,
    LLMOptions,
    RegistrySettings,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_FILE = PROJECT_ROOT / "config" / "default.toml"
CONFIG_FILE_ENV = "ALLIANCE_BOT_CONFIG"


class SettingsError(ValueError):
    """Raised when settings are invalid; the message names each bad setting."""


class EmbedderSettings(Group):
    kind: Literal["wordllama", "sentence-transformers", "openai", "ollama", "hash"] = Field(
        default="wordllama",
        description="Embedding backend. 'wordllama' is bundled and offline; 'hash' is a "
        "deterministic lexical embedding for tests.",
    )
    model: str = Field(
        default="l2_supercat",
        description="Model name (wordllama config, sentence-transformers path, or API model).",
    )
    dimension: int = Field(
        default=256, ge=8, le=8192, description="Vector size (wordllama 64-1024, truncated)."
    )
    base_url: str | None = Field(default=None, description="Base URL for API-served embeddings.")
    batch_size: int = Field(default=512, ge=1, le=5000, description="Texts per embedding call.")


class ChunkingSettings(Group):
    chunk_size: int = Field(default=900, ge=200, le=8000, description="Max characters a chunk.")
    chunk_overlap: int = Field(default=120, ge=0, le=2000, description="Characters of overlap.")

    @model_validator(mode="after")
    def overlap_below_size(self) -> ChunkingSettings:
        if self.chunk_overlap >= self.chunk_size:
            raise ValueError("chunk_overlap must be smaller than chunk_size")
        return self


class IngestSettings(Group):
    max_article_chars: int = Field(
        default=1_000_000,
        ge=1_000,
        le=100_000_000,
        description="Articles with more text than this are skipped, with a reason (a news "
        "article is a few thousand characters; a 30 MB text file took 1 GB and 4 minutes).",
    )


class RetrievalSettings(Group):
    top_k: int = Field(default=6, ge=1, le=50, description="Chunks handed to the answerer.")
    candidates: int = Field(
        default=40, ge=5, le=500, description="Candidates each retriever returns before fusion."
    )
    per_article: int = Field(
        default=2, ge=1, le=20, description="Max chunks from one article in the top_k (diversity)."
    )
    fusion: Literal["convex", "rrf"] = Field(
        default="convex",
        description="How BM25 and dense rankings are fused: weighted normalised scores "
        "(convex) or reciprocal rank fusion (rrf). See benchmarks/fusion.py.",
    )
    rrf_k: int = Field(default=60, ge=1, le=1000, description="Reciprocal rank fusion constant.")
    dense_weight: float = Field(
        default=0.4, ge=0.0, le=10.0, description="Weight of the dense ranking in fusion."
    )
    lexical_weight: float = Field(
        default=0.6, ge=0.0, le=10.0, description="Weight of the BM25 ranking in fusion."
    )


class AnswerSettings(Group):
    expand_articles: int = Field(
        default=6,
        ge=0,
        le=20,
        description="Read every sentence of the N best articles, not only the retrieved ones.",
    )


class Settings(BaseSettings):
    """All AllianceBot settings. See README for the table."""

    model_config = SettingsConfigDict(
        env_prefix="ALLIANCE_BOT_",
        env_nested_delimiter="__",
        extra="forbid",
        validate_default=True,
    )

    data_dir: Path = Field(
        default=Path(".alliance-bot"),
        description="Folder that holds everything the bot stores (Chroma, indexes, logs).",
    )
    chroma_url: str | None = Field(
        default=None,
        description="http(s)://host:port of a Chroma server; unset uses the embedded store.",
    )
    seeds_dir: Path = Field(
        default=PROJECT_ROOT / "seeds", description="Articles ingested by default."
    )
    embedder: EmbedderSettings = Field(default_factory=EmbedderSettings)
    chunking: ChunkingSettings = Field(default_factory=ChunkingSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    answer: AnswerSettings = Field(default_factory=AnswerSettings)
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    llm: str | None = Field(
        default=None,
        description="Language model as provider:model, e.g. openai:gpt-4o-mini, "
        "anthropic:claude-3-5-haiku-latest, ollama:llama3.1; unset uses the extractive "
        "answerer. Keys come from OPENAI_API_KEY / ANTHROPIC_API_KEY.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description="Base URL of the model server, e.g. http://localhost:8000/v1 for an "
        "OpenAI-compatible one (vLLM, llama.cpp, LM Studio).",
    )
    llm_options: LLMOptions = Field(default_factory=LLMOptions)
    registry: RegistrySettings = Field(default_factory=RegistrySettings)

    @field_validator("llm")
    @classmethod
    def check_llm(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        provider, _, model = value.strip().partition(":")
        if provider.lower() not in LLM_PROVIDERS or not model.strip():
            raise ValueError(
                f"must be provider:model with provider one of {', '.join(LLM_PROVIDERS)}"
            )
        return f"{provider.lower()}:{model.strip()}"

    @field_validator("registry")
    @classmethod
    def check_registry(cls, value: RegistrySettings, info: ValidationInfo) -> RegistrySettings:
        if value.extractor == "llm" and not info.data.get("llm"):
            raise ValueError("extractor 'llm' needs a model: set ALLIANCE_BOT_LLM (provider:model)")
        return value

    @field_validator("llm_base_url")
    @classmethod
    def check_llm_base_url(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        require_url(value.strip(), schemes={"http", "https"}, example="http://host:port/v1")
        return value.strip().rstrip("/")

    @field_validator("chroma_url")
    @classmethod
    def check_chroma_url(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        require_url(value, schemes={"http", "https"}, example="http://host:port")
        return value.rstrip("/")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Precedence: explicit arguments, then env, then the TOML file of defaults.
        config_file = Path(os.environ.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
        toml_source = TomlConfigSettingsSource(settings_cls, toml_file=config_file)
        return (init_settings, env_settings, toml_source)


def require_url(value: str, *, schemes: set[str], example: str) -> ParseResult:
    """Parse a URL or raise ValueError saying what it should look like (never echoing it:
    URLs can carry passwords)."""
    parsed = urlparse(value)
    if parsed.scheme not in schemes or not parsed.hostname:
        raise ValueError(f"must look like {example}")
    try:
        parsed.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise ValueError(f"has a bad port (expected like {example})") from error
    return parsed


def load_settings(**overrides: object) -> Settings:
    """Build settings, turning validation errors into one readable SettingsError."""
    config_file = Path(os.environ.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
    if CONFIG_FILE_ENV in os.environ and not config_file.is_file():
        raise SettingsError(f"{CONFIG_FILE_ENV}={config_file} is not a readable file")
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        raise SettingsError(describe_validation_error(error)) from error


def describe_validation_error(error: ValidationError) -> str:
    """One line per bad setting, named as the env variable a user would set."""
    lines = ["invalid settings:"]
    for problem in error.errors():
        path = "__".join(str(part) for part in problem["loc"])
        env_name = f"ALLIANCE_BOT_{path.upper()}"
        lines.append(f"  {env_name}: {problem['msg']} (got {problem.get('input')!r})")
    return "\n".join(lines)
