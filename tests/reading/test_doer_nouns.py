"""A title naming the doer of the asked act answers who does it: "Halden Chairman Jan Smit"
chairs Halden, as "Corvex founder Ann Berg" founded Corvex, though neither sentence uses
the asked verb. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "Who chairs Halden?",
            "Halden Corp Chairman Jan Smit said the company's budget would not be raised.",
            "Jan Smit",
        ),
        (
            "Who founded Corvex?",
            "Corvex founder Ann Berg said the pumps would be shipped in June.",
            "Ann Berg",
        ),
    ],
)
def test_a_title_naming_the_asked_doer_answers_who(
    question: str, sentence: str, expected: str
) -> None:
    tied = [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]
    assert tied[:1] == [expected]
