"""Run a Slack-triggered re-ingest in a child process instead of the gunicorn worker.

An ingest allocates a lot for a short while (texts, chunks, embedding matrices). Done inside
a long-lived worker, that memory stays with the worker: measured in benchmarks/soak.py, the
worker that re-ingested the seeds plus the BBC corpus grew 16% and kept it, even after
``malloc_trim``. In a child process it is all returned when the child exits, and a crash in
the ingest cannot take an answering worker down. The child (``python -m bot.ingest_child``)
reads the same environment and prints JSON lines: progress, then the report or the error.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterable, Sequence
from typing import Protocol

from retrieval.errors import StoreUnavailable
from retrieval.locking import WriterBusy
from retrieval.models import IngestReport
from retrieval.ports import ProgressCallback

logger = logging.getLogger(__name__)

CHILD_MODULE = "bot.ingest_child"


class IngestJob(Protocol):
    """What /alliance-reingest runs: `Assistant.ingest`, or :func:`ingest_in_child_process`."""

    def __call__(self, *, progress: ProgressCallback | None = None) -> IngestReport: ...


class IngestFailed(RuntimeError):
    """The child process failed; `kind` names its exception (for the admin's DM)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(f"{kind}: {message}")
        self.kind = kind


# Failures the admin gets specific advice for keep their type across the process boundary.
KNOWN_ERRORS: dict[str, type[Exception]] = {
    "StoreUnavailable": StoreUnavailable,
    "WriterBusy": WriterBusy,
}


def ingest_in_child_process(
    *, progress: ProgressCallback | None = None, command: Sequence[str] | None = None
) -> IngestReport:
    """Ingest the default articles in ``python -m bot.ingest_child``; raise as it failed."""
    argv = list(command or [sys.executable, "-m", CHILD_MODULE])
    # stderr is inherited: the child's log lines land in the server's log.
    with subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, encoding="utf-8") as child:
        outcome = _read_messages(child.stdout or [], progress)
    if isinstance(outcome, IngestReport) and child.returncode == 0:
        return outcome
    if isinstance(outcome, Exception):
        raise outcome
    raise IngestFailed("ChildProcessError", f"the ingest process exited with {child.returncode}")


def _read_messages(
    lines: Iterable[str], progress: ProgressCallback | None
) -> IngestReport | Exception | None:
    outcome: IngestReport | Exception | None = None
    for line in lines:
        try:
            message = json.loads(line)
        except ValueError:
            logger.warning("unexpected output from the ingest process: %.200s", line)
            continue
        if "progress" in message and progress is not None:
            progress(str(message["progress"]))
        elif "report" in message:
            outcome = IngestReport.model_validate(message["report"])
        elif "error" in message:
            outcome = _error(message["error"])
    return outcome


def _error(error: dict[str, str]) -> Exception:
    kind, text = str(error.get("kind", "Exception")), str(error.get("message", ""))
    known = KNOWN_ERRORS.get(kind)
    return known(text) if known is not None else IngestFailed(kind, text)
