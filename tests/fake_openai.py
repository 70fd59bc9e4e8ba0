"""A scripted OpenAI chat-completions server on 127.0.0.1 for the real langchain-openai client.

Speaks ``POST /v1/chat/completions``: a JSON ``chat.completion`` reply, or Server-Sent Events
(``data: {chunk}`` lines, then ``data: [DONE]``) when the request says ``"stream": true``.
Each request takes the next scripted :class:`Reply`; a reply's content may be a function of
the prompt, so a test can cite the number the prompt gave a particular article. Like a real
model server it notices a client that leaves while it is "generating" (a reply's delay, or
between streamed chunks) and stops: `disconnects` counts those, `max_in_flight` the most
requests it was working on at once.
"""

from __future__ import annotations

import json
import re
import select
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

from tests.loopback import LoopbackServer

Content = str | Callable[[str], str]
Responder = Callable[[dict[str, Any]], "Reply | None"]


@dataclass(frozen=True)
class Reply:
    """One scripted response: content (or an HTTP error status), after an optional delay."""

    content: Content = ""
    status: int = 200
    delay: float = 0.0
    chunk_chars: int = 8  # streamed replies arrive in pieces of this many characters
    chunk_delay: float = 0.0


def prompt_text(request: dict[str, Any]) -> str:
    """Every message's content of a recorded request, joined (what the model was shown)."""
    return "\n".join(str(message.get("content", "")) for message in request.get("messages", []))


def source_number(prompt: str, title_fragment: str) -> int:
    """The [n] the grounded prompt gave the article whose title contains `title_fragment`."""
    for match in re.finditer(r'<source id="(\d+)">\s*title: ([^\n]*)', prompt):
        if title_fragment.lower() in match.group(2).lower():
            return int(match.group(1))
    raise AssertionError(f"no source titled like {title_fragment!r} in the prompt")


class FakeOpenAI(LoopbackServer):
    """Start with ``FakeOpenAI().start()``; ``base_url`` ends with ``/v1``."""

    def __init__(self, *, respond: Responder | None = None) -> None:
        """`respond` answers requests nothing was scripted for (e.g. recorded drafts)."""
        self._respond = respond
        self.requests: list[dict[str, Any]] = []
        self.request_times: list[float] = []  # time.monotonic() at each request's arrival
        self.disconnects = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self._replies: deque[Reply] = deque()
        self._lock = threading.Lock()
        super().__init__(self._handler_class())

    @property
    def base_url(self) -> str:
        return f"{self.root_url}/v1"

    def script(self, *replies: Reply | str) -> None:
        """Queue replies for the next requests (a plain string is a 200 with that content)."""
        with self._lock:
            self._replies.extend(r if isinstance(r, Reply) else Reply(r) for r in replies)

    def pending(self) -> int:
        with self._lock:
            return len(self._replies)

    def prompts(self) -> list[str]:
        with self._lock:
            return [prompt_text(request) for request in self.requests]

    def _next(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.requests.append(request)
            self.request_times.append(time.monotonic())
            if self._replies:
                return self._replies.popleft()
        found = self._respond(request) if self._respond is not None else None
        return found or Reply(status=599, content="no reply scripted for this request")

    def _count(self, step: int) -> None:
        with self._lock:
            self.in_flight += step
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            if step < 0 and self.in_flight < 0:
                raise AssertionError("unbalanced in-flight count")

    def _left(self) -> None:
        with self._lock:
            self.disconnects += 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        return type("Handler", (_Handler,), {"fake": self})


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI  # set on the per-server subclass
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = json.loads(self.rfile.read(length) or b"{}")
        reply = self.fake._next(request)
        self.fake._count(+1)
        try:
            self._answer(request, reply)
        except (BrokenPipeError, ConnectionResetError, _ClientLeft):
            self.fake._left()  # the client gave up (timeout): stop working for it
            self.close_connection = True
        finally:
            self.fake._count(-1)

    def _answer(self, request: dict[str, Any], reply: Reply) -> None:
        self._work(reply.delay)
        content = reply.content
        text = content(prompt_text(request)) if callable(content) else content
        if reply.status != 200:
            self._json(reply.status, {"error": {"message": text, "type": "server"}})
        elif request.get("stream"):
            self._stream(request, text, reply)
        else:
            self._json(200, _completion(request, text))

    def _work(self, seconds: float) -> None:
        """Sleep like a model generating, but stop when the client hangs up."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            readable, _, _ = select.select([self.connection], [], [], min(left, 0.05))
            if readable and not self.connection.recv(1, socket.MSG_PEEK):
                raise _ClientLeft

    def _json(self, status: int, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, request: dict[str, Any], text: str, reply: Reply) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Connection", "close")
        self.end_headers()
        step = max(reply.chunk_chars, 1)
        pieces = [text[i : i + step] for i in range(0, len(text), step)]
        for index, piece in enumerate(pieces):
            delta: dict[str, Any] = {"content": piece}
            if index == 0:
                delta["role"] = "assistant"
            self._event(_chunk(request, delta, None))
            self._work(reply.chunk_delay)
        self._event(_chunk(request, {}, "stop"))
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
        self.close_connection = True

    def _event(self, payload: dict[str, Any]) -> None:
        self.wfile.write(b"data: " + json.dumps(payload).encode() + b"\n\n")
        self.wfile.flush()


class _ClientLeft(Exception):
    """The client closed the connection while the reply was being "generated"."""


def _completion(request: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
    }


def _chunk(request: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": request.get("model", "test-model"),
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
