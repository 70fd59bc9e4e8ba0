"""benchmarks/run.py: its pure helpers, and each pipeline's worker on a tiny corpus.

No timing assertions here: speed targets live only in the benchmark's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.pipelines import latency_summary, time_queries
from benchmarks.plot import write_plot
from benchmarks.report import (
    check_targets,
    format_number,
    format_ratio,
    format_summary,
    format_table,
    ratio,
)
from benchmarks.run import (
    CorpusSize,
    check_fairness,
    disk_usage,
    measure_pipeline,
    parse_worker_output,
    write_slice,
)
from retrieval.evaluation import EvalQuestion

ARTICLES = {
    "000_aaaa1111bbbb2222.txt": (
        "Northwind and Contoso form battery joint venture\n\n"
        "Northwind Motors and Contoso Energy signed an agreement on Monday to build a battery "
        "plant together in Ohio. Contoso chief executive Mara Lind said the venture will supply "
        "cells to Northwind's electric vans from 2027."
    ),
    "001_cccc3333dddd4444.txt": (
        "Fabrikam partners with Litware on cloud logistics\n\n"
        "Fabrikam Freight and Litware Cloud announced a strategic cooperation on logistics "
        "software. The two companies will share warehouse data to cut delivery times."
    ),
    "002_eeee5555ffff6666.txt": (
        "Tailspin opens a new airport lounge\n\n"
        "Tailspin Airlines opened a lounge in Lisbon for its business travellers. The airline "
        "said passenger numbers rose by a tenth last year."
    ),
}
QUESTIONS = [
    {
        "id": "t1",
        "question": "Who is the chief executive of Contoso Energy?",
        "gold": ["aaaa1111"],
        "facts": [["Mara Lind"]],
    },
    {
        "id": "t2",
        "question": "What will Fabrikam and Litware cooperate on?",
        "gold": ["cccc3333"],
        "facts": [["logistics"]],
    },
    {"id": "t3", "type": "unanswerable", "question": "What did Initech buy?", "gold": []},
]


def pipeline_figures(
    *, articles: float, answer_p50: float, answer_p95: float, recall: float, rss: float
) -> dict[str, Any]:
    return {
        "ingest": {"articles": articles, "seconds": 1.0, "articles_per_s": articles},
        "query": {
            "answer_ms": {"p50": answer_p50, "p95": answer_p95},
            "retrieval_ms": {"p50": 1.0, "p95": 2.0},
            "recall_at_4": recall,
        },
        "peak_rss_mib": rss,
    }


def a_result(*, bot_p50: float = 10.0, bot_recall: float = 1.0) -> dict[str, Any]:
    small = {
        "label": "small",
        "bot": pipeline_figures(articles=5, answer_p50=9, answer_p95=12, recall=1, rss=200),
        "recipe": pipeline_figures(articles=5, answer_p50=1, answer_p95=2, recall=1, rss=190),
    }
    bot = pipeline_figures(
        articles=500, answer_p50=bot_p50, answer_p95=20, recall=bot_recall, rss=300
    )
    recipe = pipeline_figures(articles=500, answer_p50=2, answer_p95=3, recall=0.9, rss=250)
    return {"mode": "test", "sizes": [small, {"label": "large", "bot": bot, "recipe": recipe}]}


def test_latency_summary_uses_nearest_rank_percentiles() -> None:
    summary = latency_summary([float(v) for v in range(100, 0, -1)])
    assert summary == {"p50": 51.0, "p95": 96.0, "mean": 50.5}
    assert latency_summary([7.0]) == {"p50": 7.0, "p95": 7.0, "mean": 7.0}


def test_time_queries_runs_whole_passes_over_the_questions() -> None:
    questions = [EvalQuestion(id=str(n), question=f"q{n}") for n in range(3)]
    asked: list[str] = []
    retrieval_ms, answer_ms = time_queries(questions, 5, asked.append, asked.append)
    assert len(retrieval_ms) == len(answer_ms) == 6  # 5 rounded up to two passes of 3
    assert asked[:4] == ["q0", "q0", "q1", "q1"]
    assert all(value >= 0 for value in retrieval_ms + answer_ms)


def test_ratio_and_number_formatting() -> None:
    assert ratio(2.0, 4.0) == 0.5
    assert ratio(1.0, 0.0) is None
    assert ratio(None, 1.0) is None
    assert format_ratio(1.234) == "x1.23"
    assert format_ratio(None) == "n/a"
    assert format_number(1234.4, 0) == "1,234"
    assert format_number(0.9231, 3) == "0.923"
    assert format_number(None, 2) == "n/a"


def test_targets_pass_when_every_figure_is_within_its_limit() -> None:
    results = check_targets(a_result()["sizes"][-1])
    assert [r.passed for r in results] == [True] * 6
    assert format_summary(results) == "targets: 6/6 PASS"


def test_targets_miss_on_slow_answers_and_recall_below_the_recipe() -> None:
    results = check_targets(a_result(bot_p50=60.0, bot_recall=0.85)["sizes"][-1])
    missed = {(r.key, r.text) for r in results if not r.passed}
    assert missed == {
        ("answer_p50", "<= 50 ms"),
        ("recall_at_4", ">= 0.95"),
        ("recall_at_4", ">= recipe"),
    }
    assert "MISS: answer_p50 <= 50 ms" in format_summary(results)


def test_a_missing_figure_is_a_miss() -> None:
    size = a_result()["sizes"][-1]
    del size["bot"]["query"]["answer_ms"]
    by_key = {r.key: r for r in check_targets(size)}
    assert not by_key["answer_p50"].passed
    assert by_key["answer_p50"].value is None


def test_table_shows_ratios_and_verdicts_on_the_largest_size_only() -> None:
    result = a_result(bot_p50=60.0)
    table = format_table(result, check_targets(result["sizes"][-1]))
    lines = table.splitlines()
    assert lines[0].split() == [
        "corpus",
        "metric",
        "bot",
        "recipe",
        "bot/recipe",
        "target",
        "(largest",
        "size)",
    ]
    small_p50 = next(line for line in lines if "full answer p50" in line and "MISS" not in line)
    assert small_p50.split()[-1] == "x9.00"  # 9 ms against 1 ms, no verdict on the small size
    large_p50 = [line for line in lines if "full answer p50" in line][-1]
    assert large_p50.endswith("<= 50 ms MISS") and "x30.00" in large_p50
    recall = [line for line in lines if "recall@4" in line][-1]
    assert recall.endswith(">= 0.95 PASS; >= recipe PASS")


def test_parse_worker_output_takes_the_last_json_line() -> None:
    assert parse_worker_output('noise from a library\n{"a": 1}\n\n') == {"a": 1}
    with pytest.raises(RuntimeError):
        parse_worker_output("\n")
    with pytest.raises(RuntimeError):
        parse_worker_output("[1, 2]\n")


def test_disk_usage_and_slice(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text("".join(f'{{"id": "{n}", "text": "t"}}\n' for n in range(10)))
    sliced = write_slice(source, tmp_path / "out" / "in.jsonl", 3)
    assert sliced.read_text().splitlines() == source.read_text().splitlines()[:3]
    (tmp_path / "blob").write_bytes(b"x" * 20_000)
    assert disk_usage(tmp_path) >= 20_000


def test_check_fairness_refuses_different_article_counts() -> None:
    def pipeline(articles: int) -> dict[str, Any]:
        return {"ingest": {"embedder": "e", "articles": articles}, "query": {"embedder": "e"}}

    assert check_fairness([{"label": "s", "bot": pipeline(3), "recipe": pipeline(3)}]) == "e"
    with pytest.raises(RuntimeError, match="bot stored 3 articles, recipe 2"):
        check_fairness([{"label": "s", "bot": pipeline(3), "recipe": pipeline(2)}])


def test_write_plot_makes_a_png(tmp_path: Path) -> None:
    path = write_plot(a_result(), tmp_path / "plot.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps(q) + "\n" for q in QUESTIONS), encoding="utf-8")
    return corpus, questions


@pytest.mark.parametrize("pipeline", ["bot", "recipe"])
def test_worker_measures_a_tiny_corpus(
    pipeline: str, tiny_corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, questions = tiny_corpus
    figures = measure_pipeline(
        pipeline,
        CorpusSize("tiny", (corpus,)),
        tmp_path / pipeline,
        questions=questions,
        queries=4,
    )
    ingest, query = figures["ingest"], figures["query"]
    assert ingest["articles"] == 3
    assert ingest["embedder"] == query["embedder"] == "wordllama:l2_supercat:256"
    for key in ("chunks", "seconds", "articles_per_s", "chunks_per_s", "store_mib"):
        assert ingest[key] > 0, key
    assert query["queries"] == 6  # 4 rounded up to two passes of three questions
    for kind in ("retrieval_ms", "answer_ms"):
        assert set(query[kind]) == {"p50", "p95", "mean"}
        assert 0 < query[kind]["p50"] <= query[kind]["p95"]
    assert query["load_s"] > 0
    for key in ("recall_at_4", "fact_accuracy", "refusal_accuracy", "citation_recall"):
        assert 0.0 <= query[key] <= 1.0, key
    assert query["recall_at_4"] == 1.0  # three articles: the gold one is always in the top 4
    assert figures["peak_rss_mib"] == max(ingest["peak_rss_mib"], query["peak_rss_mib"]) > 0
