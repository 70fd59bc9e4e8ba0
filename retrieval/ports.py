"""The small interfaces the edge (CLI, Slack) depends on; implemented in retrieval.service."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from retrieval.models import Alliance, Answer, IngestReport, SearchHit, StoreOverview, Turn

ProgressCallback = Callable[[str], None]


class Assistant(Protocol):
    """Answers questions and keeps the article store up to date."""

    def ask(self, question: str, *, history: Sequence[Turn] = ()) -> Answer:
        """Answer one question; `history` holds earlier turns of the same thread."""
        ...

    def summarize(self, topic: str | None = None) -> Answer:
        """A cited summary of one company's (or topic's) alliances, or of the whole corpus."""
        ...

    def alliances(self, company: str | None = None) -> list[Alliance]:
        """Alliance records from the registry: all, or those with `company` as a party."""
        ...

    def ingest(
        self, paths: Sequence[Path] | None = None, *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        """Ingest files or folders (default: the seeds); idempotent."""
        ...

    def overview(self) -> StoreOverview:
        """How many articles are stored and how the last ingest went (read-only, cheap)."""
        ...


class PassageAnswerer(Protocol):
    """Turns retrieved passages into a cited Answer (extractive default, or an LLM)."""

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        """Answer from `hits` only; refuse (answered=False) when they do not hold it."""
        ...
