"""The same listeners driven by a Socket Mode envelope through Bolt's socket-mode adapter."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.slack.app import create_app
from bot.slack.blocks import FEEDBACK_UP, SHARE_SUMMARY
from bot.slack.settings import SlackSettings
from tests.bot_harness import BOT_TOKEN, CHANNEL, envelope, mention
from tests.fake_slack import FakeSlack
from tests.fakes import FakeAssistant, TrackingRunner


class RecordingSocketClient:
    """Stands in for the WebSocket client: keeps the acks the adapter sends back."""

    def __init__(self) -> None:
        self.logger = logging.getLogger("fake-socket-mode")
        self.responses: list[SocketModeResponse] = []

    def send_socket_mode_response(self, response: SocketModeResponse) -> None:
        self.responses.append(response)


def test_a_socket_mode_mention_is_acked_and_answered_once(tmp_path: Path) -> None:
    with FakeSlack() as slack:
        settings = SlackSettings(
            bot_token=BOT_TOKEN,
            app_token="xapp-1-test",
            slack_api_url=slack.api_url,
            data_dir=tmp_path / "data",
        )
        assert settings.socket_mode and settings.signing_secret is None
        assistant = FakeAssistant()
        runner = TrackingRunner()
        app = create_app(slack=settings, assistant=assistant, runner=runner)
        handler = SocketModeHandler(app, app_token="xapp-1-test")  # builds, never connects
        client = RecordingSocketClient()
        try:
            body = envelope(mention("Who did Geely partner with?"), event_id="EvSock")
            for attempt in (None, 1):  # the first delivery, then Slack's retry of it
                request = SocketModeRequest(
                    type="events_api",
                    envelope_id=f"env-{attempt}",
                    payload=body,
                    retry_attempt=attempt,
                )
                handler.handle(client, request)  # type: ignore[arg-type]
            runner.wait_idle()
        finally:
            handler.close()  # type: ignore[no-untyped-call]
            runner.shutdown()
        assert [r.envelope_id for r in client.responses] == ["env-None", "env-1"]
        [posted] = slack.calls_to("chat.postMessage")
        assert posted.params["channel"] == CHANNEL
        assert posted.params["thread_ts"] == "1700000000.000100"
        assert assistant.questions == ["Who did Geely partner with?"]


def test_a_socket_mode_click_whose_user_is_a_bare_id_does_not_break_the_listener(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Socket Mode payloads skip the HTTP guard: the listeners themselves take any shape."""
    with FakeSlack() as slack:
        settings = SlackSettings(
            bot_token=BOT_TOKEN, app_token="xapp-1-test", slack_api_url=slack.api_url,
            data_dir=tmp_path / "data",
        )  # fmt: skip
        runner = TrackingRunner()
        app = create_app(slack=settings, assistant=FakeAssistant(), runner=runner)
        handler = SocketModeHandler(app, app_token="xapp-1-test")
        client = RecordingSocketClient()
        try:
            for action_id in (FEEDBACK_UP, SHARE_SUMMARY):
                payload = {
                    "type": "block_actions", "user": "U0ASKER", "channel": "C0GENERAL",
                    "team": {"id": "T0TEST"}, "api_app_id": "A0TEST",
                    "response_url": slack.response_url("click"),
                    "actions": [{"action_id": action_id, "value": "0123456789abcdef"}],
                }  # fmt: skip
                request = SocketModeRequest(
                    type="interactive", envelope_id=f"env-{action_id}", payload=payload
                )
                with caplog.at_level(logging.ERROR):
                    handler.handle(client, request)  # type: ignore[arg-type]
            runner.wait_idle()
        finally:
            handler.close()  # type: ignore[no-untyped-call]
            runner.shutdown()
        assert [r.envelope_id for r in client.responses] == [
            f"env-{FEEDBACK_UP}",
            f"env-{SHARE_SUMMARY}",
        ]
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
