"""The real Bolt App over real HTTP on 127.0.0.1, with signed requests and a fake Slack API.

The WSGI app is the production one (``bot.slack.server.build_wsgi_app``); only the server differs:
``wsgiref`` with a thread per request instead of gunicorn, which cannot run in a thread.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import urlencode
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App

from bot.ingest_process import IngestJob
from bot.slack.app import create_app
from bot.slack.deps import BotStores
from bot.slack.server import build_wsgi_app
from bot.slack.settings import SlackSettings
from retrieval.ports import Assistant
from tests.fake_slack import FakeSlack
from tests.fakes import FakeAssistant, TrackingRunner

SIGNING_SECRET = "test-signing-secret-0123456789"
BOT_TOKEN = "xoxb-test-token"
CHANNEL = "C0GENERAL"
USER = "U0ASKER"
ADMIN = "U0ADMIN"


def sign(
    body: bytes, *, secret: str = SIGNING_SECRET, timestamp: int | None = None
) -> dict[str, str]:
    """The two headers Slack adds: ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    base = b"v0:" + stamp.encode() + b":" + body
    digest = hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


def envelope(event: dict[str, Any], *, event_id: str = "Ev0001") -> dict[str, Any]:
    """An Events API ``event_callback`` body around `event`."""
    return {
        "token": "legacy-verification-token",
        "team_id": "T0TEST",
        "api_app_id": "A0TEST",
        "event": event,
        "type": "event_callback",
        "event_id": event_id,
        "event_time": int(time.time()),
        "authorizations": [
            {"team_id": "T0TEST", "user_id": "UBOT", "is_bot": True, "is_enterprise_install": False}
        ],
    }


def mention(
    text: str = "Who did Geely partner with?",
    *,
    ts: str = "1700000000.000100",
    channel: str = CHANNEL,
    user: str = USER,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "type": "app_mention",
        "user": user,
        "text": f"<@UBOT> {text}",
        "ts": ts,
        "channel": channel,
        "event_ts": ts,
        **extra,
    }


def message(
    text: str,
    *,
    ts: str = "1700000000.000100",
    channel: str = CHANNEL,
    user: str = USER,
    channel_type: str = "channel",
    **extra: Any,
) -> dict[str, Any]:
    return {
        "type": "message",
        "user": user,
        "text": text,
        "ts": ts,
        "channel": channel,
        "channel_type": channel_type,
        "event_ts": ts,
        **extra,
    }


@dataclass(frozen=True)
class Response:
    status: int
    body: str

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        """The message Slack shows for an ack: plain body, or the "text" of a JSON body."""
        if self.body.startswith("{"):
            return str(self.json().get("text", ""))
        return self.body


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 1024  # the default listen backlog (5) resets concurrent connects


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class ServedApp:
    """Serve a Bolt App's production WSGI app on 127.0.0.1 in a background thread."""

    def __init__(self, app: App) -> None:
        self.server = make_server(
            "127.0.0.1",
            0,
            build_wsgi_app(app),
            server_class=_ThreadingWSGIServer,
            handler_class=_QuietHandler,
        )
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def http_post(port: int, path: str, body: bytes, headers: dict[str, str]) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", path, body=body, headers=headers)
        reply = conn.getresponse()
        return Response(reply.status, reply.read().decode("utf-8"))
    finally:
        conn.close()


def http_get(port: int, path: str) -> Response:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        reply = conn.getresponse()
        return Response(reply.status, reply.read().decode("utf-8"))
    finally:
        conn.close()


