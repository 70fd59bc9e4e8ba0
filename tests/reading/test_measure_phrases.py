"""A measure phrase counts what its unit takes with "of" (the pseudo-partitive): "how many
soybeans" is answered by "25,000 tonnes of soybeans", as by a bare number of them; and a
sum the NER calls money but says in no currency ("two trillion operations") is a number."""

from __future__ import annotations

from tests.reading.test_spans import answers


def test_a_weight_of_the_asked_noun_counts_it() -> None:
    found = answers(
        "How many soybeans will Corvex ship to Halden?",
        "Corvex will ship 40,000 tonnes of soybeans to Halden Foods next month.",
    )
    assert found == ["40,000 tonnes"]


def test_a_measure_of_another_noun_does_not() -> None:
    found = answers(
        "How many soybeans will Corvex ship to Halden?",
        "Corvex will ship soybeans and 40,000 tonnes of wheat to Halden Foods.",
    )
    assert found == []


def test_a_sum_in_no_currency_is_a_number() -> None:
    # the NER calls "two trillion" money here: said in no currency, it counts
    found = answers(
        "How many operations per second can the Corvex chip handle?",
        "Corvex boss Ola Hansen said the chip looked set to be capable of two trillion "
        "operations per second.",
    )
    assert found == ["two trillion"]


def test_a_sum_in_a_currency_counts_nothing() -> None:
    found = answers(
        "How many chips will Corvex sell to Halden?",
        "Corvex will sell Halden chips worth $5 million.",
    )
    assert found == []


def test_a_sum_whose_currency_is_left_out_counts_nothing() -> None:
    # the object of "paid" is a sum, its currency only unsaid: no count of subscribers
    found = answers(
        "How many subscribers does Corvex have?",
        "Corvex subscribers paid three billion last year.",
    )
    assert found == []
