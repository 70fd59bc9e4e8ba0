"""A SQLite connection shared by threads, with nestable transactions.

The catalog and the alliance registry both keep their tables this way. WAL mode gives
readers a snapshot: an ingest that writes inside one long transaction stays invisible to
every other connection until it commits, which is what makes a re-ingest switch atomically
(and a re-ingest killed halfway leave the old data serving).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from retrieval.errors import is_unwritable

Row = tuple[Any, ...]


class Database:
    """One connection, one re-entrant lock; a transaction holds the lock until it ends.

    A data dir that cannot be written (read-only mount, no permission) is opened read-only,
    so that questions and status still work from what is stored; writes then raise
    sqlite3's "attempt to write a readonly database".
    """

    def __init__(self, path: Path, *, schema: str) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self.read_only = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = _open_writable(path, schema)
        except (OSError, sqlite3.OperationalError) as error:
            if not is_unwritable(error):
                raise
            self._db = _open_read_only(path, schema)
            self.read_only = True

    def close(self) -> None:
        """Idempotent: closing twice is harmless."""
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE ... COMMIT, or a SAVEPOINT when already inside one."""
        with self._lock:
            depth = self._depth
            savepoint = f"sp{depth}"
            self._db.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
            self._depth += 1
            try:
                yield
            except BaseException:
                self._depth -= 1
                if depth == 0:
                    self._db.execute("ROLLBACK")
                else:
                    self._db.execute(f"ROLLBACK TO {savepoint}")
                    self._db.execute(f"RELEASE {savepoint}")
                raise
            self._depth -= 1
            self._db.execute("COMMIT" if depth == 0 else f"RELEASE {savepoint}")

    def one(self, query: str, params: Sequence[object] = ()) -> Row | None:
        with self._lock:
            row: Row | None = self._db.execute(query, params).fetchone()
            return row

    def all(self, query: str, params: Sequence[object] = ()) -> list[Row]:
        with self._lock:
            return list(self._db.execute(query, params).fetchall())

    def write(self, query: str, params: Sequence[object] = ()) -> None:
        with self._lock:
            self._db.execute(query, params)

    def write_many(self, query: str, rows: Sequence[Sequence[object]]) -> None:
        with self._lock:
            self._db.executemany(query, rows)

    def changes(self) -> int:
        """Rows changed through this connection so far (cache invalidation)."""
        with self._lock:
            return self._db.total_changes


def _open_writable(path: Path, schema: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        # Another process's writer may hold the write lock briefly (e.g. while committing).
        connection.execute("PRAGMA busy_timeout=30000")
        connection.executescript(schema)
    except sqlite3.Error:
        connection.close()
        raise
    return connection


def _open_read_only(path: Path, schema: str) -> sqlite3.Connection:
    """The stored file, read-only; or an empty in-memory one when there is none.

    ``immutable=1``: a WAL database cannot be opened read-only without its -shm file, which
    SQLite deletes on a clean close and cannot create in a read-only folder. Nothing can
    write the file through this read-only folder meanwhile.
    """
    if not path.exists():
        connection = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        connection.executescript(schema)
        return connection
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
