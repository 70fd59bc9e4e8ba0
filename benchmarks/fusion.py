"""Compare ways of fusing BM25 and dense rankings by retrieval recall@k. Prints a table.

    python benchmarks/fusion.py --data-dir DIR [QUESTIONS.jsonl ...]

Run it on a data dir that already holds the corpus (e.g. the one benchmarks/ingest_query.py
left behind) so that the comparison is made at the size that matters.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

from retrieval.evaluation import EvalQuestion, gold_share, load_questions
from retrieval.index.search import convex_fusion, diversify, reciprocal_rank_fusion
from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, load_settings

DEFAULT_FILES = [
    PROJECT_ROOT.parent / "shared" / "eval" / "dev_questions.jsonl",
    PROJECT_ROOT / "benchmarks" / "data" / "seed_questions.jsonl",
]
Ranked = list[tuple[str, float]]


def strategies() -> dict[str, Callable[[Ranked, Ranked], Ranked]]:
    return {
        "bm25 only": lambda lex, den: lex,
        "dense only": lambda lex, den: den,
        "rrf 1:1": lambda lex, den: rrf(lex, den, 1.0, 1.0),
        "rrf lex 2:1": lambda lex, den: rrf(lex, den, 2.0, 1.0),
        "rrf lex 3:1": lambda lex, den: rrf(lex, den, 3.0, 1.0),
        "convex 0.5": lambda lex, den: convex_fusion([(lex, 0.5), (den, 0.5)]),
        "convex 0.6": lambda lex, den: convex_fusion([(lex, 0.6), (den, 0.4)]),
        "convex 0.7": lambda lex, den: convex_fusion([(lex, 0.7), (den, 0.3)]),
    }


def rrf(lexical: Ranked, dense: Ranked, lexical_weight: float, dense_weight: float) -> Ranked:
    return reciprocal_rank_fusion(
        [([i for i, _ in lexical], lexical_weight), ([i for i, _ in dense], dense_weight)], k=60
    )


def recall(service: AllianceService, questions: list[EvalQuestion], k: int) -> dict[str, float]:
    index = service.searcher.lexical_index()
    candidates = service.settings.retrieval.candidates
    totals = dict.fromkeys(strategies(), 0.0)
    answerable = [q for q in questions if q.answerable]
    for question in answerable:
        lexical = index.search(question.question, limit=candidates)
        vector = service.embedder.embed_query(question.question)
        dense = service.vectors.query(vector, limit=candidates)
        chunks = service.catalog.chunks_by_id([i for i, _ in lexical + dense])
        article_of = {cid: chunk.article_id for cid, chunk in chunks.items()}
        for name, fuse in strategies().items():
            kept = diversify(fuse(lexical, dense), article_of=article_of, per_article=2, limit=k)
            sources = [chunks[cid].source for cid, _ in kept]
            totals[name] += gold_share(question.gold, sources)
    return {name: total / len(answerable) for name, total in totals.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("-k", type=int, default=4)
    args = parser.parse_args()
    os.environ["ALLIANCE_BOT_DATA_DIR"] = str(args.data_dir)
    service = AllianceService.from_settings(load_settings())
    questions = [q for path in args.files for q in load_questions(path)]
    print(f"{service.catalog.count_articles()} articles, {len(questions)} questions")
    for name, value in recall(service, questions, args.k).items():
        print(f"{name:<14} recall@{args.k} {value:.3f}")
    service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
