"""Slack's Socket Mode endpoint on 127.0.0.1, for running the real ``serve`` in Socket Mode.

``SocketSlack`` is the fake Web API plus ``apps.connections.open``, which hands out the
``ws://`` URL of a WebSocket server (the ``websockets`` package) that greets each
connection with ``hello``, pushes the envelopes a test sends, and records the acks.
slack_sdk's built-in client connects without TLS to any port but 443.
"""

from __future__ import annotations

import json
import threading
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from tests.fake_slack import FakeSlack, wait_until


class SocketSlack(FakeSlack):
    """Start with ``.start()``, stop with ``.stop()``; `acks` lists acked envelope ids."""

    def __init__(self) -> None:
        super().__init__()
        self.acks: list[str] = []
        self._connections: list[ServerConnection] = []
        self._ws_lock = threading.Lock()
        self._ws: Server = serve(self._session, "127.0.0.1", 0)
        self._ws_thread = threading.Thread(target=self._ws.serve_forever, daemon=True)

    @property
    def socket_url(self) -> str:
        return f"ws://127.0.0.1:{self._ws.socket.getsockname()[1]}/link"

    def start(self) -> SocketSlack:
        super().start()
        self._ws_thread.start()
        return self

    def stop(self) -> None:
        self._ws.shutdown()
        super().stop()

    def _reply(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        if method == "apps.connections.open":
            return {"ok": True, "url": self.socket_url}
        return super()._reply(method, params)

    def _session(self, connection: ServerConnection) -> None:
        hello = {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0TEST"}}
        connection.send(json.dumps(hello))
        with self._ws_lock:
            self._connections.append(connection)
        try:
            for raw in connection:
                message = json.loads(raw)
                with self._ws_lock:
                    self.acks.append(str(message.get("envelope_id")))
        except ConnectionClosed:
            pass

    def wait_connected(self, timeout: float = 60) -> None:
        wait_until(lambda: self._connections, timeout=timeout, what="a Socket Mode connection")

    def push_event(self, body: dict[str, Any]) -> str:
        """Send an ``events_api`` envelope over the newest connection; its envelope id."""
        envelope_id = uuid.uuid4().hex
        envelope = {
            "envelope_id": envelope_id,
            "type": "events_api",
            "payload": body,
            "accepts_response_payload": False,
            "retry_attempt": 0,
            "retry_reason": "",
        }
        with self._ws_lock:
            connection = self._connections[-1]
        connection.send(json.dumps(envelope))
        return envelope_id
