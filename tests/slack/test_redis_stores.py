"""Redis-backed shared state (re-ingest lock, thread memory; jobs: test_jobs) on a real
redis-server."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from bot.slack.deps import BotStores
from bot.slack.jobs import SqliteJobStore
from bot.slack.jobs_redis import RedisJobStore
from bot.slack.locks import FileRunLock, LockUnavailable, RedisRunLock
from bot.slack.redis_client import KEY_PREFIX, connect_redis
from bot.slack.settings import SlackSettings, SlackSettingsError, load_slack_settings, redacted_url
from bot.slack.threads import RedisThreadMemory, SqliteThreadMemory
from retrieval.settings import PROJECT_ROOT
from tests.conftest import REDIS_PASSWORD
from tests.fake_slack import wait_until
from tests.redis_server import RedisServer, free_port

ROOT = PROJECT_ROOT
LOCK_KEY = KEY_PREFIX + "lock:reingest"


def test_the_lock_is_exclusive_across_two_clients(redis_url: str) -> None:
    first = RedisRunLock(connect_redis(redis_url))
    second = RedisRunLock(connect_redis(redis_url))
    assert first.try_acquire()
    assert not first.try_acquire()  # not re-entrant, like the file lock
    assert not second.try_acquire()
    second.release()  # a non-holder's release changes nothing
    assert not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()
    second.release()  # releasing twice is harmless
    assert first.try_acquire()
    first.release()


def test_a_held_lock_is_extended_while_its_holder_lives(redis_url: str) -> None:
    holder = RedisRunLock(connect_redis(redis_url), ttl_seconds=0.3)
    other = RedisRunLock(connect_redis(redis_url), ttl_seconds=0.3)
    assert holder.try_acquire()
    time.sleep(1.0)  # more than three TTLs: only the refresh thread keeps it
    assert not other.try_acquire()
    holder.release()
    assert other.try_acquire()
    other.release()


HOLD_AND_DIE = """
import os, sys
from bot.slack.locks import RedisRunLock
from bot.slack.redis_client import connect_redis
lock = RedisRunLock(connect_redis(sys.argv[1]), ttl_seconds=float(sys.argv[2]))
assert lock.try_acquire()
print("held", flush=True)
sys.stdin.readline()
os._exit(0)  # a worker that dies without releasing (no finally, no atexit)
"""


def test_a_dead_holder_does_not_keep_the_lock_past_its_ttl(redis_url: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_DIE, redis_url, "0.5"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        assert process.stdout.readline().strip() == "held"
        survivor = RedisRunLock(connect_redis(redis_url), ttl_seconds=0.5)
        time.sleep(0.8)  # the live holder keeps extending it
        assert not survivor.try_acquire()
        process.stdin.write("die\n")
        process.stdin.flush()
        assert process.wait(timeout=10) == 0
        died = time.monotonic()
        wait_until(survivor.try_acquire, timeout=3, what="the dead holder's lock to expire")
        assert time.monotonic() - died < 1.5
        survivor.release()
    finally:
        process.kill()
        process.wait()


def test_a_holder_that_lost_its_lock_does_not_release_the_new_owner(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = connect_redis(redis_url)
    stale = RedisRunLock(client, ttl_seconds=0.3)
    assert stale.try_acquire()
    client.set(LOCK_KEY, "someone-else")  # it expired and another worker took it
    with caplog.at_level(logging.ERROR, logger="bot.slack.locks"):
        wait_until(
            lambda: any("lost" in r.getMessage() for r in caplog.records),
            timeout=2,
            what="the refresh thread to notice",
        )
    stale.release()
    assert client.get(LOCK_KEY) == b"someone-else"


def test_an_unreachable_redis_is_reported_not_mistaken_for_a_busy_lock() -> None:
    lock = RedisRunLock(connect_redis(f"redis://127.0.0.1:{free_port()}/0"))
    with pytest.raises(LockUnavailable):
        lock.try_acquire()
    lock.release()  # harmless: it was never held


def test_thread_memory_is_shared_between_workers(redis_url: str) -> None:
    first = RedisThreadMemory(connect_redis(redis_url))
    second = RedisThreadMemory(connect_redis(redis_url), ttl_seconds=60)
    assert not second.knows(channel="C1", thread_ts="1.1")
    first.remember(channel="C1", thread_ts="1.1")
    assert second.knows(channel="C1", thread_ts="1.1")
    assert not second.knows(channel="C2", thread_ts="1.1")


def settings(tmp_path: Path, **extra: object) -> SlackSettings:
    return load_slack_settings(
        bot_token="xoxb-x", signing_secret="s", data_dir=tmp_path / "data", **extra
    )


def test_stores_follow_the_redis_setting(tmp_path: Path, redis_url: str) -> None:
    shared = BotStores.from_settings(settings(tmp_path, redis_url=redis_url))
    assert isinstance(shared.jobs, RedisJobStore)
    assert isinstance(shared.reingest_lock, RedisRunLock)
    assert isinstance(shared.threads, RedisThreadMemory)
    assert not (tmp_path / "data" / "jobs.sqlite3").exists()
    local = BotStores.from_settings(settings(tmp_path))
    assert isinstance(local.jobs, SqliteJobStore)
    assert isinstance(local.reingest_lock, FileRunLock)
    assert isinstance(local.threads, SqliteThreadMemory)


@pytest.mark.parametrize(
    "url",
    ["redis://127.0.0.1:6379/0", "rediss://:pw@cache.example.com:6380/2", "redis://localhost"],
)
def test_good_redis_urls_load(tmp_path: Path, url: str) -> None:
    loaded = settings(tmp_path, redis_url=url)
    assert loaded.redis_url is not None and loaded.redis_url.get_secret_value() == url
    assert "pw" not in repr(loaded)


@pytest.mark.parametrize(
    "url",
    [
        "http://:hunter2@127.0.0.1:6379/0",
        "redis://:hunter2@127.0.0.1:notaport/0",
        "redis://:hunter2@127.0.0.1:6379/zero",
        "redis://:hunter2@/0",
        "hunter2",
    ],
)
def test_bad_redis_urls_fail_naming_the_variable_without_the_password(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-x")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("ALLIANCE_BOT_REDIS_URL", url)
    with pytest.raises(SlackSettingsError) as raised:
        load_slack_settings()
    assert "ALLIANCE_BOT_REDIS_URL" in str(raised.value)
    assert "hunter2" not in str(raised.value)


def test_an_empty_redis_url_means_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-x")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s")
    monkeypatch.setenv("ALLIANCE_BOT_REDIS_URL", "")
    assert load_slack_settings().redis_url is None


def test_redacted_url_hides_credentials(redis_url: str) -> None:
    assert REDIS_PASSWORD in redis_url
    shown = redacted_url(redis_url)
    assert REDIS_PASSWORD not in shown and shown.startswith("redis://***@127.0.0.1:")
    assert redacted_url("redis://h:1/0") == "redis://h:1/0"


def test_connecting_logs_only_the_redacted_url(
    redis_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        client = connect_redis(redis_url)
        assert client.ping()
        with pytest.raises(redis.AuthenticationError):
            connect_redis(redis_url.replace(REDIS_PASSWORD, "wrong-password")).ping()
    assert "shared bot state in Redis at redis://***@" in caplog.text
    assert REDIS_PASSWORD not in caplog.text


def test_a_missing_redis_server_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no redis-server anywhere
    with pytest.raises(RuntimeError, match="redis-server is not on PATH"):
        RedisServer(tmp_path / "r").start()
