"""What the listeners need, built once per app: the assistant, the stores and the pool."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.ingest_process import IngestJob
from bot.slack.audit import AuditLog, FileAuditLog
from bot.slack.durable import JobKeeper
from bot.slack.feedback import FeedbackStore
from bot.slack.jobs import JobStore, SqliteJobStore
from bot.slack.jobs_redis import RedisJobStore
from bot.slack.locks import FileRunLock, RedisRunLock, RunLock
from bot.slack.redis_client import connect_redis
from bot.slack.runner import Runner, ThreadRunner
from bot.slack.settings import SlackSettings
from bot.slack.threads import RedisThreadMemory, SqliteThreadMemory, ThreadMemory
from retrieval.ports import Assistant


@dataclass(frozen=True)
class BotStores:
    """The bot's state, each piece behind a small interface.

    What must be shared by every worker that can receive a Slack request (accepted jobs, the
    re-ingest lock, thread memory) lives in Redis when ``ALLIANCE_BOT_REDIS_URL`` is set, and
    in the data dir otherwise (enough for several workers on one host). Feedback and the
    audit log stay in the data dir.
    """

    jobs: JobStore
    threads: ThreadMemory
    feedback: FeedbackStore
    audit: AuditLog
    reingest_lock: RunLock

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> BotStores:
        return cls(
            jobs=SqliteJobStore(data_dir / "jobs.sqlite3"),
            threads=SqliteThreadMemory(data_dir / "threads.sqlite3"),
            feedback=FeedbackStore(data_dir / "feedback.sqlite3"),
            audit=FileAuditLog(data_dir / "audit.log"),
            reingest_lock=FileRunLock(data_dir / "reingest.lock"),
        )

    @classmethod
    def from_settings(cls, slack: SlackSettings) -> BotStores:
        """Redis-backed shared state when a Redis URL is set, else all in the data dir."""
        if slack.redis_url is None:
            return cls.in_data_dir(slack.data_dir)
        client = connect_redis(slack.redis_url.get_secret_value())
        return cls(
            jobs=RedisJobStore(client),
            threads=RedisThreadMemory(client),
            feedback=FeedbackStore(slack.data_dir / "feedback.sqlite3"),
            audit=FileAuditLog(slack.data_dir / "audit.log"),
            reingest_lock=RedisRunLock(client),
        )


@dataclass(frozen=True)
class BotDeps:
    """Everything a listener uses besides the Slack request itself."""

    assistant: Assistant
    stores: BotStores
    runner: Runner
    jobs: JobKeeper  # accepted questions: durable, leased, posted at most once
    admin_user_ids: frozenset[str]
    auto_answer_channels: frozenset[str]
    ingest: IngestJob  # what /alliance-reingest runs


def build_deps(
    *,
    slack: SlackSettings,
    assistant: Assistant,
    stores: BotStores | None = None,
    runner: Runner | None = None,
    ingest: IngestJob | None = None,
) -> BotDeps:
    """Defaults: stores from `slack` (Redis or the data dir), ``answer_threads`` threads, and
    re-ingest by `assistant` in this process (the server passes a child-process job)."""
    stores = stores or BotStores.from_settings(slack)
    return BotDeps(
        assistant=assistant,
        stores=stores,
        runner=runner or ThreadRunner(max_workers=slack.answer_threads),
        jobs=JobKeeper(stores.jobs, lease_seconds=slack.job_lease_seconds),
        admin_user_ids=frozenset(slack.admin_user_ids),
        auto_answer_channels=frozenset(slack.auto_answer_channels),
        ingest=ingest or assistant.ingest,
    )
