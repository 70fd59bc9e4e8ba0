"""What the last ingest did, kept in `<data_dir>/ingest-status.json` for any process to read.

A run writes "running" when it starts and "complete" or "failed" when it ends. A status
that still says "running" while its process is gone means the run was killed: the old
index kept serving (the run never committed), and the next ingest cleans up after it.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from retrieval.models import IngestReport

logger = logging.getLogger(__name__)

STATUS_FILE = "ingest-status.json"
State = Literal["never", "running", "complete", "failed", "interrupted"]


class IngestStatus(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    state: State
    pid: int | None = None
    started_at: float | None = None
    finished_at: float | None = None
    detail: str = ""

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(self.started_at or 0))
        if self.state == "never":
            return "no ingest has run yet"
        if self.state == "running":
            return f"an ingest is running (pid {self.pid}, started {when})"
        if self.state == "interrupted":
            return (
                f"the ingest started {when} was interrupted before it finished; "
                "the previous index is still serving — run the ingest again"
            )
        return f"last ingest ({when}) {self.state}: {self.detail}"


def read_status(data_dir: Path) -> IngestStatus:
    try:
        status = IngestStatus.model_validate_json((data_dir / STATUS_FILE).read_text("utf-8"))
    except FileNotFoundError:
        return IngestStatus(state="never")
    except (OSError, ValidationError) as error:
        return IngestStatus(state="failed", detail=f"unreadable status file: {error}")
    if status.state == "running" and not _alive(status.pid):
        return status.model_copy(update={"state": "interrupted"})
    return status


def mark_running(data_dir: Path) -> IngestStatus:
    status = IngestStatus(state="running", pid=os.getpid(), started_at=time.time())
    _write(data_dir, status)
    return status


def mark_finished(data_dir: Path, started: IngestStatus, report: IngestReport) -> None:
    detail = (
        f"{len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} "
        f"removed, {report.unchanged} unchanged, {len(report.skipped)} skipped"
    )
    _write(data_dir, _finished(started, "complete", detail))


def mark_failed(data_dir: Path, started: IngestStatus, error: BaseException) -> None:
    """Record the failure; never let recording it hide the error itself (a full disk may
    refuse the status file too: then it is overwritten in place, or left for `read_status`
    to report the run as interrupted)."""
    detail = f"{type(error).__name__}: {error}; the previous index is still serving"
    status = _finished(started, "failed", detail)
    try:
        _write(data_dir, status)
    except OSError:
        try:
            (data_dir / STATUS_FILE).write_text(json.dumps(status.model_dump()), "utf-8")
        except OSError as again:
            logger.warning("could not record the failed ingest in %s: %s", data_dir, again)


def _finished(started: IngestStatus, state: State, detail: str) -> IngestStatus:
    return started.model_copy(update={"state": state, "finished_at": time.time(), "detail": detail})


def _write(data_dir: Path, status: IngestStatus) -> None:
    """Atomically (write, then rename): a reader never sees half a status."""
    data_dir.mkdir(parents=True, exist_ok=True)
    partial = data_dir / f"{STATUS_FILE}.{os.getpid()}.partial"
    partial.write_text(json.dumps(status.model_dump()), encoding="utf-8")
    partial.replace(data_dir / STATUS_FILE)


def _alive(pid: int | None) -> bool:
    if pid is None:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True
