"""New paper (newly issued shares, a private placement, a rights issue) is bought from the
company that issues it: an investment in that company, not a trade on the market
(retrieval.registry.market_trades)."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Corp said it bought 300,000 newly issued shares of Osko Inc for 1.5 mln dlrs.",
        "Kestrel Corp said it purchased 300,000 new shares of Osko Inc.",
        "Kestrel Corp said it bought 300,000 shares of Osko Inc in a private placement.",
        "Kestrel Corp said it bought 300,000 shares of Osko Inc in a rights issue.",
    ],
)
def test_new_paper_bought_is_a_stake_taken_from_the_company(sentence: str) -> None:
    found = extract(sentence)
    assert pairs(found) == {frozenset({"Kestrel", "Osko"})}
    assert [a.kind for a in found] == ["investment"]


@pytest.mark.parametrize(
    "sentence",
    [
        # old paper: bought on the market from no one named
        "Kestrel Corp said it bought 300,000 shares of Osko Inc.",
        # "new" not of the paper
        "Kestrel Corp said it bought 300,000 Osko Inc shares and opened a new office.",
        "Kestrel Corp said it bought 300,000 shares of Osko Inc at new highs.",
        # sold, not bought: the seller is no investor of the issuer
        "Kestrel Corp said it sold 300,000 new shares of Osko Inc.",
        "Kestrel Corp said it sold 300,000 new shares of Osko Inc on the open market.",
        # denied, modal, planned
        "Kestrel Corp said it did not buy 300,000 newly issued shares of Osko Inc.",
        "Kestrel Corp said it may buy 300,000 newly issued shares of Osko Inc.",
        "Kestrel Corp said it plans to buy 300,000 newly issued shares of Osko Inc.",
        # a filing's trade stays a market trade
        "Kestrel Corp told the Securities and Exchange Commission it bought 300,000 newly "
        "issued shares of Osko Inc.",
    ],
)
def test_old_paper_or_an_unsure_purchase_is_no_stake_from_the_company(sentence: str) -> None:
    assert extract(sentence) == []
