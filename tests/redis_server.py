"""A real ``redis-server`` on 127.0.0.1 for tests and benchmarks (never a mock).

scripts/check installs redis-server on a clean machine; when it is missing anyway, starting
one raises, so the Redis tests fail loudly instead of being skipped.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import redis

STARTUP_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """``redis-server --port N --save '' --appendonly no`` in `workdir`, until stop()."""

    def __init__(self, workdir: Path, *, password: str | None = None) -> None:
        self.workdir = workdir
        self.port = free_port()
        self.password = password
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError(
                "redis-server is not on PATH; the Redis tests need a real one "
                "(scripts/check installs it: apt-get install redis-server)"
            )
        self.workdir.mkdir(parents=True, exist_ok=True)
        command = [binary, "--port", str(self.port), "--bind", "127.0.0.1"]
        command += ["--save", "", "--appendonly", "no", "--dir", str(self.workdir)]
        if self.password:
            command += ["--requirepass", self.password]
        log = (self.workdir / "redis.log").open("wb")
        self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        self._wait_for_ping()
        return self

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url, socket_timeout=5)

    def _wait_for_ping(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        client = self.client()
        try:
            while True:
                if self.process is not None and self.process.poll() is not None:
                    log = (self.workdir / "redis.log").read_text(errors="replace")
                    raise RuntimeError(f"redis-server exited at start:\n{log}")
                try:
                    if client.ping():
                        return
                except redis.ConnectionError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
        finally:
            client.close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None
