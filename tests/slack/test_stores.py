"""The bot's small stores: thread memory, feedback, audit log, run lock (jobs: test_jobs)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.slack.audit import FileAuditLog
from bot.slack.feedback import FeedbackStore
from bot.slack.jobs import SqliteJobStore
from bot.slack.locks import FileRunLock
from bot.slack.reingest import ThrottledProgress
from bot.slack.threads import SqliteThreadMemory
from tests.fakes import answer_for


def open_together(opener: Callable[[Path], object], path: Path, workers: int = 6) -> list[str]:
    """Open one fresh file from several threads released at once; the errors they raised."""
    errors: list[str] = []
    barrier = threading.Barrier(workers)

    def open_one() -> None:
        barrier.wait()
        try:
            opener(path)
        except Exception as error:  # every failure is the finding
            errors.append(repr(error))

    threads = [threading.Thread(target=open_one) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return errors


# gunicorn's workers open the same fresh files at start-up: neither the switch to WAL nor
# adding a column may fail because another worker got there first (seen in CI).
@pytest.mark.parametrize("opener", [FeedbackStore, SqliteJobStore, SqliteThreadMemory])
def test_workers_opening_a_fresh_file_together_all_succeed(
    tmp_path: Path, opener: Callable[[Path], object]
) -> None:
    errors = [e for n in range(20) for e in open_together(opener, tmp_path / f"{n}.sqlite3")]
    assert errors == []


def test_thread_memory(tmp_path: Path) -> None:
    threads = SqliteThreadMemory(tmp_path / "t.sqlite3")
    assert not threads.knows(channel="C1", thread_ts="1.1")
    threads.remember(channel="C1", thread_ts="1.1")
    assert threads.knows(channel="C1", thread_ts="1.1")
    assert not threads.knows(channel="C2", thread_ts="1.1")


def test_feedback_store_round_trip(tmp_path: Path) -> None:
    store = FeedbackStore(tmp_path / "feedback.sqlite3")
    answer = answer_for("Who bought Volvo?")
    ref = store.remember(answer)
    assert len(ref) == 16 and store.recall(ref) == answer
    assert store.recall("0" * 16) is None
    store.record_vote(ref=ref, user_id="U1", vote="up")
    store.record_vote(ref=ref, user_id="U2", vote="down")
    store.record_vote(ref=ref, user_id="U1", vote="down")
    votes = {(v.user_id, v.vote, v.question) for v in store.votes()}
    assert votes == {("U1", "down", "Who bought Volvo?"), ("U2", "down", "Who bought Volvo?")}


def test_audit_log_appends_json_lines(tmp_path: Path) -> None:
    log = FileAuditLog(tmp_path / "sub" / "audit.log")
    log.record(user_id="U1", action="reingest", outcome="denied")
    log.record(user_id="U2", action="reingest", outcome="started", detail="x")
    entries = log.entries()
    assert [(e["user_id"], e["outcome"], e["allowed"]) for e in entries] == [
        ("U1", "denied", False),
        ("U2", "started", True),
    ]
    assert len((tmp_path / "sub" / "audit.log").read_text().splitlines()) == 2


def test_run_lock_is_exclusive_across_instances_and_reusable(tmp_path: Path) -> None:
    first, second = FileRunLock(tmp_path / "x.lock"), FileRunLock(tmp_path / "x.lock")
    assert first.try_acquire()
    assert not first.try_acquire()
    assert not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()
    second.release()  # releasing twice is harmless


@pytest.mark.parametrize("fails", [False, True])
def test_throttled_progress(fails: bool) -> None:
    sent: list[str] = []
    now = [0.0]

    def send(line: str) -> None:
        sent.append(line)
        if fails:
            raise RuntimeError("slack is slow")

    progress = ThrottledProgress(send=send, interval=3.0, clock=lambda: now[0])
    for step, at in enumerate([0.0, 1.0, 2.9, 3.0, 3.5, 10.0]):
        now[0] = at
        progress(f"step {step}")
    assert sent == ["step 0", "step 3", "step 5"]