class BotHarness:
    """Fake Slack + real App + real HTTP. Use as a context manager (see tests)."""

    def __init__(
        self,
        data_dir: Path,
        *,
        assistant: Assistant | None = None,
        admins: Sequence[str] = (ADMIN,),
        auto_answer_channels: Sequence[str] = (),
        answer_threads: int = 8,
        stores: BotStores | None = None,
        ingest: IngestJob | None = None,
    ) -> None:
        self.slack = FakeSlack().start()
        # Any: tests read the fake's recordings; the e2e test passes the real service.
        self.assistant: Any = assistant or FakeAssistant()
        self.data_dir = data_dir
        self.settings = SlackSettings(
            bot_token=BOT_TOKEN,
            signing_secret=SIGNING_SECRET,
            slack_api_url=self.slack.api_url,
            admin_user_ids=list(admins),
            auto_answer_channels=list(auto_answer_channels),
            data_dir=data_dir,
        )
        self.runner = TrackingRunner(max_workers=answer_threads)
        self.stores = stores or BotStores.in_data_dir(data_dir)
        self.app = create_app(
            slack=self.settings,
            assistant=self.assistant,
            runner=self.runner,
            stores=self.stores,
            ingest=ingest,
        )
        self.served = ServedApp(self.app)

    def __enter__(self) -> BotHarness:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.runner.wait_idle()
        finally:
            self.runner.shutdown()
            self.served.close()
            self.slack.stop()

    # -- requests ------------------------------------------------------------------------
    def post(
        self,
        body: bytes,
        *,
        content_type: str,
        headers: dict[str, str] | None = None,
        signed: bool = True,
    ) -> Response:
        all_headers = {"Content-Type": content_type, **(sign(body) if signed else {})}
        all_headers.update(headers or {})
        return http_post(self.served.port, "/slack/events", body, all_headers)

    def post_json(self, data: dict[str, Any], *, headers: dict[str, str] | None = None) -> Response:
        return self.post(
            json.dumps(data).encode(), content_type="application/json", headers=headers
        )

    def event(
        self, event: dict[str, Any], *, event_id: str = "Ev0001", retry_num: int | None = None
    ) -> Response:
        headers = (
            {}
            if retry_num is None
            else {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"}
        )
        return self.post_json(envelope(event, event_id=event_id), headers=headers)

    def command(
        self,
        command: str,
        text: str = "",
        *,
        user_id: str = USER,
        channel_id: str = CHANNEL,
        response_url: str | None = None,
    ) -> Response:
        form = {
            "token": "legacy",
            "team_id": "T0TEST",
            "team_domain": "test",
            "channel_id": channel_id,
            "channel_name": "general",
            "user_id": user_id,
            "user_name": "someone",
            "command": command,
            "text": text,
            "api_app_id": "A0TEST",
            "response_url": response_url or self.slack.response_url("command"),
            "trigger_id": "1.2.3",
        }
        return self.post(urlencode(form).encode(), content_type="application/x-www-form-urlencoded")

    def click(
        self,
        action_id: str,
        value: str,
        *,
        user_id: str = USER,
        channel_id: str = CHANNEL,
        ephemeral: bool = False,
        response_url: str | None = None,
        thread_ts: str | None = None,
        action_type: str = "button",
    ) -> Response:
        """A click; `thread_ts` puts the clicked message in a thread (as Slack reports it)."""
        payload: dict[str, Any] = {
            "type": "block_actions",
            "user": {"id": user_id, "username": "someone", "team_id": "T0TEST"},
            "api_app_id": "A0TEST",
            "team": {"id": "T0TEST", "domain": "test"},
            "channel": {"id": channel_id, "name": "general"},
            "container": {
                "type": "message",
                "message_ts": "1700000001.000200",
                "channel_id": channel_id,
                "is_ephemeral": ephemeral,
            },
            "trigger_id": "1.2.3",
            "response_url": response_url or self.slack.response_url("click"),
            "actions": [
                {
                    "action_id": action_id,
                    "block_id": "answer_actions",
                    "value": value,
                    "type": action_type,
                    "action_ts": "1700000002.000300",
                }
            ],
        }
        if thread_ts and not ephemeral:
            payload["message"] = {"type": "message", "ts": "1700000001.000200",
                                  "thread_ts": thread_ts, "text": "an answer"}  # fmt: skip
            payload["container"]["thread_ts"] = thread_ts
        return self.interaction(payload)

    def submit_view(
        self,
        callback_id: str,
        values: dict[str, Any],
        *,
        private_metadata: str = "",
        user_id: str = USER,
    ) -> Response:
        """A modal's submission (``view_submission``) with its input state."""
        return self.interaction(
            {
                "type": "view_submission",
                "team": {"id": "T0TEST", "domain": "test"},
                "user": {"id": user_id, "username": "someone", "team_id": "T0TEST"},
                "api_app_id": "A0TEST",
                "trigger_id": "1.2.4",
                "view": {
                    "id": "V0MODAL",
                    "type": "modal",
                    "callback_id": callback_id,
                    "private_metadata": private_metadata,
                    "state": {"values": values},
                },
            }
        )

    def message_shortcut(
        self,
        callback_id: str,
        message: dict[str, Any],
        *,
        channel_id: str = CHANNEL,
        user_id: str = USER,
        response_url: str | None = None,
    ) -> Response:
        """A message shortcut (``message_action``) on `message`."""
        return self.interaction(
            {
                "type": "message_action",
                "callback_id": callback_id,
                "trigger_id": "1.2.5",
                "message_ts": message["ts"],
                "team": {"id": "T0TEST", "domain": "test"},
                "user": {"id": user_id, "name": "someone", "team_id": "T0TEST"},
                "channel": {"id": channel_id, "name": "general"},
                "message": message,
                "response_url": response_url or self.slack.response_url("shortcut"),
            }
        )

    def interaction(self, payload: dict[str, Any]) -> Response:
        """Any interactivity payload (clicks, view submissions, shortcuts), form-encoded."""
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, content_type="application/x-www-form-urlencoded")

    # -- inspection ----------------------------------------------------------------------
    def answers(self) -> list[dict[str, Any]]:
        """Params of every successful chat.postMessage so far."""
        return [call.params for call in self.slack.calls_to("chat.postMessage")]

    def settle(self) -> None:
        """Wait until every background job (answers, reports) has finished."""
        self.runner.wait_idle()
