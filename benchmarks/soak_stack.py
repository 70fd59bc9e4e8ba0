"""The processes the soak benchmark runs against, all on 127.0.0.1 with free ports.

A `chroma run` server and a `redis-server` in a temporary folder, the fake Slack Web API in
this process (it also signals each thread's answer the moment it is posted), and the real
`alliance-bot serve --workers 2`. Plus /proc readers for the gunicorn workers' RSS.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the fake Slack server and the Redis launcher live in tests/

from tests.bot_harness import ADMIN, BOT_TOKEN, SIGNING_SECRET, http_get  # noqa: E402
from tests.fake_slack import FakeSlack, _decode, wait_until  # noqa: E402
from tests.redis_server import free_port  # noqa: E402
from tests.serve_process import children  # noqa: E402
from tests.threaded_slack import ThreadedSlack  # noqa: E402

BIN = Path(sys.executable).parent


class AnswerWatch(ThreadedSlack):
    """The fake Slack API (threads remember their replies, as in Slack: a worker taking over
    a dead worker's job looks there), noting when the first answer to each thread came."""

    def __init__(self) -> None:
        super().__init__()
        self._posted: dict[str, float] = {}
        self._changed = threading.Condition()

    def _handle(
        self, path: str, raw: str, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        status, extra, payload = super()._handle(path, raw, headers)
        if path.startswith("/api/chat.postMessage") and payload.get("ok"):
            thread = str(_decode(raw, headers.get("content-type", "")).get("thread_ts", ""))
            with self._changed:
                self._posted.setdefault(thread, time.monotonic())
                self._changed.notify_all()
        return status, extra, payload

    def wait_answer(self, thread_ts: str, timeout: float) -> float | None:
        """When the first answer in `thread_ts` was posted; None if not within `timeout`."""
        with self._changed:
            self._changed.wait_for(lambda: thread_ts in self._posted, timeout=timeout)
            return self._posted.get(thread_ts)


def _get_ok(port: int, path: str) -> bool:
    try:
        return http_get(port, path).status == 200
    except OSError:
        return False


def start_chroma(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [str(BIN / "chroma"), "run", "--path", str(folder), "--host", "127.0.0.1"]
    with (folder.parent / "chroma.log").open("wb") as log:
        process = subprocess.Popen([*command, "--port", str(port)], stdout=log, stderr=log)
    wait_until(lambda: _get_ok(port, "/api/v2/heartbeat"), timeout=60, what="chroma run")
    return process, f"http://127.0.0.1:{port}"


def prepare_articles(folder: Path, corpus: Path | None) -> Path:
    """The folder that `ingest` and `/alliance-reingest` read: the seeds, plus the corpus."""
    folder.mkdir(parents=True)
    for seed in sorted((ROOT / "seeds").iterdir()):
        if seed.is_file():
            (folder / seed.name).write_bytes(seed.read_bytes())
    if corpus is not None:
        (folder / corpus.name).write_bytes(corpus.read_bytes())
    return folder


def revise_articles(folder: Path) -> int:
    """Change the text of every JSON Lines article (a news refresh): a re-ingest updates all."""
    revised = 0
    for path in folder.glob("*.jsonl"):
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        for record in records:
            record["text"] = str(record.get("text", "")) + "\n\n(Updated after publication.)"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        revised += len(records)
    return revised


def bot_env(tmp: Path, *, chroma_url: str, redis_url: str, slack: FakeSlack) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ALLIANCE_BOT_", "SLACK_"))}
    return env | {
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "ALLIANCE_BOT_SLACK_API_URL": slack.api_url,
        "ALLIANCE_BOT_ADMIN_USER_IDS": json.dumps([ADMIN]),
        "ALLIANCE_BOT_DATA_DIR": str(tmp / "data"),
        "ALLIANCE_BOT_CHROMA_URL": chroma_url,
        "ALLIANCE_BOT_CHROMA__COLLECTION": "soak",
        "ALLIANCE_BOT_REDIS_URL": redis_url,
        "ALLIANCE_BOT_SEEDS_DIR": str(tmp / "articles"),
    }


def start_server(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], int]:
    """`alliance-bot serve --workers 2` in HTTP mode; returns once /healthz answers."""
    port = free_port()
    command = [str(BIN / "alliance-bot"), "serve", "--workers", "2", "--host", "127.0.0.1"]
    with log.open("wb") as out:
        process = subprocess.Popen([*command, "--port", str(port)], env=env, stdout=out, stderr=out)
    wait_until(lambda: _get_ok(port, "/healthz"), timeout=120, what="alliance-bot serve")
    return process, port


def worker_pids(master: int, expected: int = 2, timeout: float = 60) -> list[int]:
    """gunicorn's workers (children of the master, our `serve` process), once all booted."""
    return wait_until(
        lambda: pids if len(pids := children(master)) >= expected else None,
        timeout=timeout,
        what=f"{expected} gunicorn workers",
    )


def rss_kib(pid: int) -> int:
    """VmRSS of `pid` in KiB (0 when it is gone)."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith("VmRSS:")), 0)


def stop(process: subprocess.Popen[bytes] | None) -> None:
    if process is not None and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def first_traceback(log: Path, lines: int = 25) -> str:
    """The first logged error with its traceback, to explain an error count."""
    text = log.read_text(errors="replace").splitlines() if log.exists() else []
    for number, line in enumerate(text):
        if " ERROR " in line or line.startswith("Traceback"):
            return "\n".join(text[number : number + lines])
    return ""
