"""No acked question is lost when a worker dies, and none is answered twice.

In process: Slack's retry of an event whose worker died is answered (once its lease
expired), not dropped as a duplicate; a sweep answers what a dead worker left. Then the real
thing: `alliance-bot serve` (gunicorn, embedded store, real pipeline) acks 80 mentions, its
worker is SIGKILLed, and the restarted worker answers all 80 exactly once; SIGTERM still
drains what was accepted.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import traceback
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from slack_sdk import WebClient

from bot.slack.answer_jobs import JobRecovery, job_key
from bot.slack.answering import Question
from bot.slack.deps import BotStores, build_deps
from bot.slack.durable import JobKeeper
from bot.slack.jobs import SqliteJobStore
from tests.bot_harness import BOT_TOKEN, CHANNEL, SIGNING_SECRET, USER, BotHarness, mention
from tests.fake_slack import wait_until
from tests.fakes import FakeAssistant, TrackingRunner
from tests.serve_process import ServeProcess, bot_env
from tests.threaded_slack import ThreadedSlack

DEAD_LEASE = 3.0  # long enough that a busy machine does not expire it before the first retry


def left_by_a_dead_worker(data_dir: Path, ts: str) -> None:
    """A job accepted (acked) by a worker that died before answering it."""
    question = Question(channel=CHANNEL, ts=ts, thread_ts=ts, user=USER,
                        text="<@UBOT> Who did Geely partner with?", is_follow_up=False)  # fmt: skip
    payload = json.dumps({"question": question.__dict__, "me": {"user_id": "UBOT", "bot_id": "B"}})
    dead = JobKeeper(SqliteJobStore(data_dir / "jobs.sqlite3"), lease_seconds=DEAD_LEASE)
    assert dead.accept(job_key(question), payload) is not None
    dead.release(job_key(question))  # its heartbeat died with it


def test_a_retry_of_a_dead_workers_event_is_answered_once(tmp_path: Path) -> None:
    with BotHarness(tmp_path / "bot") as bot:
        left_by_a_dead_worker(bot.data_dir, "1.000001")
        store = bot.stores.jobs
        # While the lease runs, a retry is a duplicate (the worker may still be alive).
        assert bot.event(mention(ts="1.000001"), event_id="EvDead", retry_num=1).status == 200
        bot.settle()
        assert bot.answers() == []
        wait_until(lambda: store.expired(limit=5), timeout=30, what="the dead lease to expire")
        assert bot.event(mention(ts="1.000001"), event_id="EvDead", retry_num=2).status == 200
        bot.settle()
        [answer] = bot.answers()
        assert answer["thread_ts"] == "1.000001"
        # Answered: later retries are duplicates for good.
        assert bot.event(mention(ts="1.000001"), event_id="EvDead", retry_num=3).status == 200
        bot.settle()
        assert len(bot.answers()) == 1


def test_a_sweep_answers_what_a_dead_worker_left(tmp_path: Path) -> None:
    from bot.slack.settings import SlackSettings

    with ThreadedSlack() as slack:
        settings = SlackSettings(bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                                 slack_api_url=slack.api_url, data_dir=tmp_path)  # fmt: skip
        for number in range(3):
            left_by_a_dead_worker(tmp_path, f"2.00000{number}")
        runner = TrackingRunner()
        deps = build_deps(slack=settings, assistant=FakeAssistant(), runner=runner,
                          stores=BotStores.in_data_dir(tmp_path))  # fmt: skip
        recovery = JobRecovery(deps=deps, client=WebClient(token=BOT_TOKEN, base_url=slack.api_url))
        wait_until(lambda: len(deps.jobs.store.expired(limit=5)) == 3, timeout=30, what="expiry")
        assert recovery.sweep() == 3
        assert recovery.sweep() == 0  # taken: not again
        runner.wait_idle()
        runner.shutdown()
        posts = slack.calls_to("chat.postMessage")
        assert sorted(call.params["thread_ts"] for call in posts) == [
            "2.000000", "2.000001", "2.000002"
        ]  # fmt: skip


# -- the real server -------------------------------------------------------------------------


class GatedSlack(ThreadedSlack):
    """Holds every answer job at its first Web API call (the ⏳ reaction) until `gate` opens,
    so a test knows the jobs are accepted and unanswered when it kills the worker."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        # A killed worker never reads the reply to its held request: not worth a traceback.
        self._server.handle_error = quiet_when_the_client_left  # type: ignore[method-assign]

    def _handle(
        self, path: str, raw: str, headers: dict[str, str]
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        if path.startswith("/api/reactions.add"):
            self.gate.wait(timeout=300)
        return super()._handle(path, raw, headers)


def quiet_when_the_client_left(request: object, client_address: object) -> None:
    if not isinstance(sys.exc_info()[1], ConnectionError):
        traceback.print_exc()


QUESTIONS = [
    "Who replaced Cheng Li at Alibaba?",
    "Who is CATL's chief financial officer?",
    "Who is the president of SAIC Group?",
    "Which companies has Alibaba partnered with?",
]


def burst(served: ServeProcess, count: int, prefix: str) -> list[str]:
    """`count` signed mentions at once; each must be acked with 200. Their thread ts."""
    threads = [f"{prefix}.{number:06d}" for number in range(count)]

    def ask(number: int) -> int:
        event = mention(QUESTIONS[number % len(QUESTIONS)], ts=threads[number])
        return served.deliver(event, f"Ev{prefix}-{number}")

    with ThreadPoolExecutor(max_workers=16) as pool:
        assert set(pool.map(ask, range(count))) == {200}
    return threads


def posts_per_thread(slack: ThreadedSlack, threads: list[str]) -> Counter[str]:
    wanted = set(threads)
    return Counter(
        str(call.params["thread_ts"])
        for call in slack.calls_to("chat.postMessage")
        if call.params.get("thread_ts") in wanted
    )


def all_done(data_dir: Path, threads: list[str]) -> bool:
    store = SqliteJobStore(data_dir / "jobs.sqlite3")
    records = [store.get(f"{CHANNEL}:{ts}") for ts in threads]
    return all(record is not None and record.state == "done" for record in records)


def test_a_worker_killed_mid_burst_loses_no_question_and_doubles_none(tmp_path: Path) -> None:
    with GatedSlack() as slack:
        data_dir = tmp_path / "data"
        env = bot_env(data_dir, slack, ALLIANCE_BOT_SLACK_JOB_LEASE_SECONDS="3")
        with ServeProcess(env, tmp_path / "serve.log") as served:
            [worker] = served.worker_pids()
            threads = burst(served, 80, "1700000300")
            os.kill(worker, signal.SIGKILL)  # every job acked, none answered (gated)
            assert slack.calls_to("chat.postMessage") == []
            wait_until(
                lambda: [pid for pid in served.worker_pids() if pid != worker],
                timeout=60,
                what="gunicorn to start a new worker",
            )
            slack.gate.set()
            wait_until(
                lambda: len(posts_per_thread(slack, threads)) == 80,
                timeout=300,
                what="all 80 questions answered after the restart",
            )
            wait_until(lambda: all_done(data_dir, threads), timeout=60, what="every job done")
            # Slack retries one of them now: still one answer.
            assert served.deliver(mention(QUESTIONS[0], ts=threads[0]), "Ev1700000300-0", retry=1)
        assert served.stop() == 0
        counts = posts_per_thread(slack, threads)
        assert set(counts) == set(threads) and set(counts.values()) == {1}, counts
        for call in slack.calls_to("chat.postMessage"):
            assert "[1]" in call.params["text"], call.params["text"]
        assert "took over" in served.log()


def test_sigterm_drains_the_accepted_questions(tmp_path: Path) -> None:
    with GatedSlack() as slack:
        data_dir = tmp_path / "data"
        served = ServeProcess(bot_env(data_dir, slack), tmp_path / "serve.log").start()
        try:
            threads = burst(served, 20, "1700000400")
            served.process.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
            slack.gate.set()
        finally:
            assert served.stop() == 0, served.log()
        counts = posts_per_thread(slack, threads)
        assert set(counts) == set(threads) and set(counts.values()) == {1}, counts
        assert all_done(data_dir, threads)
