"""A contract is an agreement between partners when a party concludes it with another
(retrieval.registry.noun_uses.concluded_with); a contract won, awarded or only mentioned
is as likely a customer's order. Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it signed a contract with Benton Tool Corp to make valves.",
        "Harlow Industries Inc said it has entered into a supply contract with Benton Tool Corp.",
    ],
)
def test_a_contract_signed_with_a_firm_is_an_agreement_with_it(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it won a 5 mln dlr contract from Benton Tool Corp.",
        "Harlow Industries Inc said its contract with Benton Tool Corp was void.",
    ],
)
def test_a_contract_won_or_mentioned_is_no_agreement(text: str) -> None:
    assert extract(text) == []
