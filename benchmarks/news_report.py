"""The dev_news table of benchmarks/run.py: quality of both pipelines per question type and
per split (p1 tuning, p2 held out), with the held-out targets' verdicts (benchmarks/report.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from benchmarks.report import (
    METRIC_BY_KEY,
    NEWS_GROUPS,
    TargetResult,
    align,
    format_number,
    lookup,
)

# (column, field of a group in query["news"]["groups"]) in the order they are shown
NEWS_COLUMNS = (
    ("facts", "fact_accuracy"),
    ("gold cited", "citation_recall"),
    ("unanswerable refused", "unanswerable_refused"),
    ("recall@4", "recall_at_4"),
)
NAME_OF_FIELD = {field: name for name, field in NEWS_COLUMNS}


def news_size(result: dict[str, Any]) -> dict[str, Any] | None:
    """The (largest) corpus size where dev_news was scored, if any."""
    scored = [size for size in result["sizes"] if size.get("news_questions")]
    return scored[-1] if scored else None


def group_verdicts(results: Sequence[TargetResult]) -> dict[str, str]:
    """Target column per dev_news group, e.g. {"split p2": "facts >= 0.75 MISS; ..."}."""
    column: dict[str, list[str]] = {}
    for result in results:
        path = METRIC_BY_KEY[result.key].path
        if path[: len(NEWS_GROUPS)] != NEWS_GROUPS:
            continue
        group, field = path[len(NEWS_GROUPS) :]
        column.setdefault(group, []).append(f"{NAME_OF_FIELD[field]} {result.verdict()}")
    return {group: "; ".join(verdicts) for group, verdicts in column.items()}


def news_rows(size: dict[str, Any], verdicts: dict[str, str]) -> list[list[str]]:
    """One row per group (all, each type, each split): counts, then bot / recipe per figure."""
    groups = size["bot"]["query"]["news"]["groups"]
    rows = []
    for group, counts in groups.items():
        cells = [group, str(counts["questions"]), str(counts["unanswerable"])]
        for _, field in NEWS_COLUMNS:
            bot = lookup(size["bot"], (*NEWS_GROUPS, group, field))
            recipe = lookup(size["recipe"], (*NEWS_GROUPS, group, field))
            cells.append(f"{format_number(bot, 3)} / {format_number(recipe, 3)}")
        rows.append([*cells, verdicts.get(group, "")])
    return rows


def format_news_table(result: dict[str, Any], results: Sequence[TargetResult]) -> str:
    """The dev_news table with a title line; empty when dev_news was not scored."""
    size = news_size(result)
    if size is None:
        return ""
    news = size["bot"]["query"]["news"]
    title = (
        f"dev_news ({news['questions']} questions) at {size['label']}: bot / recipe; "
        "p1 is the tuning split, p2 held out.\n"
        "n/a: the group has no question the figure applies to; the recipe's answer is its top "
        "chunk (it never refuses)."
    )
    header = [
        "group",
        "questions",
        "unanswerable",
        *(name for name, _ in NEWS_COLUMNS),
        "target (bot)",
    ]
    rows = news_rows(size, group_verdicts(results))
    kinds = [row[0].split(" ", 1)[0] for row in rows]  # all | type | split
    starts = {n for n in range(1, len(rows)) if kinds[n] != kinds[n - 1]}
    table = align(header, rows, numeric=range(1, 3 + len(NEWS_COLUMNS)), rules_before=starts)
    return f"{title}\n{table}"
