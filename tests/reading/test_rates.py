"""Amounts per unit and amounts per party."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.rates import asks_each, asks_rate


@pytest.mark.parametrize(
    ("question", "each"),
    [
        ("How will ownership of the venture be split?", True),
        ("What stake do Corvex and Halden each hold in Halcor?", True),
        ("How much did each company pledge to invest?", True),
        ("How is the equity divided between Corvex and Halden?", True),
        # "each share" is the unit of a rate, not one of several parties
        ("What will holders receive for each share?", False),
        ("What stake does Corvex hold in Halcor?", False),
    ],
)
def test_a_part_asking_an_amount_for_each_party(question: str, each: bool) -> None:
    doc = shared_pipeline().annotate([question])[0]
    assert asks_each(doc[:]) is each


def test_a_rate_is_asked_per_unit() -> None:
    assert asks_rate("What will holders receive for each share?")
    assert not asks_rate("How will ownership of the venture be split?")
