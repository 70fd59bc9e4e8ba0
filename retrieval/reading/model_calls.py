"""Call a chat model within one deadline, optionally watching the text as it streams.

Provider clients have their own timeouts, but they apply per HTTP request (their retries
add up, and a retry may start after the caller has given up) and some stall between
streamed chunks. Here one deadline covers everything a call costs: waiting for a free
model slot (`CallGate`, a per-process cap on concurrent calls), the request, and any
retry, which starts only while the deadline leaves time for it. The request runs on a
daemon thread; when the deadline passes the caller stops waiting and the request's
connection is shut (`retrieval.reading.connections`), so the server stops too.
"""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from retrieval.reading.connections import CallConnections, tracking

logger = logging.getLogger(__name__)

TextCallback = Callable[[str], None]

# A retry needs at least this much of the deadline left to be worth starting.
MIN_RETRY_SECONDS = 1.0
RETRYABLE_STATUS = frozenset({408, 409, 429})

# Reasoning models (DeepSeek-R1, QwQ on vLLM or Ollama) think aloud first; that is not the
# answer, and its musings ("else reply CANNOT_ANSWER") must not be read as one. An
# unfinished block (mid-stream) is hidden up to the end.
_REASONING = re.compile(r"<think>.*?(?:</think>|\Z)\s*", re.DOTALL | re.IGNORECASE)


class ModelTimeout(TimeoutError):
    """The model did not finish within the deadline (or no model slot freed up in time)."""


class StreamBroken(RuntimeError):
    """The stream failed after text had arrived; not retried (the draft was shown)."""


class CallGate:
    """At most `limit` model calls in flight in this process; a call holds its slot until
    its request has really ended, so abandoned calls count until their connection is cut."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    def acquire(self, timeout: float) -> bool:
        return timeout > 0 and self._slots.acquire(timeout=timeout)

    def release(self) -> None:
        self._slots.release()


@dataclass(frozen=True)
class Reply:
    """The model's reply text (reasoning removed) and the tokens it cost, when reported."""

    text: str
    input_tokens: int | None = None
    output_tokens: int | None = None


@dataclass(frozen=True)
class _Finished:
    error: Exception | None = None
    usage: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Call:
    model: BaseChatModel
    messages: list[BaseMessage]
    stream: bool
    on_text: TextCallback | None
    gate: CallGate | None


def generate(
    model: BaseChatModel,
    messages: Sequence[BaseMessage],
    *,
    timeout: float,
    stream: bool = False,
    on_text: TextCallback | None = None,
    retries: int = 0,
    gate: CallGate | None = None,
) -> Reply:
    """The model's reply (reasoning removed); `on_text` gets the text so far after each
    streamed piece.

    Raises ModelTimeout once `timeout` seconds have passed in total, or the last error when
    it is not retryable or no retry is left (or fits before the deadline).
    """
    call = _Call(model, list(messages), stream, on_text, gate)
    deadline = time.monotonic() + timeout
    attempt = 0
    while True:
        try:
            return _attempt(call, deadline)
        except ModelTimeout:
            raise
        except Exception as error:
            left = deadline - time.monotonic()
            if attempt >= retries or not is_retryable(error) or left < MIN_RETRY_SECONDS:
                raise
            attempt += 1
            logger.info("model call failed (%s); retry %d with %.1f s left", error, attempt, left)


def is_retryable(error: Exception) -> bool:
    """Rate limits, server errors and connection failures; not bad requests or auth."""
    if isinstance(error, StreamBroken):
        return False
    status = getattr(error, "status_code", None)
    if isinstance(status, int):
        return status in RETRYABLE_STATUS or status >= 500
    if isinstance(error, httpx.TransportError | ConnectionError):
        return True
    # Provider SDKs wrap transport failures: openai/anthropic APIConnectionError and
    # APITimeoutError (imported nowhere here: the providers are optional extras).
    name = type(error).__name__
    return "Connection" in name or "Timeout" in name


def strip_reasoning(text: str) -> str:
    """`text` without ``<think>…</think>`` blocks."""
    return _REASONING.sub("", text)


def _attempt(call: _Call, deadline: float) -> Reply:
    if call.gate is not None and not call.gate.acquire(deadline - time.monotonic()):
        raise ModelTimeout(f"all {call.gate.limit} model call slots stayed busy until the deadline")
    pieces: queue.Queue[str | _Finished] = queue.Queue()
    connections = CallConnections()
    worker = threading.Thread(
        target=_produce, args=(call, pieces, connections), daemon=True, name="llm"
    )
    worker.start()
    text = ""
    while True:
        remaining = deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise queue.Empty
            item = pieces.get(timeout=remaining)
        except queue.Empty:
            connections.abort()  # the server stops working for nobody
            raise ModelTimeout("no complete reply before the deadline") from None
        if isinstance(item, _Finished):
            if item.error is None:
                tokens = item.usage or (None, None)
                return Reply(strip_reasoning(text), *tokens)
            if text:
                raise StreamBroken(str(item.error)) from item.error
            raise item.error
        text += item
        if call.on_text is not None and item:
            call.on_text(strip_reasoning(text))


def _produce(
    call: _Call, pieces: queue.Queue[str | _Finished], connections: CallConnections
) -> None:
    """Runs on the worker thread: every piece of text, then _Finished (with any error)."""
    usage: list[tuple[int, int]] = []
    try:
        with tracking(connections):
            if call.stream:
                for chunk in call.model.stream(call.messages):
                    pieces.put(chunk.text)
                    usage += _usage(chunk)
            else:
                message = call.model.invoke(call.messages)
                pieces.put(message.text)
                usage += _usage(message)
    except Exception as error:  # handed to the waiting caller, which decides
        pieces.put(_Finished(error))
        return
    finally:
        if call.gate is not None:
            call.gate.release()
    total = (sum(u[0] for u in usage), sum(u[1] for u in usage)) if usage else None
    pieces.put(_Finished(usage=total))


def _usage(message: BaseMessage) -> list[tuple[int, int]]:
    """(input, output) tokens the message reports; a streamed reply reports them once."""
    metadata = getattr(message, "usage_metadata", None)
    if not metadata:
        return []
    return [(int(metadata.get("input_tokens", 0)), int(metadata.get("output_tokens", 0)))]
