"""A "one at a time" lock for long jobs such as re-ingest.

Behind a two-method interface so that a Redis-backed lock (``SET NX PX`` plus a token) can
replace the file lock when the bot runs on several hosts.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path
from typing import Protocol


class RunLock(Protocol):
    def try_acquire(self) -> bool:
        """Take the lock without waiting; False when someone holds it."""
        ...

    def release(self) -> None:
        """Give the lock back; a no-op when not held."""
        ...


class FileRunLock:
    """``flock`` on a file in the data dir.

    Works across threads and gunicorn workers (each try opens its own file description), and
    the kernel frees it if the process dies, so a crash never leaves a stale lock behind.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._fd: int | None = None
        self._guard = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def try_acquire(self) -> bool:
        with self._guard:
            if self._fd is not None:
                return False
            fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o640)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                return False
            self._fd = fd
            return True

    def release(self) -> None:
        with self._guard:
            if self._fd is None:
                return
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
