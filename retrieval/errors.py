"""Errors the edges (CLI, Slack) react to, kept apart from the modules that raise them.

Importing this costs nothing, so the Slack edge can tell "the Chroma server is down" from a
bug without importing chromadb (about 0.7 s) just to name an exception class.
"""

from __future__ import annotations


class StoreError(RuntimeError):
    """The vector store cannot be used as configured; the message says what to do."""


class EmbedderMismatch(StoreError):
    """The collection was built by a different embedder."""


class CollectionOwned(StoreError):
    """The Chroma collection holds another catalog's (data dir's) chunks."""


class StoreUnavailable(StoreError):
    """The Chroma server cannot be reached right now (retry later; nothing was changed)."""
