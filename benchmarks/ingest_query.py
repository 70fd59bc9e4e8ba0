"""Ingest throughput and query latency on the default pipeline. Prints figures; asserts nothing.

    python benchmarks/ingest_query.py                       # seeds only
    python benchmarks/ingest_query.py ../shared/corpus/bbc_news_2225.jsonl
    python benchmarks/ingest_query.py --eval ../shared/eval/dev_questions.jsonl CORPUS ...

Uses a fresh temporary data dir (or --data-dir to reuse one and measure warm start).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from retrieval.evaluation import load_questions, score_question, summarize
from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, load_settings

DEFAULT_QUESTIONS = PROJECT_ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(int(share * len(ordered)), len(ordered) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpora", nargs="*", type=Path, help="extra files/folders to ingest")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--eval", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()

    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    os.environ["ALLIANCE_BOT_DATA_DIR"] = str(data_dir)
    settings = load_settings()
    service = AllianceService.from_settings(settings)

    started = time.perf_counter()
    report = service.ingest([settings.seeds_dir, *args.corpora], show_bar=sys.stderr.isatty())
    ingest_seconds = time.perf_counter() - started
    articles = len(report.added) + len(report.updated)
    print(f"data dir               {data_dir}")
    print(f"articles ingested      {articles} ({report.unchanged} unchanged)")
    print(f"chunks written         {report.chunks_written}")
    print(f"ingest seconds         {ingest_seconds:.1f}")
    if ingest_seconds > 0 and articles:
        print(f"ingest articles/s      {articles / ingest_seconds:.0f}")
        print(f"ingest chunks/s        {report.chunks_written / ingest_seconds:.0f}")

    started = time.perf_counter()
    service.searcher.lexical_index()  # first query pays for loading the BM25 index
    print(f"bm25 index load s      {time.perf_counter() - started:.2f}")

    questions = load_questions(args.eval)
    scores = [
        score_question(
            q,
            service.ask(q.question),
            retrieved_sources=[h.chunk.source for h in service.search(q.question, top_k=4)],
        )
        for q in questions
    ]
    search_ms: list[float] = []
    answer_ms: list[float] = []
    for number in range(args.queries):
        question = questions[number % len(questions)].question
        begun = time.perf_counter()
        service.search(question)
        search_ms.append((time.perf_counter() - begun) * 1000)
        begun = time.perf_counter()
        service.ask(question)
        answer_ms.append((time.perf_counter() - begun) * 1000)
    print(f"queries                {args.queries}")
    print(
        f"retrieval ms p50/p95   {statistics.median(search_ms):.1f} / "
        f"{percentile(search_ms, 0.95):.1f}"
    )
    print(
        f"full answer ms p50/p95 {statistics.median(answer_ms):.1f} / "
        f"{percentile(answer_ms, 0.95):.1f}"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS MiB           {peak_mb:.0f}")
    summary = summarize(scores, k=4)
    print(f"fact accuracy          {summary.fact_accuracy:.3f}")
    print(f"gold citation recall   {summary.citation_recall:.3f}")
    print(f"refusal accuracy       {summary.refusal_accuracy:.3f}")
    print(f"retrieval recall@4     {summary.retrieval_recall_at_k:.3f}")
    service.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
