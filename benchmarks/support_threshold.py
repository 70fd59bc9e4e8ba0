"""Choose the claim-support threshold of retrieval/reading/citations.py by measurement.

Prints a table.

    python benchmarks/support_threshold.py [PAIRS.jsonl]

Each pair is a claim, the seed article it cites and a hand label (does the article state
it?). The article is seen exactly as the LLM answerer sees a cited source (title plus its
passages) and idf comes from a BM25 index of the seed chunks, as in the service. For each
threshold: precision and recall of "supported", with and without the name/number gates.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from retrieval.index.lexical import Bm25Index
from retrieval.ingest.chunking import chunk_article, make_splitter
from retrieval.ingest.documents import load_files
from retrieval.models import Chunk, SearchHit
from retrieval.reading.citations import SUPPORT_THRESHOLD, support, word_share
from retrieval.settings import PROJECT_ROOT, ChunkingSettings
from retrieval.sources import Source, number_sources
from retrieval.text import terms

DEFAULT_PAIRS = PROJECT_ROOT / "tests" / "data" / "support_pairs.jsonl"
THRESHOLDS = [round(0.3 + 0.05 * step, 2) for step in range(14)]


@dataclass(frozen=True)
class Pair:
    claim: str
    seed: str
    supported: bool


def load_pairs(path: Path) -> list[Pair]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [Pair(row["claim"], row["seed"], bool(row["supported"])) for row in rows]


def seed_sources() -> tuple[dict[str, Source], Callable[[str], float]]:
    """Each seed file as a one-article Source, and idf over all seed chunks."""
    articles, _ = load_files([PROJECT_ROOT / "seeds"])
    splitter = make_splitter(ChunkingSettings())
    chunks: dict[str, list[Chunk]] = {a.source: chunk_article(a, splitter) for a in articles}
    index = Bm25Index.build(
        (c.chunk_id, c.article_id, c.indexed_text()) for cs in chunks.values() for c in cs
    )
    sources = {
        Path(name).name: number_sources([SearchHit(chunk=c, score=1.0) for c in cs])[0]
        for name, cs in chunks.items()
    }
    return sources, index.idf


def scores(
    pairs: list[Pair], sources: dict[str, Source], idf: Callable[[str], float], *, gates: bool
) -> list[float]:
    def score(pair: Pair) -> float:
        text = sources[pair.seed].full_text
        if gates:
            return support(pair.claim, text, idf=idf)
        return word_share(pair.claim, set(terms(text)), idf=idf)

    return [score(pair) for pair in pairs]


def precision_recall(
    labels: list[bool], values: list[float], threshold: float
) -> tuple[float, float]:
    predicted = [value >= threshold for value in values]
    true_pos = sum(p and y for p, y in zip(predicted, labels, strict=True))
    precision = true_pos / max(sum(predicted), 1)
    recall = true_pos / max(sum(labels), 1)
    return precision, recall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    args = parser.parse_args(argv)
    pairs = load_pairs(args.pairs)
    sources, idf = seed_sources()
    labels = [pair.supported for pair in pairs]
    gated = scores(pairs, sources, idf, gates=True)
    plain = scores(pairs, sources, idf, gates=False)
    print(f"{len(pairs)} pairs, {sum(labels)} supported; current threshold {SUPPORT_THRESHOLD}")
    print(
        f"{'threshold':>9}  {'P gated':>8} {'R gated':>8} {'F1':>5}   {'P plain':>8} {'R plain':>8}"
    )
    for threshold in THRESHOLDS:
        p_gated, r_gated = precision_recall(labels, gated, threshold)
        p_plain, r_plain = precision_recall(labels, plain, threshold)
        f1 = 2 * p_gated * r_gated / max(p_gated + r_gated, 1e-9)
        print(
            f"{threshold:>9.2f}  {p_gated:>8.2f} {r_gated:>8.2f} {f1:>5.2f}"
            f"   {p_plain:>8.2f} {r_plain:>8.2f}"
        )
    print("\nerrors at the current threshold (gated):")
    for pair, value in zip(pairs, gated, strict=True):
        if (value >= SUPPORT_THRESHOLD) != pair.supported:
            label = "supported" if pair.supported else "unsupported"
            print(f"  {value:.2f}  labelled {label}: {pair.claim} ({pair.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
