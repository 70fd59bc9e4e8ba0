"""AllianceBot against the tutorial LangChain + Chroma recipe: one table, a JSON file, a PNG.

    python benchmarks/run.py            # seeds; + BBC (2,230); + Reuters (~22,000): minutes
    python benchmarks/run.py --quick    # seeds; + 300 BBC articles; 50 queries: < 1 minute
    python benchmarks/run.py --out DIR  # where benchmark[-quick].{json,png,txt} go

At the largest size both pipelines are also scored on dev_news (--news-questions): overall,
per question type and per split (p1 tuning, p2 held out).

Every (pipeline, corpus size) is ingested in one child process and queried in another
(``--worker``, JSON on stdout), so peak RSS is per pipeline, per size and per phase, and
query latency excludes process start and index load. Stores live in a temporary folder
that is deleted afterwards (``--keep-data`` keeps it). See benchmarks/README.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the `benchmarks` package importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse
import contextlib
import dataclasses
import json
import os
import platform
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from typing import Any

from benchmarks.ingest_query import DEFAULT_QUESTIONS
from benchmarks.news_report import format_news_table
from benchmarks.pipelines import PIPELINES, WorkerSpec, run_phase
from benchmarks.report import TargetResult, check_targets, format_summary, format_table
from retrieval.settings import PROJECT_ROOT

DEFAULT_OUT = PROJECT_ROOT / "benchmarks" / "out"
DEFAULT_CORPUS_DIR = PROJECT_ROOT.parent / "shared" / "corpus"
DEFAULT_NEWS_QUESTIONS = PROJECT_ROOT.parent / "shared" / "eval" / "dev_news.jsonl"
SEEDS_DIR = PROJECT_ROOT / "seeds"
BBC_FILE = "bbc_news_2225.jsonl"
REUTERS_FILE = "reuters21578.jsonl"
QUICK_BBC_ARTICLES = 300
MIB = 1024 * 1024


@dataclass(frozen=True)
class CorpusSize:
    label: str
    paths: tuple[Path, ...]
    score_news: bool = False  # the largest size: dev_news is scored there


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="seeds + 300 BBC articles, 50 queries")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--queries", type=int, default=None, help="timed queries (200; quick 50)")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--corpus-dir", type=Path, default=DEFAULT_CORPUS_DIR)
    parser.add_argument(
        "--news-questions",
        type=Path,
        default=DEFAULT_NEWS_QUESTIONS,
        help="dev_news questions, scored at the largest size (skipped if absent)",
    )
    parser.add_argument("--keep-data", action="store_true", help="keep the stores (prints where)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # JSON WorkerSpec: child process
    return parser.parse_args(argv)


def corpus_sizes(*, quick: bool, corpus_dir: Path, work_dir: Path) -> list[CorpusSize]:
    """The corpus sizes to measure, smallest first; targets and dev_news are on the last
    (in --quick too, so that a quick run goes through the same code)."""
    bbc = corpus_dir / BBC_FILE
    if quick:
        # Same file name as the full corpus, so sources read 'bbc_news_2225.jsonl#id'.
        sliced = write_slice(bbc, work_dir / "slice" / BBC_FILE, QUICK_BBC_ARTICLES)
        return [
            CorpusSize("seeds", (SEEDS_DIR,)),
            CorpusSize(f"seeds+bbc[:{QUICK_BBC_ARTICLES}]", (SEEDS_DIR, sliced), score_news=True),
        ]
    return [
        CorpusSize("seeds", (SEEDS_DIR,)),
        CorpusSize("seeds+bbc", (SEEDS_DIR, bbc)),
        CorpusSize(
            "seeds+bbc+reuters", (SEEDS_DIR, bbc, corpus_dir / REUTERS_FILE), score_news=True
        ),
    ]


def write_slice(source: Path, target: Path, lines: int) -> Path:
    """The first `lines` records of a JSON Lines file (a temporary file, never in the repo)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with source.open("rb") as reader, target.open("wb") as writer:
        for _, line in zip(range(lines), reader, strict=False):
            writer.write(line)
    return target


