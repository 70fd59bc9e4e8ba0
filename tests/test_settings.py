from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.settings import Settings, SettingsError, load_settings


def test_defaults_come_from_config(isolated_data_dir: Path) -> None:
    settings = load_settings()
    assert settings.data_dir == isolated_data_dir
    assert settings.embedder.kind == "wordllama"
    assert settings.chroma_url is None


@pytest.mark.parametrize(
    ("variable", "value", "named"),
    [
        ("ALLIANCE_BOT_CHROMA_URL", "localhost:8000", "ALLIANCE_BOT_CHROMA_URL"),
        ("ALLIANCE_BOT_CHROMA_URL", "http://h:notaport", "ALLIANCE_BOT_CHROMA_URL"),
        ("ALLIANCE_BOT_RETRIEVAL__TOP_K", "0", "ALLIANCE_BOT_RETRIEVAL__TOP_K"),
        ("ALLIANCE_BOT_EMBEDDER__KIND", "magic", "ALLIANCE_BOT_EMBEDDER__KIND"),
        ("ALLIANCE_BOT_CHUNKING__CHUNK_OVERLAP", "5000", "ALLIANCE_BOT_CHUNKING"),
        ("ALLIANCE_BOT_CHROMA__COLLECTION", "a b", "ALLIANCE_BOT_CHROMA__COLLECTION"),
    ],
)
def test_bad_values_fail_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch, variable: str, value: str, named: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError, match=named):
        load_settings()


def test_env_overrides_and_url_normalised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", "http://127.0.0.1:8001/")
    monkeypatch.setenv("ALLIANCE_BOT_RETRIEVAL__TOP_K", "9")
    settings = load_settings()
    assert settings.chroma_url == "http://127.0.0.1:8001"
    assert settings.retrieval.top_k == 9


def test_missing_config_file_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_CONFIG", str(tmp_path / "nope.toml"))
    with pytest.raises(SettingsError, match=r"nope\.toml"):
        load_settings()


def test_every_field_is_described() -> None:
    def walk(model: type) -> list[str]:
        missing = []
        for name, field in model.model_fields.items():  # type: ignore[attr-defined]
            annotation = field.annotation
            if isinstance(annotation, type) and hasattr(annotation, "model_fields"):
                missing += [f"{name}.{inner}" for inner in walk(annotation)]
            elif not field.description:
                missing.append(name)
        return missing

    assert walk(Settings) == []
