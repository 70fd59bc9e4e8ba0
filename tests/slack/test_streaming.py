"""Native streaming of a model's draft (chat.startStream/appendStream/stopStream through
WebClient.chat_stream) with task updates; the final message is always the checked answer.
The real Bolt app over HTTP; the assistant publishes drafts as a streaming model does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bot.slack.streaming
from bot.slack.streaming import MAX_STREAM_CHARS, preview_text
from tests.bot_harness import USER, BotHarness, mention, message
from tests.fakes import FakeAssistant, answer_for, registry_answer

ROOT = "1700000000.000100"
DRAFTS = ["Geely", "Geely & Volvo signed", "Geely & Volvo signed a deal [1]. Renault too [2]."]
CHECKED = "Geely and Volvo signed a deal [1]."


@pytest.fixture
def assistant(monkeypatch: pytest.MonkeyPatch) -> FakeAssistant:
    monkeypatch.setattr(bot.slack.streaming, "BUFFER_CHARS", 4)
    fake = FakeAssistant([answer_for("q", text=CHECKED)])
    fake.drafts = list(DRAFTS)
    return fake


@pytest.fixture
def harness(tmp_path: Path, assistant: FakeAssistant) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data", assistant=assistant) as served:
        yield served


def streamed(harness: BotHarness) -> tuple[str, list[tuple[str, str]]]:
    """The markdown streamed and the task updates, in order."""
    calls = [c for c in harness.slack.calls if c.method.endswith("Stream") and c.status == 200]
    chunks: list[dict[str, Any]] = [chunk for c in calls for chunk in c.params.get("chunks", [])]
    text = "".join(c["text"] for c in chunks if c["type"] == "markdown_text")
    return text, [(c["id"], c["status"]) for c in chunks if c["type"] == "task_update"]


def test_a_draft_streams_with_its_tasks_then_the_checked_answer_replaces_it(
    harness: BotHarness,
) -> None:
    harness.event(mention())
    harness.settle()
    slack = harness.slack
    [start] = slack.calls_to("chat.startStream")
    assert start.params["thread_ts"] == ROOT and start.params["recipient_user_id"] == USER
    assert start.params["task_display_mode"] == "timeline"
    text, tasks = streamed(harness)
    assert text and "Geely &amp; Volvo signed a deal [1]. Renault too [2].".startswith(text)
    assert tasks == [("search", "complete"), ("draft", "in_progress"), ("draft", "complete"),
                     ("verify", "in_progress"), ("verify", "complete")]  # fmt: skip
    [final] = slack.calls_to("chat.update")
    assert final.params["ts"] == slack.calls_to("chat.stopStream")[0].params["ts"]
    assert final.params["text"] == CHECKED and "Renault" not in json.dumps(final.params)
    assert "feedback_buttons" in json.dumps(final.params["blocks"])
    assert slack.calls_to("chat.postMessage") == [] and slack.refused() == []


def test_in_a_dm_the_stream_needs_no_recipient(harness: BotHarness) -> None:
    harness.event(message("Who did Geely partner with?", channel="D0DM", channel_type="im"))
    harness.settle()
    [start] = harness.slack.calls_to("chat.startStream")
    assert start.params["channel"] == "D0DM"
    assert len(harness.slack.calls_to("chat.update")) == 1


def test_a_stream_slack_refuses_leaves_the_ordinary_answer(harness: BotHarness) -> None:
    harness.slack.error_next("chat.startStream", "not_allowed")
    harness.event(mention())
    harness.settle()
    assert harness.slack.calls_to("chat.appendStream") == []
    [posted] = harness.slack.calls_to("chat.postMessage")
    assert posted.params["text"] == CHECKED and posted.params["thread_ts"] == ROOT


def test_a_draft_that_cannot_be_replaced_is_deleted_and_the_answer_posted(
    harness: BotHarness,
) -> None:
    harness.slack.error_next("chat.update", "cant_update_message")
    harness.event(mention())
    harness.settle()
    [deleted] = harness.slack.calls_to("chat.delete")
    assert deleted.params["ts"] == harness.slack.calls_to("chat.stopStream")[0].params["ts"]
    [posted] = harness.slack.calls_to("chat.postMessage")
    assert posted.params["text"] == CHECKED


def test_a_long_checked_answer_replaces_the_draft_then_continues_in_the_thread(
    harness: BotHarness, assistant: FakeAssistant
) -> None:
    assistant.answers.clear()
    assistant.answers.append(registry_answer(150))
    harness.event(mention("List every joint venture"))
    harness.settle()
    [update] = harness.slack.calls_to("chat.update")
    more = harness.slack.calls_to("chat.postMessage")
    assert "Part 1 of" in json.dumps(update.params["blocks"]) and len(more) >= 1
    assert all(call.params["thread_ts"] == ROOT for call in more)
    assert harness.slack.refused() == []


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        ("Geely", ""),  # shorter than what is held back
        ("Geely signed with Volvo in 2010", "Geely signed with"),
        ("ask @here now, all of you and more", "ask @\u2060here now, all of"),
        ("<!channel> & more text here and there", "&lt;!channel&gt; &amp; more text"),
        ("R&D R&D R&D R&D R&D R&D", "R&amp;D R&amp;D"),
    ],
)
def test_preview_text_streams_whole_escaped_words_and_holds_back_the_tail(
    draft: str, expected: str
) -> None:
    assert preview_text(draft) == expected
    assert preview_text(draft + " and so on and so forth").startswith(expected)
    assert preview_text(draft, final=True).startswith(expected)


def test_escaping_growth_is_capped_in_the_preview_without_cutting_an_entity() -> None:
    shown = preview_text("R&D " * 700)  # 2,800 characters, 5,600 once escaped
    assert shown.startswith("R&amp;D R&amp;D") and shown.endswith("R&amp;D")
    capped = preview_text("R&D " * 5000)
    assert len(capped) <= MAX_STREAM_CHARS and capped.endswith("R&amp;D")
    assert preview_text("R&D " * 6000).startswith(capped)  # stable once capped
