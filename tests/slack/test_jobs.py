"""The job stores (SQLite, and Redis on a real redis-server): one record per question,
leased, taken over only when the lease expired, finished once; and the fence that keeps a
worker that lost its job from posting."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from bot.slack.durable import METADATA_EVENT, FencedClient, JobKeeper, JobLost, Target
from bot.slack.jobs import JobStore, SqliteJobStore
from bot.slack.jobs_redis import RedisJobStore
from bot.slack.redis_client import KEY_PREFIX, connect_redis
from tests.fake_slack import FakeSlack, wait_until
from tests.threaded_slack import ThreadedSlack

StoreFactory = Callable[[], JobStore]
LEASE = 1.5  # seconds: short, so that expiry is quick to wait for (and long enough that a
# busy machine does not expire it between two calls)


@pytest.fixture(params=["sqlite", "redis"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> StoreFactory:
    """Makes stores on one shared backend: each is another worker's view of it."""
    if request.param == "sqlite":
        return lambda: SqliteJobStore(tmp_path / "jobs.sqlite3")
    url = request.getfixturevalue("redis_url")
    return lambda: RedisJobStore(connect_redis(url))


def expire(store: JobStore, key: str) -> None:
    wait_until(lambda: key in store.expired(limit=10), timeout=15, what="the lease to expire")


def test_one_record_per_question_whoever_races_for_it(new_store: StoreFactory) -> None:
    stores = [new_store() for _ in range(12)]
    barrier = threading.Barrier(len(stores))

    def accept(index: int) -> bool:
        barrier.wait()
        return stores[index].accept("C1:1.1", "{}", owner=f"w{index}", lease=30) is not None

    with ThreadPoolExecutor(max_workers=len(stores)) as pool:
        assert list(pool.map(accept, range(len(stores)))).count(True) == 1


def test_a_live_or_finished_job_is_not_taken_an_expired_one_is(new_store: StoreFactory) -> None:
    first, second = new_store(), new_store()
    record = first.accept("C1:1.1", '{"q": 1}', owner="a", lease=LEASE)
    assert record is not None and (record.attempts, record.state, record.owner) == (1, "open", "a")
    assert second.accept("C1:1.1", "{}", owner="b", lease=30) is None  # a holds it
    assert second.expired(limit=10) == []
    expire(second, "C1:1.1")
    taken = second.accept("C1:1.1", "{}", owner="b", lease=30)  # Slack's retry, after a crash
    assert taken is not None and (taken.owner, taken.attempts) == ("b", 2)
    assert taken.payload == '{"q": 1}'  # the job as first written
    assert first.renew({"C1:1.1"}, owner="a", lease=30) == {"C1:1.1"}  # a lost it
    assert not first.begin_post("C1:1.1", owner="a")  # ...so a cannot post
    assert second.begin_post("C1:1.1", owner="b")
    second.posted("C1:1.1", owner="b", ts="9.1")
    second.posted("C1:1.1", owner="b", ts="9.2")  # only the first ts counts
    second.finish("C1:1.1", owner="b")
    time.sleep(LEASE)
    assert first.accept("C1:1.1", "{}", owner="a", lease=LEASE) is None  # done stays done
    assert first.take("C1:1.1", owner="a", lease=LEASE) is None
    assert first.expired(limit=10) == []


def test_renewed_leases_do_not_expire(new_store: StoreFactory) -> None:
    store = new_store()
    assert store.accept("C1:2.1", "{}", owner="a", lease=LEASE) is not None
    for _ in range(3):
        time.sleep(LEASE / 3)
        assert store.renew({"C1:2.1"}, owner="a", lease=LEASE) == set()
        assert store.take("C1:2.1", owner="b", lease=LEASE) is None


def test_a_sweep_takes_each_expired_job_once(new_store: StoreFactory) -> None:
    dead = new_store()
    for number in range(5):
        assert dead.accept(f"C1:3.{number}", "{}", owner="dead", lease=LEASE) is not None
    workers = [new_store() for _ in range(4)]
    expire(workers[0], "C1:3.4")
    taken: list[str] = []
    lock = threading.Lock()

    def sweep(index: int) -> None:
        for key in workers[index].expired(limit=10):
            if workers[index].take(key, owner=f"w{index}", lease=30) is not None:
                with lock:
                    taken.append(key)

    with ThreadPoolExecutor(max_workers=len(workers)) as pool:
        list(pool.map(sweep, range(len(workers))))
    assert sorted(taken) == [f"C1:3.{number}" for number in range(5)]


