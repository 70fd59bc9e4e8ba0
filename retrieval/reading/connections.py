"""HTTP connections of model calls that can be cut when the caller stops waiting.

A model server keeps working on a request until the connection closes: an answer abandoned
at its deadline would otherwise still cost the server its whole generation (measured with
llama.cpp: three timed-out questions left 70 s of work nobody read). So the HTTP client of
the chat model records, for the call running on the current thread, every socket it opens,
and `CallConnections.abort` shuts them down: the blocked read on the worker thread returns
at once and the server sees the client leave.

How: httpx lets a request hook set httpcore's ``trace`` extension, whose
``connection.connect_tcp.complete`` event hands over the new stream (and its socket).
Connections are not kept alive between calls, so every call's socket is opened — and
recorded — on that call's own thread; a loopback or keep-alive-less TCP handshake is
nothing beside a model's seconds.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx

_current = threading.local()


class CallConnections:
    """The sockets one model call opened; `abort` shuts them (and any opened later)."""

    def __init__(self) -> None:
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._aborted = False

    @property
    def opened(self) -> int:
        with self._lock:
            return len(self._sockets)

    def track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            aborted = self._aborted
        if aborted:  # opened after the caller gave up: close it before anything is sent
            _shut(sock)

    def abort(self) -> None:
        with self._lock:
            self._aborted = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


@contextlib.contextmanager
def tracking(connections: CallConnections) -> Iterator[None]:
    """Sockets opened on this thread inside the block belong to `connections`."""
    previous = getattr(_current, "connections", None)
    _current.connections = connections
    try:
        yield
    finally:
        _current.connections = previous


def abortable_http_client(*, timeout: float) -> httpx.Client:
    """A synchronous httpx client whose connections `tracking` can see (no keep-alive)."""
    return httpx.Client(
        timeout=timeout,
        follow_redirects=True,
        limits=httpx.Limits(max_keepalive_connections=0),
        event_hooks={"request": [_trace_connections]},
    )


def _trace_connections(request: httpx.Request) -> None:
    chained = request.extensions.get("trace")

    def trace(event: str, info: dict[str, Any]) -> None:
        if event == "connection.connect_tcp.complete":
            connections = getattr(_current, "connections", None)
            stream = info.get("return_value")
            sock = stream.get_extra_info("socket") if stream is not None else None
            if connections is not None and isinstance(sock, socket.socket):
                connections.track(sock)
        if chained is not None:
            chained(event, info)

    request.extensions["trace"] = trace


def _shut(sock: socket.socket) -> None:
    # shutdown, not close: close() does not wake a thread blocked reading the socket, and
    # it would free the descriptor under that thread's feet. httpx closes it afterwards.
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
