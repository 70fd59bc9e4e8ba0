"""A count given as the value of "the number of X" answers "how many X"."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.spans import candidates


def _counts(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found]


COUNTRIES = "How many countries does it serve?"
STORES = "How many stores does it have?"


@pytest.mark.parametrize(
    ("question", "sentence", "count"),
    [
        # the goal of the verb acting on the quantity noun, before or after it
        (
            COUNTRIES,
            "US Sprint said the additions will bring to 34 the number of countries it serves.",
            "34",
        ),
        (STORES, "The purchase raises the number of its stores to 120, the company said.", "120"),
        (COUNTRIES, "The number of countries it serves was raised to 34 last year.", "34"),
        # the attribute of a copula whose subject the quantity noun is
        (STORES, "The number of its stores is 120, the company said.", "120"),
    ],
)
def test_the_value_of_the_number_of_the_asked_noun_counts_it(
    question: str, sentence: str, count: str
) -> None:
    assert _counts(question, sentence)[:1] == [count]


@pytest.mark.parametrize(
    "sentence",
    [
        # a change of the number, not its value
        "The number of countries it serves rose by 34 last year.",
        # a number of something else
        "The number of its employees is 340, the company said.",
    ],
)
def test_a_change_or_another_number_counts_nothing_asked(sentence: str) -> None:
    assert _counts(COUNTRIES, sentence) == []
