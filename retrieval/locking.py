"""One writer per data dir: an embedded Chroma directory is not safe across processes."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from types import TracebackType


class WriterBusy(RuntimeError):
    """Another process (or thread) is already writing to this data dir."""


class WriterLock:
    """An exclusive, non-blocking advisory lock on `<data_dir>/writer.lock`.

    flock locks belong to the open file description, so a second acquisition from the same
    process (another thread) is refused too — which is what "one re-ingest at a time" needs.
    """

    def __init__(self, data_dir: Path) -> None:
        self._path = Path(data_dir) / "writer.lock"
        self._handle: int | None = None

    def __enter__(self) -> WriterLock:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(handle, 32, 0).decode(errors="replace").strip() or "unknown"
            os.close(handle)
            raise WriterBusy(
                f"another ingest is already writing to {self._path.parent} (pid {holder})"
            ) from None
        os.ftruncate(handle, 0)
        os.pwrite(handle, str(os.getpid()).encode(), 0)
        self._handle = handle
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            os.close(self._handle)
            self._handle = None
