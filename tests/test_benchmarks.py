"""benchmarks/run.py: its pure helpers, and each pipeline's worker on a tiny corpus.

No timing assertions here: speed targets live only in the benchmark's output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from benchmarks.measure import (
    Pipeline,
    cold_pass,
    group_figures,
    latency_summary,
    query_figures,
    time_queries,
)
from benchmarks.news_report import format_news_table
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
    corpus_sizes,
    disk_usage,
    full_report,
    measure_pipeline,
    news_questions,
    parse_worker_output,
    write_slice,
)
from retrieval.evaluation import EvalQuestion, QuestionScore
from retrieval.models import Answer, Citation

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
# Shaped like dev_news: ids "<split>-<n>", several types, an unanswerable one.
NEWS_QUESTIONS = [
    {**QUESTIONS[0], "id": "p1-01", "type": "alias"},
    {**QUESTIONS[1], "id": "p2-01", "type": "paraphrase"},
    {**QUESTIONS[2], "id": "p2-02"},
]


def news_group(facts: float, cited: float, refused: float | None) -> dict[str, Any]:
    return {
        "questions": 4,
        "answerable": 3,
        "unanswerable": 1 if refused is not None else 0,
        "fact_accuracy": facts,
        "citation_recall": cited,
        "recall_at_4": 1.0,
        "unanswerable_refused": refused,
    }


def pipeline_figures(
    *,
    articles: float,
    answer_p50: float,
    answer_p95: float,
    recall: float,
    rss: float,
    news_facts: float | None = None,
) -> dict[str, Any]:
    query: dict[str, Any] = {
        "answer_cold_ms": {"p50": answer_p50, "p95": answer_p95},
        "answer_warm_ms": {"p50": answer_p50 / 2, "p95": answer_p95 / 2},
        "retrieval_ms": {"p50": 1.0, "p95": 2.0},
        "recall_at_4": recall,
    }
    if news_facts is not None:
        query["news"] = {
            "questions": 8,
            "answer_cold_ms": {"p50": answer_p50, "p95": answer_p95},
            "groups": {
                "all": news_group(news_facts, 0.9, 0.9),
                "type factual": news_group(news_facts, 0.9, None),
                "split p1": news_group(news_facts, 0.9, 0.9),
                "split p2": news_group(news_facts, 0.9, 0.9),
            },
        }
    return {
        "ingest": {"articles": articles, "seconds": 1.0, "articles_per_s": articles},
        "query": query,
        "peak_rss_mib": rss,
    }


def a_result(
    *, bot_p50: float = 10.0, bot_recall: float = 1.0, news_facts: float | None = 0.8
) -> dict[str, Any]:
    small = {
        "label": "small",
        "news_questions": None,
        "bot": pipeline_figures(articles=5, answer_p50=9, answer_p95=12, recall=1, rss=200),
        "recipe": pipeline_figures(articles=5, answer_p50=1, answer_p95=2, recall=1, rss=190),
    }
    bot = pipeline_figures(
        articles=500,
        answer_p50=bot_p50,
        answer_p95=20,
        recall=bot_recall,
        rss=300,
        news_facts=news_facts,
    )
    recipe = pipeline_figures(
        articles=500,
        answer_p50=2,
        answer_p95=3,
        recall=0.9,
        rss=250,
        news_facts=None if news_facts is None else 0.5,
    )
    large = {
        "label": "large",
        "news_questions": None if news_facts is None else "dev_news.jsonl",
        "bot": bot,
        "recipe": recipe,
    }
    return {"mode": "test", "sizes": [small, large]}


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


class FakePipeline:
    """Records every call; answers 'Mara Lind' citing the Contoso article, refuses Initech."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def answer(self, question: str) -> Answer:
        self.calls.append(("answer", question))
        if "Initech" in question:
            return Answer(question=question, text="", answered=False)
        cite = Citation(number=1, source="000_aaaa1111bbbb2222.txt", title="t", quote="q", score=1)
        return Answer(question=question, text="Mara Lind [1]", answered=True, citations=[cite])

    def retrieve(self, question: str) -> list[str]:
        self.calls.append(("retrieve", question))
        return []

    def sources(self, question: str) -> list[str]:
        self.calls.append(("sources", question))
        return ["000_aaaa1111bbbb2222.txt"]

    def pipeline(self) -> Pipeline:
        return Pipeline(retrieve=self.retrieve, answer=self.answer, sources_at_k=self.sources)


