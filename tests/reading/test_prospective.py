"""A part asking when something will happen is answered by the one date the answering
article gives something still to come. Articles and questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.index.embeddings import HashingEmbeddings
from retrieval.reading.asking import understand
from retrieval.reading.evidence import Weights
from retrieval.reading.found import Finding, Reading
from retrieval.reading.prospective import ahead, asks_ahead, behind
from retrieval.reading.sole_answers import with_sole_answers
from retrieval.reading.spans import Candidate
from tests.reading.test_findings import evidence_of, findings, parse


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("when should everything be signed off?", True),
        ("when will the plant open?", True),
        ("when is the deal expected to close?", True),
        ("when did the talks begin?", False),
        ("when was the company founded?", False),
    ],
)
def test_a_part_asks_ahead_with_a_future_modal_or_a_word_of_expecting(
    part: str, expected: bool
) -> None:
    assert asks_ahead(parse([part])[0]) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It said a final agreement is expected in mid-April.", True),
        ("The company expects to begin selling the car in mid-1989.", True),
        ("The plant will open in June.", True),
        ("Deliveries are scheduled for March 1990.", True),
        ("The company was founded in 1952.", False),
        ("Talks began last year, the company said.", False),
    ],
)
def test_a_date_is_ahead_in_a_clause_of_the_future_or_of_expecting(
    sentence: str, expected: bool
) -> None:
    doc = parse([sentence])[0]
    (date,) = (e for e in doc.ents if e.label_ == "DATE")
    assert ahead(date) is expected


CORVEX = [
    "Corvex Media Inc said it agreed to buy Lindqvist Printing Co, founded in 1952, for 12 "
    "mln dlrs in cash.",
    "Lindqvist had sales of 30 mln dlrs in 1986.",
    "Corvex said the purchase is expected to be completed in mid-May.",
]
QUESTION = "What is Corvex paying for Lindqvist Printing, and when should it all be wrapped up?"


def left_part_answer(texts: list[str]) -> list[str]:
    """What the article settles of the question's date part, its money part answered by
    the article's first sentence."""
    asked = understand(QUESTION, parse=lambda t: parse([t])[0])
    article = evidence_of("a", texts)
    price = Candidate("12 mln dlrs", 0, 0, 1.0)
    chosen = [Finding(asked.parts[0], article, article.sentences[0], (price,), 1.0)]
    reading = Reading(Weights(lambda _: 1.0), parse, HashingEmbeddings(dimension=8))
    found, _ = with_sole_answers(asked, chosen, [asked.parts[1]], reading)
    return [f.answers[0].text for f in found[1:]]


def test_the_one_date_ahead_answers_a_part_asking_ahead() -> None:
    assert left_part_answer(CORVEX) == ["mid-May"]


def test_two_dates_ahead_leave_the_part_unanswered() -> None:
    second = "Corvex said the presses will be moved to Leeds in September."
    assert left_part_answer([*CORVEX, second]) == []


def test_a_date_past_is_no_answer_to_a_part_asking_ahead() -> None:
    past = [*CORVEX[:2], "Corvex said the purchase was completed in mid-May."]
    assert left_part_answer(past) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lindqvist showed a profit of two mln dlrs in the year ending June 1986.", True),
        ("The company was founded in 1952.", True),
        ("Talks began last year, the company said.", True),
        ("The purchase is expected to close in June.", False),
        ("The plant opens in June.", False),
    ],
)
def test_a_date_is_behind_under_a_verb_of_the_past(sentence: str, expected: bool) -> None:
    doc = parse([sentence])[0]
    (date,) = (e for e in doc.ents if e.label_ == "DATE")
    assert behind(date) is expected


def test_a_part_asking_ahead_is_not_answered_by_a_date_past() -> None:
    question = "When is Corvex expected to complete its purchase of Lindqvist Printing?"
    past = "Lindqvist Printing showed a profit of two mln dlrs in the year ending June 1986."
    ahead_ = "Corvex expects to complete its purchase of Lindqvist Printing in June."
    assert findings(question, [past], [0.5]) == []
    assert findings(question, [ahead_], [0.5]) == [ahead_]
