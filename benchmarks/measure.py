"""What a query worker measures, for either pipeline: quality, cold and warm latency, dev_news.

A pipeline is three callables (retrieve, answer, the sources of its top 4); nothing here knows
which pipeline it measures. The order of work matters and is fixed here:

1. **cold pass**: every question once, in file order, the full answer timed first. The bot
   parses sentences with spaCy the first time a question needs them and keeps the parses,
   so this pass is what a new question costs; it is also the pass that is scored.
2. **warm passes**: the same questions again, whole passes until at least `queries`
   answers, retrieval and full answer timed separately (every parse is cached by now).
3. **dev_news** (only where asked): each question once — new questions, so cold — scored
   overall, per question type and per split (the id prefix: p1 tuning, p2 held out).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks.ingest_query import percentile
from retrieval.evaluation import EvalQuestion, QuestionScore, breakdown, score_question, summarize
from retrieval.models import Answer

RECALL_K = 4
# Asked once before anything is timed, to load the store, the indexes and the NLP model.
# Deliberately about nothing in the corpora, so that it warms as few of the measured
# questions' articles as possible (it still parses the sentences of its own top hits).
WARM_UP_QUESTION = "What is the boiling point of water at the top of a mountain?"
ALL = "all"


@dataclass(frozen=True)
class Pipeline:
    """One pipeline's query side, as the measurement sees it."""

    retrieve: Callable[[str], object]
    answer: Callable[[str], Answer]
    sources_at_k: Callable[[str], list[str]]


@dataclass(frozen=True)
class ColdPass:
    scores: list[QuestionScore]
    answer_ms: list[float]


def cold_pass(questions: Sequence[EvalQuestion], pipeline: Pipeline) -> ColdPass:
    """Each question once: the answer timed (before anything else touches the question),
    then its top-4 sources, then its score."""
    scores: list[QuestionScore] = []
    answer_ms: list[float] = []
    for question in questions:
        begun = time.perf_counter()
        answer = pipeline.answer(question.question)
        answer_ms.append((time.perf_counter() - begun) * 1000)
        sources = pipeline.sources_at_k(question.question)
        scores.append(score_question(question, answer, retrieved_sources=sources))
    return ColdPass(scores, answer_ms)


def time_queries(
    questions: Sequence[EvalQuestion],
    queries: int,
    retrieve: Callable[[str], object],
    answer: Callable[[str], object],
) -> tuple[list[float], list[float]]:
    """Milliseconds per retrieval and per full answer, over whole passes of the questions
    (rounded up) so that every question weighs the same."""
    passes = max(1, math.ceil(queries / len(questions)))
    retrieval_ms: list[float] = []
    answer_ms: list[float] = []
    for question in [q.question for q in questions] * passes:
        begun = time.perf_counter()
        retrieve(question)
        retrieval_ms.append((time.perf_counter() - begun) * 1000)
        begun = time.perf_counter()
        answer(question)
        answer_ms.append((time.perf_counter() - begun) * 1000)
    return retrieval_ms, answer_ms


def latency_summary(values_ms: Sequence[float]) -> dict[str, float]:
    """p50 / p95 / mean in ms (nearest-rank percentiles, as benchmarks/ingest_query.py)."""
    values = list(values_ms)
    return {
        "p50": round(percentile(values, 0.5), 3),
        "p95": round(percentile(values, 0.95), 3),
        "mean": round(sum(values) / len(values), 3),
    }


def query_figures(
    questions: Sequence[EvalQuestion],
    pipeline: Pipeline,
    *,
    queries: int,
    news: Sequence[EvalQuestion] = (),
) -> dict[str, Any]:
    """Cold pass (scored), warm passes, then dev_news if given; see the module docstring."""
    cold = cold_pass(questions, pipeline)
    summary = summarize(cold.scores, k=RECALL_K)
    retrieval_ms, answer_ms = time_queries(questions, queries, pipeline.retrieve, pipeline.answer)
    figures: dict[str, Any] = {
        "cold_queries": len(cold.answer_ms),
        "queries": len(answer_ms),
        "answer_cold_ms": latency_summary(cold.answer_ms),
        "answer_warm_ms": latency_summary(answer_ms),
        "retrieval_ms": latency_summary(retrieval_ms),
        "recall_at_4": summary.retrieval_recall_at_k,
        "fact_accuracy": summary.fact_accuracy,
        "refusal_accuracy": summary.refusal_accuracy,
        "citation_recall": summary.citation_recall,
    }
    if news:
        figures["news"] = news_figures(news, pipeline)
    return figures


def news_figures(questions: Sequence[EvalQuestion], pipeline: Pipeline) -> dict[str, Any]:
    """dev_news: one cold pass, its answer latency and its quality per group."""
    cold = cold_pass(questions, pipeline)
    return {
        "questions": len(questions),
        "answer_cold_ms": latency_summary(cold.answer_ms),
        "groups": group_figures(cold.scores),
    }


def group_figures(scores: Sequence[QuestionScore]) -> dict[str, dict[str, Any]]:
    """Quality of all scores, then per type, then per split (retrieval.evaluation.breakdown)."""
    groups = breakdown(scores)
    order = [key for key in groups if key.startswith("type ")]
    order += [key for key in groups if not key.startswith("type ")]
    return {ALL: quality(scores), **{key: quality(groups[key]) for key in order}}


def quality(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Fact accuracy, gold citation recall, recall@4 (answerable questions) and unanswerable
    refused; None where the group has no question it applies to (summarize() would say 1.0)."""
    summary = summarize(scores, k=RECALL_K)
    answerable = sum(score.answerable for score in scores)
    unanswerable = len(scores) - answerable
    return {
        "questions": len(scores),
        "answerable": answerable,
        "unanswerable": unanswerable,
        "fact_accuracy": summary.fact_accuracy if answerable else None,
        "citation_recall": summary.citation_recall if answerable else None,
        "recall_at_4": summary.retrieval_recall_at_k if answerable else None,
        "unanswerable_refused": summary.unanswerable_refused if unanswerable else None,
    }
