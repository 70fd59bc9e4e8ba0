"""Retrieval pieces shared by every answer thread of a worker, and by every worker."""

from __future__ import annotations

import random
import string
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import snowballstemmer

from retrieval import text
from retrieval.index.lexical import Bm25Index, load_cached, save_cached


def new_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    letters = string.ascii_lowercase
    return [
        "".join(rng.choice(letters) for _ in range(rng.randrange(3, 12))) + "ingly"
        for _ in range(count)
    ]


def test_stemming_new_words_from_many_threads_is_safe_and_correct() -> None:
    text.stem.cache_clear()
    reference = snowballstemmer.stemmer("english")
    barrier = threading.Barrier(8)

    def stem_all(seed: int) -> list[tuple[str, str]]:
        words = new_words(seed, 3000)
        barrier.wait()
        return [(word, text.stem(word)) for word in words]

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = [pair for batch in pool.map(stem_all, range(8)) for pair in batch]
    assert all(stemmed == reference.stemWord(word) for word, stemmed in results)


def test_concurrent_bm25_cache_writers_never_collide(tmp_path: Path) -> None:
    """Every worker rebuilds the BM25 index after a re-ingest and writes the same cache."""
    index = Bm25Index.build([("c1", "a1", "Geely and Volvo"), ("c2", "a2", "CATL and BAIC")])
    path = tmp_path / "bm25-test.pickle"
    barrier = threading.Barrier(8)

    def write(generation: int) -> None:
        barrier.wait()
        for _ in range(20):
            save_cached(path, index, generation=generation)

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(write, [7] * 8))
    loaded = load_cached(path, generation=7)
    assert loaded is not None and loaded.chunk_ids == index.chunk_ids
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bm25-test.pickle"]  # no leftovers


def test_the_stemmer_is_snowball_s_c_backend() -> None:
    # PyStemmer (a dependency) makes snowballstemmer return its C stemmer: the same stems,
    # about 15 times faster on the words a question meets first. Without it every cold
    # answer pays for pure-Python stemming, silently.
    assert type(text._stemmer).__module__ == "Stemmer"
