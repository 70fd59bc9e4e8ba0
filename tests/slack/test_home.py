"""The App Home tab, its "Summarize" buttons and the admins' Re-ingest button, through the
real Bolt app over HTTP against the fake Slack."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from bot.slack.audit import FileAuditLog
from bot.slack.home import REINGEST_ACTION
from bot.slack.messages import NOT_ADMIN, REINGEST_STARTED
from tests.bot_harness import ADMIN, USER, BotHarness
from tests.fakes import FakeAssistant, alliance

REGISTRY = [
    alliance("Geely", "Volvo", date="2010-03-28", n=1),
    alliance("Geely", "Renault", kind="partnership", date="2022-01-10", n=2),
    alliance("CATL", "BAIC", kind="strategic cooperation agreement", date="2023-03-13", n=3),
    alliance("Nio", "CATL", kind="memorandum of understanding", date="2024-05-01", n=4),
]


@pytest.fixture
def assistant() -> FakeAssistant:
    fake = FakeAssistant()
    fake.registry = list(REGISTRY)
    return fake


def open_home(bot: BotHarness, user: str) -> dict[str, Any]:
    opened = {
        "type": "app_home_opened",
        "user": user,
        "channel": "D0HOME",
        "tab": "home",
        "event_ts": f"{time.time():.6f}",
    }
    assert bot.event(opened, event_id=f"EvHome{user}").status == 200
    bot.settle()
    [published] = bot.slack.calls_to("views.publish")
    assert published.params["user_id"] == user
    view: dict[str, Any] = published.params["view"]
    return view


def actions(view: dict[str, Any]) -> dict[str, str]:
    return {
        element["action_id"]: element["value"]
        for block in view["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    }


def test_the_home_tab_shows_the_store_the_newest_alliances_and_summaries(bot: BotHarness) -> None:
    view = open_home(bot, USER)
    text = json.dumps(view, ensure_ascii=False)
    assert view["type"] == "home" and bot.slack.refused() == []
    assert "*42 news articles*" in text
    assert "Last ingest: 2023-11-14 22:14 UTC — complete — 42 added, 0 skipped" in text
    newest = text.index("Nio – CATL")
    assert newest < text.index("CATL – BAIC") < text.index("Geely – Renault")
    assert "<https://news.example.com/4|Nio &amp; CATL sign a memorandum of understanding>" in text
    buttons = actions(view)
    assert list(buttons.values()) == ["Geely", "CATL", "Volvo", "Renault", "BAIC"]
    assert REINGEST_ACTION not in buttons  # not an admin


def test_an_admin_also_gets_the_reingest_button_with_a_confirmation(bot: BotHarness) -> None:
    view = open_home(bot, ADMIN)
    [button] = [
        e
        for b in view["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == REINGEST_ACTION
    ]
    assert button["style"] == "danger" and button["confirm"]["confirm"]["text"] == "Re-ingest"


def test_summarize_sends_the_summary_to_the_users_dm(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    value = actions(open_home(bot, USER))["home_summarize_0"]
    bot.click("home_summarize_0", value, user_id=USER)
    bot.settle()
    assert assistant.topics == ["Geely"]
    [dm] = bot.answers()
    assert dm["channel"] == USER  # a user id opens the app's DM with them
    assert "Alliance summary: Geely" in json.dumps(dm["blocks"])


def test_the_reingest_button_runs_the_same_checks_and_audit_as_the_command(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    bot.click(REINGEST_ACTION, "reingest", user_id=ADMIN)
    bot.settle()
    assert assistant.ingests == 1
    texts = [call["text"] for call in bot.answers()]
    assert REINGEST_STARTED in texts and any("Re-ingest finished" in t for t in texts)
    bot.click(REINGEST_ACTION, "reingest", user_id=USER)  # a forged click by a non-admin
    bot.settle()
    assert assistant.ingests == 1
    assert bot.answers()[-1]["text"] == NOT_ADMIN
    entries = FileAuditLog(bot.data_dir / "audit.log").entries()
    assert [(e["user_id"], e["outcome"]) for e in entries] == [
        (ADMIN, "started"),
        (ADMIN, "finished"),
        (USER, "denied"),
    ]


def test_an_empty_registry_says_so(bot: BotHarness, assistant: FakeAssistant) -> None:
    assistant.registry = []
    text = json.dumps(open_home(bot, USER))
    assert "The registry is empty" in text and "home_summarize" not in text
