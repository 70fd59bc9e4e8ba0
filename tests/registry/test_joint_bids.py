"""Firms that make one offer together are partners in it, whether or not the target takes
it (retrieval.registry.joint_bids). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

HARLOW_BENTON = frozenset({"Harlow", "Benton"})


@pytest.mark.parametrize(
    "text",
    [
        # the offer's "of", unsolicited and never taken
        "Osko Inc said it filed suit against the unsolicited tender offer of Harlow Corp and "
        "Benton Inc.",
        # the subject of the verb that made it, with who acted along with it
        "Harlow Corp, along with Benton Inc, launched a surprise tender offer for Osko Inc.",
        "Harlow Corp and Benton Inc made a joint bid for Osko Inc.",
        # the agent of its participle
        "Osko Inc said the offer made by Harlow Corp and Benton Inc was inadequate.",
    ],
)
def test_the_makers_of_one_offer_are_partners(text: str) -> None:
    found = extract(text)
    assert HARLOW_BENTON in pairs(found)
    assert [a.kind for a in found if frozenset(a.party_names) == HARLOW_BENTON] == ["partnership"]


@pytest.mark.parametrize(
    "text",
    [
        # a bid each
        "Osko Inc has received opposing bids from Harlow Corp and Benton Inc.",
        "Harlow Corp and Benton Inc each made a bid for Osko Inc last month.",
        "Harlow Corp and Benton Inc have each made an offer for Osko Inc.",
        "Harlow Corp and Benton Inc separately made a bid for Osko Inc.",
        # not made yet
        "Harlow Corp and Benton Inc are considering a joint bid for Osko Inc.",
        "Harlow Corp and Benton Inc said they may make a bid for Osko Inc.",
        # one firm whose name has an "and"
        "Osko Inc said it placed conditions on a bid by British firm Cable and Wireless.",
    ],
)
def test_offers_made_apart_or_not_made_join_no_one(text: str) -> None:
    assert not any(a.kind == "partnership" for a in extract(text))
