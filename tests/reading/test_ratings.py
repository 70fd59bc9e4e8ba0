"""A question about a credit rating asks for a grade, and a grade rating another issuer's
debt answers nothing about the asked one. Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.kinds import Kind
from tests.reading.test_asking import ask
from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    "question",
    [
        "What rating did S&P keep on Corvex's commercial paper?",
        "Corvex downgrade - new rating?",
        # a fronted "to what" the parser takes for the root: the rating's new value
        "To what did Fitch cut Corvex's senior debt rating?",
        # "rate" names its act by "rating" (WordNet): what a debt is rated is its grade
        "What are the Corvex notes rated?",
        "What did Fitch rate the Corvex notes?",
    ],
)
def test_a_rating_question_asks_a_grade(question: str) -> None:
    assert list(ask(question).kinds) == [Kind.RATING]


def test_a_grade_answers_a_rating_question() -> None:
    question = "What rating did Fitch give Corvex's senior notes?"
    sentence = "Fitch said it assigned a BBB-plus rating to Corvex's senior notes."
    assert answers(question, sentence) == ["BBB-plus"]


def test_a_grade_of_another_issuers_debt_is_no_answer() -> None:
    question = "What rating does Moody's give Halden Bank's long-term deposits?"
    sentence = (
        "Moody's affirmed the Aaa long-term deposits of Corvex Trust Co and the Aa-3"
        " long-term deposits of Halden Bank."
    )
    assert answers(question, sentence) == ["Aa-3"]
