"""Shares a company issues, places or allots to a named firm, or a firm subscribes for, are
a stake taken from the company itself: an investment (retrieval.registry.share_issues)."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Corp said it has issued 23 mln shares to Osko AG.",
        "Halden Corp said it will issue 2 mln new shares to Osko Inc at 10 dlrs each.",
        "Halden Corp agreed to issue 5 mln shares to Osko Inc.",
        "Halden Corp placed 89 mln shares with Osko Inc.",
        "Halden Corp said it is placing 89 mln new shares with its affiliate Osko Holdings Ltd.",
        "Osko Inc will subscribe to 30 mln shares in Halden Corp at 60p each.",
        "Osko Inc subscribed for 10 mln new Halden Corp shares.",
        "Halden Corp completed a private placement of 400,000 shares with Osko Inc.",
        "Halden Corp announced a placing of 5 mln shares with Osko Inc.",
        "Halden Corp said the placing of 5 mln new shares with Osko Inc was completed.",
        "Halden Corp agreed to the issue of 2 mln shares to Osko Inc.",
        # a price paid for the shares, a placement, a taker described: still a stake
        "Halden Corp issued 2 mln shares to Osko Inc for 20 mln dlrs.",
        "Halden Corp issued 2 mln shares to Osko Inc for cash.",
        "Halden Corp placed 5 mln shares with Osko Inc in a private placement.",
        "Halden Corp issued 2 mln shares to Osko Inc, a Swiss insurer.",
    ],
)
def test_new_shares_taken_by_a_named_firm_are_a_stake_from_the_issuer(sentence: str) -> None:
    found = extract(sentence)
    assert pairs(found) == {frozenset({"Halden", "Osko"})}
    assert [a.kind for a in found] == ["investment"]


def test_the_issuer_is_the_subject_whichever_firm_it_is() -> None:
    [found] = extract("Osko Inc issued 2 mln shares to Halden Corp.")
    roles = {p.name: p.role for p in found.parties}
    assert roles == {"Osko": "investee", "Halden": "investor"}


@pytest.mark.parametrize(
    "sentence",
    [
        # negated, denied, modal, planned, talks, rumour, rejected
        "Halden Corp did not issue any shares to Osko Inc.",
        "Halden Corp denied it had issued shares to Osko Inc.",
        "Halden Corp said it may issue 2 mln shares to Osko Inc.",
        "Halden Corp could place 5 mln shares with Osko Inc if the price rises.",
        "Halden Corp plans to issue 2 mln new shares to Osko Inc.",
        "Halden Corp is in talks to place 5 mln shares with Osko Inc.",
        "There were rumours that Halden Corp would issue shares to Osko Inc.",
        "Osko Inc rejected the offer to subscribe for 10 mln shares of Halden Corp.",
        "Halden Corp did not complete the placing of 5 mln shares with Osko Inc.",
        "Halden Corp abandoned the planned placing of 5 mln shares with Osko Inc.",
        "Halden Corp proposed a placing of 5 mln shares with Osko Inc.",
        # a holder placing paper it holds (a secondary sale), not the issuer
        "Halden Corp placed its 20 pct stake in Osko Inc with Vardeau Ltd.",
        "Halden Corp placed its Osko Inc shares with Vardeau Ltd.",
        "Halden Corp placed 5 mln Osko Inc shares with Vardeau Ltd.",
        "Halden Corp placed 2 mln existing shares with Osko Inc.",
        "Halden Corp completed a placement by Osko Inc of 5 mln shares with Vardeau Ltd.",
        "Halden Corp said the placement of its 20 pct stake with Osko Inc was completed.",
        # other senses: orders, statements, debt, underwriters, shares in issue
        "Halden Corp placed an order for 20 jets with Osko Inc.",
        "Halden Corp issued a statement to Osko Inc.",
        "Halden Corp will issue 100 mln dlrs of bonds to Osko Inc.",
        "Halden Corp placed 5 mln shares with Osko Inc as underwriter.",
        "Halden Corp announced a public placement of bonds with Osko Inc as lead manager.",
        "Halden Corp has 30 mln shares in issue, Osko Inc said.",
        "Halden Corp discussed the issue of new shares with Osko Inc.",
        # shares given as the price of a purchase: that purchase is the deal
        "Halden Corp agreed to issue 2 mln shares to Osko Inc in order to acquire Vardeau Ltd.",
        # ... or in a prepositional phrase: "in exchange/return for", "for its unit", a swap
        "Halden Corp issued 4 mln shares to Osko Inc in exchange for Osko's Delta unit.",
        "Halden Corp issued 4 mln shares to Osko Inc for its Delta unit.",
        "Halden Corp issued 4 mln shares to Osko Inc in return for its Delta stake.",
        "Halden Corp issued 4 mln shares to Osko Inc as payment for the Delta business.",
        "Halden Corp issued 4 mln shares to Osko Inc in a share swap merger.",
        "Halden Corp issued 4 mln shares to Osko Inc and Vardeau Ltd for their Delta stakes.",
        # takers that sell the issue on or hold it for others: underwriters, nominees
        "Halden Corp issued 5 mln shares to Osko Securities Inc, the underwriter.",
        "Halden Corp issued 5 mln shares to Osko Inc, the underwriter of the offering.",
        "Halden Corp issued 5 mln shares to Osko Inc, which acted as underwriter.",
        "Halden Corp issued 5 mln shares to Osko Nominees Ltd on behalf of clients.",
        "Halden Corp announced a placing of 5 mln shares with Osko Inc, the broker.",
        # shares of another named firm, hung on the verb
        "Halden Corp issued 2 mln shares in Delta Corp to Osko Inc.",
        # takers that are no firm: holders, investors
        "Halden Corp issued 2 mln shares to Osko Inc holders.",
        "Halden Corp placed 5 mln shares with investors through Osko Inc.",
        # a passive hides the issuer; subscribing to a view or a paper
        "Two mln new shares were issued to Osko Inc by Halden Corp.",
        "Halden Corp subscribes to Osko Inc's view.",
        "Osko Inc holders may subscribe for 10 mln Halden Corp shares.",
    ],
)
def test_no_stake_from_the_issuer_here(sentence: str) -> None:
    assert extract(sentence) == []


def test_shares_paid_for_a_purchase_leave_the_purchase_alone() -> None:
    # one record, the purchase (agreed in principle): no investment record beside it
    found = extract(
        "Halden Corp agreed in principle to issue shares to Osko Inc in order to acquire "
        "Osko's Delta unit."
    )
    assert len(found) == 1
    assert found[0].kind != "investment"


def test_declining_to_act_is_refusing_but_a_figure_declining_is_no_refusal() -> None:
    # "decline to" is "refuse to" (cue_words.BLOCKING_VERBS); a falling figure denies nothing
    assert extract("Osko Inc declined to subscribe for new shares in Halden Corp.") == []
    assert extract("Osko Inc declined to acquire Halden Corp.") == []
    found = extract("Halden Corp's profit declined 5 pct after it acquired Osko Inc.")
    assert pairs(found) == {frozenset({"Halden", "Osko"})}
