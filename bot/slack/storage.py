"""Tiny SQLite helpers shared by the bot's stores (jobs, threads, feedback).

A connection per operation: it is cheap (well under a millisecond), safe across threads and
across gunicorn's fork, and WAL plus a busy timeout lets several workers share one file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 10.0


def init_db(path: Path, schema: str) -> None:
    """Create the file, its folder and its tables; switch it to WAL once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.executescript(schema)


@contextmanager
def connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection in autocommit mode with a busy timeout; closed on exit."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    # In WAL mode NORMAL never corrupts the file, and skips an fsync per claim on the ack path.
    conn.execute("PRAGMA synchronous=NORMAL")
    try:
        yield conn
    finally:
        conn.close()
