"""A fake Slack Web API on 127.0.0.1: records every call, answers plausibly, scriptable.

Point a real ``slack_sdk.WebClient(base_url=fake.api_url)`` at it (the URL ends with '/').
``response_url`` endpoints live under ``/respond/<name>`` and are recorded as method
``"respond"``. File uploads follow ``files_upload_v2``: ``files.getUploadURLExternal`` hands
out ``/upload/<file id>``, the client POSTs the bytes there (recorded as method ``"upload"``,
bytes kept in ``uploads``), then calls ``files.completeUploadExternal``. Waiting helpers poll
the recorded calls, so tests never sleep blindly.

It refuses what Slack refuses (tests/fake_slack_rules.py: block limits, the total block text,
view limits, required fields of the AI-app methods), keeps the state those methods have
(thread statuses, cleared by a reply; streams, which must be started before they are
appended to and are over once stopped) and records every refusal in ``refusals``.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Any, TypeVar
from urllib.parse import parse_qsl

from tests import fake_slack_rules
from tests.loopback import LoopbackServer

T = TypeVar("T")

AUTH_TEST = {
    "ok": True,
    "url": "https://test.slack.com/",
    "team": "Test Team",
    "user": "alliancebot",
    "team_id": "T0TEST",
    "user_id": "UBOT",
    "bot_id": "BBOT",
    "is_enterprise_install": False,
}


@dataclass(frozen=True)
class Call:
    """One recorded request: API method (or "respond"), decoded params, headers, status."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    status: int
    path: str = ""
    at: float = field(default_factory=time.monotonic)


@dataclass
class Script:
    """Per-method scripted failures: HTTP status (e.g. 429) or Slack error codes (ok=false)."""

    statuses: list[tuple[int, int]] = field(default_factory=list)  # (status, retry_after)
    errors: list[str] = field(default_factory=list)


