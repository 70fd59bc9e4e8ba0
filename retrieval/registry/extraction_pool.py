"""Alliance extraction in a second process, overlapped with embedding and Chroma writes.

Extraction parses sentences and takes about as long as embedding and storing; the machine
has two cores, and embedding and Chroma's upsert spend most of their time outside the
GIL. So batches are extracted in a worker process
(`retrieval.registry.extraction_worker`) while the main process embeds and stores them:
batches are handed over by a writer thread (so handing one over never waits for the
worker to finish the one before), results are collected by a reader thread, and the
registry asks for a result only when it is ready (`ready`), or at the end of the run
(`take`, which waits). Small batches (the seeds) are extracted in-process: starting the
worker costs more than it saves. Anything going wrong with the worker only costs speed:
its batches are extracted in-process instead.
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
_STOP = None

Key = tuple[str, str]


class ExtractionPool:
    """Extract ahead of time; `take(article)` returns the prepared result, or extracts now."""

    def __init__(self, extractor: AllianceExtractor) -> None:
        self._extractor = extractor
        self._worker: subprocess.Popen[bytes] | None = None
        self._outbox: queue.Queue[list[Article] | None] = queue.Queue()
        self._results: queue.Queue[Any] = queue.Queue()
        self._pending: list[list[Article]] = []
        self._expected: set[Key] = set()
        self._ready: dict[Key, ArticleExtraction] = {}
        # An extractor holding a model client (or a lock) cannot cross to another process.
        self._enabled = _picklable(extractor)

    def prepare(self, articles: Sequence[Article]) -> None:
        if not self._enabled or len(articles) < MIN_BATCH_FOR_WORKER:
            return
        batch = list(articles)
        try:
            if self._worker is None:
                self._start()
        except OSError as error:
            self._give_up(f"could not start the extraction worker: {error}")
            return
        self._pending.append(batch)
        self._expected.update(_key(article) for article in batch)
        self._outbox.put(batch)

    def expects(self, article: Article) -> bool:
        """Is the worker extracting this article (or has it done so)?"""
        return _key(article) in self._expected

    def has(self, key: Key) -> bool:
        """Is this result in (without waiting)?"""
        return key in self._ready

    def poll(self) -> list[Key]:
        """The articles whose results came in since the last call (never waits)."""
        before = set(self._ready)
        self._collect(wait=False)
        return [key for key in self._ready if key not in before]

    def take(self, article: Article) -> ArticleExtraction:
        key = _key(article)
        if key not in self._ready and key in self._expected and self._pending:
            self._collect(wait=True)
        self._expected.discard(key)
        found = self._ready.pop(key, None)
        return found if found is not None else self._extractor.extract(article)

    def close(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        self._outbox.put(_STOP)
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()

    def _start(self) -> None:
        worker = subprocess.Popen(WORKER_COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._worker = worker
        # Batches are sent and results drained by threads, so neither side ever waits for
        # the other to read: the worker works through its backlog while we embed.
        assert worker.stdin is not None and worker.stdout is not None  # started with PIPEs
        threading.Thread(target=self._send, args=(worker.stdin,), daemon=True).start()
        threading.Thread(target=self._drain, args=(worker.stdout,), daemon=True).start()

    def _send(self, stream: IO[bytes]) -> None:
        try:
            while (batch := self._outbox.get()) is not _STOP:
                write_message(stream, (self._extractor, batch))
            stream.close()
        except (OSError, pickle.PicklingError, ValueError) as error:
            self._results.put(error)

    def _drain(self, stream: IO[bytes]) -> None:
        try:
            while (results := read_message(stream)) is not None:
                self._results.put(results)
        except (OSError, pickle.UnpicklingError, EOFError) as error:
            self._results.put(error)
        self._results.put(EOFError("the extraction worker exited"))

    def _collect(self, *, wait: bool) -> None:
        while self._pending:
            try:
                if wait:
                    results = self._results.get(timeout=RESULT_TIMEOUT_SECONDS)
                else:
                    results = self._results.get_nowait()
            except queue.Empty:
                if not wait:
                    return
                results = TimeoutError("no results from the extraction worker")
            batch = self._pending[0]
            if isinstance(results, BaseException) or len(results) != len(batch):
                self._give_up(f"extraction worker failed ({results!r:.200}); extracting here")
                return
            self._pending.pop(0)
            for article, extraction in zip(batch, results, strict=True):
                self._ready[_key(article)] = extraction

    def _give_up(self, reason: str) -> None:
        logger.warning(reason)
        self._enabled = False
        self._pending = []
        self._expected = set(self._ready)
        self.close()


def key_of(article: Article) -> Key:
    return _key(article)


def _key(article: Article) -> Key:
    return (article.article_id, article.content_hash)


def _picklable(value: object) -> bool:
    try:
        pickle.dumps(value)
    except (pickle.PicklingError, TypeError, AttributeError):
        return False
    return True
