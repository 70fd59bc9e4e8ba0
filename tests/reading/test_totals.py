"""A count given as the value of "the number of X" answers "how many X"."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.totals import counts_through_its_change
from tests.reading.test_spans import answers

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
        # the new level an intransitive verb of change gives its subject, its "to" hung on
        # the "by" of the change or not, its figure scaled
        (STORES, "The number of its stores grew to 120, the company said.", "120"),
        (STORES, "The number of its stores grew by 11 pct to 39.1 mln, it said.", "39.1 mln"),
    ],
)
def test_the_value_of_the_number_of_the_asked_noun_counts_it(
    question: str, sentence: str, count: str
) -> None:
    assert answers(question, sentence)[:1] == [count]


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
    assert answers(COUNTRIES, sentence) == []


JOBS_GONE = "How many jobs have gone?"


@pytest.mark.parametrize(
    ("question", "sentence", "count"),
    [
        # the new level of the counted noun, whatever the question's verb
        (STORES, "Its stores were reduced to 120 after the sale, the company said.", "120"),
        # the change itself, for a question of an event
        (JOBS_GONE, "He said headquarters staff jobs were cut by 7,000.", "7,000"),
        (JOBS_GONE, "Its jobs were reduced by 7,000 in the year.", "7,000"),
    ],
)
def test_a_bare_number_a_change_of_the_asked_noun_takes_counts_it(
    question: str, sentence: str, count: str
) -> None:
    assert answers(question, sentence)[:1] == [count]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # how far a standing count changed is no count of it
        (STORES, "Its stores were reduced by 120 after the sale, the company said."),
        ("How many stores does it own?", "Its stores were reduced by 120 after the sale."),
        # a stock's move counts no shares
        ("How many shares were sold?", "Its shares fell by 2 in heavy trading."),
    ],
)
def test_a_change_of_a_state_or_of_a_stock_counts_nothing_asked(
    question: str, sentence: str
) -> None:
    assert answers(question, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "noun", "counts"),
    [
        ("Its stores were reduced to 120 in 1986.", "stores", True),
        # a singular noun is a quantity, no things counted, though the question's word
        # modifies it ("how many cameras": camera demand)
        ("Camera demand rose to 700,000 in 1986.", "demand", False),
    ],
)
def test_only_a_plural_noun_is_counted_through_its_change(
    sentence: str, noun: str, counts: bool
) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    number = next(e for e in doc.ents if e.label_ == "CARDINAL")
    token = next(t for t in doc if t.text == noun)
    assert counts_through_its_change(number, token, "buy") is counts
