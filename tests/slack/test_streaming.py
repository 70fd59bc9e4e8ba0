"""bot.slack.streaming.SlackDraft: placeholder, throttled edits, final replacement, failures."""

from __future__ import annotations

from typing import Any

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

import bot.slack.streaming
from bot.slack.blocks import SlackMessage
from bot.slack.messages import ANSWER_ERROR
from bot.slack.streaming import SlackDraft


class RecordingClient:
    """Just enough of WebClient: records postMessage/update, can be told to fail."""

    def __init__(self, *, fail: set[str] | None = None) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail = fail or set()

    def chat_postMessage(self, **params: Any) -> dict[str, Any]:
        return self._call(
            "chat.postMessage", params, {"ok": True, "ts": "5.000001", "channel": "C1"}
        )

    def chat_update(self, **params: Any) -> dict[str, Any]:
        return self._call("chat.update", params, {"ok": True})

    def _call(self, method: str, params: dict[str, Any], reply: dict[str, Any]) -> dict[str, Any]:
        self.calls.append((method, params))
        if method in self.fail:
            response = SlackResponse(
                client=None, http_verb="POST", api_url=method, req_args={},
                data={"ok": False, "error": "invalid_blocks"}, headers={}, status_code=200,
            )  # fmt: skip
            raise SlackApiError("failed", response)
        return reply


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    now = [100.0]
    monkeypatch.setattr(bot.slack.streaming.time, "monotonic", lambda: now[0])
    return now


def draft_for(client: RecordingClient) -> SlackDraft:
    return SlackDraft(client, channel="C1", thread_ts="1.000100", interval=1.0)  # type: ignore[arg-type]


def test_the_first_draft_posts_a_placeholder_and_later_ones_edit_it_once_a_second(
    clock: list[float],
) -> None:
    client = RecordingClient()
    draft = draft_for(client)
    assert not draft.started
    draft("Geely")
    draft("Geely signed")  # too soon: skipped
    clock[0] += 1.1
    draft("Geely signed")
    draft("   ")
    clock[0] += 1.1
    draft("Geely signed")  # unchanged: skipped
    assert [method for method, _ in client.calls] == ["chat.postMessage", "chat.update"]
    posted, updated = (params for _, params in client.calls)
    assert posted["thread_ts"] == "1.000100" and posted["text"] == "Geely"
    assert updated["ts"] == "5.000001" and updated["text"] == "Geely signed"
    assert bot.slack.streaming.DRAFTING_NOTE in str(updated["blocks"])
    assert draft.started


def test_draft_text_is_escaped() -> None:
    client = RecordingClient()
    draft_for(client)("<!channel> & <https://evil|x>")
    assert client.calls[0][1]["text"] == "&lt;!channel&gt; &amp; &lt;https://evil|x&gt;"


def test_finish_replaces_the_placeholder_with_the_final_message() -> None:
    client = RecordingClient()
    draft = draft_for(client)
    draft("Geely")
    assert draft.finish(SlackMessage(text="final [1]", blocks=[{"type": "section"}]))
    method, params = client.calls[-1]
    assert method == "chat.update" and params["text"] == "final [1]"


def test_a_rejected_final_message_becomes_the_error_notice() -> None:
    client = RecordingClient()
    draft = draft_for(client)
    draft("Geely")
    client.fail = {"chat.update"}
    assert not draft.finish(SlackMessage(text="final [1]"))
    assert [params["text"] for _, params in client.calls[1:]] == ["final [1]", ANSWER_ERROR]


def test_a_failed_placeholder_stops_previews_and_leaves_posting_to_the_caller(
    clock: list[float],
) -> None:
    client = RecordingClient(fail={"chat.postMessage"})
    draft = draft_for(client)
    draft("Geely")
    clock[0] += 5
    draft("Geely signed")
    assert len(client.calls) == 1 and not draft.started
