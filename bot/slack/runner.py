"""A bounded pool for the work done after the 3-second ack (answering, re-ingest, sharing).

Bolt's default executor has 5 threads shared by acks and lazy work (FACTS.md: 10 of 15 slow
commands got 404). The app acks on the request thread (``process_before_response=True``)
and hands the slow part to this pool, so acks never wait for answers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Protocol

logger = logging.getLogger(__name__)


class Runner(Protocol):
    def submit(self, job: Callable[[], None], *, name: str) -> Future[None]:
        """Run `job` later on another thread; failures are logged, never lost."""
        ...


class ThreadRunner:
    """A ThreadPoolExecutor whose jobs log their own exceptions (futures would hide them)."""

    def __init__(self, *, max_workers: int) -> None:
        # Threads start on first submit, so creating this before gunicorn forks is safe.
        self._pool = ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix="bot-work")

    def submit(self, job: Callable[[], None], *, name: str) -> Future[None]:
        return self._pool.submit(_logged, job, name)

    def shutdown(self, *, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait)


def _logged(job: Callable[[], None], name: str) -> None:
    try:
        job()
    except Exception:
        logger.exception("background job %s failed", name)
