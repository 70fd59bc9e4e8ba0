"""The real ``alliance-bot serve`` (gunicorn, HTTP mode) in a subprocess, for tests.

Signed deliveries go over real HTTP; the answers land in a fake Slack Web API the test owns.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

from tests.bot_harness import BOT_TOKEN, SIGNING_SECRET, envelope, http_get, http_post, sign
from tests.fake_slack import FakeSlack, wait_until
from tests.redis_server import free_port

BIN = Path(sys.executable).parent


def bot_env(data_dir: Path, slack: FakeSlack, **settings: str) -> dict[str, str]:
    """The caller's environment without bot settings, plus Slack credentials, the fake
    Slack, `data_dir` and `settings` (``ALLIANCE_BOT_*`` names)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALLIANCE_BOT_", "SLACK_"))}
    return env | {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "ALLIANCE_BOT_SLACK_API_URL": slack.api_url,
        "ALLIANCE_BOT_DATA_DIR": str(data_dir),
        **settings,
    }


class ServeProcess:
    """``alliance-bot serve --host 127.0.0.1`` with its output in `log`; a context manager
    that waits for ``/healthz`` on entry and stops the server (SIGTERM) on exit."""

    def __init__(
        self, env: dict[str, str], log: Path, *, workers: int = 1, boot_seconds: float = 120
    ) -> None:
        self.env = env
        self.log_path = log
        self.workers = workers
        self.boot_seconds = boot_seconds
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ServeProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> ServeProcess:
        command = [str(BIN / "alliance-bot"), "serve", "--host", "127.0.0.1"]
        command += ["--port", str(self.port), "--workers", str(self.workers)]
        with self.log_path.open("ab") as out:
            self.process = subprocess.Popen(command, env=self.env, stdout=out, stderr=out)
        wait_until(self.healthy, timeout=self.boot_seconds, what=f"/healthz of {self.log_path}")
        return self

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def healthy(self) -> bool:
        if self.process is None or self.process.poll() is not None:
            raise AssertionError(f"alliance-bot serve is not running:\n{self.log()}")
        try:
            return http_get(self.port, "/healthz").status == 200
        except OSError:
            return False

    def stop(self, *, timeout: float = 60) -> int | None:
        """SIGTERM (gunicorn drains its workers), then wait; SIGKILL only after `timeout`."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                for worker in children(self.process.pid):  # a hung worker outlives its master
                    os.kill(worker, signal.SIGKILL)
                self.process.kill()
                self.process.wait()
                raise AssertionError(f"serve did not stop on SIGTERM:\n{self.log()}") from None
        return self.process.returncode

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def worker_pids(self, expected: int | None = None) -> list[int]:
        """gunicorn's workers (children of the master), once `expected` of them run."""
        want = self.workers if expected is None else expected
        return wait_until(
            lambda: pids if len(pids := children(self.pid)) >= want else None,
            timeout=60,
            what=f"{want} gunicorn worker(s)",
        )

    def deliver(self, event: dict[str, Any], event_id: str, *, retry: int | None = None) -> int:
        return deliver(self.port, event, event_id, retry=retry)


def deliver(port: int, event: dict[str, Any], event_id: str, *, retry: int | None = None) -> int:
    """One signed Events API delivery on a fresh connection; the HTTP status."""
    body = json.dumps(envelope(event, event_id=event_id)).encode()
    headers = {"Content-Type": "application/json", **sign(body)}
    if retry is not None:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    return http_post(port, "/slack/events", body, headers).status


def children(parent: int) -> list[int]:
    """Pids whose parent is `parent` (from /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # exited meanwhile
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
            pids.append(int(entry.name))
    return sorted(pids)


def thread_count(pid: int) -> int:
    """How many threads `pid` runs (native ones included)."""
    return len(list(Path(f"/proc/{pid}/task").iterdir()))