def run_worker(spec: WorkerSpec) -> dict[str, Any]:
    """Run one phase in a fresh interpreter; its figures come back as JSON on stdout."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker"]
    done = subprocess.run(
        [*command, json.dumps(dataclasses.asdict(spec))],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(
            f"worker {spec.pipeline}/{spec.phase} exited {done.returncode}:\n{done.stderr[-4000:]}"
        )
    return parse_worker_output(done.stdout)


def parse_worker_output(stdout: str) -> dict[str, Any]:
    """The last non-empty line is the JSON result (a library might print above it)."""
    lines = [line for line in stdout.splitlines() if line.strip()]
    if not lines:
        raise RuntimeError("worker printed no result")
    result = json.loads(lines[-1])
    if not isinstance(result, dict):
        raise RuntimeError(f"worker result is not an object: {lines[-1][:200]}")
    return result


def disk_usage(path: Path) -> int:
    """Bytes allocated under `path`, like du (blocks, so sparse files count what they use)."""
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            with contextlib.suppress(OSError):  # a file vanishing mid-walk is not an error
                total += os.lstat(Path(root) / name).st_blocks * 512
    return total


def measure_pipeline(
    pipeline: str,
    size: CorpusSize,
    data_dir: Path,
    *,
    questions: Path,
    queries: int,
    news_questions: Path | None = None,
) -> dict[str, Any]:
    """Ingest in one child, size the store once it has exited (all flushed), query in another
    (which also scores `news_questions` when given)."""
    paths = tuple(str(path) for path in size.paths)
    ingest = run_worker(WorkerSpec(pipeline, "ingest", str(data_dir), paths=paths))
    ingest["store_mib"] = round(disk_usage(data_dir) / MIB, 2)
    spec = WorkerSpec(
        pipeline,
        "query",
        str(data_dir),
        questions=str(questions),
        queries=queries,
        news_questions=str(news_questions) if news_questions else "",
    )
    query = run_worker(spec)
    return {
        "ingest": ingest,
        "query": query,
        "peak_rss_mib": max(ingest["peak_rss_mib"], query["peak_rss_mib"]),
    }


def measure_size(size: CorpusSize, work_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    news = args.news_questions if size.score_news else None
    figures: dict[str, Any] = {
        "label": size.label,
        "paths": [str(p) for p in size.paths],
        "news_questions": str(news) if news else None,
    }
    for pipeline in PIPELINES:
        log(f"{size.label}: {pipeline} ..." + (f" (and {news.name})" if news else ""))
        started = time.perf_counter()
        data_dir = work_dir / size.label / pipeline
        figures[pipeline] = measure_pipeline(
            pipeline,
            size,
            data_dir,
            questions=args.questions,
            queries=args.queries,
            news_questions=news,
        )
        log(f"{size.label}: {pipeline} done in {time.perf_counter() - started:.0f} s")
    if not args.keep_data:
        shutil.rmtree(work_dir / size.label, ignore_errors=True)  # the big stores are GBs
    return figures


def check_fairness(sizes: list[dict[str, Any]]) -> str:
    """Both pipelines must have stored the same articles with the same embedder."""
    embedders = {
        str(size[pipeline][phase]["embedder"])
        for size in sizes
        for pipeline in PIPELINES
        for phase in ("ingest", "query")
    }
    if len(embedders) != 1:
        raise RuntimeError(f"pipelines used different embedders: {sorted(embedders)}")
    for size in sizes:
        bot, recipe = size["bot"]["ingest"]["articles"], size["recipe"]["ingest"]["articles"]
        if bot != recipe:
            raise RuntimeError(f"{size['label']}: bot stored {bot} articles, recipe {recipe}")
    return embedders.pop()


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def write_outputs(result: dict[str, Any], table: str, out: Path, stem: str) -> list[Path]:
    # Imported here so that worker processes never load matplotlib (it would add to
    # their peak RSS).
    from benchmarks.plot import write_plot  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    json_path, png_path, text_path = (out / f"{stem}.{ext}" for ext in ("json", "png", "txt"))
    json_path.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    text_path.write_text(table + "\n", encoding="utf-8")
    write_plot(result, png_path)
    return [json_path, png_path, text_path]


def missing_inputs(args: argparse.Namespace) -> list[Path]:
    needed = [args.questions, args.corpus_dir / BBC_FILE]
    if not args.quick:
        needed.append(args.corpus_dir / REUTERS_FILE)
    return [path for path in needed if not path.is_file()]


def news_questions(path: Path | None) -> Path | None:
    """The dev_news file to score, or None (logged) when it is absent: the rest still runs."""
    if path is None or path.is_file():
        return path
    log(f"dev_news questions not found at {path}: skipping dev_news quality (--news-questions)")
    return None


def run_benchmark(args: argparse.Namespace) -> int:
    if missing := missing_inputs(args):
        names = ", ".join(str(path) for path in missing)
        print(f"missing input: {names} (see --corpus-dir, --questions)", file=sys.stderr)
        return 2
    args.news_questions = news_questions(args.news_questions)
    args.queries = args.queries or (50 if args.quick else 200)
    work_dir = Path(tempfile.mkdtemp(prefix="alliance-bench-"))
    try:
        sizes = corpus_sizes(quick=args.quick, corpus_dir=args.corpus_dir, work_dir=work_dir)
        measured = [measure_size(size, work_dir, args) for size in sizes]
    finally:
        if args.keep_data:
            log(f"stores kept in {work_dir}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
    result: dict[str, Any] = {
        "created": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "mode": "quick" if args.quick else "full",
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "embedder": check_fairness(measured),
        "questions": str(args.questions),
        "news_questions": str(args.news_questions) if args.news_questions else None,
        "queries_requested": args.queries,
        "sizes": measured,
    }
    targets = check_targets(measured[-1])
    result["targets"] = [dataclasses.asdict(target) for target in targets]
    table = full_report(result, targets)
    print(table)
    stem = "benchmark-quick" if args.quick else "benchmark"
    for path in write_outputs(result, table, args.out, stem):
        print(f"wrote {path}")
    return 0


def full_report(result: dict[str, Any], targets: list[TargetResult]) -> str:
    """The figures table, the dev_news table (if scored) and the targets summary."""
    parts = [format_table(result, targets), format_news_table(result, targets)]
    return "\n\n".join([*filter(None, parts), format_summary(targets)])


def worker_main(raw_spec: str) -> int:
    spec = WorkerSpec.from_json(json.loads(raw_spec))
    with contextlib.redirect_stdout(sys.stderr):  # stdout carries only the JSON result
        result = run_phase(spec)
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker_main(args.worker)
    return run_benchmark(args)


if __name__ == "__main__":
    sys.exit(main())
