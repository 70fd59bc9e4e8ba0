"""An amount asked per stretch of time ("how much a month") is a flow: a sum stated for no
period answers nothing. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.per_period import asks_per_period
from tests.reading.test_asking import ask
from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("How much is Corvex paying a month to rent the depot?", True),
        ("How many tonnes of ore will Halden ship each year?", True),
        ("How much crude will Corvex deliver daily?", True),
        # a point in time, a length, a part: no rate asked
        ("What was Corvex's profit a year earlier?", False),
        ("How much will a year of the treatment cost?", False),
        ("Which plant opened a month ahead of schedule?", False),
        ("How much did Corvex pay for a quarter of Halden?", False),
    ],
)
def test_a_rate_per_period_is_asked_by_an_adverbial(question: str, asked: bool) -> None:
    assert asks_per_period(ask(question).parts[0]) is asked


def test_a_lump_sum_is_no_monthly_payment() -> None:
    question = "How much is Corvex paying a month to lease the Halden jets?"
    sentence = "Corvex signed a 40 mln dlr contract to lease six jets from Halden."
    assert answers(question, sentence) == []


def test_a_sum_stated_per_month_answers() -> None:
    question = "How much is Corvex paying a month to lease the Halden jets?"
    sentence = "Corvex will pay Halden 300,000 dlrs a month to lease six jets."
    assert answers(question, sentence) == ["300,000 dlrs"]


def test_an_annual_figure_answers_a_yearly_question() -> None:
    question = "How many tonnes of ore will Halden ship to Corvex each year?"
    sentence = "Halden will make annual shipments of 200,000 tonnes of ore to Corvex."
    assert answers(question, sentence) == ["200,000 tonnes"]
