"""A unit the article says an asked firm owns acts for it. Invented prose."""

from __future__ import annotations

import pytest

from retrieval.reading.units import stated_units
from tests.reading.test_findings import found_for


@pytest.mark.parametrize(
    ("text", "owner", "units"),
    [
        (
            "a letter of intent with Vardeau Corp's <VRD> Kelso Lines Corp subsidiary",
            "Vardeau",
            ("Kelso Lines Corp",),
        ),
        ("Halden Oil Co, a wholly owned unit of Vardeau Inc, said", "Vardeau", ("Halden Oil Co",)),
        ("Vardeau Inc's Marlow Mills division agreed", "Vardeau", ("Marlow Mills",)),
        # a possessive before a person or a plain noun names no unit
        ("Vardeau Corp's chairman said", "Vardeau", ()),
        ("Tobin Corp's Kelso Lines subsidiary", "Vardeau", ()),
    ],
)
def test_units_an_article_states(text: str, owner: str, units: tuple[str, ...]) -> None:
    assert stated_units(text, [owner]) == units


def test_a_unit_paying_answers_what_its_owner_pays() -> None:
    texts = [
        "Tobin Lines said it has a letter of intent with Vardeau Corp's Kelso Lines Corp "
        "subsidiary to sell its Pacific service.",
        "Tobin said Kelso Lines has agreed to pay 125 mln dlrs for six vessels used in "
        "Tobin Lines' Pacific service.",
    ]
    question = "How much is Vardeau's shipping arm paying for Tobin Lines' vessels?"
    found = found_for(question, texts, [0.5, 0.5])
    assert found and found[0].answers[0].text == "125 mln dlrs"
