"""Errors the edges (CLI, Slack) react to, kept apart from the modules that raise them.

Importing this costs nothing, so the Slack edge can tell "the Chroma server is down" from a
bug without importing chromadb (about 0.7 s) just to name an exception class.
"""

from __future__ import annotations

import errno
from pathlib import Path


class StoreError(RuntimeError):
    """The vector store cannot be used as configured; the message says what to do."""


class EmbedderMismatch(StoreError):
    """The collection was built by a different embedder."""


class CollectionOwned(StoreError):
    """The Chroma collection holds another catalog's (data dir's) chunks."""


class StoreUnavailable(StoreError):
    """The Chroma server cannot be reached right now (retry later; nothing was changed)."""


class DataDirUnwritable(StoreError):
    """The data folder cannot be written (read-only, no permission, or full). The message
    keeps the original error, names the folder and says what to do."""


UNWRITABLE_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT})
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
# How SQLite (ours, and the one inside Chroma) words the same conditions.
UNWRITABLE_TEXTS = (
    "readonly database",
    "read-only file system",
    "unable to open database file",
    "permission denied",
    "disk is full",
    "no space left",
    "disk quota",
)
FULL_TEXTS = ("disk is full", "no space left", "disk quota")


def is_unwritable(error: BaseException) -> bool:
    """Whether `error` (or what caused it) says the disk refused a write."""
    for cause in (error, error.__cause__):
        if isinstance(cause, OSError) and cause.errno in UNWRITABLE_ERRNOS:
            return True
        if cause is not None and any(text in str(cause).lower() for text in UNWRITABLE_TEXTS):
            return True
    return False


def unwritable(data_dir: Path, error: BaseException) -> DataDirUnwritable:
    """The error to raise (``from error``) when `data_dir` refused a write."""
    text = str(error).lower()
    full = (isinstance(error, OSError) and error.errno in FULL_ERRNOS) or any(
        marker in text for marker in FULL_TEXTS
    )
    advice = (
        "free some disk space there"
        if full
        else "make it writable for the user running alliance-bot"
    )
    return DataDirUnwritable(
        f"cannot write to the data folder {data_dir} ({error}): {advice}, or set "
        "ALLIANCE_BOT_DATA_DIR to a writable folder. Nothing stored was changed; "
        "`ask` and `status` still work from what is stored."
    )
