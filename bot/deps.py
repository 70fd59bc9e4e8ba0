"""What the listeners need, built once per app: the assistant, the stores and the pool."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.audit import AuditLog, FileAuditLog
from bot.dedupe import Deduplicator, SqliteDeduplicator
from bot.feedback import FeedbackStore
from bot.locks import FileRunLock, RunLock
from bot.runner import Runner, ThreadRunner
from bot.slack_settings import SlackSettings
from bot.threads import SqliteThreadMemory, ThreadMemory
from retrieval.ports import Assistant


@dataclass(frozen=True)
class BotStores:
    """State kept in the data dir; each piece sits behind a small interface (Redis later)."""

    dedupe: Deduplicator
    threads: ThreadMemory
    feedback: FeedbackStore
    audit: AuditLog
    reingest_lock: RunLock

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> BotStores:
        return cls(
            dedupe=SqliteDeduplicator(data_dir / "dedupe.sqlite3"),
            threads=SqliteThreadMemory(data_dir / "threads.sqlite3"),
            feedback=FeedbackStore(data_dir / "feedback.sqlite3"),
            audit=FileAuditLog(data_dir / "audit.log"),
            reingest_lock=FileRunLock(data_dir / "reingest.lock"),
        )


@dataclass(frozen=True)
class BotDeps:
    """Everything a listener uses besides the Slack request itself."""

    assistant: Assistant
    stores: BotStores
    runner: Runner
    admin_user_ids: frozenset[str]
    auto_answer_channels: frozenset[str]


def build_deps(
    *,
    slack: SlackSettings,
    assistant: Assistant,
    stores: BotStores | None = None,
    runner: Runner | None = None,
) -> BotDeps:
    """Defaults: SQLite/file stores in ``slack.data_dir`` and a pool of ``answer_threads``."""
    return BotDeps(
        assistant=assistant,
        stores=stores or BotStores.in_data_dir(slack.data_dir),
        runner=runner or ThreadRunner(max_workers=slack.answer_threads),
        admin_user_ids=frozenset(slack.admin_user_ids),
        auto_answer_channels=frozenset(slack.auto_answer_channels),
    )
