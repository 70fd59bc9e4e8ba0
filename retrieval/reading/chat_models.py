"""The one place that builds a LangChain chat model from ALLIANCE_BOT_LLM (provider:model).

Provider packages are optional extras and imported only here, only when configured, so
the extractive default never pays for them. Clients never retry on their own:
`retrieval.reading.model_calls` retries only while the answer's deadline leaves time, and
a client retry would start after it. OpenAI-protocol calls stream (so a server stops
generating when the call is abandoned and its connection cut, see
`retrieval.reading.connections`) and, on a server of our own choosing (a base URL), also
send the older ``max_tokens``: langchain-openai sends only ``max_completion_tokens``,
which llama.cpp's server ignores (a draft ran to 2,070 tokens).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import import_module
from typing import Any

from langchain_core.language_models import BaseChatModel

from retrieval.reading.connections import abortable_http_client
from retrieval.setting_groups import LLMOptions
from retrieval.settings import Settings, SettingsError

# A local OpenAI-compatible server usually wants no key, but the client insists on one.
PLACEHOLDER_API_KEY = "not-needed"

_PACKAGES = {
    "openai": ("langchain_openai", "ChatOpenAI"),
    "anthropic": ("langchain_anthropic", "ChatAnthropic"),
    "ollama": ("langchain_ollama", "ChatOllama"),
}


class LLMUnavailable(SettingsError):
    """The configured model cannot be built: its extra is not installed, or a key is missing."""


def split_spec(spec: str) -> tuple[str, str]:
    """ "ollama:llama3.1:8b" -> ("ollama", "llama3.1:8b") (model names may hold colons)."""
    provider, _, model = spec.partition(":")
    return provider, model


def build_chat_model(settings: Settings) -> BaseChatModel:
    """The chat model ALLIANCE_BOT_LLM names; LLMUnavailable says what to install or set."""
    if not settings.llm:
        raise LLMUnavailable("ALLIANCE_BOT_LLM is not set")
    provider, model = split_spec(settings.llm)
    chat_class = _chat_class(provider)
    kwargs = _KWARGS[provider](model, settings.llm_base_url, settings.llm_options)
    built: BaseChatModel = chat_class(**kwargs)
    return built


def _chat_class(provider: str) -> Any:
    module_name, class_name = _PACKAGES[provider]
    try:
        module = import_module(module_name)
    except ImportError as error:
        raise LLMUnavailable(
            f"ALLIANCE_BOT_LLM uses {provider}, but {module_name} is not installed: "
            f"pip install 'alliance-bot[{provider}]'"
        ) from error
    return getattr(module, class_name)


def _openai(model: str, base_url: str | None, options: LLMOptions) -> dict[str, Any]:
    key = os.environ.get("OPENAI_API_KEY")
    if not key and not base_url:
        raise LLMUnavailable(
            "ALLIANCE_BOT_LLM uses openai: set OPENAI_API_KEY (or ALLIANCE_BOT_LLM_BASE_URL "
            "for a local OpenAI-compatible server)"
        )
    kwargs: dict[str, Any] = {
        "model": model,
        "base_url": base_url,
        "api_key": key or PLACEHOLDER_API_KEY,
        "timeout": options.timeout_seconds,
        "max_retries": 0,
        "max_tokens": options.max_tokens,
        "temperature": options.temperature,
        "streaming": True,
        "stream_usage": True,
        "http_client": abortable_http_client(timeout=options.timeout_seconds),
    }
    if base_url:
        # OpenAI's own API wants only max_completion_tokens; other servers read max_tokens.
        kwargs["extra_body"] = {"max_tokens": options.max_tokens}
    return kwargs


def _anthropic(model: str, base_url: str | None, options: LLMOptions) -> dict[str, Any]:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if not key and not base_url:
        raise LLMUnavailable("ALLIANCE_BOT_LLM uses anthropic: set ANTHROPIC_API_KEY")
    kwargs: dict[str, Any] = {
        "model": model,
        "api_key": key or PLACEHOLDER_API_KEY,
        "timeout": options.timeout_seconds,
        "max_retries": 0,
        "max_tokens": options.max_tokens,
        "temperature": options.temperature,
    }
    if base_url:
        kwargs["base_url"] = base_url
    return kwargs


def _ollama(model: str, base_url: str | None, options: LLMOptions) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "model": model,
        "num_predict": options.max_tokens,
        "temperature": options.temperature,
        # Ollama's client has no retries; its httpx timeout bounds an abandoned call.
        "client_kwargs": {"timeout": options.timeout_seconds},
    }
    if base_url:
        kwargs["base_url"] = base_url
    return kwargs


_KWARGS: dict[str, Callable[[str, str | None, LLMOptions], dict[str, Any]]] = {
    "openai": _openai,
    "anthropic": _anthropic,
    "ollama": _ollama,
}
