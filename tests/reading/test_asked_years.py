"""Amounts stated for another year than the one a question asks about."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_years import (
    asked_months,
    asked_years,
    for_another_month,
    for_another_year,
)

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


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("What February load factors did USAir report?", {"Feb"}),
        ("What were Sept. sales and May output?", {"Sep", "May"}),
        ("in Dec", {"Dec"}),
        # a capitalised word starting like a month is none, nor is the modal
        ("Did the Mayor say output may rise?", set()),
    ],
)
def test_the_months_a_part_names(text: str, months: set[str]) -> None:
    assert asked_months(text) == frozenset(months)


@pytest.mark.parametrize(
    ("sentence", "amount", "other"),
    [
        ("Its load factor for April was 43.8 pct, down from 44.6 pct.", "43.8 pct", True),
        ("Its load factor totaled 66.8 pct in February.", "66.8 pct", False),
        # a date naming no month says nothing against it
        ("Its load factor rose to 62.2 pct from 56.9 pct a year ago.", "62.2 pct", False),
    ],
)
def test_an_amount_stated_for_another_month(sentence: str, amount: str, other: bool) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    [found] = [e for e in doc.ents if e.text == amount]
    assert for_another_month(found, asked_months("What was its February load factor?")) is other
