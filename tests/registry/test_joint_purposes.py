"""Joining another to do a deal: "A joined with B to purchase C" makes A and B partners and,
the joining stated, their purchase of C a deal (retrieval.registry.joint_purposes).
Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

HARLOW_BENTON = frozenset({"Harlow", "Benton"})


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it joined with Benton Inc to purchase Osko Inc for 50 mln dlrs.",
        "Harlow Corp teamed up with Benton Inc to buy Osko Inc.",
        "Harlow Corp joined forces with Benton Inc to acquire Osko Inc.",
    ],
)
def test_firms_joined_to_buy_are_partners_and_both_buy(text: str) -> None:
    found = extract(text)
    assert HARLOW_BENTON in pairs(found)
    kinds = {frozenset(a.party_names): a.kind for a in found}
    assert kinds[HARLOW_BENTON] == "partnership"
    assert kinds.get(frozenset({"Harlow", "Osko"})) == "acquisition"
    assert kinds.get(frozenset({"Benton", "Osko"})) == "acquisition"


def test_firms_joined_to_bid_are_partners() -> None:
    found = extract("Harlow Corp joined with Benton Inc to bid for Osko Inc.")
    assert [a.kind for a in found if frozenset(a.party_names) == HARLOW_BENTON] == ["partnership"]


def test_joining_people_to_buy_still_buys() -> None:
    # the management is no firm: no partner, but the buying is done
    found = extract(
        "Harlow Corp said it joined with the management of Benton Inc to purchase Benton."
    )
    assert pairs(found) == {HARLOW_BENTON}
    assert [a.kind for a in found] == ["acquisition"]


@pytest.mark.parametrize(
    "text",
    [
        # not done: the joining under a modal
        "Harlow Corp may join with Benton Inc to buy Osko Inc.",
        # joined for no deal
        "Harlow Corp joined with Benton Inc in opposing the merger of two rivals.",
        "Harlow Corp joined with Benton Inc to lobby the city council.",
    ],
)
def test_joining_not_done_or_not_for_a_deal_is_no_deal(text: str) -> None:
    assert extract(text) == []


def test_joining_a_group_later_is_no_deal_trigger() -> None:
    # "joining" and "with" in one sentence are no deal: the sentence is not read for one
    found = extract(
        "The Velvet Owls were formed in 1990 by Carter, Milner and Ann Bolt, with Dawes "
        "joining the following year."
    )
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp said it joined with the management of the Dutch company Benton Holding "
        "NV to purchase the company for 20 mln dlrs.",
        "Harlow Corp said it agreed with the founders of the Dutch company Benton Holding NV "
        "to buy the company for 20 mln dlrs.",
    ],
)
def test_the_company_repeats_a_description_of_its_own_sentence(text: str) -> None:
    # "the company" repeats "the Dutch company Benton Holding NV": Benton, not the topic
    found = extract(text, title="Harlow buys Dutch battery maker")
    assert pairs(found) == {HARLOW_BENTON}


@pytest.mark.parametrize(
    "text",
    [
        # the description describes another party: Harlow's parent, not what Harlow buys
        "Harlow Corp, a unit of the Dutch company Benton NV, agreed to acquire the company.",
        # set against the clause
        "Harlow Corp said that, unlike the Dutch company Benton NV, it had agreed to acquire "
        "the company.",
        # in a relative clause of its own
        "Harlow Corp, whose rival the Dutch company Benton NV sold a plant last year, agreed "
        "to acquire the company.",
        # the party acted with: the other side of the act, not its object
        "Harlow Corp agreed with the Dutch company Benton NV to acquire the company.",
        "Harlow Corp signed an agreement with the Dutch company Benton NV to acquire the company.",
    ],
)
def test_a_description_outside_the_clause_is_not_repeated(text: str) -> None:
    # "the company" is the article's topic, Osko, as on main
    found = extract("Osko Inc shares rose. " + text)
    assert pairs(found) == {frozenset({"Harlow", "Osko"})}


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Corp declined to join with Benton Inc to buy Osko Inc.",
        "Harlow Corp said it would join with Benton Inc to buy Osko Inc.",
    ],
)
def test_a_joining_not_stated_makes_no_partners(text: str) -> None:
    assert extract(text) == []


def test_a_person_joining_makes_no_firm_a_partner_or_buyer() -> None:
    # the chief's joining is no deal of Harlow's, as "Harlow Corp's former chief agreed to
    # buy Osko Inc" is none
    assert extract("Harlow Corp's former chief joined with Benton Inc to buy Osko Inc.") == []


def test_a_person_teaming_up_buys_nothing() -> None:
    # "team up" is a partnership frame of its own (as on main); the purchase is not Harlow's
    found = extract("Harlow Corp's former chief teamed up with Benton Inc to buy Osko Inc.")
    assert [(pair, a.kind) for a in found for pair in [frozenset(a.party_names)]] == [
        (HARLOW_BENTON, "partnership")
    ]
