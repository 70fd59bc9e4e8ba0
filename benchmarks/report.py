"""Pure helpers for benchmarks/run.py: the figures table, bot/recipe ratios, target checks.

Works on the result dict run.py writes as JSON: ``{"sizes": [{"label", "news_questions",
"bot", "recipe"}]}`` where each pipeline holds ``{"ingest": {...}, "query": {...},
"peak_rss_mib": ...}``; at the size where dev_news was scored, ``query["news"]`` holds its
cold answer latency and its quality per group (benchmarks/measure.py). The dev_news table
itself is benchmarks/news_report.py.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

GIB_IN_MIB = 1024.0


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    path: tuple[str, ...]
    digits: int
    table: bool = True  # a row of the main table (dev_news quality has its own table)
    news: bool = False  # only measured where dev_news was scored


NEWS_GROUPS = ("query", "news", "groups")
HELD_OUT = "split p2"


METRICS = (
    Metric("articles", "articles", ("ingest", "articles"), 0),
    Metric("chunks", "chunks", ("ingest", "chunks"), 0),
    Metric("ingest_s", "ingest s", ("ingest", "seconds"), 2),
    Metric("articles_per_s", "ingest articles/s", ("ingest", "articles_per_s"), 0),
    Metric("chunks_per_s", "ingest chunks/s", ("ingest", "chunks_per_s"), 0),
    Metric("store_mib", "store on disk MiB", ("ingest", "store_mib"), 1),
    Metric("ingest_rss", "peak RSS ingest MiB", ("ingest", "peak_rss_mib"), 0),
    Metric("query_rss", "peak RSS query MiB", ("query", "peak_rss_mib"), 0),
    Metric("peak_rss", "peak RSS max MiB", ("peak_rss_mib",), 0),
    Metric("load_s", "index load s (excl.)", ("query", "load_s"), 2),
    Metric("retrieval_p50", "retrieval p50 ms, warm", ("query", "retrieval_ms", "p50"), 2),
    Metric("retrieval_p95", "retrieval p95 ms, warm", ("query", "retrieval_ms", "p95"), 2),
    Metric("answer_cold_p50", "full answer p50 ms, COLD", ("query", "answer_cold_ms", "p50"), 2),
    Metric("answer_cold_p95", "full answer p95 ms, COLD", ("query", "answer_cold_ms", "p95"), 2),
    Metric("answer_warm_p50", "full answer p50 ms, warm", ("query", "answer_warm_ms", "p50"), 2),
    Metric("answer_warm_p95", "full answer p95 ms, warm", ("query", "answer_warm_ms", "p95"), 2),
    Metric("recall_at_4", "recall@4", ("query", "recall_at_4"), 3),
    Metric("fact_accuracy", "fact accuracy", ("query", "fact_accuracy"), 3),
    Metric("refusal_accuracy", "refusal accuracy", ("query", "refusal_accuracy"), 3),
    Metric(
        "news_answer_p50",
        "dev_news answer p50 ms, COLD",
        ("query", "news", "answer_cold_ms", "p50"),
        2,
        news=True,
    ),
    Metric(
        "news_answer_p95",
        "dev_news answer p95 ms, COLD",
        ("query", "news", "answer_cold_ms", "p95"),
        2,
        news=True,
    ),
    *(
        Metric(
            f"news_p2_{name}",
            f"dev_news p2 {name}",
            (*NEWS_GROUPS, HELD_OUT, field),
            3,
            table=False,
            news=True,
        )
        for name, field in (
            ("facts", "fact_accuracy"),
            ("cited", "citation_recall"),
            ("refused", "unanswerable_refused"),
        )
    ),
)
METRIC_BY_KEY = {metric.key: metric for metric in METRICS}


@dataclass(frozen=True)
class Target:
    """A figure of the bot at the largest size against a fixed limit or the recipe's figure."""

    key: str
    limit: float | None  # None: compare with the recipe's figure instead
    at_least: bool
    text: str


# Issue 12: latency on the COLD pass (what a new question costs: the bot parses sentences on
# first use), on the timed questions and on dev_news; dev_news quality on the held-out split.
TARGETS = (
    Target("answer_cold_p50", 100.0, False, "<= 100 ms (cold)"),
    Target("answer_cold_p95", 300.0, False, "<= 300 ms (cold)"),
    Target("news_answer_p50", 100.0, False, "<= 100 ms (cold)"),
    Target("news_answer_p95", 300.0, False, "<= 300 ms (cold)"),
    Target("articles_per_s", 100.0, True, ">= 100/s"),
    Target("peak_rss", 2 * GIB_IN_MIB, False, "<= 2 GiB"),
    Target("recall_at_4", 0.95, True, ">= 0.95"),
    Target("recall_at_4", None, True, ">= recipe"),
    Target("news_p2_facts", 0.75, True, ">= 0.75"),
    Target("news_p2_cited", 0.85, True, ">= 0.85"),
    Target("news_p2_refused", 0.85, True, ">= 0.85"),
)