def as_questions(raw: list[dict[str, Any]]) -> list[EvalQuestion]:
    return [EvalQuestion.model_validate(question) for question in raw]


def test_cold_pass_times_each_answer_before_anything_else_touches_its_question() -> None:
    fake = FakePipeline()
    questions = as_questions(QUESTIONS)
    cold = cold_pass(questions, fake.pipeline())
    assert fake.calls[:3] == [
        ("answer", questions[0].question),
        ("sources", questions[0].question),
        ("answer", questions[1].question),
    ]
    assert len(cold.answer_ms) == 3 and all(ms >= 0 for ms in cold.answer_ms)
    assert [score.id for score in cold.scores] == ["t1", "t2", "t3"]
    assert [score.facts_found for score in cold.scores] == [1.0, 0.0, None]


def test_query_figures_scores_the_cold_pass_then_times_warm_passes_then_dev_news() -> None:
    fake = FakePipeline()
    questions, news = as_questions(QUESTIONS), as_questions(NEWS_QUESTIONS)
    figures = query_figures(questions, fake.pipeline(), queries=4, news=news)
    asked = [question for kind, question in fake.calls if kind == "answer"]
    texts = [q.question for q in questions]
    assert asked == texts + texts * 2 + [q.question for q in news]  # cold, 2 warm, dev_news
    assert figures["cold_queries"] == 3 and figures["queries"] == 6
    for kind in ("answer_cold_ms", "answer_warm_ms", "retrieval_ms"):
        assert set(figures[kind]) == {"p50", "p95", "mean"}
    assert figures["fact_accuracy"] == 0.5  # t1 right, t2 wrong; t3 is unanswerable
    assert figures["refusal_accuracy"] == 1.0
    assert set(figures["news"]["answer_cold_ms"]) == {"p50", "p95", "mean"}
    assert figures["news"]["questions"] == 3
    assert list(figures["news"]["groups"]) == [
        "all",
        "type alias",
        "type paraphrase",
        "type unanswerable",
        "split p1",
        "split p2",
    ]
    assert "news" not in query_figures(questions, FakePipeline().pipeline(), queries=1)


def test_group_figures_leave_out_what_a_group_has_no_question_for() -> None:
    def score(id_: str, type_: str, *, answerable: bool, right: bool) -> QuestionScore:
        return QuestionScore(
            id=id_,
            type=type_,
            answerable=answerable,
            answered=answerable or not right,  # an unanswerable one is right when refused
            facts_found=float(right) if answerable else None,
            citation_recall=1.0 if answerable else None,
            retrieval_recall=0.5 if answerable else None,
            refusal_correct=right,
        )

    groups = group_figures(
        [
            score("p1-01", "factual", answerable=True, right=True),
            score("p2-01", "factual", answerable=True, right=False),
            score("p2-02", "unanswerable", answerable=False, right=False),
        ]
    )
    assert groups["all"] == {
        "questions": 3,
        "answerable": 2,
        "unanswerable": 1,
        "fact_accuracy": 0.5,
        "citation_recall": 1.0,
        "recall_at_4": 0.5,
        "unanswerable_refused": 0.0,  # it was answered
    }
    assert groups["type factual"]["unanswerable_refused"] is None
    unanswerable = groups["type unanswerable"]
    assert unanswerable["fact_accuracy"] is None and unanswerable["recall_at_4"] is None
    assert groups["split p2"]["fact_accuracy"] == 0.0
    assert groups["split p1"]["questions"] == 1


