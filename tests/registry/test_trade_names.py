"""A capitalised name that ends in a trade noun ("Kelso Oil", "Brody Drilling") names a
firm, whatever the tagger says: people are not named after an industry. Invented
sentences with invented companies."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Harlow Industries said it sold its Delta unit to Kelso Refining for 20 mln dlrs.",
            {"Harlow Industries", "Kelso Refining"},
        ),
        (
            "Harlow Corp said it acquired Brody Drilling for 20 mln dlrs.",
            {"Harlow", "Brody Drilling"},
        ),
        (
            "Harlow Corp said it acquired Walter Kessler Dairy for 20 mln dlrs.",
            {"Harlow", "Walter Kessler Dairy"},
        ),
    ],
)
def test_a_name_ending_in_a_trade_is_a_firm(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(extract(text))


def test_a_trade_word_joined_by_and_stays_in_the_name() -> None:
    """ "Oil and Gas" is one trade: "oil" is no name's last word, so the run is not cut at
    "and" into "Kelso Oil" and "Gas Partnership" (fails with "oil" among the trade heads)."""
    found = pairs(
        extract("Harlow Corp said it acquired Kelso Oil and Gas Partnership for 20 mln dlrs.")
    )
    assert frozenset({"Harlow", "Kelso Oil and Gas Partnership"}) in found
    assert not any("Gas Partnership" in pair for pair in found)


def test_a_person_is_still_no_party() -> None:
    """A guard (passes on main too): the trade must end the name, so a person beside a
    firm stays out."""
    found = pairs(extract("Harlow Corp said Walter Kessler sold it Brody Drilling Inc."))
    assert not any("Walter Kessler" in pair for pair in found)


def test_trades_joined_by_and_are_one_firm() -> None:
    # "Marketing Partners" has no word of its own: it names no firm, so the "and" joins two
    # trades of one
    found = extract("Harlow Corp said it agreed to buy Kelso Refining and Marketing Partners.")
    assert pairs(found) == {frozenset({"Harlow", "Kelso Refining and Marketing Partners"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a name of its own words after "and" is a second firm
        (
            "Harlow Refining Corp and Benton Marketing Co agreed to form a joint venture.",
            {"Harlow Refining", "Benton Marketing"},
        ),
        # a name closed by its legal form before "and" is complete
        (
            "Harlow Corp and Marketing Services Inc agreed to form a joint venture.",
            {"Harlow", "Marketing Services"},
        ),
    ],
)
def test_two_firms_joined_by_and_stay_two(text: str, pair: set[str]) -> None:
    assert frozenset(pair) in pairs(extract(text))
