"""Land and buildings bought from a firm are that firm's assets changing hands (a
unit/asset sale: buyer and seller are the record's parties); goods bought from a supplier
stay supply, and unmade or denied purchases stay no deal."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

PAIR = {frozenset({"Halden", "Zorvex"})}


@pytest.mark.parametrize(
    "text",
    [
        # real property, bare or modified by a word that names no other kind of property
        "Halden Corp bought properties from Zorvex Corp.",
        "Halden Corp bought two office properties in Boston from Zorvex Corp.",
        "Halden Corp bought land from Zorvex Corp.",
        # a pseudo-partitive measures out the thing bought
        "Halden Corp bought a tract of land from Zorvex Corp.",
        "Halden Corp bought a parcel of properties from Zorvex Corp.",
        # a relative clause on the measured-out asset noun
        "Halden Corp said the tower is part of a parcel of properties which it acquired "
        "from Zorvex Corp.",
        "Halden Corp owns a parcel of properties which it bought from Zorvex Corp.",
    ],
)
def test_real_property_bought_from_a_firm_pairs_buyer_and_seller(text: str) -> None:
    assert pairs(extract(text)) == PAIR


@pytest.mark.parametrize(
    "text",
    [
        # goods from a supplier, measured out or not
        "Halden Corp bought 10,000 tonnes of wheat from Zorvex Corp.",
        "Halden Corp buys chips from Zorvex Corp.",
        "Halden Corp acquired a batch of chips from Zorvex Corp.",
        "Halden Corp will buy 200 tons of copper from Zorvex Corp.",
        # a compound naming another kind of property
        "Halden Corp bought intellectual property from Zorvex Corp.",
        # denied or only possible
        "Halden Corp did not acquire a parcel of properties from Zorvex Corp.",
        "Halden Corp may acquire a parcel of properties from Zorvex Corp.",
        "Halden Corp said the tower is part of a parcel of properties which it may acquire "
        "from Zorvex Corp.",
    ],
)
def test_goods_and_unmade_purchases_stay_no_record(text: str) -> None:
    assert pairs(extract(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        # N1 no measure or collection noun: the photographs, valuations, copy are bought
        "Halden Corp bought aerial photographs of land from Zorvex Corp.",
        "Halden Corp buys valuations of properties from Zorvex Corp.",
        "Halden Corp bought surveys of land from Zorvex Corp.",
        "Halden Corp bought a copy of shares from Zorvex Corp.",
        # measured-out shares name no stake in the seller
        "Halden Corp bought a portfolio of shares from Zorvex Corp.",
        "Halden Corp bought a block of shares from Zorvex Corp.",
        # a modifier naming no use or place: rights, not real estate
        "Halden Corp bought literary property from Zorvex Corp.",
        "Halden Corp bought a film property from Zorvex Corp.",
    ],
)
def test_no_measure_noun_or_other_kind_of_property_makes_no_record(text: str) -> None:
    assert pairs(extract(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Halden Corp acquired 40 acres of land from Zorvex Corp.",
        "Halden Corp bought residential property from Zorvex Corp.",
        "Halden Corp bought three properties in London from Zorvex Corp.",
    ],
)
def test_measured_land_and_property_put_to_a_use_pair(text: str) -> None:
    assert pairs(extract(text)) == PAIR
