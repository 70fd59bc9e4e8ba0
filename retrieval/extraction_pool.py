"""Alliance extraction in a second process, overlapped with embedding and Chroma writes.

Rule extraction is pure Python and took about 40 % of ingest time on the BBC corpus; the
machine has two cores, and embedding and Chroma's upsert spend most of their time outside
the GIL. So a batch's extraction runs in a worker process while the main process embeds
and stores the same batch. Small batches (the seeds) are extracted in-process: starting
the worker costs more than it saves.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from retrieval.extraction import AllianceExtractor, ArticleExtraction
from retrieval.models import Article

# Below this many articles in a batch, a worker process is not worth starting.
MIN_BATCH_FOR_WORKER = 64


def _extract_all(extractor: AllianceExtractor, articles: list[Article]) -> list[ArticleExtraction]:
    return [extractor.extract(article) for article in articles]


class ExtractionPool:
    """Extract ahead of time; `take(article)` returns the prepared result, or extracts now."""

    def __init__(self, extractor: AllianceExtractor) -> None:
        self._extractor = extractor
        self._executor: ProcessPoolExecutor | None = None
        self._pending: list[tuple[list[Article], Future[list[ArticleExtraction]]]] = []
        self._ready: dict[tuple[str, str], ArticleExtraction] = {}
        # An extractor holding a model client (or a lock) cannot cross to another process.
        self._enabled = _picklable(extractor)

    def prepare(self, articles: Sequence[Article]) -> None:
        if not self._enabled or len(articles) < MIN_BATCH_FOR_WORKER:
            return
        if self._executor is None:
            # forkserver: the worker starts clean, without this process's threads (Chroma's).
            context = multiprocessing.get_context("forkserver")
            self._executor = ProcessPoolExecutor(max_workers=1, mp_context=context)
        batch = list(articles)
        self._pending.append((batch, self._executor.submit(_extract_all, self._extractor, batch)))

    def take(self, article: Article) -> ArticleExtraction:
        key = (article.article_id, article.content_hash)
        if key not in self._ready:
            self._collect()
        found = self._ready.pop(key, None)
        return found if found is not None else self._extractor.extract(article)

    def _collect(self) -> None:
        pending, self._pending = self._pending, []
        for batch, future in pending:
            for article, extraction in zip(batch, future.result(), strict=True):
                self._ready[(article.article_id, article.content_hash)] = extraction

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(cancel_futures=True)
            self._executor = None


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
