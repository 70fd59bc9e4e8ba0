"""Progress while answering: Slack's thread status with loading messages, cleared by the
reply; the ⏳ reaction only where the status is refused. Real Bolt app over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.slack.messages import STORE_UNAVAILABLE
from bot.slack.status import LOADING_MESSAGES, WORKING_REACTION
from retrieval.errors import StoreUnavailable
from tests.bot_harness import CHANNEL, BotHarness, mention
from tests.fakes import FakeAssistant

ROOT = "1700000000.000100"


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data") as harness:
        yield harness


def methods(bot: BotHarness) -> list[str]:
    return [call.method for call in bot.slack.calls if call.method != "auth.test"]


def test_the_status_shows_while_answering_and_the_reply_clears_it(bot: BotHarness) -> None:
    bot.event(mention())
    bot.settle()
    assert methods(bot) == ["assistant.threads.setStatus", "chat.postMessage"]
    [status] = bot.slack.calls_to("assistant.threads.setStatus")
    assert (status.params["channel_id"], status.params["thread_ts"]) == (CHANNEL, ROOT)
    assert status.params["status"] == "is looking this up…"
    assert status.params["loading_messages"] == LOADING_MESSAGES
    assert bot.slack.statuses == {}


def test_where_the_status_is_refused_a_reaction_shows_it_instead(bot: BotHarness) -> None:
    bot.slack.error_next("assistant.threads.setStatus", "missing_scope")
    bot.event(mention())
    bot.settle()
    assert methods(bot) == [
        "assistant.threads.setStatus",
        "reactions.add",
        "chat.postMessage",
        "reactions.remove",
    ]
    added, removed = (
        bot.slack.calls_to("reactions.add")[0],
        bot.slack.calls_to("reactions.remove")[0],
    )
    for call in (added, removed):
        assert (call.params["timestamp"], call.params["name"]) == (ROOT, WORKING_REACTION)


def test_without_a_reply_the_status_is_cleared_by_us(bot: BotHarness) -> None:
    bot.slack.error_next("chat.postMessage", "is_archived", times=2)  # answer and apology
    bot.event(mention())
    bot.settle()
    statuses = [c.params["status"] for c in bot.slack.calls_to("assistant.threads.setStatus")]
    assert statuses == ["is looking this up…", ""]
    assert bot.slack.statuses == {}


def test_a_failed_answer_apologises_in_the_thread_which_clears_the_status(tmp_path: Path) -> None:
    assistant = FakeAssistant(error=StoreUnavailable("chroma is down"))
    with BotHarness(tmp_path / "d", assistant=assistant) as bot:
        bot.event(mention())
        bot.settle()
        [reply] = bot.slack.calls_to("chat.postMessage")
        assert reply.params["text"] == STORE_UNAVAILABLE and reply.params["thread_ts"] == ROOT
        assert bot.slack.statuses == {}