def test_dev_news_is_scored_at_the_largest_size_and_skipped_with_a_log_when_absent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bbc_news_2225.jsonl").write_text('{"id": "1", "text": "t"}\n')
    for quick in (True, False):
        sizes = corpus_sizes(quick=quick, corpus_dir=corpus, work_dir=tmp_path / "work")
        assert [size.score_news for size in sizes] == [False] * (len(sizes) - 1) + [True]
    present = tmp_path / "dev_news.jsonl"
    present.write_text("")
    assert news_questions(present) == present
    assert news_questions(tmp_path / "absent.jsonl") is None
    assert "skipping dev_news" in capsys.readouterr().err


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
    assert [r.passed for r in results] == [True] * 11
    assert format_summary(results) == "targets: 11/11 PASS"


def test_targets_miss_on_slow_cold_answers_recall_and_held_out_facts() -> None:
    results = check_targets(a_result(bot_p50=160.0, bot_recall=0.85, news_facts=0.7)["sizes"][-1])
    missed = {(r.key, r.text) for r in results if not r.passed}
    assert missed == {
        ("answer_cold_p50", "<= 100 ms (cold)"),
        ("news_answer_p50", "<= 100 ms (cold)"),
        ("recall_at_4", ">= 0.95"),
        ("recall_at_4", ">= recipe"),
        ("news_p2_facts", ">= 0.75"),
    }
    assert "MISS: answer_cold_p50 <= 100 ms (cold)" in format_summary(results)


def test_warm_latency_is_not_what_the_targets_check() -> None:
    size = a_result()["sizes"][-1]
    size["bot"]["query"]["answer_warm_ms"] = {"p50": 500.0, "p95": 900.0}
    assert all(r.passed for r in check_targets(size))
    size["bot"]["query"]["answer_cold_ms"] = {"p50": 101.0, "p95": 301.0}
    by_key = {r.key: r.passed for r in check_targets(size)}
    assert not by_key["answer_cold_p50"] and not by_key["answer_cold_p95"]


def test_dev_news_targets_apply_only_where_dev_news_was_scored() -> None:
    results = check_targets(a_result(news_facts=None)["sizes"][-1])
    assert len(results) == 6 and all(r.passed for r in results)
    assert not any(r.key.startswith("news_") for r in results)


def test_a_missing_figure_is_a_miss() -> None:
    size = a_result()["sizes"][-1]
    del size["bot"]["query"]["answer_cold_ms"]
    del size["bot"]["query"]["news"]["groups"]["split p2"]
    by_key = {r.key: r for r in check_targets(size)}
    assert not by_key["answer_cold_p50"].passed
    assert by_key["answer_cold_p50"].value is None
    assert not by_key["news_p2_facts"].passed


def test_table_shows_ratios_and_verdicts_on_the_largest_size_only() -> None:
    result = a_result(bot_p50=160.0)
    table = format_table(result, check_targets(result["sizes"][-1]))
    lines = table.splitlines()
    assert lines[0].split()[:5] == ["corpus", "metric", "bot", "recipe", "bot/recipe"]
    assert "latency on COLD" in lines[0]
    cold = [line for line in lines if "full answer p50 ms, COLD" in line]
    assert cold[0].split()[-1] == "x9.00"  # 9 ms against 1 ms, no verdict on the small size
    assert cold[-1].endswith("<= 100 ms (cold) MISS") and "x80.00" in cold[-1]
    warm = [line for line in lines if "full answer p50 ms, warm" in line][-1]
    assert warm.split()[-1] == "x80.00"  # 80 ms against 1 ms: shown, no target
    recall = [line for line in lines if "recall@4" in line][-1]
    assert recall.endswith(">= 0.95 PASS; >= recipe PASS")
    news_rows = [line for line in lines if "dev_news answer" in line]
    assert len(news_rows) == 2  # only at the size where dev_news was scored
    assert news_rows[0].endswith("<= 100 ms (cold) MISS")


