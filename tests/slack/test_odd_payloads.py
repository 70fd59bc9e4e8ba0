"""Signed but odd payloads for the AI-app surface (view submissions, shortcuts, Home and
agent events, feedback_buttons) get 200 or 400, never 500, and no background job fails."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.slack.blocks import FEEDBACK_ACTION
from bot.slack.home import REINGEST_ACTION
from bot.slack.layout import SOURCES_ACTION
from bot.slack.shortcuts import ASK_SHORTCUT
from bot.slack.votes import REASONS_VIEW
from tests.bot_harness import BotHarness

ODD_INTERACTIONS: dict[str, dict[str, Any]] = {
    "a view submission without a user": {
        "type": "view_submission",
        "view": {"type": "modal", "callback_id": REASONS_VIEW,
                 "private_metadata": '{"ref": "0123456789abcdef"}',
                 "state": {"values": {"reasons": {"picked": {"selected_options": "all"}}}}},
    },
    "a view submission with a state of the wrong shape": {
        "type": "view_submission", "user": {"id": "U1"},
        "view": {"type": "modal", "callback_id": REASONS_VIEW, "private_metadata": "[]",
                 "state": ["x"]},
    },
    "a shortcut without a message": {
        "type": "message_action", "callback_id": ASK_SHORTCUT, "user": {"id": "U1"},
        "channel": {"id": "C1"}, "response_url": "https://hooks.example.com/x",
    },
    "a shortcut on a message whose text is a list": {
        "type": "message_action", "callback_id": ASK_SHORTCUT, "user": {"id": "U1"},
        "channel": {"id": "C1"}, "message": {"ts": "1.2", "text": ["a"]},
        "response_url": "https://hooks.example.com/x",
    },
}  # fmt: skip
ODD_CLICKS = [
    (FEEDBACK_ACTION, "down:"),
    (FEEDBACK_ACTION, "up:0123456789abcdef:extra"),
    (SOURCES_ACTION, "../../etc/passwd"),
    (REINGEST_ACTION, ""),
    ("home_summarize_0", "x" * 5000),
]
ODD_EVENTS = [
    {"type": "app_home_opened", "user": "U1", "tab": ["home"]},
    {"type": "app_home_opened", "user": {"id": "U1"}, "tab": "home"},
    {"type": "app_home_opened", "channel": 5, "tab": "messages"},
    {"type": "assistant_thread_started", "assistant_thread": "D1/1.2"},
    {"type": "assistant_thread_started", "assistant_thread": {"channel_id": None}},
]


@pytest.fixture
def bot(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Iterator[BotHarness]:
    caplog.set_level(logging.ERROR)
    with BotHarness(tmp_path / "bot-data") as harness:
        yield harness
    assert not [r for r in caplog.records if "background job" in r.getMessage()]


@pytest.mark.parametrize("payload", ODD_INTERACTIONS.values(), ids=list(ODD_INTERACTIONS))
def test_odd_interactions(bot: BotHarness, payload: dict[str, Any]) -> None:
    assert bot.interaction(payload).status in (200, 400)
    bot.settle()
    assert bot.stores.feedback.votes() == []


@pytest.mark.parametrize(("action_id", "value"), ODD_CLICKS)
def test_odd_clicks(bot: BotHarness, action_id: str, value: str) -> None:
    assert bot.click(action_id, value, action_type="feedback_buttons").status == 200
    bot.settle()
    assert bot.stores.feedback.votes() == [] and bot.assistant.ingests == 0


@pytest.mark.parametrize("event", ODD_EVENTS)
def test_odd_events(bot: BotHarness, event: dict[str, Any]) -> None:
    assert bot.event({**event, "event_ts": "1.2"}).status in (200, 400)
    bot.settle()
