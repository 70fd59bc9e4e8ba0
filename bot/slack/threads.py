"""Which threads the bot has answered in, so follow-ups there need no new mention.

Kept locally rather than asked of Slack: every thread reply in every channel the bot is in
arrives as a ``message`` event, and ``conversations.replies`` for each would hit rate limits.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

import redis

from bot.slack.redis_client import KEY_PREFIX
from bot.slack.storage import connect, init_db

DEFAULT_TTL_SECONDS = 30 * 24 * 3600

SCHEMA = """
CREATE TABLE IF NOT EXISTS threads (
    channel TEXT NOT NULL, thread_ts TEXT NOT NULL, expires_at REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
"""


class ThreadMemory(Protocol):
    """Remembers (channel, thread_ts) pairs the bot replied in."""

    def remember(self, *, channel: str, thread_ts: str) -> None: ...

    def knows(self, *, channel: str, thread_ts: str) -> bool: ...


class SqliteThreadMemory:
    """Thread memory in one SQLite file, entries expire after a TTL."""

    def __init__(self, path: Path, *, ttl_seconds: float = DEFAULT_TTL_SECONDS) -> None:
        self._path = path
        self._ttl = ttl_seconds
        init_db(path, SCHEMA)

    def remember(self, *, channel: str, thread_ts: str) -> None:
        with connect(self._path) as conn:
            conn.execute(
                "INSERT OR REPLACE INTO threads (channel, thread_ts, expires_at) VALUES (?, ?, ?)",
                (channel, thread_ts, time.time() + self._ttl),
            )

    def knows(self, *, channel: str, thread_ts: str) -> bool:
        with connect(self._path) as conn:
            row = conn.execute(
                "SELECT 1 FROM threads WHERE channel = ? AND thread_ts = ? AND expires_at > ?",
                (channel, thread_ts, time.time()),
            ).fetchone()
        return row is not None


class RedisThreadMemory:
    """Thread memory as expiring Redis keys, so a follow-up reaching any worker is known."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        prefix: str = KEY_PREFIX + "thread:",
    ) -> None:
        self._client = client
        self._ttl_ms = max(1, int(ttl_seconds * 1000))
        self._prefix = prefix

    def _key(self, channel: str, thread_ts: str) -> str:
        return f"{self._prefix}{channel}:{thread_ts}"

    def remember(self, *, channel: str, thread_ts: str) -> None:
        self._client.set(self._key(channel, thread_ts), b"1", px=self._ttl_ms)

    def knows(self, *, channel: str, thread_ts: str) -> bool:
        return bool(self._client.exists(self._key(channel, thread_ts)))
