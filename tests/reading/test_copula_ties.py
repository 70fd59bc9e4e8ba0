"""The copula joins its subject and what is said of it as closely as an apposition does."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import candidates_of


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "Who is sole underwriter for the European issue?",
            "Drexel Burnham Lambert International Ltd is sole underwriter for the European issue.",
            "Drexel Burnham Lambert International Ltd",
        ),
        ("What was the load factor?", "The load factor was 62.2 pct.", "62.2 pct"),
        ("What is the conversion price?", "The conversion price is 640 pence.", "640 pence"),
    ],
)
def test_the_subject_of_a_copula_is_tied_fully_to_its_complement(
    question: str, sentence: str, answer: str
) -> None:
    [found] = [c for c in candidates_of(question, sentence) if c.text == answer]
    assert found.tie == 1.0


def test_a_word_two_edges_away_through_another_verb_is_not() -> None:
    found = candidates_of(
        "What was the load factor?", "The company said the load factor rose to 62.2 pct."
    )
    assert found[0].text == "62.2 pct" and found[0].tie < 1.0
