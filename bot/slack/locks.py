"""A "one at a time" lock for long jobs such as re-ingest.

:class:`FileRunLock` (``flock`` in the data dir) serves the workers of one host;
:class:`RedisRunLock` (``SET NX PX`` with a token) serves workers on any number of hosts.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import threading
from pathlib import Path
from typing import Protocol

import redis

from bot.slack.redis_client import KEY_PREFIX

logger = logging.getLogger(__name__)

DEFAULT_LOCK_TTL_SECONDS = 60.0

# Only the holder's token may extend or delete the key: a lock that expired (say the worker
# stalled past the TTL) and was taken by another worker must not be released by the first.
REFRESH_SCRIPT = """
if redis.call("GET", KEYS[1]) == ARGV[1] then
    return redis.call("PEXPIRE", KEYS[1], ARGV[2])
end
return 0
"""
RELEASE_SCRIPT = """
if redis.call("GET", KEYS[1]) == ARGV[1] then
    return redis.call("DEL", KEYS[1])
end
return 0
"""


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


class LockUnavailable(RuntimeError):
    """The shared lock store cannot be reached, so nobody can tell whether the lock is free."""


class RedisRunLock:
    """A lock key holding a random token, with a TTL that a daemon thread keeps extending.

    The TTL is what frees the lock when the holder dies (killed worker, lost host): nobody
    refreshes it any more and it expires within `ttl_seconds`. While the holder lives, the
    key is extended every third of the TTL, so a long re-ingest keeps it.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        name: str = "reingest",
        ttl_seconds: float = DEFAULT_LOCK_TTL_SECONDS,
    ) -> None:
        self._client = client
        self._key = f"{KEY_PREFIX}lock:{name}"
        self._ttl_ms = max(10, int(ttl_seconds * 1000))
        self._refresh = client.register_script(REFRESH_SCRIPT)
        self._release = client.register_script(RELEASE_SCRIPT)
        self._guard = threading.Lock()
        self._token: str | None = None
        self._stop = threading.Event()

    def try_acquire(self) -> bool:
        with self._guard:
            if self._token is not None:
                return False
            token = secrets.token_hex(16)
            try:
                won = self._client.set(self._key, token, nx=True, px=self._ttl_ms)
            except redis.RedisError as error:
                raise LockUnavailable(f"cannot reach Redis for the {self._key} lock") from error
            if not won:
                return False
            self._token, self._stop = token, threading.Event()
            threading.Thread(
                target=self._keep_alive, args=(token, self._stop), name="lock-refresh", daemon=True
            ).start()
            return True

    def release(self) -> None:
        with self._guard:
            token, self._token = self._token, None
            self._stop.set()
        if token is None:
            return
        try:
            self._release(keys=[self._key], args=[token])
        except redis.RedisError:
            # Not fatal: nobody refreshes the key any more, so it expires within the TTL.
            logger.warning("could not release %s; it expires by itself", self._key, exc_info=True)

    def _keep_alive(self, token: str, stop: threading.Event) -> None:
        while not stop.wait(self._ttl_ms / 3000):
            try:
                extended = self._refresh(keys=[self._key], args=[token, self._ttl_ms])
            except redis.RedisError:
                logger.warning("could not extend %s; retrying", self._key, exc_info=True)
                continue
            if not extended:
                if not stop.is_set():  # else release() simply got there first
                    logger.error("lost %s (expired or taken over); stopped extending it", self._key)
                return
