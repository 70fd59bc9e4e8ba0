"""Alliance extraction in a second process, overlapped with embedding and Chroma writes.

Rule extraction is pure Python and took about 40 % of ingest time on the BBC corpus; the
machine has two cores, and embedding and Chroma's upsert spend most of their time outside
the GIL. So a batch's extraction runs in a worker process (`retrieval.registry.extraction_worker`)
while the main process embeds and stores the same batch. Small batches (the seeds) are
extracted in-process: starting the worker costs more than it saves. Anything going wrong
with the worker only costs speed: its batches are extracted in-process instead.
"""

from __future__ import annotations

import logging
import pickle
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import IO, Any

from retrieval.models import Article
from retrieval.registry.extraction import AllianceExtractor, ArticleExtraction
from retrieval.registry.extraction_worker import read_message, write_message

logger = logging.getLogger(__name__)

# Below this many articles in a batch, a worker process is not worth starting.
MIN_BATCH_FOR_WORKER = 64
# Longest wait for one batch's results before extracting it in-process instead.
RESULT_TIMEOUT_SECONDS = 300.0
WORKER_COMMAND = [sys.executable, "-m", "retrieval.registry.extraction_worker"]


class ExtractionPool:
    """Extract ahead of time; `take(article)` returns the prepared result, or extracts now."""

    def __init__(self, extractor: AllianceExtractor) -> None:
        self._extractor = extractor
        self._worker: subprocess.Popen[bytes] | None = None
        self._results: queue.Queue[Any] = queue.Queue()
        self._pending: list[list[Article]] = []
        self._ready: dict[tuple[str, str], ArticleExtraction] = {}
        # An extractor holding a model client (or a lock) cannot cross to another process.
        self._enabled = _picklable(extractor)

    def prepare(self, articles: Sequence[Article]) -> None:
        if not self._enabled or len(articles) < MIN_BATCH_FOR_WORKER:
            return
        batch = list(articles)
        try:
            worker = self._worker or self._start()
            write_message(_stdin(worker), (self._extractor, batch))
        except (OSError, pickle.PicklingError) as error:
            self._give_up(f"could not hand a batch to the extraction worker: {error}")
            return
        self._pending.append(batch)

    def take(self, article: Article) -> ArticleExtraction:
        key = (article.article_id, article.content_hash)
        if key not in self._ready and self._pending:
            self._collect()
        found = self._ready.pop(key, None)
        return found if found is not None else self._extractor.extract(article)

    def close(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        try:
            _stdin(worker).close()
            worker.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            worker.kill()
            worker.wait()

    def _start(self) -> subprocess.Popen[bytes]:
        worker = subprocess.Popen(WORKER_COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        # Results are drained continuously, so the worker never blocks writing them while
        # we block handing it the next batch.
        reader = threading.Thread(target=self._drain, args=(worker.stdout,), daemon=True)
        reader.start()
        self._worker = worker
        return worker

    def _drain(self, stream: IO[bytes]) -> None:
        try:
            while (results := read_message(stream)) is not None:
                self._results.put(results)
        except (OSError, pickle.UnpicklingError, EOFError) as error:
            self._results.put(error)
        self._results.put(EOFError("the extraction worker exited"))

    def _collect(self) -> None:
        pending, self._pending = self._pending, []
        for batch in pending:
            try:
                results = self._results.get(timeout=RESULT_TIMEOUT_SECONDS)
            except queue.Empty:
                results = TimeoutError("no results from the extraction worker")
            if isinstance(results, BaseException) or len(results) != len(batch):
                self._give_up(f"extraction worker failed ({results!r:.200}); extracting here")
                return
            for article, extraction in zip(batch, results, strict=True):
                self._ready[(article.article_id, article.content_hash)] = extraction

    def _give_up(self, reason: str) -> None:
        logger.warning(reason)
        self._enabled = False
        self._pending = []
        self.close()


def _stdin(worker: subprocess.Popen[bytes]) -> IO[bytes]:
    assert worker.stdin is not None  # always: started with stdin=PIPE
    return worker.stdin


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