def test_redis_job_records_expire_by_themselves(redis_url: str) -> None:
    client = connect_redis(redis_url)
    store = RedisJobStore(client)
    store.accept("C1:4.1", "{}", owner="a", lease=30)
    assert 0 < client.ttl(KEY_PREFIX + "job:C1:4.1") <= 24 * 3600


# -- the fence: posting through a job's client -------------------------------------------------

TARGET = Target(channel="C1", thread_ts="5.1", ts="5.1")


@pytest.fixture
def slack() -> Iterator[ThreadedSlack]:
    with ThreadedSlack() as fake:
        yield fake


def keeper_and_client(store: JobStore, slack: FakeSlack) -> tuple[JobKeeper, Any]:
    from slack_sdk import WebClient

    return JobKeeper(store, lease_seconds=30), WebClient(token="xoxb-t", base_url=slack.api_url)


def post_reply(client: Any) -> None:
    client.chat_postMessage(channel="C1", thread_ts="5.1", text="the answer")


def test_a_reply_is_tagged_and_recorded(tmp_path: Path, slack: ThreadedSlack) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    keeper, client = keeper_and_client(store, slack)
    record = keeper.accept("C1:5.1", "{}")
    assert record is not None
    keeper.run(record, client, TARGET, post_reply)
    [posted] = slack.calls_to("chat.postMessage")
    assert posted.params["metadata"] == {
        "event_type": METADATA_EVENT,
        "event_payload": {"job": "C1:5.1"},
    }
    stored = store.get("C1:5.1")
    assert stored is not None and stored.state == "done" and stored.posted_ts
    assert keeper.held() == set()


def test_a_worker_that_lost_its_job_does_not_post(tmp_path: Path, slack: ThreadedSlack) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    slow, client = keeper_and_client(store, slack)
    slow.lease = LEASE
    record = slow.accept("C1:5.1", "{}")
    assert record is not None
    slow.release("C1:5.1")  # as if its heartbeat had stalled: the lease lapses
    expire(store, "C1:5.1")
    assert store.take("C1:5.1", owner="quick", lease=30) is not None
    fenced = FencedClient(client, keeper=slow, key="C1:5.1", target=TARGET)
    with pytest.raises(JobLost):
        post_reply(fenced)
    assert slack.calls_to("chat.postMessage") == []


def test_a_reply_posted_just_before_a_crash_is_found_not_posted_again(
    tmp_path: Path, slack: ThreadedSlack
) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    dead, client = keeper_and_client(store, slack)
    dead.lease = LEASE
    record = dead.accept("C1:5.1", "{}")
    assert record is not None
    # The dead worker posted, then died before recording the ts.
    store.begin_post("C1:5.1", owner=dead.owner)
    client.chat_postMessage(
        channel="C1", thread_ts="5.1", text="the answer",
        metadata={"event_type": METADATA_EVENT, "event_payload": {"job": "C1:5.1"}},
    )  # fmt: skip
    dead.release("C1:5.1")
    expire(store, "C1:5.1")
    heir, _ = keeper_and_client(store, slack)
    taken = heir.take("C1:5.1")
    assert taken is not None and taken.state == "posting"
    heir.run(taken, client, TARGET, post_reply)
    assert len(slack.calls_to("chat.postMessage")) == 1  # not posted again
    stored = store.get("C1:5.1")
    assert stored is not None and stored.state == "done" and stored.posted_ts


def test_a_late_heartbeat_does_not_run_a_job_twice_in_one_process(tmp_path: Path) -> None:
    store = SqliteJobStore(tmp_path / "jobs.sqlite3")
    keeper = JobKeeper(store, lease_seconds=30)  # its heartbeat beats every 10 s
    assert keeper.accept("C1:6.1", "{}") is not None
    assert keeper.take("C1:6.1") is None  # leased: nobody takes it
    store.renew({"C1:6.1"}, owner=keeper.owner, lease=-1)  # as if the heartbeat were late
    assert store.expired(limit=5) == ["C1:6.1"]
    # This process's own sweep or a Slack retry finds it expired, but it is queued here.
    assert keeper.take("C1:6.1") is None
    assert keeper.accept("C1:6.1", "{}") is None
