"""/alliance-reingest's ingest in a child process: progress, report and errors come back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.ingest_process import IngestFailed, ingest_in_child_process
from retrieval.index.store import StoreUnavailable
from retrieval.locking import WriterBusy, WriterLock
from retrieval.models import IngestReport
from retrieval.ports import ProgressCallback
from retrieval.service import AllianceService
from retrieval.settings import load_settings
from tests.bot_harness import ADMIN, BotHarness
from tests.conftest import free_port


def test_the_child_ingests_and_reports_progress(isolated_data_dir: Path) -> None:
    lines: list[str] = []
    report = ingest_in_child_process(progress=lines.append)
    assert len(report.added) == 5 and report.chunks_written > 0
    assert lines and "files read" in lines[-1]
    # The parent sees what the child stored.
    service = AllianceService.from_settings(load_settings())
    try:
        assert service.catalog.count_articles() == 5
    finally:
        service.close()


def test_a_busy_writer_comes_back_as_writer_busy(isolated_data_dir: Path) -> None:
    with WriterLock(isolated_data_dir), pytest.raises(WriterBusy, match="already writing"):
        ingest_in_child_process()


def test_an_unreachable_chroma_server_comes_back_as_store_unavailable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ALLIANCE_BOT_CHROMA_URL", f"http://127.0.0.1:{free_port()}")
    with pytest.raises(StoreUnavailable, match="not reachable"):
        ingest_in_child_process()


@pytest.mark.parametrize(
    ("script", "kind"),
    [
        ('print(\'{"error": {"kind": "OSError", "message": "disk full"}}\')', "OSError"),
        ("import sys; print('not json'); sys.exit(3)", "ChildProcessError"),
        ("import os; os._exit(9)", "ChildProcessError"),
    ],
)
def test_other_failures_name_their_cause(script: str, kind: str) -> None:
    with pytest.raises(IngestFailed) as raised:
        ingest_in_child_process(command=[sys.executable, "-c", script])
    assert raised.value.kind == kind


def test_the_slack_command_runs_the_configured_job(tmp_path: Path) -> None:
    calls: list[str] = []

    def job(*, progress: ProgressCallback | None = None) -> IngestReport:
        calls.append("job")
        raise IngestFailed("OSError", "disk full")

    with BotHarness(tmp_path / "bot", ingest=job) as bot:
        assert "Re-ingest started" in bot.command("/alliance-reingest", user_id=ADMIN).text
        bot.settle()
        assert calls == ["job"] and bot.assistant.ingests == 0
        assert "Re-ingest failed (OSError)" in bot.answers()[-1]["text"]
        assert bot.stores.reingest_lock.try_acquire()
