"""Alliance extraction in a second process, overlapped with embedding and Chroma writes.

Extraction parses sentences and takes longer than embedding and storing; the machine has
two cores, and embedding and Chroma's upsert spend most of their time outside the GIL. So
batches are extracted in a worker process (`retrieval.registry.extraction_worker`) while
the main process embeds and stores them. Each batch is cut into slices; a feeder thread
hands the worker one slice at a time and reads its result back, so the registry asks for a
result only when it is in (`has`, `poll`), or at the end of the run (`take`). A `take` that
would wait extracts slices the worker has not started in-process instead: once the main
process has stored everything, both cores extract (measured: the worker alone was still
busy for as long again as the whole embedding and storing had taken). Small batches (the
seeds) are extracted in-process: starting the worker costs more than it saves. Anything
going wrong with the worker only costs speed: its slices are extracted in-process instead.
"""

from __future__ import annotations

import logging
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Sequence
from contextlib import suppress
from typing import IO, Any

from retrieval.models import Article
from retrieval.registry.extraction import AllianceExtractor, ArticleExtraction, extract_all
from retrieval.registry.extraction_worker import read_message, write_message

logger = logging.getLogger(__name__)

# Below this many articles in a batch, a worker process is not worth starting.
MIN_BATCH_FOR_WORKER = 64
# Articles per slice: enough for the parser's batching, few enough that the two processes
# finish close together.
SLICE_ARTICLES = 96
# Longest wait for one slice's results before extracting the rest in-process instead.
RESULT_TIMEOUT_SECONDS = 300.0
# How long a closing worker may take to finish its slice before it is killed.
CLOSE_TIMEOUT_SECONDS = 10.0
WORKER_COMMAND = [sys.executable, "-m", "retrieval.registry.extraction_worker"]

Key = tuple[str, str]
Done = tuple[list[Article], Any]  # a slice and the worker's results (or its error)


class ExtractionPool:
    """Extract ahead of time; `take(article)` returns the prepared result, or extracts now."""

    def __init__(self, extractor: AllianceExtractor) -> None:
        self._extractor = extractor
        self._worker: subprocess.Popen[bytes] | None = None
        self._unsent: deque[list[Article]] = deque()
        self._wake = threading.Condition()
        self._stopping = False
        self._done: queue.Queue[Done] = queue.Queue()
        self._in_flight = 0  # slices sent to the worker whose results are not collected
        self._expected: set[Key] = set()
        self._ready: dict[Key, ArticleExtraction] = {}
        # An extractor holding a model client (or a lock) cannot cross to another process.
        self._enabled = _picklable(extractor)

    def prepare(self, articles: Sequence[Article]) -> None:
        if not self._enabled or self._stopping or len(articles) < MIN_BATCH_FOR_WORKER:
            return  # in-process: disabled, closed (never restarted), or too few
        try:
            if self._worker is None:
                self._start()
        except OSError as error:
            self._give_up(f"could not start the extraction worker: {error}")
            return
        self._expected.update(_key(article) for article in articles)
        with self._wake:
            for start in range(0, len(articles), SLICE_ARTICLES):
                self._unsent.append(list(articles[start : start + SLICE_ARTICLES]))
            self._wake.notify()

    def expects(self, article: Article) -> bool:
        """Is the worker extracting this article (or has it done so)?"""
        return _key(article) in self._expected

    def has(self, key: Key) -> bool:
        """Is this result in (without waiting)?"""
        return key in self._ready

    def poll(self) -> list[Key]:
        """The articles whose results came in since the last call (never waits)."""
        before = set(self._ready)
        self._collect()
        return [key for key in self._ready if key not in before]

    def take(self, article: Article) -> ArticleExtraction:
        key = _key(article)
        while key not in self._ready and key in self._expected and self._enabled:
            self._collect()
            if key in self._ready:
                break
            stolen = self._steal()
            if stolen is not None:
                self._keep(stolen, extract_all(self._extractor, stolen))
            elif self._in_flight:
                self._wait_for_worker()
            else:
                break
        self._expected.discard(key)
        found = self._ready.pop(key, None)
        return found if found is not None else self._extractor.extract(article)

    def close(self) -> None:
        self._stop(kill=False)

    def _stop(self, *, kill: bool) -> None:
        """Stop feeding; the worker finishes its slice (or is killed: one that failed)."""
        worker, self._worker = self._worker, None
        with self._wake:
            self._stopping = True
            self._wake.notify_all()
        if worker is None:
            return
        if kill:
            worker.kill()
        try:
            worker.wait(timeout=CLOSE_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()

    def _start(self) -> None:
        worker = subprocess.Popen(WORKER_COMMAND, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self._worker = worker
        assert worker.stdin is not None and worker.stdout is not None  # started with PIPEs
        args = (worker.stdin, worker.stdout)
        threading.Thread(target=self._feed, args=args, daemon=True).start()

    def _feed(self, send: IO[bytes], receive: IO[bytes]) -> None:
        """One slice at a time: send it, read its results back, hand both over."""
        try:
            while (batch := self._next_slice()) is not None:
                try:
                    write_message(send, (self._extractor, batch))
                    results = read_message(receive)
                except (OSError, pickle.PickleError, EOFError, ValueError) as error:
                    results = error
                self._done.put((batch, results))
                if not isinstance(results, list):
                    return
        finally:
            for stream in (send, receive):
                with suppress(OSError):  # a dead worker's pipe may not flush
                    stream.close()

    def _next_slice(self) -> list[Article] | None:
        with self._wake:
            while not self._unsent and not self._stopping:
                self._wake.wait()
            if self._stopping:
                return None
            self._in_flight += 1
            return self._unsent.popleft()

    def _steal(self) -> list[Article] | None:
        """A slice the worker has not started, taken from the far end of its queue."""
        with self._wake:
            return self._unsent.pop() if self._unsent else None

    def _collect(self) -> None:
        while True:
            try:
                batch, results = self._done.get_nowait()
            except queue.Empty:
                return
            self._received(batch, results)

    def _wait_for_worker(self) -> None:
        try:
            batch, results = self._done.get(timeout=RESULT_TIMEOUT_SECONDS)
        except queue.Empty:
            self._give_up("no results from the extraction worker; extracting here")
            return
        self._received(batch, results)

    def _received(self, batch: list[Article], results: Any) -> None:
        with self._wake:
            self._in_flight -= 1
        if not self._enabled:
            return  # given up: what the worker still sends is not used
        if not isinstance(results, list) or len(results) != len(batch):
            self._give_up(f"extraction worker failed ({results!r:.200}); extracting here")
            return
        self._keep(batch, results)

    def _keep(self, batch: list[Article], results: list[ArticleExtraction]) -> None:
        for article, extraction in zip(batch, results, strict=True):
            self._ready[_key(article)] = extraction

    def _give_up(self, reason: str) -> None:
        logger.warning(reason)
        self._enabled = False
        with self._wake:
            self._unsent.clear()
        self._expected = set(self._ready)
        self._stop(kill=True)


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
