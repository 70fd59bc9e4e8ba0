"""Dates another sentence about the deal gives, in invented articles (dateline Friday
1987-06-19): a verb of concluding the deal dates it as a signing does; a modal of what
may happen does not."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract


def _dated(text: str) -> list[str | None]:
    return [a.date.value if a.date else None for a in extract(text)]


@pytest.mark.parametrize(
    "later",
    [
        "The deal was finalized on Tuesday.",
        "The deal was consummated on Tuesday.",
        "The deal was sealed on Tuesday.",
    ],
)
def test_a_verb_of_concluding_in_another_sentence_dates_the_deal(later: str) -> None:
    assert _dated(f"Harlow Industries Inc said it bought Benton Tool Corp. {later}") == [
        "1987-06-16"
    ]


@pytest.mark.parametrize(
    "later",
    [
        "The deal, which may be finalized as early as July 1, needs a bank loan.",
        "The deal could be finalized on Tuesday, a spokesman said.",
    ],
)
def test_what_may_be_concluded_is_yet_to_come(later: str) -> None:
    assert _dated(f"Harlow Industries Inc said it agreed to buy Benton Tool Corp. {later}") == [
        None
    ]


def test_the_month_may_is_no_modal() -> None:
    text = (
        "Harlow Industries Inc said it bought Benton Tool Corp. The agreement of May was "
        "finalized on June 3."
    )
    assert _dated(text) == ["1987-06-03"]


_AGREED = "Harlow Industries Inc said it agreed to buy Benton Tool Corp for 20 mln dlrs."


@pytest.mark.parametrize(
    ("later", "value"),
    [
        # a bare noun of concluding as the next sentence's subject concludes the deal told
        # before (its implicit argument): a planned day forwards, a past one backwards
        ("Completion is due on June 30.", "1987-06-30"),
        ("Closing is expected on June 30.", "1987-06-30"),
        ("Completion was on Tuesday.", "1987-06-16"),
    ],
)
def test_a_bare_noun_of_concluding_dates_the_deal_told_before(later: str, value: str) -> None:
    assert _dated(f"{_AGREED} {later}") == [value]


@pytest.mark.parametrize(
    "later",
    [
        "Completion is expected in the third quarter.",  # an estimate
        "Completion is not expected until June 30.",  # a bound, denied
        "Completion may come on June 30.",  # only possible
        "Completion of the new plant is due on June 30.",  # another thing's
        "Closing prices on Tuesday were higher.",  # an adjective, not the concluding
    ],
)
def test_a_noun_of_concluding_not_the_deals_planned_day_does_not_date_it(later: str) -> None:
    assert _dated(f"{_AGREED} {later}") == [None]
