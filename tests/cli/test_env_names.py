"""An ``ALLIANCE_BOT_*`` variable no setting reads gets a warning naming the closest one."""

from __future__ import annotations

import pytest

from bot.cli.env_names import known_variables, unknown_variable_warnings
from bot.cli.main import main


def test_every_documented_variable_is_known() -> None:
    known = known_variables()
    for name in (
        "ALLIANCE_BOT_DATA_DIR",
        "ALLIANCE_BOT_EMBEDDER__KIND",
        "ALLIANCE_BOT_LLM_OPTIONS__STREAM",
        "ALLIANCE_BOT_INGEST__MAX_ARTICLE_CHARS",
        "ALLIANCE_BOT_REDIS_URL",
        "ALLIANCE_BOT_SLACK_ANSWER_THREADS",
        "ALLIANCE_BOT_CONFIG",
        "ALLIANCE_BOT_VENV",
    ):
        assert name in known


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("ALLIANCE_BOT_EMBEDER__KIND", "ALLIANCE_BOT_EMBEDDER__KIND"),
        ("ALLIANCE_BOT_DATADIR", "ALLIANCE_BOT_DATA_DIR"),
        ("ALLIANCE_BOT_SLACK_ANSWER_THREAD", "ALLIANCE_BOT_SLACK_ANSWER_THREADS"),
        ("alliance_bot_chroma_ulr", "ALLIANCE_BOT_CHROMA_URL"),
    ],
)
def test_a_typo_names_the_closest_valid_variable(typo: str, meant: str) -> None:
    [warning] = unknown_variable_warnings({typo: "secret-value", "ALLIANCE_BOT_DATA_DIR": "x"})
    assert typo in warning and f"did you mean {meant}?" in warning
    assert "secret-value" not in warning


def test_valid_names_and_other_prefixes_are_quiet() -> None:
    environ = {"ALLIANCE_BOT_DATA_DIR": "x", "alliance_bot_llm": "y", "SLACK_BOT_TOKEN": "z"}
    assert unknown_variable_warnings(environ) == []
    [far] = unknown_variable_warnings({"ALLIANCE_BOT_ZZZ": "1"})
    assert "did you mean" not in far and "README" in far


def test_the_cli_warns_at_start(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_EMBEDER__KIND", "hash")
    assert main(["status"]) == 0
    err = capsys.readouterr().err
    assert "ALLIANCE_BOT_EMBEDER__KIND" in err and "ALLIANCE_BOT_EMBEDDER__KIND" in err
