from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.evaluation import (
    EvalQuestion,
    fact_found,
    load_questions,
    score_question,
    summarize,
)
from retrieval.models import Answer, Citation


def cite(source: str) -> Citation:
    return Citation(number=1, source=source, title="t", quote="q", score=1.0)


QUESTION = EvalQuestion(
    id="x", question="?", gold=["aaa", "bbb"], facts=[["Li Shufu"], ["120", "hundred"]]
)


@pytest.mark.parametrize(
    ("alternatives", "text", "found"),
    [
        (["after-market"], "after market fields", True),
        (["Li Shufu"], "LI SHUFU said", True),
        (["SEA"], "the CMA architecture", False),
    ],
)
def test_fact_found(alternatives: list[str], text: str, found: bool) -> None:
    assert fact_found(alternatives, text) is found


def test_all_facts_needed_and_citation_recall_is_a_share() -> None:
    answer = Answer(
        question="?", text="Li Shufu, 120 years", answered=True, citations=[cite("x_aaa.txt")]
    )
    score = score_question(QUESTION, answer, retrieved_sources=["x_aaa.txt", "y_bbb.txt"])
    assert score.facts_found == 1.0
    assert score.citation_recall == 0.5
    assert score.retrieval_recall == 1.0
    missing = answer.model_copy(update={"text": "Li Shufu"})
    assert score_question(QUESTION, missing, retrieved_sources=[]).facts_found == 0.0


def test_refusals_are_scored() -> None:
    unanswerable = EvalQuestion(id="u", question="?", gold=[])
    refused = Answer(question="?", text="no", answered=False)
    scores = [
        score_question(unanswerable, refused, retrieved_sources=[]),
        score_question(QUESTION, refused, retrieved_sources=[]),
    ]
    summary = summarize(scores, k=4)
    assert summary.unanswerable_refused == 1.0
    assert summary.refusal_accuracy == 0.5
    assert summary.fact_accuracy == 0.0


def test_bad_question_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "1", "question": "ok"}\n{broken\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"q.jsonl:2"):
        load_questions(path)


def test_breakdown_groups_by_type_and_split() -> None:
    from bot.cli.output import eval_table
    from retrieval.evaluation import QuestionScore, breakdown

    def scored(qid: str, kind: str, answered: bool) -> QuestionScore:
        question = EvalQuestion(
            id=qid, type=kind, question="?", gold=["a"] if kind != "unanswerable" else []
        )
        answer = Answer(question="?", text="x", answered=answered, citations=[])
        return score_question(question, answer, retrieved_sources=[])

    scores = [
        scored("p1-01", "factual", True),
        scored("p2-01", "factual", False),
        scored("p2-02", "unanswerable", False),
    ]
    groups = breakdown(scores)
    assert [
        len(groups[name]) for name in ("split p1", "split p2", "type factual", "type unanswerable")
    ] == [1, 2, 2, 1]
    table = eval_table(scores, summarize(scores, k=4), groups)
    # A group without unanswerable questions shows no refusal figure.
    assert "type factual" in table and "type unanswerable" in table
    unanswerable_row = next(
        line for line in table.splitlines() if line.startswith("type unanswerable")
    )
    assert unanswerable_row.split()[3:5] == ["-", "-"] and unanswerable_row.split()[5] == "1.000"
