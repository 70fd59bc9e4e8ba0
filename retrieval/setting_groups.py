"""Settings groups for where articles and alliances are kept (Chroma, the registry) and
how the language model is called; assembled into `retrieval.settings.Settings`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Group(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChromaSettings(Group):
    collection: str = Field(
        default="alliance_articles",
        pattern=r"^[a-zA-Z0-9][a-zA-Z0-9._-]{1,60}[a-zA-Z0-9]$",
        description="Chroma collection name.",
    )
    hnsw_ef_search: int = Field(default=100, ge=10, le=2000, description="HNSW ef at query time.")
    hnsw_ef_construction: int = Field(default=200, ge=10, le=2000, description="HNSW ef build.")
    hnsw_m: int = Field(default=32, ge=4, le=128, description="HNSW graph degree.")
    connect_timeout_seconds: float = Field(
        default=3.0,
        gt=0.0,
        le=120.0,
        description="Chroma server: longest wait to connect (chromadb's client has none).",
    )
    read_timeout_seconds: float = Field(
        default=5.0,
        gt=0.0,
        le=600.0,
        description="Chroma server: longest wait for one reply to a question's search; a "
        "stalled server then counts as unreachable instead of blocking answers.",
    )
    write_timeout_seconds: float = Field(
        default=60.0,
        gt=0.0,
        le=3600.0,
        description="Chroma server: longest wait for one reply to an ingest's write (batches "
        "of 500 chunks; under load the server's index can hold one for seconds).",
    )


class RegistrySettings(Group):
    extractor: Literal["rules", "llm"] = Field(
        default="rules",
        description="How alliances are read from articles at ingest: 'rules' (spaCy "
        "parses, no model) or 'llm' (the ALLIANCE_BOT_LLM model; an article whose model "
        "call fails is read by the rules).",
    )


LLM_PROVIDERS = ("openai", "anthropic", "ollama")


class LLMOptions(Group):
    """How the language model (ALLIANCE_BOT_LLM) is called; unused without one."""

    timeout_seconds: float = Field(
        default=30.0,
        gt=0.0,
        le=600.0,
        description="Longest wait for one answer (a free slot, retries included); then the "
        "extractive answer is used and the model's request is cut off.",
    )
    condense_timeout_seconds: float = Field(
        default=8.0,
        gt=0.0,
        le=120.0,
        description="Longest wait for rewriting a thread follow-up as a standalone question; "
        "then a heuristic rewrite is used.",
    )
    max_tokens: int = Field(default=600, ge=16, le=16384, description="Most tokens an answer.")
    temperature: float = Field(
        default=0.0, ge=0.0, le=2.0, description="Sampling temperature (0 = most literal)."
    )
    max_retries: int = Field(
        default=1,
        ge=0,
        le=5,
        description="Retries after a connection error, rate limit or server error; each "
        "starts only while timeout_seconds leaves time for it.",
    )
    max_concurrent_calls: int = Field(
        default=4,
        ge=1,
        le=256,
        description="Most model calls in flight at once in one process; a question waits "
        "for a free slot within its timeout, then gets the extractive answer.",
    )
    max_sources: int = Field(
        default=6,
        ge=1,
        le=20,
        description="Most articles in the model's prompt (numbered sources).",
    )
    max_source_chars: int = Field(
        default=4000,
        ge=200,
        le=50_000,
        description="Most characters of passages from one article in the prompt; a small "
        "local model (4k context) answers faster from less.",
    )
    stream: bool = Field(
        default=False,
        description="Stream the draft answer into Slack while it is written (the final "
        "message is always the citation-checked answer).",
    )
