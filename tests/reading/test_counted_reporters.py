"""A number counting those who report ("one New York trader said") is no figure of what
they report, unless the reporters are what is counted. Sentences written for these tests."""

from __future__ import annotations

from tests.reading.conftest import first_part_answers as _found

SENTENCE = (
    '"Orvane would squeeze the market if it bought," one London trader said, noting that '
    "copper stocks on the exchange were 90,500 tonnes."
)


def test_a_count_of_the_reporters_is_no_answer() -> None:
    found = _found("How big is the position the traders think Orvane holds?", SENTENCE)
    assert "one" not in found


def test_the_counted_reporters_answer_how_many_of_them() -> None:
    found = _found("How many traders said Orvane would squeeze the market?", SENTENCE)
    assert "one" in found
