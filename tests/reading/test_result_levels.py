"""A period's result moving to a level ("net profits rose 44% to 205 mln dlrs") gives
that result: it answers a question asking it, and no question asking the other line of
the results (revenue is no profit). Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers

PROFIT = "How much net profit did Corvex make in the fourth quarter?"
REVENUE = "How much revenue did Corvex have in the fourth quarter?"


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            PROFIT,
            "Corvex said net profits rose 44% to 205 mln dlrs in the quarter.",
            "205 mln dlrs",
        ),
        (PROFIT, "Corvex's net income fell to 12 mln dlrs in the quarter.", "12 mln dlrs"),
        (
            REVENUE,
            "Corvex said its revenue climbed 8% to 935 mln dlrs in the quarter.",
            "935 mln dlrs",
        ),
    ],
)
def test_a_result_moving_to_a_level_answers_that_result(
    question: str, sentence: str, expected: str
) -> None:
    assert answers(question, sentence)[:1] == [expected]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (PROFIT, "Corvex said its net revenue for the quarter rose to 935 mln dlrs."),
        (REVENUE, "Corvex said its net profit for the quarter rose to 205 mln dlrs."),
    ],
)
def test_the_other_line_of_the_results_is_no_answer(question: str, sentence: str) -> None:
    assert answers(question, sentence) == []
