"""What is given for a purchase: cash, securities, or both, as one answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.cheap_look import may_hold
from retrieval.reading.consideration import (
    securities_paid,
    states_consideration,
    whole_consideration,
)
from retrieval.reading.kinds import Kind
from tests.reading.test_spans import answers

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _doc(sentence: str) -> Doc:
    return shared_pipeline().annotate([sentence])[0]


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        (
            "Corvex said it agreed to acquire Halden Marine for 1.1 mln shares of its common "
            "stock.",
            ["1.1 mln shares"],
        ),
        (
            "Corvex sold its Halden unit to Vestmark for 400,000 common shares.",
            ["400,000 common shares"],
        ),
        # "pay ... for" takes what is bought, not the price
        ("Corvex paid 12 dlrs a share for 400,000 Halden shares.", []),
        # shares bought are no price
        ("Corvex bought 400,000 Halden shares on the market.", []),
    ],
)
def test_securities_given_for_a_purchase(sentence: str, paid: list[str]) -> None:
    assert [span.text for span in securities_paid(_doc(sentence))] == paid


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        (
            "Corvex completed the purchase of Halden Marine for two mln dlrs cash and 400,000 "
            "shares of common stock.",
            "two mln dlrs cash and 400,000 shares of common stock",
        ),
        (
            "Corvex bought the Halden property for 60,000 Corvex shares and 70,000 dlrs in cash.",
            "60,000 Corvex shares and 70,000 dlrs in cash",
        ),
        # a sum with what it is paid in
        (
            "Halden holders would receive 16 dlrs in Corvex stock for each Halden share.",
            "16 dlrs in Corvex stock",
        ),
        ("Corvex paid 12 mln dlrs in cash for Halden Marine.", "12 mln dlrs in cash"),
        # "in" of something else is no medium of payment
        ("Corvex paid 12 mln dlrs in March for Halden Marine.", "12 mln dlrs"),
        # a sum coordinated with no other quantity stands alone
        (
            "Corvex bought Halden Marine for 70,000 dlrs and the goodwill of its staff.",
            "70,000 dlrs",
        ),
    ],
)
def test_a_price_of_cash_and_shares_is_the_whole_coordination(sentence: str, whole: str) -> None:
    doc = _doc(sentence)
    money = next(e for e in doc.ents if e.label_ == "MONEY")
    assert whole_consideration(money).text == whole


def test_a_price_paid_in_shares_answers_what_was_paid() -> None:
    sentence = "Corvex said it agreed to acquire Halden Marine for 1.1 mln shares of its stock."
    assert answers("What is Corvex paying for Halden Marine?", sentence) == ["1.1 mln shares"]
    # a size is no payment: a number of shares does not answer it
    assert answers("How much is Halden Marine worth?", sentence) == []


def test_the_cheap_look_keeps_a_price_in_shares_only_for_a_payment() -> None:
    sentence = "Corvex agreed to acquire Halden for 1.1 mln shares of its stock."
    assert may_hold(Kind.MONEY, sentence, paid=True)
    assert not may_hold(Kind.MONEY, sentence)


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("The acquisition would be made for promissory notes and common stock.", True),
        ("Corvex will buy Halden for 12 mln dlrs.", True),
        ("Corvex sold the unit for cash.", True),
        # a "for" of something else: a purpose, a time
        ("Corvex will buy Halden for its refinery.", False),
        ("Corvex agreed to buy an 80 pct interest in a plastics maker.", False),
    ],
)
def test_a_sentence_saying_what_is_given_for_a_purchase(sentence: str, states: bool) -> None:
    assert states_consideration(_doc(sentence)) is states
