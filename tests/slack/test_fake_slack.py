"""The fake Slack refuses what Slack refuses, through the real WebClient and WebhookClient."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from tests.fake_slack import FakeSlack

Call = Callable[[WebClient], Any]


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack() as fake:
        yield fake


@pytest.fixture
def client(slack: FakeSlack) -> WebClient:
    return WebClient(token="xoxb-test", base_url=slack.api_url)


def section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def button(text: str = "Go", **extra: Any) -> dict[str, Any]:
    return {"type": "button", "action_id": "a", "text": {"type": "plain_text", "text": text},
            **extra}  # fmt: skip


def feedback(**halves: Any) -> dict[str, Any]:
    element = {"type": "feedback_buttons", "action_id": "f", **halves}
    return {"type": "context_actions", "elements": [element]}


GOOD_HALF = {"text": {"type": "plain_text", "text": "Good"}, "value": "up:x"}


def post(*blocks: dict[str, Any]) -> Call:
    return lambda c: c.chat_postMessage(channel="C1", text="t", blocks=list(blocks))


REFUSED: dict[str, tuple[Call, str]] = {
    "total block text above 12,000": (post(*[section("x" * 3000)] * 4, section("x")),
                                      "msg_blocks_too_long"),
    "51 blocks": (post(*[section("x")] * 51), "invalid_blocks"),
    "section of 3,001": (post(section("x" * 3001)), "invalid_blocks"),
    "empty section": (post(section("")), "invalid_blocks"),
    "unknown block type": (post({"type": "table"}), "invalid_blocks"),
    "button text of 76": (post({"type": "actions", "elements": [button("x" * 76)]}),
                          "invalid_blocks"),
    "button value of 2,001": (post({"type": "actions", "elements": [button(value="v" * 2001)]}),
                              "invalid_blocks"),
    "header of 151": (post({"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}),
                      "invalid_blocks"),
    "11 context elements": (post({"type": "context", "elements": [
        {"type": "mrkdwn", "text": "c"}] * 11}), "invalid_blocks"),
    "feedback_buttons without a negative button": (post(feedback(positive_button=GOOD_HALF)),
                                                   "invalid_blocks"),
    "a repeated block_id": (post({**section("a"), "block_id": "b"},
                                 {**section("c"), "block_id": "b"}), "invalid_blocks"),
    "no text and no blocks": (
        lambda c: c.api_call("chat.postMessage", json={"channel": "C1"}),
        "no_text",
    ),
    "status without status": (lambda c: c.api_call("assistant.threads.setStatus", json={
        "channel_id": "C1", "thread_ts": "1.2"}), "invalid_arguments"),
    "status without thread": (lambda c: c.assistant_threads_setStatus(
        channel_id="C1", thread_ts="", status="x"), "invalid_arguments"),
    "five suggested prompts": (lambda c: c.assistant_threads_setSuggestedPrompts(
        channel_id="D1", prompts=[{"title": "t", "message": "m"}] * 5), "invalid_arguments"),
    "a prompt without a message": (lambda c: c.assistant_threads_setSuggestedPrompts(
        channel_id="D1", prompts=[{"title": "t"}]), "invalid_arguments"),
    "a thread title without title": (lambda c: c.assistant_threads_setTitle(
        channel_id="D1", thread_ts="1.2", title=""), "invalid_arguments"),
    "a stream in a channel without recipient": (lambda c: c.chat_startStream(
        channel="C1", thread_ts="1.2", markdown_text="x"), "invalid_arguments"),
    "appending to a stream never started": (lambda c: c.chat_appendStream(
        channel="D1", ts="9.9", markdown_text="x"), "message_not_in_streaming_state"),
    "a task with an unknown status": (lambda c: c.chat_startStream(channel="D1", thread_ts="1.2",
        chunks=[{"type": "task_update", "id": "t", "title": "T", "status": "done"}]),
        "invalid_chunks"),
    "a modal title of 25": (lambda c: c.views_open(trigger_id="1.2", view={
        "type": "modal", "title": {"type": "plain_text", "text": "t" * 25}, "blocks": []}),
        "invalid_arguments"),
    "a modal with inputs but no submit": (lambda c: c.views_open(trigger_id="1.2", view={
        "type": "modal", "title": {"type": "plain_text", "text": "t"}, "blocks": [{
            "type": "input", "label": {"type": "plain_text", "text": "l"}, "element": {
                "type": "plain_text_input", "action_id": "i"}}]}), "invalid_arguments"),
    "updating a message that does not exist": (lambda c: c.chat_update(
        channel="C1", ts="9.9", text="x"), "message_not_found"),
}  # fmt: skip


@pytest.mark.parametrize(("call", "code"), REFUSED.values(), ids=list(REFUSED))
def test_refused_like_slack(client: WebClient, slack: FakeSlack, call: Call, code: str) -> None:
    with pytest.raises(SlackApiError) as refused:
        call(client)
    assert refused.value.response["error"] == code
    # State errors are not payload refusals.
    stateful = {"message_not_found", "message_not_in_streaming_state"}
    assert len(slack.refused()) == (code not in stateful)


def test_just_under_the_limits_is_accepted(client: WebClient, slack: FakeSlack) -> None:
    blocks = [section("x" * 3000)] * 3 + [section("x" * 2999)]  # 11,999 characters
    client.chat_postMessage(channel="C1", text="t", blocks=blocks)
    client.chat_postMessage(channel="C1", text="t", blocks=[section("x")] * 50)
    half = {**GOOD_HALF, "value": "down:x"}
    both = feedback(positive_button=GOOD_HALF, negative_button=half)
    client.chat_postMessage(channel="C1", text="t", blocks=[both])
    assert slack.refused() == []


def test_a_stream_is_started_appended_stopped_and_then_over(
    client: WebClient, slack: FakeSlack
) -> None:
    started = client.chat_startStream(channel="C1", thread_ts="1.2", recipient_user_id="U1",
                                      recipient_team_id="T1", markdown_text="Hel")  # fmt: skip
    ts = str(started["ts"])
    client.chat_appendStream(channel="C1", ts=ts, markdown_text="lo")
    client.chat_stopStream(channel="C1", ts=ts)
    with pytest.raises(SlackApiError, match="message_not_in_streaming_state"):
        client.chat_appendStream(channel="C1", ts=ts, markdown_text="!")
    client.chat_update(channel="C1", ts=ts, text="replaced")  # a stopped stream is a message


def test_a_reply_clears_the_thread_status(client: WebClient, slack: FakeSlack) -> None:
    client.assistant_threads_setStatus(channel_id="C1", thread_ts="1.2", status="is working")
    client.assistant_threads_setStatus(channel_id="C1", thread_ts="3.4", status="is working")
    assert set(slack.statuses) == {("C1", "1.2"), ("C1", "3.4")}
    client.chat_postMessage(channel="C1", thread_ts="1.2", text="the answer")
    client.assistant_threads_setStatus(channel_id="C1", thread_ts="3.4", status="")
    assert slack.statuses == {}


def test_a_response_url_refuses_with_http_400_and_the_code(slack: FakeSlack) -> None:
    webhook = WebhookClient(slack.response_url("r"))
    response = webhook.send(text="t", blocks=[section("x" * 3000)] * 5)
    assert (response.status_code, response.body) == (400, "msg_blocks_too_long")
    assert webhook.send(text="fine", blocks=[section("x")]).status_code == 200
