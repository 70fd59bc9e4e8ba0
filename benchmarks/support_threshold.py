"""Choose the claim-support threshold of retrieval/reading/support.py by measurement.

Prints a table.

    python benchmarks/support_threshold.py [PAIRS.jsonl]

Each pair is a claim, the text it cites and a hand label (does the text state it?). The
text is a seed article (``seed``: seen exactly as the LLM answerer sees a cited source,
title plus its passages) or given in the row (``passage``: the source as a real model was
shown it, from tests/data/llm_drafts.jsonl); idf comes from a BM25 index of the seed
chunks, as in the service. For each threshold: precision and recall of "supported" for
the full check (name/number gates and every content word covered), for the gates alone,
and for the plain word share.

    python benchmarks/support_threshold.py tests/data/support_pairs.jsonl \
        tests/data/support_pairs_drafts.jsonl
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
from retrieval.reading.support import SUPPORT_THRESHOLD, assess
from retrieval.settings import PROJECT_ROOT, ChunkingSettings
from retrieval.sources import Source, number_sources

DEFAULT_PAIRS = PROJECT_ROOT / "tests" / "data" / "support_pairs.jsonl"
THRESHOLDS = [round(0.3 + 0.05 * step, 2) for step in range(14)]


@dataclass(frozen=True)
class Pair:
    claim: str
    seed: str  # a seed file name, or "" when the row gives the passage
    supported: bool
    passage: str = ""


def load_pairs(path: Path) -> list[Pair]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        Pair(row["claim"], row.get("seed", ""), bool(row["supported"]), row.get("passage", ""))
        for row in rows
    ]


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


VARIANTS = ("full", "gated", "plain")


def scores(
    pairs: list[Pair], sources: dict[str, Source], idf: Callable[[str], float]
) -> dict[str, list[float]]:
    """Per variant, each pair's score: full check, name/number gates only, plain share."""
    found: dict[str, list[float]] = {variant: [] for variant in VARIANTS}
    for pair in pairs:
        text = pair.passage or sources[pair.seed].full_text
        parts = assess(pair.claim, text, idf=idf)
        found["full"].append(parts.support)
        found["gated"].append(parts.share if parts.gates else 0.0)
        found["plain"].append(parts.share)
    return found


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
    parser.add_argument("pairs", nargs="*", type=Path, default=[DEFAULT_PAIRS])
    args = parser.parse_args(argv)
    pairs = [pair for path in args.pairs for pair in load_pairs(path)]
    sources, idf = seed_sources()
    labels = [pair.supported for pair in pairs]
    found = scores(pairs, sources, idf)
    print(f"{len(pairs)} pairs, {sum(labels)} supported; current threshold {SUPPORT_THRESHOLD}")
    # P, R: precision and recall of "supported"; FA: unsupported claims accepted (a count,
    # telling where a file holds only unsupported claims, like real drafts of a tiny model).
    header = "".join(f"   {'P ' + v:>8} {'R ' + v:>8} {'FA':>3}" for v in VARIANTS)
    print(f"{'threshold':>9}{header}  {'F1 full':>7}")
    for threshold in THRESHOLDS:
        cells = ""
        for variant in VARIANTS:
            precision, recall = precision_recall(labels, found[variant], threshold)
            accepted = sum(
                v >= threshold and not y for v, y in zip(found[variant], labels, strict=True)
            )
            cells += f"   {precision:>8.2f} {recall:>8.2f} {accepted:>3}"
        p_full, r_full = precision_recall(labels, found["full"], threshold)
        f1 = 2 * p_full * r_full / max(p_full + r_full, 1e-9)
        print(f"{threshold:>9.2f}{cells}  {f1:>7.2f}")
    print("\nerrors at the current threshold (full check):")
    for pair, value in zip(pairs, found["full"], strict=True):
        if (value >= SUPPORT_THRESHOLD) != pair.supported:
            label = "supported" if pair.supported else "unsupported"
            print(f"  {value:.2f}  labelled {label}: {pair.claim} ({pair.seed or 'passage'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
