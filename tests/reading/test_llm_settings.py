"""Choosing a model: the ALLIANCE_BOT_LLM settings and the chat model factory."""

from __future__ import annotations

import pytest
from langchain_openai import ChatOpenAI

from retrieval.index.embeddings import build_embedder
from retrieval.reading import chat_models
from retrieval.reading.chat_models import PLACEHOLDER_API_KEY, LLMUnavailable, build_chat_model
from retrieval.reading.extractive import ExtractiveAnswerer
from retrieval.reading.followups import LLMCondenser, standalone_query
from retrieval.reading.llm_answer import LLMAnswerer
from retrieval.reading.readers import ModelListingWriter, keep_listing, with_language_model
from retrieval.settings import EmbedderSettings, SettingsError, load_settings


def test_no_llm_by_default_means_the_extractive_answerer() -> None:
    settings = load_settings()
    assert settings.llm is None and settings.llm_base_url is None
    extractive = ExtractiveAnswerer(
        embedder=build_embedder(EmbedderSettings(kind="hash")), settings=settings.answer
    )
    readers = with_language_model(settings, extractive)
    assert readers.answerer is extractive and readers.condense is standalone_query
    assert readers.listing is keep_listing


def test_the_two_documented_env_names_and_the_options_group(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_LLM", " OpenAI:gpt-4o-mini ")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1/")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_OPTIONS__TIMEOUT_SECONDS", "2.5")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_OPTIONS__STREAM", "true")
    settings = load_settings()
    assert settings.llm == "openai:gpt-4o-mini"
    assert settings.llm_base_url == "http://127.0.0.1:8000/v1"
    assert settings.llm_options.timeout_seconds == 2.5 and settings.llm_options.stream


def test_model_names_may_contain_colons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "ollama:llama3.1:8b")
    assert chat_models.split_spec(load_settings().llm or "") == ("ollama", "llama3.1:8b")


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ALLIANCE_BOT_LLM", "mistral:large", "provider one of openai, anthropic, ollama"),
        ("ALLIANCE_BOT_LLM", "gpt-4o", "must be provider:model"),
        ("ALLIANCE_BOT_LLM", "openai:", "must be provider:model"),
        ("ALLIANCE_BOT_LLM_BASE_URL", "localhost:8000", "must look like http://host:port/v1"),
        ("ALLIANCE_BOT_LLM_OPTIONS__TIMEOUT_SECONDS", "0", "greater than 0"),
        ("ALLIANCE_BOT_LLM_OPTIONS__TEMPERATURE", "3", "less than or equal to 2"),
        ("ALLIANCE_BOT_LLM_OPTIONS__MAX_TOKENS", "1", "greater than or equal to 16"),
        ("ALLIANCE_BOT_LLM_OPTIONS__STREAM", "maybe", "valid boolean"),
        ("ALLIANCE_BOT_LLM_OPTIONS__MAX_CONCURRENT_CALLS", "0", "greater than or equal to 1"),
    ],
)
def test_bad_values_name_the_setting(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str, message: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as raised:
        load_settings()
    assert f"{name}:" in str(raised.value) and message in str(raised.value)


def test_openai_is_built_with_timeout_limits_and_no_retries_of_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:gpt-4o-mini")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_OPTIONS__MAX_TOKENS", "300")
    model = build_chat_model(load_settings())
    assert isinstance(model, ChatOpenAI)
    assert model.model_name == "gpt-4o-mini"
    # Retries are ours (retrieval.reading.model_calls), bounded by the answer's deadline.
    assert model.request_timeout == 30.0 and model.max_retries == 0
    assert model.max_tokens == 300 and model.temperature == 0.0
    assert model.streaming and model.extra_body is None  # OpenAI itself: no max_tokens
    assert model.openai_api_key is not None
    assert model.openai_api_key.get_secret_value() == "sk-test"


def test_a_local_server_needs_no_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:qwen2.5")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_BASE_URL", "http://127.0.0.1:8000/v1")
    model = build_chat_model(load_settings())
    assert isinstance(model, ChatOpenAI)
    assert model.openai_api_base == "http://127.0.0.1:8000/v1"
    assert model.openai_api_key is not None
    assert model.openai_api_key.get_secret_value() == PLACEHOLDER_API_KEY
    assert model.extra_body == {"max_tokens": 600}


def test_openai_without_a_key_or_server_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:gpt-4o-mini")
    with pytest.raises(LLMUnavailable, match="OPENAI_API_KEY"):
        build_chat_model(load_settings())


@pytest.mark.parametrize("provider", ["anthropic", "ollama", "openai"])
def test_a_missing_provider_package_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, provider: str
) -> None:
    def missing(name: str) -> object:
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(chat_models, "import_module", missing)
    monkeypatch.setenv("ALLIANCE_BOT_LLM", f"{provider}:some-model")
    with pytest.raises(LLMUnavailable) as raised:
        build_chat_model(load_settings())
    assert f"pip install 'alliance-bot[{provider}]'" in str(raised.value)
    assert isinstance(raised.value, SettingsError)  # the CLI prints it and exits 2


def test_an_llm_setting_gives_the_llm_answerer_and_condenser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:some-model")
    monkeypatch.setenv("ALLIANCE_BOT_LLM_BASE_URL", "http://127.0.0.1:9/v1")
    settings = load_settings()
    extractive = ExtractiveAnswerer(
        embedder=build_embedder(EmbedderSettings(kind="hash")), settings=settings.answer
    )
    readers = with_language_model(settings, extractive)
    assert isinstance(readers.answerer, LLMAnswerer)
    assert isinstance(readers.condense, LLMCondenser)
    assert isinstance(readers.listing, ModelListingWriter)
