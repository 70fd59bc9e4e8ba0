"""Month-days in invented articles without a dateline: the year of the article's latest
fully written date, when it has one."""

from __future__ import annotations

from tests.registry.test_deal_reading import extract


def _dated(text: str) -> list[str | None]:
    return [a.date.value if a.date else None for a in extract(text, date=None)]


def test_a_month_day_takes_the_year_of_the_latest_full_date() -> None:
    text = (
        "On August 9, Harlow Industries Inc signed an agreement to buy Benton Tool Corp. "
        "Harlow opened a plant on March 3, 2019 and launched its new plan on 14 January "
        "2021, aiming to double sales by 2025."
    )
    assert _dated(text) == ["2021-08-09"]


def test_without_a_full_date_the_year_stays_unknown() -> None:
    text = (
        "On August 9, Harlow Industries Inc signed an agreement to buy Benton Tool Corp. "
        "Harlow aims to double sales by 2025."
    )
    assert _dated(text) == ["--08-09"]
