"""New paper (newly issued shares, a private placement, a rights issue) is bought from the
company that issues it: an investment in that company, not a trade on the market
(retrieval.registry.market_trades)."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.registry.market_trades import market_trade
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


@pytest.mark.parametrize(
    "sentence",
    [
        # "New" of a name is no new paper
        "Kestrel Corp said it bought 300,000 New Valley shares.",
        "Kestrel Corp said it bought 300,000 New World Development shares.",
        # a placement of another holder's stake, shares "in issue" (outstanding), an issue
        # with no word saying its shares are new: existing paper
        "Kestrel Corp said it bought 300,000 Osko Inc shares in a secondary placement by "
        "Halden Corp.",
        "Kestrel Corp said it bought 300,000 Osko Inc shares in a placement of Halden Corp's "
        "stake.",
        "Kestrel Corp said it bought 300,000 Osko Inc shares in issue.",
        "Kestrel Corp said it bought 300,000 Osko Inc shares in the issue of 10 mln shares.",
    ],
)
def test_old_paper_named_new_or_placed_by_a_holder_is_no_stake(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Corp said it sold 300,000 new shares of Osko Inc.",
        "Kestrel Corp said it sold 300,000 shares of Osko Inc in a private placement.",
        # a holder's secondary sale
        "Osko Inc sold 300,000 shares of its Halden Corp stake in a private placement.",
    ],
)
def test_new_paper_sold_is_still_a_market_trade(sentence: str) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    sold = next(t for t in doc if t.lemma_ == "sell")
    assert market_trade(sold, frozenset(t.lower_ for t in doc))


def test_a_conditional_purchase_of_new_paper_is_no_deal() -> None:
    assert (
        extract(
            "Kestrel Corp said it would buy 300,000 newly issued shares of Osko Inc if it won "
            "approval."
        )
        == []
    )
