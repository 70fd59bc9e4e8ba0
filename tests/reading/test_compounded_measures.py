"""A noun the question compounds onto the asked one only says which of it is asked ("a
deposit premium" is a premium): an amount of that noun is no answer (amounts._of_a_modifier)."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.modified_measures import prices_for_a_result
from retrieval.reading.normalize import normalize_question
from tests.reading.conftest import first_part_answers as answers


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
        # the named firm's thing is one of two things traded
        "Corvex acquired the customer contracts and related assets of Halden for 5.7 mln dlrs.",
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


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        # the amount measures the asked result inside the price phrase
        (
            "What are Halden's annual revenues?",
            "Corvex bought Halden for 100 mln dlrs, or about 1.2 times its annual revenues of "
            "80 mln dlrs.",
            "80 mln dlrs",
        ),
        (
            "What profit did Corvex make on its Halden stake?",
            "Corvex sold its stake in Halden at a profit of 5 mln dlrs.",
            "5 mln dlrs",
        ),
        (
            "What profit did Corvex make on its Halden stake?",
            "Corvex sold its stake in Halden for a profit of 5 mln dlrs.",
            "5 mln dlrs",
        ),
        # the question asks what a sale brings in, through the sale's noun
        (
            "What revenue does Corvex expect from the Halden sale?",
            "Corvex sold Halden to Brixton for 100 mln dlrs.",
            "100 mln dlrs",
        ),
        (
            "What income does Corvex expect from the Halden sale?",
            "Corvex sold Halden to Brixton for 100 mln dlrs.",
            "100 mln dlrs",
        ),
        # goods of a named maker are sold, not a named firm or its holding
        (
            "What were Halden's revenues?",
            "Halden sold Boeing jets for 900 mln dlrs last year.",
            "900 mln dlrs",
        ),
        # the head is the act that moves its modifier: its size is the modifier's amount
        (
            "How much is the Corvex bond offering?",
            "Corvex will offer 100 mln dlrs of bonds.",
            "100 mln dlrs",
        ),
        (
            "How much is the Corvex bond issue?",
            "Corvex will issue 100 mln dlrs of bonds.",
            "100 mln dlrs",
        ),
        (
            "How much in asset sales does Corvex plan?",
            "Corvex plans to sell 300 mln dlrs of assets.",
            "300 mln dlrs",
        ),
    ],
)
def test_a_result_measured_or_an_act_moving_the_modifier_is_answered(
    question: str, sentence: str, answer: str
) -> None:
    assert answer in answers(question, sentence)


def test_a_multiple_of_earnings_is_no_price_paid() -> None:
    text = normalize_question("What were Halden's earnings last year?")
    part = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0]).parts[0]
    sentence = "Corvex bought Halden for 20 mln dlrs, or ten times earnings of 2 mln dlrs."
    doc = shared_pipeline().annotate([sentence])[0]
    amounts = {e.text: prices_for_a_result(e, part) for e in doc.ents if e.label_ == "MONEY"}
    assert amounts == {"20 mln dlrs": True, "2 mln dlrs": False}
