"""A stock's move on the market ("shares rose eight schillings") answers a question about
the market only: not one asking how much a firm set aside, whatever its kind; a level of
something else ("leverage could rise to 60 pct") is no market price. Sentences and
questions written for these tests."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers

SHARES_ROSE = "Preference shares of Corvex rose eight schillings on the Vienna Bourse today."


@pytest.mark.parametrize(
    "question",
    [
        "How much did Corvex set aside in 1986 for bad-debt provisions?",  # an amount
        "How much did Corvex pay for Halden?",  # a sum
    ],
)
def test_a_stocks_move_answers_no_other_amount(question: str) -> None:
    assert answers(question, SHARES_ROSE) == []


def test_a_stocks_move_answers_a_question_about_the_market() -> None:
    assert answers("How far had Corvex's stock fallen?", SHARES_ROSE.replace("rose", "fell"))


def test_a_level_of_something_else_is_no_market_price() -> None:
    sentence = "S and P said Corvex's leverage could rise to 60 pct after the purchase."
    assert answers("How high could Corvex's leverage go?", sentence) == ["60 pct"]
