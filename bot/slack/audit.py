"""Append-only audit log of privileged commands: who, what, when, and the outcome.

JSON Lines in ``audit.log`` so that ``grep``/``jq`` read it; one ``write`` per line with
O_APPEND keeps lines whole when several threads or workers append at once.
"""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol

Outcome = Literal["denied", "busy", "started", "finished", "failed"]


class AuditLog(Protocol):
    def record(self, *, user_id: str, action: str, outcome: Outcome, detail: str = "") -> None:
        """Append one entry."""
        ...


class FileAuditLog:
    """Audit entries appended as JSON Lines to one file."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, *, user_id: str, action: str, outcome: Outcome, detail: str = "") -> None:
        entry = {
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "user_id": user_id,
            "action": action,
            "outcome": outcome,
            "allowed": outcome != "denied",
            "detail": detail,
        }
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        with self._lock:
            fd = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, line)
            finally:
                os.close(fd)

    def entries(self) -> list[dict[str, object]]:
        """All entries, oldest first (for tests and quick reports)."""
        if not self._path.exists():
            return []
        lines = self._path.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.strip()]
