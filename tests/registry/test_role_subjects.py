"""A role noun as the subject of "be" with a name after it ("its partner in the venture is
Benton Inc") equates the role with the name, as "Benton is its partner" does
(retrieval.registry.role_nouns). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said its partner in the venture is Benton Inc.",
        "Harlow Corp's partner in the project is Benton Inc.",
        "Harlow Corp said its distributor in Japan is Benton Inc.",
        # "the other partner" in a venture: other than the firm that says it
        "Harlow Corp said the other partner in the venture is Benton Inc.",
    ],
)
def test_a_role_equated_with_a_name_is_an_agreement_with_it(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Harlow", "Benton"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said its partner is not Benton Inc.",
        "Harlow Corp said its partner would be Benton Inc.",
        "Harlow Corp said its partner could be Benton Inc.",
        "Harlow Corp said its likely partner is Benton Inc.",
        "Harlow Corp said its former partner is Benton Inc.",
        "Harlow Corp said its biggest trading partner is Benton Inc.",
        "Harlow Corp said its best customer is Benton Inc.",
        "Harlow Corp said its managing partner is John Kelso.",
        "Analysts said the other partner is Benton Inc.",
        "John Kelso said the other partner is Benton Inc.",
        "The other partner is Benton Inc.",
        "Harlow Corp said the other partner is not Benton Inc.",
        "Harlow Corp said the other general partner is Benton Inc.",
        # "other" than a reporter tied to no partnership: a third party telling of one
        # (a venture told in an earlier sentence is not seen: sentences are parsed alone)
        "Harlow Corp said it formed a partnership. The company said the other partner is "
        "Benton Inc.",
        "Vardeau Ltd, an analyst firm, said the other partner is Benton Inc.",
        "Osko Inc said the other partner, Vardeau Ltd, would invest 5 mln dlrs.",
        # hoped-for and past roles
        "Harlow Corp said its preferred partner is Benton Inc.",
        "Harlow Corp said its ideal partner is Benton Inc.",
        "Harlow Corp said its partner in the venture was Benton Inc until 1985.",
    ],
)
def test_a_role_denied_possible_past_or_of_no_contract_equates_nothing(text: str) -> None:
    assert extract(text) == []
