"""config/slack_manifest.yaml and config/.env.example agree with the code."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema
import pytest
import yaml

from bot.slack.ask import ASK_COMMAND
from bot.slack.commands import HELP_COMMAND, SUMMARY_COMMAND
from bot.slack.reingest import REINGEST_COMMAND
from bot.slack.settings import SlackSettings, load_slack_settings
from bot.slack.shortcuts import ASK_SHORTCUT
from retrieval.settings import PROJECT_ROOT

CONFIG = PROJECT_ROOT / "config"
SCHEMA = PROJECT_ROOT / "tests" / "data" / "slack_manifest.schema.json"


def load_manifest() -> dict[str, Any]:
    manifest: dict[str, Any] = yaml.safe_load(
        (CONFIG / "slack_manifest.yaml").read_text(encoding="utf-8")
    )
    return manifest


def test_manifest_passes_the_schema_of_the_fields_it_uses() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(load_manifest(), schema, cls=jsonschema.Draft202012Validator)


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (("features", "agent_view", "suggested_prompts"), [{"title": "t", "message": "m"}] * 5),
        (("features", "agent_view", "agent_descripton"), "a typo"),
        (("features", "shortcuts"), [{"name": "n", "callback_id": "c", "type": "message"}]),
        (("display_information", "name"), "A" * 36),
        (("settings", "event_subscriptions", "request_url"), "http://insecure/slack/events"),
    ],
)
def test_the_schema_catches_a_bad_manifest(path: tuple[str, ...], bad: object) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    manifest = load_manifest()
    target = manifest
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(manifest, schema, cls=jsonschema.Draft202012Validator)


def test_manifest_declares_what_the_bot_uses() -> None:
    manifest = load_manifest()
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
        "assistant:write",
        "mpim:history",
        "metadata.message:read",
    } <= scopes
    # Least privilege: no scope the code does not use.
    assert "users:read" not in scopes
    settings = manifest["settings"]
    assert {
        "app_mention",
        "message.im",
        "message.channels",
        "message.mpim",
        "app_home_opened",
        "assistant_thread_started",
    } <= set(settings["event_subscriptions"]["bot_events"])
    features = manifest["features"]
    assert features["app_home"]["home_tab_enabled"] is True
    assert features["agent_view"]["agent_description"]
    [shortcut] = features["shortcuts"]
    assert (shortcut["callback_id"], shortcut["type"]) == (ASK_SHORTCUT, "message")
    assert settings["interactivity"]["is_enabled"] is True
    assert "socket_mode_enabled" in settings
    commands = {c["command"] for c in manifest["features"]["slash_commands"]}
    assert commands == {SUMMARY_COMMAND, REINGEST_COMMAND, HELP_COMMAND, ASK_COMMAND}
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
