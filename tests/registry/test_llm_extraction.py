"""The LLM extractor seam: structured output into the same records, kept only if grounded."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage

from retrieval.ingest.documents import load_file
from retrieval.models import Article
from retrieval.registry.llm_extraction import LLMExtractor
from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, Settings

[SEED] = (PROJECT_ROOT / "seeds").glob("001_*.txt")
SIGNED = (
    "ON December 23, GAC Group and SAIC Group signed a strategic cooperation framework "
    "agreement, creating a new situation for the cooperation and development of the "
    "domestic automobile industry."
)


@pytest.fixture
def store_mode() -> str:
    return "embedded"


class ToolCallingFake(GenericFakeChatModel):
    """GenericFakeChatModel that accepts tools, as `with_structured_output` requires."""

    def bind_tools(self, tools: Sequence[Any], **kwargs: Any) -> ToolCallingFake:  # type: ignore[override]
        return self


class RateLimited(ToolCallingFake):
    """A tool-calling model whose every call fails, like a provider that is down."""

    messages: Any = iter(())

    def _generate(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("429 rate limited")


def reply(alliances: list[dict[str, Any]]) -> AIMessage:
    call = {"name": "ExtractedAlliances", "args": {"alliances": alliances}, "id": "call_1"}
    return AIMessage(content="", tool_calls=[call])


def gac_saic(**changes: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "parties": [
            {"name": "GAC", "aliases": ["GAC Group"], "evidence": SIGNED},
            {"name": "SAIC", "aliases": ["SAIC Group"], "evidence": SIGNED},
        ],
        "kind": "framework agreement",
        "label": "strategic cooperation framework agreement",
        "kind_evidence": SIGNED,
        "date": {"value": "--12-23", "text": "ON December 23", "basis": "unknown",
                 "evidence": SIGNED},
        "areas": [
            {"name": "new energy", "evidence": "In the fields of new energy, intelligence, "
             "networking, and lightweighting, the two parties will jointly develop core "
             "technologies and discuss joint investment and development of strategic core "
             "technologies and platforms;"},
            {"name": "space tourism", "evidence": "The two parties will build rockets."},
        ],
    }  # fmt: skip
    facts.update(changes)
    return facts


def seed() -> Article:
    [article], _ = load_file(SEED)
    return article


def test_records_come_back_grounded_in_the_article() -> None:
    invented = gac_saic(
        parties=[
            {"name": "Toyota", "evidence": "Toyota and GAC signed a supply agreement."},
            {"name": "GAC", "evidence": SIGNED},
        ]
    )
    model = ToolCallingFake(messages=iter([reply([gac_saic(), invented])]))
    extraction = LLMExtractor(model, model_name="fake").extract(seed())
    [alliance] = extraction.alliances  # the invented Toyota deal is dropped
    assert alliance.extractor == "llm" and alliance.party_names == ["GAC", "SAIC"]
    assert alliance.date is not None and alliance.date.value == "--12-23"
    assert [area.name for area in alliance.areas] == ["new energy"]  # "rockets" is not there
    assert alliance.source == seed().source


def test_the_service_takes_an_llm_extractor(settings: Settings, tmp_path: Path) -> None:
    folder = tmp_path / "one"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    model = ToolCallingFake(messages=iter([reply([gac_saic()])]))
    service = AllianceService.from_settings(
        settings, extractor=LLMExtractor(model, model_name="fake")
    )
    try:
        service.ingest([folder])
        [alliance] = service.alliances("SAIC")
        assert alliance.extractor == "llm"
        answer = service.ask("Which companies has GAC partnered with?")
        assert answer.answered and "GAC – SAIC" in answer.text
    finally:
        service.close()


def test_the_setting_selects_the_model_and_the_rules_read_what_it_fails_on(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from retrieval.registry.llm_extraction import FallbackExtractor, build_extractor
    from retrieval.settings import load_settings

    monkeypatch.setenv("ALLIANCE_BOT_REGISTRY__EXTRACTOR", "llm")
    monkeypatch.setenv("ALLIANCE_BOT_LLM", "openai:fake")
    settings = load_settings()
    model = ToolCallingFake(messages=iter([reply([gac_saic()])]))
    extractor = build_extractor(settings.registry, model=model, model_name="fake")
    assert isinstance(extractor, FallbackExtractor)
    [by_model] = extractor.extract(seed()).alliances
    assert by_model.extractor == "llm"
    # The model fails on the next article: the rules read it.
    failing = build_extractor(settings.registry, model=RateLimited(), model_name="down")
    [by_rules] = failing.extract(seed()).alliances
    assert by_rules.extractor == "rules"
    assert set(by_rules.party_names) == {"GAC", "SAIC"}
    assert "llm-" in failing.version and "rules-" in failing.version


def test_the_llm_extractor_needs_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from retrieval.settings import SettingsError, load_settings

    monkeypatch.setenv("ALLIANCE_BOT_REGISTRY__EXTRACTOR", "llm")
    monkeypatch.delenv("ALLIANCE_BOT_LLM", raising=False)
    with pytest.raises(SettingsError, match="ALLIANCE_BOT_LLM"):
        load_settings()
