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


def test_a_legal_form_closes_a_name_before_of() -> None:
    # "of" after "Co" starts the phrase around the name ("purchase ... of X"), not its place
    text = (
        "Tarrow Ltd announced the completion of the purchase from Halden Co of Kelso "
        "Trust and Co Inc."
    )
    found = pairs(extract(text))
    names = {name for pair in found for name in pair}
    assert frozenset({"Tarrow", "Halden"}) in found
    assert not any("Halden" in name and "Kelso" in name for name in names)


def test_a_place_after_a_legal_form_and_of_is_the_names() -> None:
    assert pairs(extract("Tarrow Ltd agreed to buy Dynamics Corp of America.")) == {
        frozenset({"Tarrow", "Dynamics Corp of America"})
    }


def test_a_legal_form_closes_a_name_before_and_and_initials() -> None:
    found = extract(
        "The borrower is a joint venture between Kelso Gloeilampen NV and E.I. Tarrow de "
        "Nemours and Co."
    )
    assert pairs(found) == {frozenset({"Kelso Gloeilampen", "E.I. Tarrow de Nemours"})}
    # ... where initials after "and" without one are one name's ("AT and T")
    assert pairs(extract("AT and T Co agreed to buy Kelso Corp.")) == {
        frozenset({"AT and T", "Kelso"})
    }


def test_a_firm_word_alone_after_and_closes_its_name() -> None:
    # "and Associates" is no name of its own: it ends "Paul Kelso and Associates", and the
    # next "and" joins that name to the next one (after a first name closed by its form).
    found = pairs(
        extract(
            "Halden Corp said it has acquired Tarrow Inc and Paul Kelso and Associates and "
            "Brisco Design Inc for undisclosed terms."
        )
    )
    assert frozenset({"Halden", "Brisco Design"}) in found
    assert frozenset({"Halden", "Paul Kelso and Associates"}) in found
