"""Amounts listed as the parts of a price are components, not what was paid."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.components import a_component
from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def _money(sentence: str) -> list[tuple[str, bool]]:
    doc = shared_pipeline().annotate([sentence])[0]
    return [(e.text, a_component(e)) for e in doc.ents if e.label_ == "MONEY"]


@pytest.mark.parametrize(
    ("sentence", "component"),
    [
        (
            "Corvex said the purchase price will consist of two mln dlrs in cash and "
            "1.5 mln shares of its common stock.",
            True,
        ),
        (
            "The price comprises 40 mln dlrs in cash, 300,000 Corvex shares and "
            "warrants to buy 100,000 more.",
            True,
        ),
        (
            "The consideration is made up of 12 mln dlrs in cash and four mln new Corvex shares.",
            True,
        ),
        # a whole: no verb of part and whole, or nothing else listed beside the sum
        ("Corvex agreed to buy Halden Marine for 263 mln dlrs.", False),
        ("The price will consist of 263 mln dlrs in cash.", False),
        # "make" is one of part and whole only as "made up of"
        ("Corvex made a 50 mln dlr offer for 1.5 mln Halden shares.", False),
    ],
)
def test_a_sum_listed_with_other_quantities_under_a_verb_of_parts(
    sentence: str, component: bool
) -> None:
    found = _money(sentence)
    assert found, sentence
    assert found[0][1] is component


def test_a_whole_price_is_tied_more_closely_than_a_component() -> None:
    question = "What price is Corvex paying for Halden Marine?"
    whole = candidates_of(question, "Corvex agreed to buy Halden Marine for 263 mln dlrs.")
    parts = candidates_of(
        question,
        "Corvex said the price for Halden Marine will consist of two mln dlrs in cash and "
        "1.5 mln shares of its common stock.",
    )
    assert whole and parts
    assert whole[0].tie > parts[0].tie


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        # a sum paying "part of" the price is less than the price
        (
            "Corvex Corp will use 400,000 dlrs of the proceeds to pay part of the purchase"
            " price for Halden Plc.",
            [],
        ),
        (
            "Corvex Corp said 400,000 dlrs of the proceeds will be used to pay a portion of"
            " the purchase price for Halden Plc.",
            [],
        ),
        (
            "Corvex Corp will use 400,000 dlrs to pay the purchase price for Halden Plc.",
            ["400,000 dlrs"],
        ),
    ],
)
def test_a_sum_paying_part_of_a_price_is_no_price(sentence: str, paid: list[str]) -> None:
    question = "What is the total purchase price Corvex Corp is paying for Halden Plc?"
    tied = [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]
    assert tied == paid
