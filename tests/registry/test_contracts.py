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
        "Harlow Industries Inc and Benton Tool Corp signed a supply contract.",
        "Harlow Industries Inc and Benton Tool Corp have signed a contract to make valves.",
        "A contract between Harlow Industries Inc and Benton Tool Corp was signed on Monday.",
    ],
)
def test_a_contract_two_firms_sign_together_is_one_between_them(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton Tool"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc and Benton Tool Corp each signed a contract.",
        "Harlow Industries Inc and Benton Tool Corp signed contracts.",
        "Harlow Industries Inc and Benton Tool Corp did not sign a contract.",
        "Harlow Industries Inc and Benton Tool Corp may sign a supply contract.",
        "Harlow Industries Inc and Benton Tool Corp won a contract from the Navy.",
        # one contract each, separate or respective ones: not one between them
        "Harlow Industries Inc and Benton Tool Corp signed a contract each.",
        "Harlow Industries Inc and Benton Tool Corp signed separate contracts.",
        "Harlow Industries Inc and Benton Tool Corp signed a separate contract.",
        "Harlow Industries Inc and Benton Tool Corp separately signed a contract.",
        "Harlow Industries Inc and Benton Tool Corp signed their respective contracts.",
        # a contract whose own clause names a customer: the customer is the other side
        "Harlow Industries Inc and Benton Tool Corp have signed a contract to supply the Navy.",
        "Harlow Industries Inc and Benton Tool Corp signed a contract to build a plant for "
        "Vardeau Ltd.",
    ],
)
def test_contracts_each_signed_or_not_signed_join_no_signers(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Industries Inc said it won a 5 mln dlr contract from Benton Tool Corp.",
        "Harlow Industries Inc said its contract with Benton Tool Corp was void.",
    ],
)
def test_a_contract_won_or_mentioned_is_no_agreement(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it runs 12 clinics under license from its parent, Benton Inc.",
        "Harlow Corp will build 20 pumps for the navy under a licence from Benton Inc.",
    ],
)
def test_what_is_done_under_licence_from_a_firm_is_a_licence_from_it(text: str) -> None:
    found = extract(text)
    assert pairs(found) == {frozenset({"Harlow", "Benton"})}
    assert [a.kind for a in found] == ["licensing agreement"]


@pytest.mark.parametrize(
    "text",
    [
        # a licence not held "under" is as often a regulator's
        "Harlow Corp won a broadcast license from Benton Inc.",
        "Harlow Corp said it makes chips under license.",
    ],
)
def test_a_licence_won_or_from_no_one_named_is_no_agreement(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    "terms",
    ["on a license", "on the terms of a license", "on the conditions of a licence"],
)
def test_agreeing_on_a_licence_is_agreeing_with_the_partner(terms: str) -> None:
    text = (
        f"Harlow Industries Inc said it has agreed in principle with Benton Corp {terms} "
        "to sell sportswear for men."
    )
    assert pairs(extract(text)) == {frozenset({"Harlow Industries", "Benton"})}
