"""Amounts stated for another year than the one a question asks about."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_years import asked_years, for_another_year

TWO_YEARS = "The deficit will total 28.9 billion dlrs in fiscal 1989 and 26.1 billion dlrs in 1991."


def amount_in(sentence: str, text: str) -> bool:
    doc = shared_pipeline().annotate([sentence])[0]
    [amount] = [e for e in doc.ents if e.text == text]
    return for_another_year(amount, asked_years("What deficit is projected for fiscal 1989?"))


@pytest.mark.parametrize(
    ("sentence", "amount", "other"),
    [
        (
            "The budget estimated a deficit of 29.3 billion dlrs for fiscal 1988.",
            "29.3 billion dlrs",
            True,
        ),
        # the year nearest the amount is the one it is stated for
        (
            TWO_YEARS,
            "28.9 billion dlrs",
            False,
        ),
        (
            TWO_YEARS,
            "26.1 billion dlrs",
            True,
        ),
        # a sentence naming no year says nothing against it
        ("The deficit will be 28.9 billion dlrs, Wilson said.", "28.9 billion dlrs", False),
    ],
)
def test_the_year_nearest_an_amount_is_the_one_it_is_stated_for(
    sentence: str, amount: str, other: bool
) -> None:
    assert amount_in(sentence, amount) is other


def test_a_part_naming_no_year_asks_of_none() -> None:
    assert asked_years("What deficit is projected?") == frozenset()
    doc = shared_pipeline().annotate(["The deficit was 5 mln dlrs in 1988."])[0]
    assert not for_another_year(doc.ents[0], frozenset())
