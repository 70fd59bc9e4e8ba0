"""BM25 next to Chroma (local Chroma has no sparse index).

An inverted index of numpy arrays: term -> (row numbers, term frequencies). A query touches
only its terms' postings, so latency grows with posting length, not corpus size. The index
is derived data: built from the catalog and cached on disk keyed by the catalog generation.
"""

from __future__ import annotations

import math
import os
import pickle
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import numpy.typing as npt

from retrieval.index.casing import CaseVocabulary
from retrieval.index.index_terms import expansion_fingerprint, extra_terms
from retrieval.index.initialisms import Initialisms
from retrieval.index.short_names import body
from retrieval.index.short_names import learn as learn_short_names
from retrieval.text import analysis_fingerprint, terms

CACHE_FORMAT = 8  # bump when the pickled layout changes


@dataclass
class Bm25Index:
    """Okapi BM25 over chunk texts (title included), k1=1.2, b=0.75; terms are `terms`,
    `index_terms.extra_terms` and, in documents, `initialisms`."""

    chunk_ids: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)
    lengths: npt.NDArray[np.float32] = field(default_factory=lambda: np.zeros(0, np.float32))
    postings: dict[str, tuple[npt.NDArray[np.int32], npt.NDArray[np.float32]]] = field(
        default_factory=dict
    )
    # lower-case word -> capitalised form, for words the corpus writes as names.
    names: dict[str, str] = field(default_factory=dict)
    # "first next" -> the next word's capitalised form, for a word of a name after the first
    name_pairs: dict[str, str] = field(default_factory=dict)
    # "word next" -> the word's capitalised form, for a word of a name before the next
    name_openers: dict[str, str] = field(default_factory=dict)
    # lower-case initials -> the name the corpus mostly writes for them (short_names.py)
    short_names: dict[str, str] = field(default_factory=dict)
    k1: float = 1.2
    b: float = 0.75

    @classmethod
    def build(cls, documents: Iterable[tuple[str, str, str]]) -> Bm25Index:
        """Index (chunk_id, article_id, text) triples."""
        documents = list(documents)  # read twice: the names' initialisms are learned first
        initialisms = Initialisms.learn(text for _, _, text in documents)
        index = cls()
        rows: dict[str, list[int]] = defaultdict(list)
        freqs: dict[str, list[int]] = defaultdict(list)
        lengths: list[int] = []
        casing = CaseVocabulary()
        for row, (chunk_id, article_id, text) in enumerate(documents):
            # Headlines are skipped: many are in capitals throughout (Reuters), which
            # would make ordinary words look like names.
            casing.observe(body(text))
            words = terms(text)
            counts = Counter(words)
            lengths.append(sum(counts.values()))
            counts.update(extra_terms(text, words))
            counts.update(initialisms.of(text))
            index.chunk_ids.append(chunk_id)
            index.article_ids.append(article_id)
            for term, count in counts.items():
                rows[term].append(row)
                freqs[term].append(count)
        index.short_names = learn_short_names([(article, text) for _, article, text in documents])
        index.names = casing.names()
        index.name_pairs = casing.name_pairs(index.names)
        index.name_openers = casing.name_openers(index.names)
        index.lengths = np.array(lengths, dtype=np.float32)
        index.postings = {
            term: (np.array(rows[term], np.int32), np.array(freqs[term], np.float32))
            for term in rows
        }
        return index

    def __len__(self) -> int:
        return len(self.chunk_ids)

    def idf(self, term: str) -> float:
        """BM25+ style idf, never negative (very common terms weigh ~0)."""
        n_docs = max(len(self.chunk_ids), 1)
        df = len(self.postings[term][0]) if term in self.postings else 0
        return math.log(1.0 + (n_docs - df + 0.5) / (df + 0.5))

    def search(self, query: str, *, limit: int) -> list[tuple[str, float]]:
        """(chunk id, score) best first; only chunks sharing a term with the query."""
        if not self.chunk_ids:
            return []
        scores = np.zeros(len(self.chunk_ids), dtype=np.float32)
        avg_length = float(self.lengths.mean()) or 1.0
        words = terms(query)
        for term in set(words) | set(extra_terms(query, words)):
            if term not in self.postings:
                continue
            rows, tf = self.postings[term]
            norm = self.k1 * (1.0 - self.b + self.b * self.lengths[rows] / avg_length)
            scores[rows] += self.idf(term) * tf * (self.k1 + 1.0) / (tf + norm)
        candidates = np.flatnonzero(scores)
        if len(candidates) > limit:
            top = np.argpartition(-scores[candidates], limit - 1)[:limit]
            candidates = candidates[top]
        ranked = candidates[np.argsort(-scores[candidates], kind="stable")]
        return [(self.chunk_ids[row], float(scores[row])) for row in ranked]


def load_cached(path: Path, *, generation: int) -> Bm25Index | None:
    """The cached index if it was built for this catalog generation, else None."""
    try:
        with path.open("rb") as handle:
            stored_format, stored_generation, index = pickle.load(handle)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError):
        return None
    if stored_format != _stamp() or stored_generation != generation:
        return None
    return index if isinstance(index, Bm25Index) else None


def save_cached(path: Path, index: Bm25Index, *, generation: int) -> None:
    """Write atomically: a reader never sees a half-written cache.

    Each writer uses its own temporary file: several worker processes rebuild the same index
    after a re-ingest, and with one shared ".partial" name the slower rename found its file
    already moved away (FileNotFoundError, measured with two gunicorn workers).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".partial")
    partial = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stamp = _stamp()
            pickle.dump((stamp, generation, index), stream, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _stamp() -> tuple[int, str, str]:
    """What a cached index must have been built with to be used."""
    return CACHE_FORMAT, analysis_fingerprint(), expansion_fingerprint()