class FakeSlack(LoopbackServer):
    """Start with ``FakeSlack().start()``; stop with ``.stop()`` (or use as a context manager)."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.replies: dict[tuple[str, str], list[dict[str, Any]]] = {}
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes POSTed to its upload URL
        self.auth_test: dict[str, Any] = dict(AUTH_TEST)
        self.refusals: list[tuple[str, str]] = []  # (method, why) for every refused payload
        self.statuses: dict[tuple[str, str], str] = {}  # (channel, thread_ts) -> status shown
        self.streams: dict[str, str] = {}  # ts -> "streaming" | "stopped"
        self.messages: dict[tuple[str, str], dict[str, Any]] = {}  # (channel, ts) -> message
        self._scripts: dict[str, Script] = {}
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        super().__init__(self._handler_class())

    @property
    def base_url(self) -> str:
        return self.root_url

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/api/"

    def response_url(self, name: str = "r1") -> str:
        return f"{self.base_url}/respond/{name}"

    # -- scripting -----------------------------------------------------------------------
    def fail_next(
        self, method: str, times: int = 1, *, status: int = 429, retry_after: int = 1
    ) -> None:
        """The next `times` calls of `method` get HTTP `status` (429 with Retry-After)."""
        with self._lock:
            script = self._scripts.setdefault(method, Script())
            script.statuses.extend([(status, retry_after)] * times)

    def error_next(self, method: str, error: str, times: int = 1) -> None:
        """The next `times` calls of `method` get ``{"ok": false, "error": error}``."""
        with self._lock:
            self._scripts.setdefault(method, Script()).errors.extend([error] * times)

    def set_replies(self, channel: str, thread_ts: str, messages: list[dict[str, Any]]) -> None:
        """What conversations.replies returns for that thread."""
        with self._lock:
            self.replies[(channel, thread_ts)] = messages

    # -- inspection ----------------------------------------------------------------------
    def calls_to(self, method: str, *, ok_only: bool = True) -> list[Call]:
        with self._lock:
            return [
                call
                for call in self.calls
                if call.method == method and (not ok_only or call.status == 200)
            ]

    def wait_for(self, method: str, count: int = 1, *, timeout: float = 5.0) -> list[Call]:
        """Poll until `count` successful calls of `method` were recorded; fail on timeout."""
        return wait_until(
            lambda: calls if len(calls := self.calls_to(method)) >= count else None,
            timeout=timeout,
            what=f"{count} call(s) to {method}; got {[c.method for c in self.calls]}",
        )

    # -- HTTP ----------------------------------------------------------------------------
    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output clean

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers_in = {k.lower(): v for k, v in self.headers.items()}
                if self.path.startswith("/upload/"):
                    status, headers, payload = fake._upload(self.path, body, headers_in)
                else:
                    status, headers, payload = fake._handle(
                        self.path, body.decode("utf-8"), headers_in
                    )
                plain = isinstance(payload, str)  # response_url errors are plain text
                data = (payload if plain else json.dumps(payload)).encode("utf-8")
                self.send_response(status)
                kind = "text/plain" if plain else "application/json"
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST

        return Handler

    def _handle(
        self, path: str, raw: str, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any] | str]:
        route, _, query = path.partition("?")
        params = _decode(raw, headers.get("content-type", ""))
        params.update(dict(parse_qsl(query)))
        method = route.removeprefix("/api/") if route.startswith("/api/") else "respond"
        with self._lock:
            script = self._scripts.get(method)
            if script and script.statuses:
                status, retry_after = script.statuses.pop(0)
                self.calls.append(Call(method, params, headers, status, route))
                return (
                    status,
                    {"Retry-After": str(retry_after)},
                    {"ok": False, "error": "ratelimited"},
                )
            error = script.errors.pop(0) if script and script.errors else None
            if error is None and (error := fake_slack_rules.check(method, params)) is not None:
                self.refusals.append((method, fake_slack_rules.why(method, params)))
            error = error or self._state_error(method, params)
            if error is not None:
                if method == "respond":  # response_url: HTTP 400 and the code as text
                    self.calls.append(Call(method, params, headers, 400, route))
                    return 400, {}, error
                self.calls.append(Call(method, params, headers, 200, route))
                return 200, {}, {"ok": False, "error": error}
            self.calls.append(Call(method, params, headers, 200, route))
            return 200, {}, self._reply(method, params)

    def _state_error(self, method: str, params: dict[str, Any]) -> str | None:
        """What Slack refuses because of a stream's or message's state."""
        ts = str(params.get("ts", ""))
        if (
            method in ("chat.appendStream", "chat.stopStream")
            and self.streams.get(ts) != "streaming"
        ):
            return "message_not_in_streaming_state"
        if method == "chat.update" and (str(params.get("channel")), ts) not in self.messages:
            return "message_not_found"
        return None

    def _upload(
        self, path: str, body: bytes, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any] | str]:
        """The upload URL: Slack answers a plain 200 "OK"; the bytes are kept for tests."""
        file_id = path.removeprefix("/upload/")
        with self._lock:
            self.uploads[file_id] = body
            params = {"file_id": file_id, "bytes": len(body)}
            self.calls.append(Call("upload", params, headers, 200, path))
        return 200, {}, {"ok": True}

    def _reply(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        ts = f"{1_700_000_000 + next(self._ts)}.000200"
        channel = str(params.get("channel", ""))
        self._keep_state(method, params, ts)
        replies: dict[str, Callable[[], dict[str, Any]]] = {
            "auth.test": lambda: self.auth_test,
            "chat.postMessage": lambda: _posted(channel, params, ts),
            "chat.startStream": lambda: {"ok": True, "channel": channel, "ts": ts},
            "chat.appendStream": lambda: {"ok": True, "channel": channel, "ts": params["ts"]},
            "chat.stopStream": lambda: {"ok": True, "channel": channel, "ts": params["ts"]},
            "views.open": lambda: {"ok": True, "view": {"id": f"V{ts.replace('.', '')}"}},
            "views.publish": lambda: {"ok": True, "view": {"id": f"V{ts.replace('.', '')}"}},
            "chat.postEphemeral": lambda: {"ok": True, "message_ts": ts},
            "chat.update": lambda: {
                "ok": True,
                "channel": channel,
                "ts": params.get("ts"),
                "text": params.get("text"),
            },
            "conversations.open": lambda: {
                "ok": True,
                "channel": {"id": "D" + str(params.get("users", "U0"))[1:]},
            },
            "files.getUploadURLExternal": lambda: {
                "ok": True,
                "file_id": f"F{ts.replace('.', '')}",
                "upload_url": f"{self.base_url}/upload/F{ts.replace('.', '')}",
            },
            "files.completeUploadExternal": lambda: {
                "ok": True,
                "files": [{"id": f["id"], "title": f.get("title")} for f in _files(params)],
            },
            "conversations.replies": lambda: {
                "ok": True,
                "messages": self.replies.get((channel, str(params.get("ts"))), []),
                "has_more": False,
            },
        }
        if method in replies:
            return replies[method]()
        if method.startswith("files."):
            upload_url = f"{self.base_url}/upload/F0TEST"
            return {"ok": True, "file": {"id": "F0TEST"}, "file_id": "F0TEST",
                    "upload_url": upload_url, "files": [{"id": "F0TEST"}]}  # fmt: skip
        return {"ok": True}

    def _keep_state(self, method: str, params: dict[str, Any], ts: str) -> None:
        """Messages that exist, streams and their state, statuses (a reply clears them)."""
        channel = str(params.get("channel", ""))
        if method in ("chat.postMessage", "chat.startStream"):
            real = _posted(channel, params, ts)["channel"]
            self.messages[(real, ts)] = dict(params)
            if params.get("thread_ts"):
                self.statuses.pop((real, str(params["thread_ts"])), None)
        if method == "chat.startStream":
            self.streams[ts] = "streaming"
        if method == "chat.stopStream":
            self.streams[str(params["ts"])] = "stopped"
        if method == "chat.update":
            self.messages[(channel, str(params["ts"]))] = dict(params)
        if method == "assistant.threads.setStatus":
            key = (str(params["channel_id"]), str(params["thread_ts"]))
            if params["status"]:
                self.statuses[key] = str(params["status"])
            else:
                self.statuses.pop(key, None)

    def refused(self) -> list[tuple[str, str]]:
        with self._lock:
            return list(self.refusals)


def _files(params: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``files`` argument of files.completeUploadExternal (a JSON string in the form)."""
    files = params.get("files", "[]")
    decoded = json.loads(files) if isinstance(files, str) else files
    return [item for item in decoded if isinstance(item, dict)]


def _posted(channel: str, params: dict[str, Any], ts: str) -> dict[str, Any]:
    # Posting to a user id opens the app's DM with them.
    real = "D" + channel[1:] if channel.startswith(("U", "W")) else channel
    message = {"type": "message", "text": params.get("text", ""), "user": "UBOT",
               "bot_id": "BBOT", "ts": ts}  # fmt: skip
    return {"ok": True, "channel": real, "ts": ts, "message": message}


def _decode(raw: str, content_type: str) -> dict[str, Any]:
    """JSON or form body to a dict; JSON-encoded form fields (blocks) decoded too."""
    if not raw:
        return {}
    if "json" in content_type:
        data = json.loads(raw)
        return data if isinstance(data, dict) else {"_": data}
    params: dict[str, Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for key in ("blocks", "attachments", "payload", "view", "prompts", "chunks"):
        if isinstance(params.get(key), str) and params[key].startswith(("[", "{")):
            params[key] = json.loads(params[key])
    return params


def wait_until(
    check: Callable[[], T | None], *, timeout: float = 5.0, what: str = "condition"
) -> T:
    """Poll `check` every 10 ms until it returns something truthy; AssertionError on timeout."""
    deadline = time.monotonic() + timeout
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.01)
