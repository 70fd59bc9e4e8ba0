"""config/slack_manifest.yaml and config/.env.example agree with the code."""

from __future__ import annotations

import re

import pytest

from bot.slack.commands import HELP_COMMAND, SUMMARY_COMMAND
from bot.slack.reingest import REINGEST_COMMAND
from bot.slack.settings import SlackSettings, load_slack_settings
from retrieval.settings import PROJECT_ROOT

CONFIG = PROJECT_ROOT / "config"


def test_manifest_declares_what_the_bot_uses() -> None:
    yaml = pytest.importorskip("yaml")
    manifest = yaml.safe_load((CONFIG / "slack_manifest.yaml").read_text(encoding="utf-8"))
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {
        "app_mentions:read",
        "chat:write",
        "commands",
        "im:history",
        "channels:history",
        "groups:history",
        "reactions:write",
        "files:write",
        "im:write",
        "metadata.message:read",
    } <= scopes
    # Least privilege: no scope the code does not use.
    assert "users:read" not in scopes
    settings = manifest["settings"]
    assert {"app_mention", "message.im", "message.channels"} <= set(
        settings["event_subscriptions"]["bot_events"]
    )
    assert settings["interactivity"]["is_enabled"] is True
    assert "socket_mode_enabled" in settings
    commands = {c["command"] for c in manifest["features"]["slash_commands"]}
    assert commands == {SUMMARY_COMMAND, REINGEST_COMMAND, HELP_COMMAND}
    urls = [c["url"] for c in manifest["features"]["slash_commands"]]
    urls += [
        settings["event_subscriptions"]["request_url"],
        settings["interactivity"]["request_url"],
    ]
    assert all(url.endswith("/slack/events") for url in urls)


def test_env_example_names_every_setting_and_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (CONFIG / ".env.example").read_text(encoding="utf-8")
    pairs = dict(re.findall(r"^([A-Z_]+)=(.*)$", text, flags=re.MULTILINE))
    aliases = {str(field.validation_alias) for field in SlackSettings.model_fields.values()}
    assert aliases == set(pairs)
    for name, value in pairs.items():
        monkeypatch.setenv(name, value.strip("'"))  # what `set -a; . ./.env` leaves
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "filled-in")
    loaded = load_slack_settings()
    assert loaded.admin_user_ids == ["U0123ABCDE"] and not loaded.socket_mode
