"""Call a chat model with a hard deadline, optionally watching the text as it streams.

Provider clients have their own timeouts, but they apply per HTTP request (retries add up)
and some stall between streamed chunks. Here the call runs on a daemon thread and the
caller waits at most `timeout` seconds in total, so a Slack thread is never held hostage;
an abandoned call ends on its own when the client's timeout fires.
"""

from __future__ import annotations

import queue
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

TextCallback = Callable[[str], None]

# Reasoning models (DeepSeek-R1, QwQ on vLLM or Ollama) think aloud first; that is not the
# answer, and its musings ("else reply CANNOT_ANSWER") must not be read as one. An
# unfinished block (mid-stream) is hidden up to the end.
_REASONING = re.compile(r"<think>.*?(?:</think>|\Z)\s*", re.DOTALL | re.IGNORECASE)


class ModelTimeout(TimeoutError):
    """The model did not finish within the deadline."""


@dataclass(frozen=True)
class _Finished:
    error: Exception | None = None


def generate(
    model: BaseChatModel,
    messages: Sequence[BaseMessage],
    *,
    timeout: float,
    stream: bool = False,
    on_text: TextCallback | None = None,
) -> str:
    """The model's reply text (reasoning removed); `on_text` gets the text so far after
    each streamed piece.

    Raises ModelTimeout after `timeout` seconds, or whatever the model raised.
    """
    pieces: queue.Queue[str | _Finished] = queue.Queue()
    worker = threading.Thread(
        target=_produce, args=(model, list(messages), stream, pieces), daemon=True, name="llm"
    )
    worker.start()
    deadline = time.monotonic() + timeout
    text = ""
    while True:
        remaining = deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise queue.Empty
            item = pieces.get(timeout=remaining)
        except queue.Empty:
            raise ModelTimeout(f"no complete reply within {timeout:g} s") from None
        if isinstance(item, _Finished):
            if item.error is not None:
                raise item.error
            return strip_reasoning(text)
        text += item
        if on_text is not None and item:
            on_text(strip_reasoning(text))


def strip_reasoning(text: str) -> str:
    """`text` without ``<think>…</think>`` blocks."""
    return _REASONING.sub("", text)


def _produce(
    model: BaseChatModel,
    messages: list[BaseMessage],
    stream: bool,
    pieces: queue.Queue[str | _Finished],
) -> None:
    """Runs on the worker thread: every piece of text, then _Finished (with any error)."""
    try:
        if stream:
            for chunk in model.stream(messages):
                pieces.put(chunk.text)
        else:
            pieces.put(model.invoke(messages).text)
    except Exception as error:  # handed to the waiting caller, which decides
        pieces.put(_Finished(error))
        return
    pieces.put(_Finished())
