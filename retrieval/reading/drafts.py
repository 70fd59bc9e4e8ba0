"""Draft previews: the edge may listen to an answer's text while a model is still writing it.

The edge (Slack) registers a listener around `Assistant.ask`; the LLM answerer publishes
its growing draft. A context variable carries the listener, so the `ask` signature and the
answerer protocol stay the same, and concurrent questions on other threads never see each
other's drafts. A draft is only a preview: the final answer is the citation-checked one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

logger = logging.getLogger(__name__)

DraftListener = Callable[[str], None]

_listener: ContextVar[DraftListener | None] = ContextVar("draft_listener", default=None)


@contextmanager
def listening(listener: DraftListener) -> Iterator[None]:
    """Send drafts published in this context (this thread) to `listener`."""
    token = _listener.set(listener)
    try:
        yield
    finally:
        _listener.reset(token)


def is_listened() -> bool:
    """True when someone wants drafts; the answerer may then stream."""
    return _listener.get() is not None


def publish(text: str) -> None:
    """Hand the draft so far to the listener; a failing preview never breaks the answer."""
    listener = _listener.get()
    if listener is None:
        return
    try:
        listener(text)
    except Exception:
        logger.warning("draft listener failed; the final answer is unaffected", exc_info=True)
