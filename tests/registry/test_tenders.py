"""Offers taken: shares tendered to them (`registry.tenders`), or made unconditional."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

BIDDER_AND_TARGET = frozenset({"Corvex", "Halden"})


@pytest.mark.parametrize(
    "text",
    [
        # the bidder reports the count: it bought the firm whose shares they are
        "Corvex Inc said 19.8 mln of the 20 mln shares in Halden Inc were tendered pursuant "
        "to its offer that closed at midnight.",
        "Corvex Inc said 7.2 mln Halden Corp shares had been tendered in response to the offer.",
        # the bidder named as the one they were tendered to
        "About 78 pct of Halden Corp's shares were tendered to Corvex Inc, analysts said.",
        # shares naming no firm are those the sentence's offer is for
        "Corvex Inc said, in reporting the results of its tender offer for Halden Corp, that "
        "8.1 mln shares, or 85 pct of the shares, were validly tendered.",
    ],
)
def test_shares_tendered_to_an_offer_are_an_acquisition(text: str) -> None:
    assert BIDDER_AND_TARGET in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # a condition, an expectation, a refusal: nothing tendered yet
        "Corvex Inc said it will buy all shares if 90 pct of Halden Corp shares are tendered.",
        "Corvex Inc said it expects that Halden Corp shares will be tendered to it.",
        "Corvex Inc said Halden Corp shares were not tendered.",
        "Corvex Inc said it would have paid more if 90 pct of Halden Corp shares had been "
        "tendered.",
        # too few for control: the offer was not taken
        "Corvex Inc said only 353 shares of Halden Corp had been tendered.",
        "Corvex Inc said 181,000 shares of Halden Corp, or about 2.4 pct of the outstanding "
        "shares, had been tendered.",
        "Corvex Inc said about five pct of Halden Corp's shares were tendered under its offer.",
        "Corvex Inc said no Halden Corp shares were tendered under its offer.",
        "Corvex Inc said 3.1 mln Halden Corp shares were tendered, fewer than it sought.",
        # a clause describing the shares, a condition, debt, another's offer
        "Corvex Inc said 3.1 mln Halden Corp shares that had been tendered were withdrawn.",
        "Corvex Inc said its offer is conditioned on at least 51 pct of Halden Corp shares "
        "having been tendered.",
        "Corvex Inc said 250 mln dlrs of Halden Corp debentures were tendered in its offer.",
        "Corvex Inc said 3.1 mln Halden Corp shares were tendered to a rival offer by Osko Corp.",
    ],
)
def test_shares_not_yet_or_too_few_tendered_are_no_deal(text: str) -> None:
    assert BIDDER_AND_TARGET not in pairs(extract(text))


def test_a_firm_s_own_shares_tendered_for_exchange_are_no_deal() -> None:
    text = "Corvex Inc said 2.2 mln shares of its Class A common were tendered for exchange."
    assert not extract(text)


def test_a_partner_named_in_a_passive_leaves_the_reporter_its_other_partner() -> None:
    # "to" names the licensee; the licensor is who reports it (implicit_agents)
    found = extract("Corvex Inc said the Halco process was licensed to Halden Corp.")
    assert BIDDER_AND_TARGET in pairs(found)


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # an offer made unconditional: its conditions (acceptances) were met
        ("Corvex Plc said its offer for Halden Plc became unconditional on October 3.", True),
        ("Corvex Plc's offer for Halden Plc was declared unconditional yesterday.", True),
        # not yet, or not at all
        ("Corvex Plc said its offer for Halden Plc will become unconditional if it wins.", False),
        ("Corvex Plc said its offer for Halden Plc had not become unconditional.", False),
        (
            "Corvex Plc said it would delist Halden Plc if its offer for Halden Plc was declared "
            "unconditional.",
            False,
        ),
        (
            "Corvex Plc will not buy Halden Plc shares until its offer for Halden Plc is declared "
            "unconditional.",
            False,
        ),
    ],
)
def test_an_offer_made_unconditional_was_taken(text: str, deal: bool) -> None:
    assert (BIDDER_AND_TARGET in pairs(extract(text))) is deal


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # completing an offer is buying the shares tendered to it
        ("Corvex Inc said it completed its tender offer for Halden Corp.", True),
        ("Corvex Inc said its tender offer for Halden Corp was completed on Friday.", True),
        # a preposition left open before "and" shares the object ending the coordination
        (
            "Corvex Inc said it completed a tender offer for and held 96 pct of Halden Corp's "
            "common shares.",
            True,
        ),
        ("Corvex Inc said it has not completed its tender offer for Halden Corp.", False),
        # accepting that is not stated as done: negated, modal, planned, failed, progressive
        ("Corvex Inc said it may complete its tender offer for Halden Corp next week.", False),
        ("Corvex Inc said it expects to complete its tender offer for Halden Corp.", False),
        ("Corvex Inc said its tender offer for Halden Corp will be completed on Friday.", False),
        ("Corvex Inc said it is completing its tender offer for Halden Corp.", False),
        ("Halden Corp's board did not endorse Corvex Inc's offer.", False),
        (
            "Corvex Inc made a tender offer for Halden Corp at 20 dlrs a share. Halden's board "
            "refused to endorse the offer.",
            False,
        ),
        (
            "Corvex Inc made a tender offer for Halden Corp at 20 dlrs a share. Halden's board "
            "approved the offer.",
            True,
        ),
        ("Corvex Inc said it will make a recommended offer for Halden Plc.", False),
        # a recommended offer being made is announced: the board backs it
        ("Corvex Inc is making a recommended 120 mln stg offer for Halden Plc.", True),
        ("Halden's directors intend to recommend acceptance of the Corvex Inc bid.", False),
        # a gerund is no progressive; a decision stated is done; a stance held is
        (
            "After completing its tender offer for Halden Corp, Corvex Inc merged the company "
            "into a unit.",
            True,
        ),
        (
            "Corvex Inc made a tender offer for Halden Corp. Halden was believed to be close to "
            "accepting the bid.",
            False,
        ),
        ("Halden Corp's board voted to accept Corvex Inc's offer.", True),
        ("Halden Corp's board did not vote to accept Corvex Inc's offer.", False),
        ("Halden Plc's board is recommending acceptance of Corvex Inc's offer.", True),
        # another verb's modality is its own, not the recommended offer's
        ("Corvex Inc did not raise its recommended offer for Halden Plc.", True),
        # money backs an offer; a friendly offer may be only planned
        ("Corvex Inc said its offer for Halden Corp was backed by 300 mln dlrs in loans.", False),
        ("Corvex Inc said it made a friendly bid for Halden Corp.", False),
    ],
)
def test_a_completed_offer_was_taken(text: str, deal: bool) -> None:
    assert (BIDDER_AND_TARGET in pairs(extract(text))) is deal


@pytest.mark.parametrize(
    "text",
    [
        "Corvex Inc said 7.2 mln Halden Corp shares had been tendered in response to the offer.",
        "Corvex Inc completed a tender offer for Halden common shares in late February.",
        # a percentage outside what the offer is for says nothing of its size
        "Corvex Inc completed a tender offer for Halden common shares, a 30 pct premium to "
        "the market, in late February.",
    ],
)
def test_a_tender_is_for_control_unless_it_names_a_minority(text: str) -> None:
    # a tender offer goes to all holders for control: the kind is an acquisition, not an
    # investment in shares of some size
    assert {a.kind for a in extract(text)} == {"acquisition"}


@pytest.mark.parametrize(("size", "kind"), [("five", "investment"), ("sixty", "acquisition")])
def test_a_tender_s_spelled_out_size_is_read(size: str, kind: str) -> None:
    found = extract(f"Corvex Inc completed a tender offer for up to {size} pct of Halden Corp.")
    assert {a.kind for a in found} == {kind}


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # bought in its own offer: from the holders who took it
        ("Corvex Inc said it bought 612,400 shares of Halden Corp pursuant to its tender "
         "offer.", True),
        ("Corvex Inc said it purchased 612,400 Halden Corp shares under a tender offer that "
         "expired on Friday.", True),
        ("Corvex Inc said it acquired 612,400 shares of Halden Corp through its offer.", True),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp under its January 15 "
         "tender offer for Halden.", True),
        # counted shares bought otherwise are a trade on the market
        ("Corvex Inc said it bought 612,400 shares of Halden Corp before making a tender "
         "offer.", False),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp under the offer made by "
         "Harcourt Brace.", False),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp under the offer by Harcourt "
         "Brace.", False),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp in the Harcourt offer.", False),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp under a rival offer.", False),
        ("Corvex Inc said it bought 612,400 shares of Halden Corp in anticipation of a "
         "tender offer.", False),
    ],
)  # fmt: skip
def test_shares_bought_in_the_buyer_s_offer_are_no_market_trade(text: str, deal: bool) -> None:
    assert (BIDDER_AND_TARGET in pairs(extract(text))) is deal


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        # the purchase gave the buyer a majority: control, not a holding
        ("Corvex Inc said it has acquired 612,400 shares of Halden Corp, giving it 71 pct of "
         "the total.", True),
        ("Corvex Inc bought 612,400 Halden Corp shares, bringing its holding to 55 pct.", True),
        # a minority so reached is a holding traded on the market
        ("Corvex Inc said it has acquired 612,400 shares of Halden Corp, giving it 9.7 pct of "
         "the total.", False),
        # a premium, a change or a goal is no holding
        ("Corvex Inc said it has acquired 612,400 shares of Halden Corp, paying a 60 pct "
         "premium over the market price.", False),
        ("Corvex Inc said it has acquired 612,400 shares of Halden Corp, increasing its stake "
         "by 55 pct.", False),
        ("Corvex Inc said it has acquired 612,400 shares of Halden Corp, raising its stake to "
         "8.5 pct, short of the 51 pct it seeks.", False),
    ],
)  # fmt: skip
def test_shares_bought_for_a_majority_are_no_market_trade(text: str, deal: bool) -> None:
    assert (BIDDER_AND_TARGET in pairs(extract(text))) is deal
