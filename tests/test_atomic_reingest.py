"""Re-ingest never breaks answering: the old index serves until the new one commits."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from bot.cli.main import main
from bot.slack.audit import FileAuditLog
from bot.slack.feedback import FeedbackStore
from retrieval.ingest.status import read_status
from retrieval.models import Article
from retrieval.registry.extraction import RuleExtractor
from retrieval.service import AllianceService
from retrieval.settings import Settings

NEW_TEXT = (
    "BAIC and CATL sign battery deal\n\nOn March 13th, 2023 BAIC and CATL agreed that "
    "CATL will supply sodium-ion cells to BAIC from a new plant in Qingdao.\n"
)
CHANGED = "003_12dc8710fa54c8a9.txt"


class PausingExtractor(RuleExtractor):
    """Stops the ingest (inside its transaction) at the changed article until released."""

    def __init__(self) -> None:
        self.reached = threading.Event()
        self.release = threading.Event()

    def extract(self, article: Article):  # type: ignore[no-untyped-def]
        if "Qingdao" in article.text:
            self.reached.set()
            assert self.release.wait(timeout=60)
        return super().extract(article)


def test_questions_during_a_reingest_are_answered_from_the_old_index(
    settings: Settings, seeds_copy: Path
) -> None:
    extractor = PausingExtractor()
    service = AllianceService.from_settings(settings, extractor=extractor)
    service.ingest([seeds_copy])
    (seeds_copy / CHANGED).write_text(NEW_TEXT, encoding="utf-8")
    worker = threading.Thread(target=service.ingest, args=([seeds_copy],))
    worker.start()
    try:
        assert extractor.reached.wait(timeout=60)
        # Mid-ingest: the new chunks are already in Chroma, but nobody sees them yet.
        during = service.ask("Who is CATL's chief financial officer?")
        assert during.answered and "Zheng Shu" in during.text
        assert not service.ask("Where is the new plant that makes cells for BAIC?").answered
        assert service.ingest_status().state == "running"
    finally:
        extractor.release.set()
        worker.join(timeout=60)
    after = service.ask("Where is the new plant that will make cells for BAIC?")
    assert after.answered and "Qingdao" in after.text
    assert not any("Zheng Shu" in hit.chunk.text for hit in service.search("Zheng Shu CFO"))
    # Superseded vectors were dropped after the commit: Chroma holds exactly the catalog.
    assert service.vectors.all_ids() == service.catalog.all_chunk_ids()
    assert service.ingest_status().state == "complete"
    service.close()


KILLED_INGEST = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from retrieval.registry.extraction import RuleExtractor
    from retrieval.service import AllianceService
    from retrieval.settings import load_settings

    class Killer(RuleExtractor):
        def extract(self, article):
            if "Qingdao" in article.text:
                os.kill(os.getpid(), signal.SIGKILL)  # as if the machine lost power
            return super().extract(article)

    service = AllianceService.from_settings(load_settings(), extractor=Killer())
    service.ingest([Path(sys.argv[1])])
    """
)


def test_a_reingest_killed_halfway_leaves_the_old_index_serving(
    settings: Settings, seeds_copy: Path
) -> None:
    service = AllianceService.from_settings(settings)
    service.ingest([seeds_copy])
    chunks_before = service.catalog.all_chunk_ids()
    service.close()  # one process per embedded Chroma directory at a time
    (seeds_copy / CHANGED).write_text(NEW_TEXT, encoding="utf-8")
    extra = seeds_copy / "zz_new.txt"
    extra.write_text("Acme and Beta form alliance\n\nAcme and Beta formed an alliance.")
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_INGEST, str(seeds_copy)],
        env=os.environ.copy(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()[-2000:]
    status = read_status(Path(settings.data_dir))
    assert status.state == "interrupted"
    assert "previous index is still serving" in status.describe()

    service = AllianceService.from_settings(settings)
    assert service.catalog.all_chunk_ids() == chunks_before
    assert "Zheng Shu" in service.ask("Who is CATL's chief financial officer?").text
    assert service.catalog.count_articles() == 5
    # The next run completes and collects the vectors the killed run had added.
    report = service.ingest([seeds_copy])
    assert report.updated == [CHANGED] and report.added == ["zz_new.txt"]
    assert service.vectors.all_ids() == service.catalog.all_chunk_ids()
    assert "Qingdao" in service.ask("Where is the new plant that will make cells for BAIC?").text
    service.close()


def test_feedback_and_audit_records_survive_reingests(settings: Settings, seeds_copy: Path) -> None:
    data_dir = Path(settings.data_dir)
    service = AllianceService.from_settings(settings)
    service.ingest([seeds_copy])
    feedback = FeedbackStore(data_dir / "feedback.sqlite3")
    audit = FileAuditLog(data_dir / "audit.log")
    answer = service.ask("Who is CATL's chief financial officer?")
    ref = feedback.remember(answer)
    feedback.record_vote(ref=ref, user_id="U1", vote="up")
    audit.record(user_id="U0ADMIN", action="reingest", outcome="allowed")
    (seeds_copy / CHANGED).write_text(NEW_TEXT, encoding="utf-8")
    (seeds_copy / "000_1bfa03ad5d30758b.txt").unlink()
    service.ingest([seeds_copy])
    assert [vote.user_id for vote in FeedbackStore(data_dir / "feedback.sqlite3").votes()] == ["U1"]
    assert FeedbackStore(data_dir / "feedback.sqlite3").recall(ref) == answer
    assert [e["action"] for e in FileAuditLog(data_dir / "audit.log").entries()] == ["reingest"]
    service.close()


def test_cli_status_reports_the_last_ingest(
    capsys: pytest.CaptureFixture[str], seeds_copy: Path
) -> None:
    assert main(["status"]) == 0
    assert "no ingest has run yet" in capsys.readouterr().out
    assert main(["ingest", str(seeds_copy)]) == 0
    capsys.readouterr()
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "articles stored   5" in out and "complete: 5 added" in out
