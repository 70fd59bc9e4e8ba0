"""How far a change went ("pushed prices up by 0.40 dlrs") is no price."""

from __future__ import annotations

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def tied(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]


def test_how_far_a_change_went_is_no_price() -> None:
    # "by" on a verb of change (or on one with a particle of change) gives the move
    question = "At about what price did Halden Corp sell the soymeal?"
    moved = "Traders said strong demand had pushed soymeal prices up by about 0.40 dlrs a tonne."
    assert tied(question, moved) == []
    raised = "Halden Corp said it raised the soymeal price by 0.40 dlrs a tonne."
    assert tied(question, raised) == []
    price = "Halden Corp said the sale price was about 212 dlrs a tonne."
    assert tied(question, price) == ["212 dlrs"]


def test_a_question_of_how_far_a_change_went_keeps_the_move() -> None:
    # the question's own verb is the change: how far it went is what it asks
    sentence = (
        "Harlow Corp said it cut the price it will pay for Benton Inc's bus unit by five "
        "mln dlrs to 40 mln dlrs."
    )
    asked = tied("How much did Harlow cut the price for Benton's bus unit?", sentence)
    assert "five mln dlrs" in asked


def test_a_change_word_outside_the_question_s_verb_asks_the_value() -> None:
    # "raised" describes the offer; the question asks what the offer is worth
    sentence = "Harlow Corp raised its offer for Benton Inc by five dlrs to 40 dlrs a share."
    asked = tied("How much is Harlow's raised offer for Benton worth per share?", sentence)
    assert "five dlrs" not in asked
