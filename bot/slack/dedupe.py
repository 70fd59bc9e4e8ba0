"""At-most-once claims, so one Slack question gets exactly one answer.

Slack re-delivers an event when the first delivery was not acked in 3 s (same ``event_id``),
and a message that mentions the bot arrives twice: as ``app_mention`` and as ``message``
(different ``event_id``, same ``(channel, ts)``). Handlers claim both keys before answering.
:class:`SqliteDeduplicator` serves the workers of one host (a file in the data dir);
:class:`RedisDeduplicator` (``SET NX PX``) serves workers on any number of hosts.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import redis

from bot.slack.redis_client import KEY_PREFIX
from bot.slack.storage import connect, init_db

DEFAULT_TTL_SECONDS = 24 * 3600
PURGE_EVERY = 500

SCHEMA = """
CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, expires_at REAL NOT NULL);
CREATE INDEX IF NOT EXISTS claims_expiry ON claims (expires_at);
"""


class Deduplicator(Protocol):
    """Remembers keys for a while; only the first claim of a key wins."""

    def claim(self, key: str) -> bool:
        """True for the first claim of `key` within the TTL, False for any later one."""
        ...


class SqliteDeduplicator:
    """Claims stored in one SQLite file; atomic across threads and processes."""

    def __init__(self, path: Path, *, ttl_seconds: float = DEFAULT_TTL_SECONDS) -> None:
        self._path = path
        self._ttl = ttl_seconds
        self._claims = 0
        init_db(path, SCHEMA)

    def claim(self, key: str) -> bool:
        now = time.time()
        with connect(self._path) as conn:
            # One statement, so no race: insert, or take over an expired claim, or do nothing.
            cursor = conn.execute(
                "INSERT INTO claims (key, expires_at) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at "
                "WHERE claims.expires_at <= ?",
                (key, now + self._ttl, now),
            )
            won = cursor.rowcount == 1
            self._claims += 1
            if self._claims % PURGE_EVERY == 0:
                conn.execute("DELETE FROM claims WHERE expires_at <= ?", (now,))
        return won


class RedisDeduplicator:
    """Claims as Redis keys that expire by themselves: ``SET key 1 NX PX ttl``.

    NX makes the first writer win atomically, whichever worker or host it runs on. A Redis
    error propagates: the listener fails, Bolt answers 500 and Slack re-delivers the event
    later, which beats answering twice or never.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        prefix: str = KEY_PREFIX + "dedupe:",
    ) -> None:
        self._client = client
        self._ttl_ms = max(1, int(ttl_seconds * 1000))
        self._prefix = prefix

    def claim(self, key: str) -> bool:
        return bool(self._client.set(self._prefix + key, b"1", nx=True, px=self._ttl_ms))


def claim_message(dedupe: Deduplicator, *, event_id: str | None, channel: str, ts: str) -> bool:
    """Claim an event delivery and the message it carries; False if either was seen."""
    if event_id and not dedupe.claim(f"event:{event_id}"):
        return False
    return dedupe.claim(f"message:{channel}:{ts}")
