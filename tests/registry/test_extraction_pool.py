"""Extraction in a worker process gives exactly what in-process extraction gives."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from retrieval.ingest.documents import load_file
from retrieval.models import Article
from retrieval.registry import extraction_pool
from retrieval.registry.extraction import RuleExtractor
from retrieval.registry.extraction_pool import ExtractionPool
from retrieval.service import AllianceService
from tests.conftest import SEEDS


def seed_articles() -> list[Article]:
    return [article for path in sorted(SEEDS.glob("*.txt")) for article in load_file(path)[0]]


def test_worker_results_equal_in_process_results(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extraction_pool, "MIN_BATCH_FOR_WORKER", 2)
    # nothing is taken back to extract here: every result comes from the worker
    monkeypatch.setattr(ExtractionPool, "_steal", lambda self: None)
    articles = seed_articles()
    pool = ExtractionPool(RuleExtractor())
    try:
        pool.prepare(articles)
        assert pool._worker is not None  # the batch went to the worker process
        from_worker = [pool.take(article) for article in articles]
    finally:
        pool.close()
    in_process = [RuleExtractor().extract(article) for article in articles]
    assert from_worker == in_process
    assert sum(len(e.alliances) for e in from_worker) == 4


class LockedExtractor(RuleExtractor):
    """Holds a lock, like an extractor with a model client: it cannot be pickled."""

    def __init__(self) -> None:
        self.lock = threading.Lock()


def test_an_extractor_that_cannot_cross_processes_runs_in_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(extraction_pool, "MIN_BATCH_FOR_WORKER", 2)
    articles = seed_articles()
    pool = ExtractionPool(LockedExtractor())
    pool.prepare(articles)
    assert pool._worker is None
    assert sum(len(pool.take(article).alliances) for article in articles) == 4


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "-c", "import sys; sys.exit(3)"],  # dies at once
        [sys.executable, "-c", "import sys; sys.stdin.buffer.read(); print('junk')"],
    ],
)
def test_a_broken_worker_only_costs_speed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, command: list[str]
) -> None:
    monkeypatch.setattr(extraction_pool, "MIN_BATCH_FOR_WORKER", 2)
    monkeypatch.setattr(extraction_pool, "WORKER_COMMAND", command)
    monkeypatch.setattr(extraction_pool, "RESULT_TIMEOUT_SECONDS", 2.0)
    articles = seed_articles()
    pool = ExtractionPool(RuleExtractor())
    pool.prepare(articles)
    pool.prepare(articles[:2])
    results = [pool.take(article) for article in articles]
    pool.close()
    assert results == [RuleExtractor().extract(article) for article in articles]
    assert "extraction worker" in caplog.text


def test_ingest_through_the_worker_builds_the_same_registry(
    service: AllianceService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(extraction_pool, "MIN_BATCH_FOR_WORKER", 2)
    service.ingest([SEEDS])
    pairs = sorted(" – ".join(a.party_names) for a in service.alliances())
    assert pairs == ["Alibaba – Geely", "BAIC – CATL", "GAC – SAIC", "Geely – Renault"]


def test_a_take_that_would_wait_extracts_unstarted_slices_itself(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # A worker that reads its first slice and never answers: every other slice is still
    # unsent, and taking one of them must not wait for the worker at all.
    silent = [sys.executable, "-c", "import sys, time; sys.stdin.buffer.read(8); time.sleep(60)"]
    monkeypatch.setattr(extraction_pool, "MIN_BATCH_FOR_WORKER", 2)
    monkeypatch.setattr(extraction_pool, "SLICE_ARTICLES", 1)
    monkeypatch.setattr(extraction_pool, "WORKER_COMMAND", silent)
    monkeypatch.setattr(extraction_pool, "RESULT_TIMEOUT_SECONDS", 5.0)
    articles = seed_articles()
    pool = ExtractionPool(RuleExtractor())
    try:
        pool.prepare(articles)
        deadline = time.monotonic() + 60
        while not pool._in_flight and time.monotonic() < deadline:
            time.sleep(0.05)  # the feeder hands the worker the first slice
        taken = [pool.take(article) for article in articles[1:]]
        assert pool._in_flight == 1  # the worker still holds the first slice
        assert not pool._unsent  # every other slice was extracted here
    finally:
        pool.close()
    assert taken == [RuleExtractor().extract(article) for article in articles[1:]]
    assert "extraction worker" not in caplog.text  # nothing timed out or was given up
