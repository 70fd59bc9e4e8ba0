"""Dates told relative to the dateline or as a part of a month or a year, in invented
phrases: each resolves only as precisely as it says (dateline Friday 1987-06-19)."""

from __future__ import annotations

import pytest

from retrieval.registry.event_dates import find_dates
from tests.registry.test_deal_reading import extract

DATELINE = "1987-06-19"


def _values(phrase: str) -> list[str]:
    return [m.date.value for m in find_dates(phrase, article_date=DATELINE)]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # a part of a month is a time within that month
        ("in mid-December", "1986-12"),
        ("mid-March", "1987-03"),
        ("at the end of May", "1987-05"),
        ("since the middle of December", "1986-12"),
        # ... and of a year, within that year
        ("at the end of 1985", "1985"),
        ("at the beginning of 1986", "1986"),
    ],
)
def test_a_part_of_a_month_or_a_year_is_within_it(phrase: str, value: str) -> None:
    assert _values(phrase) == [value]


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        # the week names which Wednesday: not the last one before the dateline
        ("on Wednesday last week", "1987-06-10"),
        ("Wednesday of last week", "1987-06-10"),
        ("on Monday this week", "1987-06-15"),
        ("on Friday next week", "1987-06-26"),
    ],
)
def test_a_weekday_of_a_relative_week_is_that_weeks(phrase: str, value: str) -> None:
    assert _values(phrase) == [value]


def test_a_weeks_possessive_is_not_the_weekdays_week() -> None:
    # "next week's meeting" tells the meeting's week; Monday stays the one before the dateline
    assert _values("on Monday, next week's meeting")[0] == "1987-06-15"


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        # "two weeks ago" is only roughly a day: its month when the week lies within one
        ("a week ago", ["1987-06"]),
        ("two weeks ago", ["1987-06"]),
        ("three weeks ago", []),  # May 26 to June 1: no one month
    ],
)
def test_weeks_ago_is_a_month_only_when_the_week_lies_within_one(
    phrase: str, values: list[str]
) -> None:
    assert _values(phrase) == values


def test_this_season_is_the_datelines_year() -> None:
    assert _values("this spring") == ["1987"]
    assert _values("this summer") == ["1987"]


def test_a_part_of_a_month_dates_a_deal_but_a_bound_does_not() -> None:
    [dated] = extract("Harlow Industries Inc said it acquired Benton Tool Corp in mid-May.")
    assert dated.date is not None and dated.date.value == "1987-05"
    [dated] = extract("Harlow Industries Inc said it acquired Benton Tool Corp at the end of May.")
    assert dated.date is not None and dated.date.value == "1987-05"
    # "by the end of July" bounds a completion to come: no date of the deal
    [bound] = extract(
        "Harlow Industries Inc said it will acquire Benton Tool Corp by the end of July."
    )
    assert bound.date is None
