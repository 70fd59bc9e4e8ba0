"""bot.slack.settings: typed, validated, secrets never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.slack.settings import SlackSettingsError, load_slack_settings

BASE = {"SLACK_BOT_TOKEN": "xoxb-secret-bot", "SLACK_SIGNING_SECRET": "shh-signing"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "ALLIANCE_BOT_SLACK_API_URL",
        "ALLIANCE_BOT_ADMIN_USER_IDS",
        "ALLIANCE_BOT_AUTO_ANSWER_CHANNELS",
        "ALLIANCE_BOT_SLACK_ANSWER_THREADS",
    ):
        monkeypatch.delenv(name, raising=False)


def load(monkeypatch: pytest.MonkeyPatch, **env: str) -> object:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return load_slack_settings()


def test_http_mode_settings_from_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in {
        **BASE,
        "ALLIANCE_BOT_SLACK_API_URL": "http://127.0.0.1:9/api",
        "ALLIANCE_BOT_ADMIN_USER_IDS": '["U0ADMIN", "W0ORG"]',
        "ALLIANCE_BOT_AUTO_ANSWER_CHANNELS": '["C0ASK"]',
        "ALLIANCE_BOT_DATA_DIR": str(tmp_path),
    }.items():
        monkeypatch.setenv(name, value)
    loaded = load_slack_settings()
    assert loaded.slack_api_url == "http://127.0.0.1:9/api/"
    assert loaded.admin_user_ids == ["U0ADMIN", "W0ORG"]
    assert loaded.auto_answer_channels == ["C0ASK"]
    assert loaded.data_dir == tmp_path
    assert not loaded.socket_mode
    assert "xoxb-secret-bot" not in repr(loaded) and "shh-signing" not in repr(loaded)


def test_data_dir_defaults_like_retrieval(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALLIANCE_BOT_DATA_DIR", raising=False)
    for name, value in BASE.items():
        monkeypatch.setenv(name, value)
    assert load_slack_settings().data_dir == Path(".alliance-bot")


def test_socket_mode_needs_no_signing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-1")
    monkeypatch.setenv("SLACK_APP_TOKEN", "xapp-1")
    assert load_slack_settings().socket_mode


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxp-user-token", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": ""}, "SLACK_SIGNING_SECRET"),
        ({**BASE, "SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN"),
        ({**BASE, "ALLIANCE_BOT_SLACK_API_URL": "ftp://x"}, "ALLIANCE_BOT_SLACK_API_URL"),
        ({**BASE, "ALLIANCE_BOT_ADMIN_USER_IDS": '["alice"]'}, "ALLIANCE_BOT_ADMIN_USER_IDS"),
        ({**BASE, "ALLIANCE_BOT_ADMIN_USER_IDS": "U1,U2"}, "ALLIANCE_BOT_ADMIN_USER_IDS"),
        (
            {**BASE, "ALLIANCE_BOT_AUTO_ANSWER_CHANNELS": '["#general"]'},
            "ALLIANCE_BOT_AUTO_ANSWER_CHANNELS",
        ),
        ({**BASE, "ALLIANCE_BOT_SLACK_ANSWER_THREADS": "0"}, "ALLIANCE_BOT_SLACK_ANSWER_THREADS"),
    ],
)
def test_bad_values_fail_naming_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], named: str
) -> None:
    with pytest.raises(SlackSettingsError) as raised:
        load(monkeypatch, **env)
    message = str(raised.value)
    assert named in message
    for secret in ("xoxp-user-token", "shh-signing", "xoxb-wrong"):
        assert secret not in message
