"""Amounts per unit and amounts per party."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_rates import asks_rate, asks_total
from retrieval.reading.per_party import asks_each
from retrieval.reading.rates import is_rate

if TYPE_CHECKING:
    from spacy.tokens import Span


@pytest.mark.parametrize(
    ("question", "each"),
    [
        ("How will ownership of the venture be split?", True),
        ("What stake do Corvex and Halden each hold in Halcor?", True),
        ("How much did each company pledge to invest?", True),
        ("How is the equity divided between Corvex and Halden?", True),
        ("How much did each partner pledge?", True),
        # "each share" is the unit of a rate, not one of several parties
        ("What will holders receive for each share?", False),
        ("How much will Corvex pay for each plane?", False),
        ("What stake does Corvex hold in Halcor?", False),
        # a split that divides no ownership
        ("What price per share will Corvex pay before the stock split?", False),
    ],
)
def test_a_part_asking_an_amount_for_each_party(question: str, each: bool) -> None:
    doc = shared_pipeline().annotate([question])[0]
    assert asks_each(doc[:]) is each


def test_a_rate_is_asked_per_unit() -> None:
    assert asks_rate("What will holders receive for each share?")
    assert not asks_rate("How will ownership of the venture be split?")
    # the issuer's name or the class of share between "each" and the unit
    assert asks_rate("How much is Corvex offering for each Halden Oil share it lacks?")
    assert asks_rate("What does the bid value every Halden ordinary share at?")
    assert not asks_rate("What did each partner pay for its shares?")


def _money(sentence: str, index: int = 0) -> Span:
    doc = shared_pipeline().annotate([sentence])[0]
    return [e for e in doc.ents if e.label_ == "MONEY"][index]


@pytest.mark.parametrize(
    ("sentence", "rate"),
    [
        ("Corvex bought 10.9 mln shares for 18 Canadian dlrs each.", True),
        ("Corvex will pay 20.10 dlrs cash for each of Halden's shares.", True),
        # "for each" on the verb: what it gives is given per unit
        ("Halden holders would receive 16 dlrs in Corvex stock for each Halden share.", True),
        ("Corvex offers one share, worth 4.04 dlrs, for every two Halden shares.", False),
        # "for every" one right after the amount, wherever the parse hung "for"
        ("Holders seek damages of up to $74,500 (£38,660) for every customer of Corvex.", True),
        ("Holders rejected the 530 pence-a-share offer from Corvex.", True),
        ("Corvex paid 4.17 dlrs per share.", True),
        # an amount modifying a noun is per what the noun is per
        ("Corvex offered 71 dlrs cash per share for half of Halden.", True),
        ("Corvex offered 71 dlrs cash for half of Halden's shares.", False),
        # the unit after a range's upper bound is the lower bound's too
        ("Corvex bought the shares at 42.50 dlrs to 45.50 dlrs a share.", True),
        ("Corvex will pay 40 mln dlrs to 45 mln dlrs for Halden.", False),
        # a conversion in brackets between the amount and its unit
        ("The catalogue price is $17.6m (£9.49m) per plane, Corvex said.", True),
        ("Corvex paid 120 mln dlrs for Halden, and each side gained.", False),
        # one amount per party, or "each" of another phrase
        ("Corvex and Halden will invest 50 mln dlrs each in the venture.", False),
        ("Corvex paid 120 mln dlrs for stakes in each of the two companies.", False),
        ("Corvex made a 3.25 bln dlr takeover offer for Halden.", False),
        # the unit the clause picks out with "each", however far from the amount
        ("Each Halden share is expected to be exchanged for 5.38 dlrs in cash.", True),
        ("Each partner is expected to put 5.38 mln dlrs into the venture.", False),
        # "each" and its unit before the amount, whatever the parse made the object
        ("The offer values each Halden ordinary share at 305.5p, Corvex said.", True),
        ("The offer values each of the two Halden units at 305 mln dlrs.", False),
        # the clause the amount hangs on begins before "each" (the parse took "share" for a
        # verb of a relative clause)
        ("The offer values each Halden share at some 0.213 of a Corvex share, or 190p.", True),
    ],
)
def test_an_amount_per_item(sentence: str, rate: bool) -> None:
    assert is_rate(_money(sentence)) is rate


def test_a_question_may_ask_the_total_too() -> None:
    assert asks_total("What is Corvex paying, both in total and per share?")
    assert not asks_total("What is Corvex paying per share?")
    # "Total" the company; "in all" of a noun phrase
    assert not asks_total("How much is Total paying per share for Halden?")
    assert not asks_total("What did Corvex pay for stakes in all three units?")


def test_a_bracketed_conversion_is_a_rate_like_the_amount_before_it() -> None:
    # the conversion itself, read past its closing bracket
    assert is_rate(_money("The catalogue price is $17.6m (£9.49m) per plane.", index=1))


def test_a_hyphenated_amount_per_share_is_a_rate() -> None:
    assert is_rate(_money("Halden rejected the 43-dlr-a-share offer from Corvex."))


def test_a_rate_stated_with_its_figure_is_asked_by_nobody() -> None:
    # the figure says what the rate is: it describes a party, it asks nothing per unit
    assert not asks_rate("Halden, whose stock trades at 12 dlrs per share, sold how many mills?")
    assert not asks_rate("After the $4 a share bid failed, who bought Corvex?")
    assert not asks_rate("What did Corvex pay for its 12 per cent holding?")
    assert not asks_rate("Who made the 3 mln dlrs per tonne deal with Osko?")
    # a rate asked beside a figure stated is still asked
    assert asks_rate("Corvex paid 40 mln dlrs in all; how much was that per share?")
    assert asks_rate("How much a share did Halden offer?")


@pytest.mark.parametrize(
    "question",
    [
        "What was the 1987 dividend per share?",
        "What did Halden earn in 1986 per share?",
        "How much did Corvex offer on March 12 per share?",
    ],
)
def test_a_bare_number_is_no_figure_stating_a_rate(question: str) -> None:
    # a year or a day is no amount: the rate after it is still asked
    assert asks_rate(question)
