"""Runs of capitalised words cut into company names, in invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # a name closed by its place, then "and" and a name with its own legal form
        (
            "Halden Corp said it acquired two design firms, Tarrow Associates of New York and "
            "Kelso Design Inc of Los Angeles.",
            "Kelso Design",
        ),
        ("Halden Corp agreed to buy Bank of New York and Kelso Trust Co.", "Kelso Trust"),
    ],
)
def test_a_name_closed_by_its_place_ends_before_and(text: str, second: str) -> None:
    assert frozenset({"Halden", second}) in pairs(extract(text))
    assert len(extract(text)) == 2


def test_and_inside_one_name_with_its_legal_form_stays() -> None:
    # no place closes "Western Savings": one name
    assert pairs(extract("Halden Corp agreed to buy Western Savings and Loan Co.")) == {
        frozenset({"Halden", "Western Savings and Loan"})
    }


def test_a_place_after_and_is_no_second_name() -> None:
    assert pairs(
        extract("Halden Corp agreed to buy Port Authority of New York and New Jersey Inc.")
    ) == {frozenset({"Halden", "Port Authority of New York and New Jersey"})}
