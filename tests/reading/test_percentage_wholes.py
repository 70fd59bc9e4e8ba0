"""An amount after a percentage's "of" is the whole the percentage is a part of ("12 pct of
its 310 mln dlrs in deposits"): a sum in its own right, not a measure of the percentage."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    "sentence",
    [
        "The charge equals 12 pct of Corvex's 310 mln dlrs in outstanding loans to Brazil.",
        "The writedown represents 9.5 pct of the 310 mln dlrs Corvex has in loans to Brazil.",
    ],
)
def test_the_whole_of_a_percentage_is_an_amount(sentence: str) -> None:
    question = "How much does Corvex have in outstanding loans to Brazil?"
    assert "310 mln dlrs" in answers(question, sentence)


def test_a_measured_noun_still_measures_another_thing() -> None:
    # "assets of 200 mln dlrs" is no price paid
    question = "How much did Corvex pay for Halden?"
    sentence = "Halden, a bank with assets of 200 mln dlrs, was sold to Corvex last year."
    assert "200 mln dlrs" not in answers(question, sentence)
