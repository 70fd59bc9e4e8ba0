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
StageListener = Callable[[str], None]
VERIFY = "verify"  # the draft is complete; its citations are being checked

_listener: ContextVar[DraftListener | None] = ContextVar("draft_listener", default=None)
_stage: ContextVar[StageListener | None] = ContextVar("stage_listener", default=None)


@contextmanager
def listening(listener: DraftListener, *, on_stage: StageListener | None = None) -> Iterator[None]:
    """Send drafts published in this context (this thread) to `listener`, and the stages
    the answer moves through (e.g. VERIFY) to `on_stage`."""
    token = _listener.set(listener)
    stage_token = _stage.set(on_stage)
    try:
        yield
    finally:
        _stage.reset(stage_token)
        _listener.reset(token)


def is_listened() -> bool:
    """True when someone wants drafts; the answerer may then stream."""
    return _listener.get() is not None


def publish(text: str) -> None:
    """Hand the draft so far to the listener; a failing preview never breaks the answer."""
    _tell(_listener, text, what="draft")


def stage(name: str) -> None:
    """Tell the listener the answer reached stage `name`; a failing listener is ignored."""
    _tell(_stage, name, what="stage")


def _tell(variable: ContextVar[Callable[[str], None] | None], value: str, *, what: str) -> None:
    listener = variable.get()
    if listener is None:
        return
    try:
        listener(value)
    except Exception:
        logger.warning("%s listener failed; the final answer is unaffected", what, exc_info=True)
