"""``/alliance-reingest``: admins only, audited, one at a time, progress and report by DM."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import render_notice
from bot.slack.deps import BotDeps
from bot.slack.locks import LockUnavailable
from bot.slack.messages import (
    NOT_ADMIN,
    REINGEST_BUSY,
    REINGEST_LOCK_UNAVAILABLE,
    REINGEST_STARTED,
    failure_text,
    ingest_report_text,
    progress_text,
)
from retrieval.memory import release_freed_memory
from retrieval.models import IngestReport

logger = logging.getLogger(__name__)

REINGEST_COMMAND = "/alliance-reingest"
ACTION = "reingest"
PROGRESS_INTERVAL_SECONDS = 3.0


def register_reingest_listener(app: App, deps: BotDeps) -> None:
    @app.command(REINGEST_COMMAND)
    def on_reingest(ack: Ack, command: dict[str, Any], client: WebClient) -> None:
        ack(text=start_reingest(user_id=str(command["user_id"]), client=client, deps=deps))


def start_reingest(*, user_id: str, client: WebClient, deps: BotDeps) -> str:
    """Check, audit and start; returns the ephemeral reply for the slash command's ack."""
    audit = deps.stores.audit
    if user_id not in deps.admin_user_ids:
        audit.record(user_id=user_id, action=ACTION, outcome="denied")
        return NOT_ADMIN
    lock = deps.stores.reingest_lock
    try:
        acquired = lock.try_acquire()
    except LockUnavailable:
        logger.exception("re-ingest requested by %s: the shared lock is unreachable", user_id)
        audit.record(user_id=user_id, action=ACTION, outcome="failed", detail="lock unavailable")
        return REINGEST_LOCK_UNAVAILABLE
    if not acquired:
        audit.record(user_id=user_id, action=ACTION, outcome="busy")
        return REINGEST_BUSY
    audit.record(user_id=user_id, action=ACTION, outcome="started")
    try:
        deps.runner.submit(
            lambda: run_reingest(user_id=user_id, client=client, deps=deps), name="reingest"
        )
    except BaseException:
        lock.release()
        raise
    return REINGEST_STARTED


def run_reingest(*, user_id: str, client: WebClient, deps: BotDeps) -> None:
    """Run the ingest on the pool, keep one DM updated with progress, then DM the report."""
    try:
        progress = ThrottledProgress(send=_progress_message(client, user_id))
        try:
            report = deps.ingest(progress=progress)
        except Exception as error:
            logger.exception("re-ingest requested by %s failed", user_id)
            deps.stores.audit.record(
                user_id=user_id, action=ACTION, outcome="failed", detail=type(error).__name__
            )
            _dm(client, user_id, failure_text(error))
            return
        deps.stores.audit.record(
            user_id=user_id, action=ACTION, outcome="finished", detail=_counts(report)
        )
        _dm(client, user_id, ingest_report_text(report))
    finally:
        deps.stores.reingest_lock.release()
        release_freed_memory()  # an ingest's buffers would otherwise stay in this worker


def _counts(report: IngestReport) -> str:
    return (
        f"added={len(report.added)} updated={len(report.updated)} "
        f"removed={len(report.removed)} skipped={len(report.skipped)}"
    )


def _dm(client: WebClient, user_id: str, text: str) -> dict[str, Any] | None:
    """Message the admin (a user id as channel opens the app's DM); None when Slack refuses."""
    message = render_notice(text)
    try:
        response = client.chat_postMessage(
            channel=user_id, text=message.text, blocks=message.blocks
        )
    except SlackApiError:
        logger.exception("could not DM %s", user_id)
        return None
    return dict(response.data) if isinstance(response.data, dict) else None


def _progress_message(client: WebClient, user_id: str) -> Callable[[str], None]:
    """Post one DM on the first progress line, then edit it in place (no DM flood)."""
    posted: dict[str, Any] = {}

    def send(line: str) -> None:
        text = progress_text(line)
        if not posted:
            posted.update(_dm(client, user_id, text) or {})
            return
        client.chat_update(
            channel=posted["channel"], ts=posted["ts"], text=text, blocks=render_notice(text).blocks
        )

    return send


class ThrottledProgress:
    """A progress callback that forwards at most one line per interval, and never raises."""

    def __init__(
        self,
        *,
        send: Callable[[str], None],
        interval: float = PROGRESS_INTERVAL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._send = send
        self._interval = interval
        self._clock = clock
        self._last: float | None = None

    def __call__(self, line: str) -> None:
        now = self._clock()
        if self._last is not None and now - self._last < self._interval:
            return
        self._last = now
        try:
            self._send(line)
        except Exception:
            # Slack being slow or rate-limited must not abort the ingest itself.
            logger.warning("progress update failed", exc_info=True)
