"""A noun the question compounds onto the asked one only says which of it is asked ("a
deposit premium" is a premium): an amount of that noun is no answer (amounts._of_a_modifier)."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates


def answers(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]


def test_the_question_keeps_every_noun_compounded_onto_the_asked_one() -> None:
    text = "What deposit premium is Corvex paying for the branches?"
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    assert asked.parts[0].modifiers == ("deposit",)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex will buy four branches of Halden with total deposits of 120 mln dlrs.",
        "Corvex will buy four branches with about 120 mln dlrs in deposits from Halden.",
    ],
)
def test_an_amount_of_the_modifier_is_not_the_asked_one(sentence: str) -> None:
    assert answers("What deposit premium is Corvex paying for the branches?", sentence) == []


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        # the asked noun's own amount, beside the modifier's
        (
            "What deposit premium is Corvex paying for the branches?",
            "Corvex is paying a premium of 6 mln dlrs for branches with 120 mln dlrs of deposits.",
            "6 mln dlrs",
        ),
        # a magnitude's modifier is what it measures
        ("What is the loan amount Corvex got?", "Corvex got a loan of 40 mln dlrs.", "40 mln dlrs"),
        # a deal or an offer is measured by its price
        (
            "What purchase price did Corvex pay for Halden?",
            "Corvex completed a purchase of Halden of 40 mln dlrs.",
            "40 mln dlrs",
        ),
        (
            "What bid price did Corvex offer for Halden?",
            "Corvex made a bid of 40 dlrs a share for Halden.",
            "40 dlrs",
        ),
        # a rate's modifier is what it is the rate of
        ("What tax rate does Corvex pay?", "Corvex pays a tax of 30 pct on profits.", "30 pct"),
        # money names the form of the sum; a measure of the asked kind is re-worded
        (
            "What cash price did Corvex pay for Halden?",
            "Corvex will pay 13 mln dlrs in cash for Halden.",
            "13 mln dlrs in cash",
        ),
        (
            "What is the price tag on Corvex's Halden purchase?",
            "The total purchase price for Halden will be about 25 mln dlrs, Corvex said.",
            "25 mln dlrs",
        ),
        # money at large is of the kind its modifier says; a doing is priced by its amount
        (
            "What interest payment did Corvex make?",
            "Corvex paid 5 mln dlrs of interest on its debt.",
            "5 mln dlrs",
        ),
        (
            "What transfer fee did Rovers pay for Dunne?",
            "Rovers completed a 5 mln stg transfer of Dunne.",
            "5 mln stg",
        ),
        # a noun told apart from the question's is read as before ("bank debt")
        (
            "How much bank debt will Corvex repay?",
            "Corvex will repay 90 mln dlrs of bank debt.",
            "90 mln dlrs",
        ),
    ],
)
def test_the_asked_amount_is_still_answered(question: str, sentence: str, answer: str) -> None:
    assert answer in answers(question, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex said it acquired the assets of Halden for about 5.7 mln dlrs.",
        "Corvex acquired Halden for 5.7 mln dlrs cash plus the assumption of debt of 2.5 mln dlrs.",
        "Halden was sold to Corvex at 5.7 mln dlrs.",
    ],
)
def test_a_price_paid_is_no_result_of_the_firm(sentence: str) -> None:
    assert answers("What were Halden's annual revenues before Corvex bought it?", sentence) == []


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        # the result said beside the price
        (
            "What were Halden's annual revenues?",
            "Halden, which Corvex bought for 9 mln dlrs, had revenues of 5.7 mln dlrs.",
            "5.7 mln dlrs",
        ),
        # a result that is said of the sale itself
        (
            "What profit did Corvex make on the sale of Halden?",
            "Corvex sold Halden for 9 mln dlrs, making a profit of 2 mln dlrs.",
            "2 mln dlrs",
        ),
        # what the trade brought in is asked by its verb
        (
            "What income did Corvex get from selling Halden?",
            "Corvex sold Halden for 9 mln dlrs.",
            "9 mln dlrs",
        ),
        # goods sold may be the seller's sales
        (
            "What were Corvex's revenues in 1986?",
            "Corvex sold 2,000 cars for 9 mln dlrs in 1986.",
            "9 mln dlrs",
        ),
        # a price asked is still the price
        (
            "How much did Corvex pay for Halden?",
            "Corvex acquired Halden for 9 mln dlrs.",
            "9 mln dlrs",
        ),
    ],
)
def test_a_result_or_a_price_asked_is_still_answered(
    question: str, sentence: str, answer: str
) -> None:
    assert answer in answers(question, sentence)
