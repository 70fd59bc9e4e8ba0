"""A model's designation is one name however the parser splits it ("its RB 211-524 D4D
engine"), and a name inside a longer name of a piece is part of it. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    ("question", "sentence", "first"),
    [
        (
            "Which engine will Halden Aero fit to the Corvex jets?",
            "Halden Aero said it will fit its RB 211-524 D4D engine to the Corvex jets.",
            "RB 211-524 D4D",
        ),
        (
            # a code the tagger takes for a common noun ("S3") is of the designation
            "Which engine powers the Kessel jet?",
            "The Kessel jet is powered by the Brandt CFM56-5-S3 engine.",
            "Brandt CFM56-5-S3",
        ),
        (
            # a count before the designation is not of it
            "Which jet did Orvane Air order?",
            "Orvane Air said it ordered 12 MD-11 jets.",
            "MD-11",
        ),
    ],
)
def test_a_designation_is_answered_whole(question: str, sentence: str, first: str) -> None:
    assert answers(question, sentence)[:1] == [first]