@dataclass(frozen=True)
class TargetResult:
    key: str
    text: str
    value: float | None
    limit: float | None
    passed: bool

    def verdict(self) -> str:
        return f"{self.text} {'PASS' if self.passed else 'MISS'}"


def lookup(figures: dict[str, Any], path: Sequence[str]) -> float | None:
    """The number at ``path`` in nested dicts; None when any step is missing."""
    value: Any = figures
    for step in path:
        if not isinstance(value, dict) or step not in value:
            return None
        value = value[step]
    return float(value) if isinstance(value, int | float) else None


def metric_value(pipeline: dict[str, Any], key: str) -> float | None:
    return lookup(pipeline, METRIC_BY_KEY[key].path)


def ratio(bot: float | None, recipe: float | None) -> float | None:
    """bot ÷ recipe; None when either is missing or the recipe's is zero."""
    if bot is None or recipe is None or recipe == 0:
        return None
    return bot / recipe


def format_number(value: float | None, digits: int) -> str:
    if value is None:
        return "n/a"
    return f"{value:,.{digits}f}"


def format_ratio(value: float | None) -> str:
    return "n/a" if value is None else f"x{value:.2f}"


def check_target(target: Target, bot: dict[str, Any], recipe: dict[str, Any]) -> TargetResult:
    """One target; a missing figure is a MISS (the run did not show it is met)."""
    value = metric_value(bot, target.key)
    limit = target.limit if target.limit is not None else metric_value(recipe, target.key)
    if value is None or limit is None:
        passed = False
    else:
        passed = value >= limit if target.at_least else value <= limit
    return TargetResult(target.key, target.text, value, limit, passed)


def check_targets(size: dict[str, Any]) -> list[TargetResult]:
    """Every target, checked on one corpus size (run.py passes the largest). The dev_news
    targets apply only where dev_news was scored (run.py logs when its file is absent)."""
    return [
        check_target(target, size["bot"], size["recipe"])
        for target in TARGETS
        if size.get("news_questions") or not METRIC_BY_KEY[target.key].news
    ]


def verdicts_by_key(results: Sequence[TargetResult]) -> dict[str, str]:
    """Target column text per metric key; a metric with two targets gets both."""
    column: dict[str, str] = {}
    for result in results:
        column[result.key] = "; ".join(filter(None, [column.get(result.key), result.verdict()]))
    return column


def table_rows(result: dict[str, Any], verdicts: dict[str, str]) -> list[list[str]]:
    """Rows of corpus, metric, bot, recipe, bot/recipe, target (targets on the last size)."""
    rows: list[list[str]] = []
    sizes = result["sizes"]
    for number, size in enumerate(sizes):
        last = number == len(sizes) - 1
        for metric in METRICS:
            if not metric.table or (metric.news and not size.get("news_questions")):
                continue
            bot = metric_value(size["bot"], metric.key)
            recipe = metric_value(size["recipe"], metric.key)
            rows.append(
                [
                    size["label"] if metric is METRICS[0] else "",
                    metric.label,
                    format_number(bot, metric.digits),
                    format_number(recipe, metric.digits),
                    format_ratio(ratio(bot, recipe)),
                    verdicts.get(metric.key, "") if last else "",
                ]
            )
    return rows


def format_table(result: dict[str, Any], results: Sequence[TargetResult]) -> str:
    """The whole table as aligned text, numbers right-aligned, one rule between sizes."""
    header = ["corpus", "metric", "bot", "recipe", "bot/recipe", TARGET_HEADER]
    rows = table_rows(result, verdicts_by_key(results))
    starts = {number for number, row in enumerate(rows) if row[0]}  # each corpus size
    return align(header, rows, numeric=range(2, 5), rules_before=starts)


TARGET_HEADER = "target (largest size; latency on COLD)"


def align(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    numeric: Iterable[int],
    rules_before: Collection[int] = (),
) -> str:
    """Rows as aligned text: `numeric` columns right-aligned, a rule under the header and
    before each row numbered in `rules_before` (but the first)."""
    right = set(numeric)
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    rule = "  ".join("-" * width for width in widths)

    def line(row: Sequence[str]) -> str:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        return "  ".join(cells).rstrip()

    lines = [line(header), rule]
    for number, row in enumerate(rows):
        if number and number in rules_before:
            lines.append(rule)
        lines.append(line(row))
    return "\n".join(lines)


def format_summary(results: Sequence[TargetResult]) -> str:
    passed = sum(result.passed for result in results)
    misses = [f"{r.key} {r.text}" for r in results if not r.passed]
    tail = f" — MISS: {', '.join(misses)}" if misses else ""
    return f"targets: {passed}/{len(results)} PASS{tail}"
