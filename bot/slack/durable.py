"""Running accepted jobs so that each posts its reply at most once, and none is lost.

:class:`JobKeeper` is this process's side of the job store (bot.slack.jobs): it accepts
jobs, keeps their leases alive from a heartbeat thread while they wait or run, and runs
them through a :class:`FencedClient`. The fence marks the job "posting" before the reply
goes out (refusing if another worker took the job over meanwhile), tags the reply with the
job's key (Slack message metadata) and records its ``ts`` right after. A job taken over
from a worker that died between those two steps is first looked up in its thread: if the
tagged reply is there, it is recorded instead of posted again.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web import SlackResponse

from bot.slack.jobs import JobRecord, JobStore

logger = logging.getLogger(__name__)

METADATA_EVENT = "alliance_bot_answer"
REPLIES_LIMIT = 200


class JobLost(RuntimeError):
    """Another worker holds (or finished) this job now; this worker must not post."""


@dataclass(frozen=True)
class Target:
    """Where a job's reply goes: the thread, and the message it answers."""

    channel: str
    thread_ts: str
    ts: str


class JobKeeper:
    """Accept, hold (heartbeat) and run jobs for this process."""

    def __init__(self, store: JobStore, *, lease_seconds: float) -> None:
        self.store = store
        self.lease = lease_seconds
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        self._held: set[str] = set()
        self._lock = threading.Lock()
        self._heartbeat: threading.Thread | None = None
        self._wake = threading.Event()

    # -- holding ---------------------------------------------------------------------------
    def accept(self, key: str, payload: str) -> JobRecord | None:
        """Write (or take over) the job before the ack; the record to run, or None."""
        return self._hold(self.store.accept(key, payload, owner=self.owner, lease=self.lease))

    def take(self, key: str) -> JobRecord | None:
        """Take over an expired job (a sweep found it); the record to run, or None."""
        return self._hold(self.store.take(key, owner=self.owner, lease=self.lease))

    def release(self, key: str) -> None:
        with self._lock:
            self._held.discard(key)

    def held(self) -> set[str]:
        with self._lock:
            return set(self._held)

    def _hold(self, record: JobRecord | None) -> JobRecord | None:
        if record is not None:
            with self._lock:
                if record.key in self._held:
                    # Ours already (our heartbeat was late): it is queued or running here;
                    # running it twice could post twice.
                    return None
                self._held.add(record.key)
                if self._heartbeat is None:
                    # Started on demand and gone when nothing is held: no idle thread per app.
                    self._heartbeat = threading.Thread(
                        target=self._beat, name="job-heartbeat", daemon=True
                    )
                    self._heartbeat.start()
        return record

    def _beat(self) -> None:
        while True:
            self._wake.wait(self.lease / 3)
            with self._lock:
                keys = set(self._held)
                if not keys:
                    self._heartbeat = None
                    return
            try:
                lost = self.store.renew(keys, owner=self.owner, lease=self.lease)
            except Exception:
                logger.warning("could not renew %d job lease(s)", len(keys), exc_info=True)
                continue
            for key in lost:
                logger.warning("job %s was taken over by another worker", key)

    # -- running ---------------------------------------------------------------------------
    def run(
        self,
        record: JobRecord,
        client: WebClient,
        target: Target,
        work: Callable[[WebClient], None],
    ) -> None:
        """Run `work` with a fenced client, then finish the job; always release it."""
        try:
            if self._already_posted(record, client, target):
                self.store.finish(record.key, owner=self.owner)
                return
            work(FencedClient(client, keeper=self, key=record.key, target=target))
            self.store.finish(record.key, owner=self.owner)
        except JobLost:
            logger.info("job %s belongs to another worker now; not posting", record.key)
        finally:
            self.release(record.key)

    def _already_posted(self, record: JobRecord, client: WebClient, target: Target) -> bool:
        """True when an earlier holder posted the reply (recorded, or found in the thread)."""
        if record.posted_ts is not None:
            return True
        if record.state != "posting":
            return False  # nobody got as far as posting
        found = find_tagged_reply(client, target, record.key)
        if found is not None:
            self.store.posted(record.key, owner=self.owner, ts=found)
            return True
        return False


def find_tagged_reply(client: WebClient, target: Target, key: str) -> str | None:
    """The ts of the reply tagged with job `key` in the target thread, if it is there."""
    try:
        response = client.conversations_replies(
            channel=target.channel,
            ts=target.thread_ts,
            oldest=target.ts,
            include_all_metadata=True,
            limit=REPLIES_LIMIT,
        )
    except SlackApiError:
        logger.warning("could not look for job %s in its thread; posting again", key)
        return None
    for message in response.get("messages") or []:
        metadata = message.get("metadata") or {}
        payload = metadata.get("event_payload") or {}
        if metadata.get("event_type") == METADATA_EVENT and payload.get("job") == key:
            return str(message.get("ts"))
    return None


class FencedClient(WebClient):
    """The job's Web API client: replies into its thread go through the job's fence."""

    def __init__(self, base: WebClient, *, keeper: JobKeeper, key: str, target: Target) -> None:
        super().__init__(
            token=base.token,
            base_url=base.base_url,
            timeout=base.timeout,
            ssl=base.ssl,
            proxy=base.proxy,
            headers=dict(base.headers),
            retry_handlers=list(base.retry_handlers),
        )
        self._keeper = keeper
        self._key = key
        self._target = target

    def api_call(
        self, api_method: str, *, json: dict[str, Any] | None = None, **kwargs: Any
    ) -> SlackResponse:
        if api_method != "chat.postMessage" or not self._is_reply(json):
            return super().api_call(api_method, json=json, **kwargs)
        store, owner = self._keeper.store, self._keeper.owner
        if not store.begin_post(self._key, owner=owner):
            raise JobLost(self._key)
        assert json is not None  # _is_reply checked it
        tagged = {**json, "metadata": {"event_type": METADATA_EVENT,
                                       "event_payload": {"job": self._key}}}  # fmt: skip
        response = super().api_call(api_method, json=tagged, **kwargs)
        store.posted(self._key, owner=owner, ts=str(response.get("ts")))
        return response

    def _is_reply(self, json: dict[str, Any] | None) -> bool:
        return (
            json is not None
            and json.get("channel") == self._target.channel
            and json.get("thread_ts") == self._target.thread_ts
        )
