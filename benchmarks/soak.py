"""Soak: 1,000 signed questions, 20 at a time, to two gunicorn workers during a re-ingest.

    python benchmarks/soak.py                     # 1,000 questions; seeds + BBC corpus (2,230)
    python benchmarks/soak.py -n 200 --corpus ''  # shorter, seeds only
    python benchmarks/soak.py --kill-worker       # plus a SIGKILL of a worker half-way

Everything runs on 127.0.0.1 and stops by itself (benchmarks/soak_stack.py): a `chroma run`
server and a `redis-server`, the fake Slack Web API in this process, and the real
`alliance-bot serve --workers 2` (gunicorn, HTTP mode) sharing both. The articles (seeds plus
the corpus) are ingested first; 20 simulated users then each ask, wait for the answer in the
thread, and ask again (every fifth question is re-delivered as a Slack retry). At 10% every
corpus article is revised and an admin sends `/alliance-reingest`, which re-embeds them all in
a worker while questions keep coming; at 30% a CLI `alliance-bot ingest` tries to write too
(the writer lock must refuse it). After the run, 40 questions more are answered from the new
index. Prints answered, lost, duplicated, errors, ack and answer p50/p99, and both workers'
RSS at start (after a warm-up to steady state) and end.

With --kill-worker, half-way through one worker (one not running the re-ingest) is killed
with SIGKILL, holding questions it had acked: they must be answered anyway (by the other
worker once their lease expires), once. A delivery that fails (the killed worker's open
connections) is delivered again, as Slack does (up to 3 retries), and counts as an error
only if no retry is acked.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from soak_stack import (
    ADMIN,
    BIN,
    ROOT,
    AnswerWatch,
    bot_env,
    children,
    first_traceback,
    prepare_articles,
    revise_articles,
    rss_kib,
    start_chroma,
    start_server,
    stop,
    worker_pids,
)

from bot.slack.messages import ANSWER_ERROR, STORE_UNAVAILABLE
from tests.bot_harness import envelope, http_post, mention, sign
from tests.redis_server import RedisServer

CORPUS = ROOT.parent / "shared" / "corpus" / "bbc_news_2225.jsonl"
PREFIX = "1700000000"
QUESTIONS = [
    json.loads(line)["question"]
    for line in (ROOT / "benchmarks" / "data" / "seed_questions.jsonl").read_text().splitlines()
    if line.strip()
]
CONCURRENCY = 20
WARM_UP = 40
WARM_UP_ROUNDS = 10
ANSWER_TIMEOUT_SECONDS = 120
SETTLE_SECONDS = 3.0
AFTER = 40
REPORT_MARKERS = ("Re-ingest finished", "Re-ingest failed", "Re-ingest stopped", "did not start")
SLACK_RETRIES = 3  # Slack re-delivers an event that was not acked, three times
RETRY_PAUSE_SECONDS = 1.0  # (Slack waits longer; the order is what matters here)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values) or [0.0]
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


@dataclass(frozen=True)
class Asked:
    thread_ts: str
    ack_ms: float
    status: int
    answer_ms: float | None  # None: no answer within the timeout
    redelivered: bool = False  # the first delivery was not acked


def post_signed(port: int, body: bytes, content_type: str, extra: dict[str, str]) -> int:
    headers = {"Content-Type": content_type, **sign(body), **extra}
    try:
        return http_post(port, "/slack/events", body, headers).status
    except OSError:
        return 0  # connection refused or reset: counted as an error


def ask(port: int, slack: AnswerWatch, number: int, prefix: str) -> Asked:
    """Ask (plus Slack's retry for every fifth question), then wait for the thread's answer.
    A delivery that is not acked is delivered again, as Slack does."""
    ts = f"{prefix}.{number:06d}"
    body = json.dumps(envelope(mention(QUESTIONS[number % len(QUESTIONS)], ts=ts),
                               event_id=f"Ev{prefix}-{number}")).encode()  # fmt: skip
    started = time.monotonic()
    status = post_signed(port, body, "application/json", {})
    ack = time.monotonic() - started
    redelivered = status != 200
    for attempt in range(1, SLACK_RETRIES + 1):
        if status == 200:
            break
        time.sleep(RETRY_PAUSE_SECONDS)
        retry = {"X-Slack-Retry-Num": str(attempt), "X-Slack-Retry-Reason": "http_error"}
        status = post_signed(port, body, "application/json", retry)
    if number % 5 == 0:
        retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
        post_signed(port, body, "application/json", retry)
    answered = slack.wait_answer(ts, ANSWER_TIMEOUT_SECONDS)
    answer_ms = None if answered is None else (answered - started) * 1000
    return Asked(ts, ack * 1000, status, answer_ms, redelivered)


def slash_reingest(port: int, slack: AnswerWatch) -> int:
    form = {"command": "/alliance-reingest", "text": "", "user_id": ADMIN, "team_id": "T0TEST",
            "channel_id": "C0SOAK", "response_url": slack.response_url("soak")}  # fmt: skip
    return post_signed(port, urlencode(form).encode(), "application/x-www-form-urlencoded", {})


class Soak:
    """Closed-loop users asking questions; the re-ingests start part-way through."""

    def __init__(
        self, port: int, slack: AnswerWatch, env: dict[str, str], *, master: int, kill: bool
    ) -> None:
        self.port, self.slack, self.env = port, slack, env
        self.master, self.kill = master, kill
        self.killed: list[int] = []
        self.reingested = False
        self.articles = Path(env["ALLIANCE_BOT_SEEDS_DIR"])
        self.ingest: subprocess.Popen[bytes] | None = None
        self.ingest_log = Path(env["ALLIANCE_BOT_DATA_DIR"]).parent / "ingest.log"
        self.events: list[str] = []
        self.reingest = False
        self._lock = threading.Lock()

    def trigger(self, number: int, total: int) -> None:
        """At 10%: revise the articles and re-ingest them via Slack; at 30%: a CLI ingest too."""
        if not self.reingest:
            return
        if number == total // 10:
            revised = revise_articles(self.articles)
            status = slash_reingest(self.port, self.slack)
            self.events.append(f"q{number}: {revised} articles revised; /alliance-reingest by "
                               f"an admin -> HTTP {status}")  # fmt: skip
        if self.kill and number == total // 2:
            self.kill_a_worker(number)
        if number == total * 3 // 10:
            # While the admin's re-ingest writes, a CLI ingest must be refused (writer lock).
            command = [str(BIN / "alliance-bot"), "ingest"]
            with self.ingest_log.open("wb") as log:  # a file: a full pipe would block it
                self.ingest = subprocess.Popen(command, env=self.env, stdout=log, stderr=log)
            self.events.append(f"q{number}: CLI `alliance-bot ingest` started")

    def kill_a_worker(self, number: int) -> None:
        """SIGKILL a worker holding acked questions; not the one running the re-ingest (a
        re-ingest is not a durable job: its admin would have to send the command again)."""
        workers = children(self.master)
        idle = [pid for pid in workers if not children(pid)] or workers
        victim = idle[0]
        os.kill(victim, signal.SIGKILL)
        self.killed.append(victim)
        self.events.append(f"q{number}: SIGKILL of worker {victim} (workers were {workers})")

    def run(self, total: int, prefix: str) -> list[Asked]:
        numbers = itertools.count()

        def user() -> list[Asked]:
            asked = []
            while True:
                with self._lock:
                    number = next(numbers)
                    if number >= total:
                        return asked
                    self.trigger(number, total)
                asked.append(ask(self.port, self.slack, number, prefix))

        with ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
            users = [pool.submit(user) for _ in range(CONCURRENCY)]
            return [asked for future in users for asked in future.result()]

    def warm_up(self, pids: list[int]) -> int:
        """Rounds of questions until no worker's RSS grows more than 1% in a round."""
        before = {pid: rss_kib(pid) for pid in pids}
        for round_number in range(1, WARM_UP_ROUNDS + 1):
            self.run(WARM_UP, f"160000000{round_number}")
            after = {pid: rss_kib(pid) for pid in pids}
            if all(after[pid] <= before[pid] * 1.01 for pid in pids):
                return round_number * WARM_UP
            before = after
        return WARM_UP_ROUNDS * WARM_UP

    def finish(self) -> None:
        """Wait (bounded) for the CLI ingest and the re-ingest report; note both."""
        if self.ingest is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.ingest.wait(timeout=600)
            stop(self.ingest)
            output = self.ingest_log.read_text(errors="replace").strip().splitlines()
            self.events.append(f"CLI ingest exit {self.ingest.returncode}: {output[-1:]}")
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and not any(
            marker in text for text in self.admin_dms() for marker in REPORT_MARKERS
        ):
            time.sleep(0.2)
        self.events.append(f"admin DMs: {self.admin_dms()[-3:]}")
        self.reingested = any("Re-ingest finished" in text for text in self.admin_dms())

    def admin_dms(self) -> list[str]:
        calls = self.slack.calls_to("chat.postMessage")
        return [str(c.params["text"]).splitlines()[0][:90] for c in calls
                if c.params.get("channel") == ADMIN]  # fmt: skip


def figures(slack: AnswerWatch, prefix: str, asked: list[Asked]) -> dict[str, Any]:
    posts = [c.params for c in slack.calls_to("chat.postMessage")]
    posts = [p for p in posts if str(p.get("thread_ts", "")).startswith(prefix + ".")]
    per_thread = Counter(str(post["thread_ts"]) for post in posts)
    failed = [p for p in posts if p["text"] in (ANSWER_ERROR, STORE_UNAVAILABLE)]
    acks = [a.ack_ms for a in asked]
    answers = [a.answer_ms for a in asked if a.answer_ms is not None]
    return {
        "questions": len(asked),
        "answered": len(per_thread) - len({str(p["thread_ts"]) for p in failed}),
        "lost": sum(1 for a in asked if a.thread_ts not in per_thread),
        "duplicated": sum(count - 1 for count in per_thread.values()),
        "errors": sum(1 for a in asked if a.status != 200) + len(failed),
        "ack_p50_ms": round(percentile(acks, 0.5), 1),
        "ack_p99_ms": round(percentile(acks, 0.99), 1),
        "answer_p50_ms": round(percentile(answers, 0.5), 1),
        "answer_p99_ms": round(percentile(answers, 0.99), 1),
    }


def print_results(result: dict[str, Any], rss: dict[int, tuple[int, int]], soak: Soak) -> bool:
    for line in soak.events:
        print(line)
    print(json.dumps(result))
    growths = []
    for pid, (start, end) in rss.items():
        if pid in soak.killed:
            print(f"worker {pid}: killed (SIGKILL); RSS start {start / 1024:.1f} MiB")
            continue
        growths.append((end - start) / start if start else 1.0)
        print(f"worker {pid}: RSS start {start / 1024:.1f} MiB, end {end / 1024:.1f} MiB, "
              f"growth {growths[-1] * 100:+.1f}%")  # fmt: skip
    clean = result["lost"] == result["duplicated"] == result["errors"] == 0
    if not soak.reingested:
        print("the admin's re-ingest did not finish")
    steady = len(growths) == 2 - len(soak.killed) and max(growths) < 0.10
    return clean and steady and soak.reingested


def kill_figures(log: Path, asked: list[Asked], master: int) -> list[str]:
    """What the kill cost: jobs taken over from the dead worker, deliveries Slack would
    have repeated, answers that waited for a lease to expire."""
    text = log.read_text(errors="replace")
    taken = sum(int(n) for n in re.findall(r"took over (\d+) job", text))
    slow = sorted(a.answer_ms / 1000 for a in asked if a.answer_ms and a.answer_ms > 10_000)
    return [
        f"jobs taken over from the killed worker: {taken}",
        f"deliveries not acked and delivered again (as Slack does): "
        f"{sum(a.redelivered for a in asked)}",
        f"answers slower than 10 s: {len(slow)} ({', '.join(f'{s:.0f}' for s in slow)} s)",
        f"workers at the end: {children(master)}",
    ]


def mib(pids: list[int]) -> list[float]:
    return [round(rss_kib(pid) / 1024, 1) for pid in pids]


def soak_run(tmp: Path, slack: AnswerWatch, env: dict[str, str], args: argparse.Namespace) -> bool:
    ingest = [str(BIN / "alliance-bot"), "ingest"]
    subprocess.run(ingest, env=env, check=True, capture_output=True, timeout=600)
    server, port = start_server(env, tmp / "serve.log")
    try:
        soak = Soak(port, slack, env, master=server.pid, kill=args.kill_worker)
        pids = worker_pids(server.pid)
        soak.events.append(f"warm-up: {soak.warm_up(pids)} questions until RSS was steady")
        start = {pid: rss_kib(pid) for pid in pids}
        soak.reingest = True
        began = time.monotonic()
        asked = soak.run(args.n, PREFIX)
        wall = time.monotonic() - began
        soak.events.append(f"RSS MiB after the questions: {mib(pids)}")
        soak.finish()
        soak.events.append(f"RSS MiB after the re-ingest: {mib(pids)}")
        soak.reingest = False
        after = figures(slack, "1700000001", soak.run(AFTER, "1700000001"))
        soak.events.append(f"after the re-ingest: {after['answered']}/{AFTER} answered")
        time.sleep(SETTLE_SECONDS)  # a late duplicate would show up by now
        result = figures(slack, PREFIX, asked) | {"wall_s": round(wall, 1)}
        if soak.killed:
            soak.events.extend(kill_figures(tmp / "serve.log", asked, server.pid))
        rss = {pid: (start[pid], rss_kib(pid)) for pid in pids}
        if result["errors"] or after["answered"] != AFTER:
            print(first_traceback(tmp / "serve.log"))
        return print_results(result, rss, soak) and after["answered"] == AFTER
    finally:
        stop(server)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="questions to send")
    parser.add_argument(
        "--corpus", default=str(CORPUS), help="JSONL added to the seeds ('' = none)"
    )
    parser.add_argument(
        "--kill-worker",
        action="store_true",
        help="SIGKILL one gunicorn worker half-way through the questions",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="alliance-soak-") as name:
        tmp = Path(name)
        redis = RedisServer(tmp / "redis").start()
        slack = AnswerWatch().start()
        chroma = None
        try:
            chroma, chroma_url = start_chroma(tmp / "chroma")
            prepare_articles(tmp / "articles", Path(args.corpus) if args.corpus else None)
            env = bot_env(tmp, chroma_url=chroma_url, redis_url=redis.url, slack=slack)
            ok = soak_run(tmp, slack, env, args)
        finally:
            stop(chroma)
            redis.stop()
            slack.stop()
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
