"""Tiny SQLite helpers shared by the bot's stores (jobs, threads, feedback).

A connection per operation: it is cheap (well under a millisecond), safe across threads and
across gunicorn's fork, and WAL plus a busy timeout lets several workers share one file.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BUSY_TIMEOUT_SECONDS = 10.0


def init_db(path: Path, schema: str) -> None:
    """Create the file, its folder and its tables; switch it to WAL once."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with connect(path) as conn:
        _switch_to_wal(conn)
        conn.executescript(schema)


def _switch_to_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting out other openers up to the busy timeout.

    SQLite answers "database is locked" at once, without its busy handler, when another
    connection holds the file while the journal mode changes -- as gunicorn's workers do
    when they open a fresh file together.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def add_missing_columns(path: Path, table: str, columns: tuple[tuple[str, str], ...]) -> None:
    """Add each (name, declaration) column `table` lacks, for files made by an older release.

    Under the write lock: gunicorn's workers open a fresh file at once, and a check made
    before another worker's ALTER would add the same column twice.
    """
    with connect(path) as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            present = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
            for name, declaration in columns:
                if name not in present:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {declaration}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


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