def test_news_table_shows_every_group_for_both_pipelines_and_held_out_verdicts() -> None:
    result = a_result(news_facts=0.7)
    targets = check_targets(result["sizes"][-1])
    table = format_news_table(result, targets)
    lines = table.splitlines()
    assert lines[0].startswith("dev_news (8 questions) at large") and "p2 held out" in lines[0]
    assert lines[2].split()[:4] == ["group", "questions", "unanswerable", "facts"]
    rows = {line.split()[0] + " " + line.split()[1]: line for line in lines[4:] if "--" not in line}
    assert "0.700 / 0.500" in rows["type factual"]  # bot / recipe facts
    assert "n/a / n/a" in rows["type factual"]  # no unanswerable question of that type
    p2 = rows["split p2"]
    assert "facts >= 0.75 MISS" in p2 and "gold cited >= 0.85 PASS" in p2
    assert "unanswerable refused >= 0.85 PASS" in p2
    assert "MISS" not in rows["split p1"]  # p1 is the tuning split: no target on it
    assert format_news_table(a_result(news_facts=None), targets) == ""
    report = full_report(result, targets)
    assert report.index("full answer p50") < report.index("dev_news (8") < report.index("targets:")


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


@pytest.mark.parametrize("news_facts", [0.8, None])
def test_write_plot_makes_a_png(tmp_path: Path, news_facts: float | None) -> None:
    path = write_plot(a_result(news_facts=news_facts), tmp_path / "plot.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


@pytest.fixture
def tiny_corpus(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return corpus, write_jsonl(tmp_path / "questions.jsonl", QUESTIONS)


@pytest.mark.parametrize("pipeline", ["bot", "recipe"])
def test_worker_measures_a_tiny_corpus(
    pipeline: str, tiny_corpus: tuple[Path, Path], tmp_path: Path
) -> None:
    corpus, questions = tiny_corpus
    figures = measure_pipeline(
        pipeline,
        CorpusSize("tiny", (corpus,), score_news=True),
        tmp_path / pipeline,
        questions=questions,
        queries=4,
        news_questions=write_jsonl(tmp_path / "news.jsonl", NEWS_QUESTIONS),
    )
    ingest, query = figures["ingest"], figures["query"]
    assert ingest["articles"] == 3
    assert ingest["embedder"] == query["embedder"] == "wordllama:l2_supercat:256"
    for key in ("chunks", "seconds", "articles_per_s", "chunks_per_s", "store_mib"):
        assert ingest[key] > 0, key
    assert query["cold_queries"] == 3  # one pass, then the warm ones
    assert query["queries"] == 6  # 4 rounded up to two passes of three questions
    for kind in ("retrieval_ms", "answer_cold_ms", "answer_warm_ms"):
        assert set(query[kind]) == {"p50", "p95", "mean"}
        assert 0 < query[kind]["p50"] <= query[kind]["p95"]
    assert query["load_s"] > 0
    for key in ("recall_at_4", "fact_accuracy", "refusal_accuracy", "citation_recall"):
        assert 0.0 <= query[key] <= 1.0, key
    assert query["recall_at_4"] == 1.0  # three articles: the gold one is always in the top 4
    assert figures["peak_rss_mib"] == max(ingest["peak_rss_mib"], query["peak_rss_mib"]) > 0
    news = query["news"]
    assert news["questions"] == 3
    assert 0 < news["answer_cold_ms"]["p50"] <= news["answer_cold_ms"]["p95"]
    groups = news["groups"]
    assert set(groups) == {
        "all",
        "type alias",
        "type paraphrase",
        "type unanswerable",
        "split p1",
        "split p2",
    }
    assert groups["split p2"]["answerable"] == groups["split p2"]["unanswerable"] == 1
    assert groups["type alias"]["recall_at_4"] == 1.0
    assert groups["type alias"]["unanswerable_refused"] is None
    refused = groups["type unanswerable"]["unanswerable_refused"]
    assert refused in (0.0, 1.0)  # one unanswerable question
    if pipeline == "recipe":
        assert refused == 0.0  # it never refuses
