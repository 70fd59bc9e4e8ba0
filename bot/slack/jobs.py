"""Durable accepted work: one job record per question, written before Slack gets its 200.

A job is keyed by the message it answers (``channel:ts``), so Slack's retries of an event
and the ``app_mention``/``message`` twins of one mention find the same record. Whoever
writes it (or takes it over) holds a lease, renewed while it works; the record is finished
when the answer is posted, with the posted ``ts``. A worker that dies leaves its jobs open:
once their lease has expired any worker takes them over, at start-up, on its periodic
sweep, or when Slack retries the event. Finished records are kept a day, so a late retry
is still recognised.

:class:`SqliteJobStore` serves the workers of one host (a file in the data dir);
:class:`bot.slack.jobs_redis.RedisJobStore` serves workers on any number of hosts.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol

from bot.slack.storage import connect, init_db

KEEP_SECONDS = 24 * 3600  # longer than Slack retries an event
PURGE_EVERY = 500
State = Literal["open", "posting", "done"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS jobs (
    key TEXT PRIMARY KEY, payload TEXT NOT NULL, owner TEXT NOT NULL,
    lease_until REAL NOT NULL, attempts INTEGER NOT NULL, state TEXT NOT NULL,
    posted_ts TEXT, created_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_by_lease ON jobs (state, lease_until);
CREATE INDEX IF NOT EXISTS jobs_by_age ON jobs (created_at);
"""
COLUMNS = "key, payload, owner, lease_until, attempts, state, posted_ts"


@dataclass(frozen=True)
class JobRecord:
    """A job as its current holder sees it. `attempts` counts the takers so far; state
    "posting" means a holder started posting and may have died before recording it."""

    key: str
    payload: str
    owner: str
    lease_until: float
    attempts: int
    state: State
    posted_ts: str | None = None


class JobStore(Protocol):
    """Where accepted jobs live. Every change is atomic and checks who holds the job."""

    def accept(self, key: str, payload: str, *, owner: str, lease: float) -> JobRecord | None:
        """Write a new job, or take over an unfinished one whose lease expired: the record
        to run. None when the job is finished, or held by a live worker."""
        ...

    def take(self, key: str, *, owner: str, lease: float) -> JobRecord | None:
        """Take over an unfinished job whose lease expired; None if it is not one."""
        ...

    def expired(self, *, limit: int) -> list[str]:
        """Keys of unfinished jobs whose lease has expired, oldest first."""
        ...

    def renew(self, keys: Collection[str], *, owner: str, lease: float) -> set[str]:
        """Extend the leases `owner` holds among `keys`; the keys it no longer holds."""
        ...

    def begin_post(self, key: str, *, owner: str) -> bool:
        """Mark the job "posting" if `owner` still holds it and it is not finished."""
        ...

    def posted(self, key: str, *, owner: str, ts: str) -> None:
        """Record the posted message's ts (the first one only)."""
        ...

    def finish(self, key: str, *, owner: str) -> None:
        """Mark the job done, if `owner` still holds it."""
        ...


class SqliteJobStore:
    """Jobs in one SQLite file; each change is one short write transaction."""

    def __init__(self, path: Path, *, keep_seconds: float = KEEP_SECONDS) -> None:
        self._path = path
        self._keep = keep_seconds
        self._accepted = 0
        init_db(path, SCHEMA)

    def accept(self, key: str, payload: str, *, owner: str, lease: float) -> JobRecord | None:
        now = time.time()
        with connect(self._path) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                record = _select(conn, key)
                if record is None:
                    conn.execute(
                        f"INSERT INTO jobs ({COLUMNS}, created_at) "
                        "VALUES (?, ?, ?, ?, 1, 'open', NULL, ?)",
                        (key, payload, owner, now + lease, now),
                    )
                    taken: JobRecord | None = _select(conn, key)
                else:
                    taken = _take(conn, record, owner=owner, until=now + lease, now=now)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            self._accepted += 1
            if self._accepted % PURGE_EVERY == 0:
                conn.execute(
                    "DELETE FROM jobs WHERE state = 'done' AND created_at < ?", (now - self._keep,)
                )
        return taken

    def take(self, key: str, *, owner: str, lease: float) -> JobRecord | None:
        now = time.time()
        with connect(self._path) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                record = _select(conn, key)
                taken = None if record is None else _take(conn, record, owner, now + lease, now)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return taken

    def expired(self, *, limit: int) -> list[str]:
        with connect(self._path) as conn:
            rows = conn.execute(
                "SELECT key FROM jobs WHERE state != 'done' AND lease_until <= ? "
                "ORDER BY created_at LIMIT ?",
                (time.time(), limit),
            ).fetchall()
        return [str(row[0]) for row in rows]

    def renew(self, keys: Collection[str], *, owner: str, lease: float) -> set[str]:
        held: set[str] = set()
        with connect(self._path) as conn:
            for key in keys:
                cursor = conn.execute(
                    "UPDATE jobs SET lease_until = ? "
                    "WHERE key = ? AND owner = ? AND state != 'done'",
                    (time.time() + lease, key, owner),
                )
                if cursor.rowcount == 1:
                    held.add(key)
        return set(keys) - held

    def begin_post(self, key: str, *, owner: str) -> bool:
        with connect(self._path) as conn:
            cursor = conn.execute(
                "UPDATE jobs SET state = 'posting' WHERE key = ? AND owner = ? AND state != 'done'",
                (key, owner),
            )
            return cursor.rowcount == 1

    def posted(self, key: str, *, owner: str, ts: str) -> None:
        with connect(self._path) as conn:
            conn.execute(
                "UPDATE jobs SET posted_ts = ? WHERE key = ? AND owner = ? AND posted_ts IS NULL",
                (ts, key, owner),
            )

    def finish(self, key: str, *, owner: str) -> None:
        with connect(self._path) as conn:
            conn.execute("UPDATE jobs SET state = 'done' WHERE key = ? AND owner = ?", (key, owner))

    def get(self, key: str) -> JobRecord | None:
        """The stored record (tests and diagnostics)."""
        with connect(self._path) as conn:
            return _select(conn, key)


def _select(conn: sqlite3.Connection, key: str) -> JobRecord | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM jobs WHERE key = ?", (key,)).fetchone()
    if row is None:
        return None
    key_, payload, owner, lease_until, attempts, state, posted_ts = row
    return JobRecord(
        key=str(key_),
        payload=str(payload),
        owner=str(owner),
        lease_until=float(lease_until),
        attempts=int(attempts),
        state=state,
        posted_ts=None if posted_ts is None else str(posted_ts),
    )


def _take(
    conn: sqlite3.Connection, record: JobRecord, owner: str, until: float, now: float
) -> JobRecord | None:
    """Inside a write transaction: take `record` over if it is unfinished and expired."""
    if record.state == "done" or record.lease_until > now:
        return None
    conn.execute(
        "UPDATE jobs SET owner = ?, lease_until = ?, attempts = attempts + 1 WHERE key = ?",
        (owner, until, record.key),
    )
    return _select(conn, record.key)
