"""An ending refused or negated is no ending (retrieval.registry.ended): "the court refused
to block the merger" leaves the merger standing, as "sued to block it" does; and control
"over" a firm is control of it (retrieval.registry.getting)."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

_BOTH = frozenset({"Halden", "Vardeau"})


@pytest.mark.parametrize(
    "sentence",
    [
        "The court refused to block the merger of Halden Group with Vardeau Corp.",
        "The judge did not block the merger of Halden Group with Vardeau Corp.",
        "The court rejected a request to block the merger of Halden Group with Vardeau Corp.",
        "Halden Group did not terminate its agreement to acquire Vardeau Corp.",
        # an ending refused presupposes the deal: "proposed" does not deny it; the refusal
        # governs the ending past the nouns that ask for it
        "The court rejected a shareholder request for an order to block the proposed "
        "merger of Halden Group with Vardeau Corp.",
        "The court declined to void the merger of Vardeau Corp with Halden Group.",
        # who refuses or fails to end a deal that names its parties is no party to it
        "Osko Co refused to block the merger of Halden Group with Vardeau Corp.",
        "Osko Co did not block the merger of Halden Group with Vardeau Corp.",
        "Osko Co rejected a request to void the merger of Halden Group with Vardeau Corp.",
    ],
)
def test_a_refused_ending_leaves_the_deal_standing(sentence: str) -> None:
    assert pairs(extract(sentence)) == {_BOTH}


@pytest.mark.parametrize(
    "sentence",
    [
        "Regulators blocked the merger of Halden Group with Vardeau Corp.",
        "The court granted an injunction to block the merger of Halden Group with Vardeau Corp.",
        # a refusal negated is no refusal
        "The court did not refuse to block the merger of Halden Group with Vardeau Corp.",
        # a refusal of what is no ending still denies
        "Regulators refused to approve the merger of Halden Group with Vardeau Corp.",
        # refusing to end talks or a hostile bid makes no deal
        "Halden Group refused to end talks with Vardeau Corp.",
        "Halden Group refused to drop its hostile bid for Vardeau Corp.",
        # "stop" of an activity is aspect: no deal it ends, none it leaves standing
        "Halden Group could not stop buying Vardeau Corp shares from brokers.",
        "Halden Group said it did not stop acquiring Vardeau Corp.",
        # a refusal coordinated with the ending, or one the ending modifies, is not over it
        "The court denied the appeal and blocked the merger of Halden Group with Vardeau Corp.",
        "The court rejected the appeal, blocking the merger of Halden Group with Vardeau Corp.",
        "Regulators dismissed the complaint and voided the sale of Vardeau Corp to Halden Group.",
        # not deciding against a proposal agrees nothing; a block not yet made leaves it pending
        "Vardeau Corp's board has not yet rejected the proposed merger with Halden Group.",
        "Halden Group said it would not withdraw its proposed acquisition of Vardeau Corp.",
        "Halden Group has not abandoned the proposed takeover of Vardeau Corp.",
        "Regulators have not yet blocked the proposed merger of Halden Group with Vardeau Corp.",
    ],
)
def test_an_ending_done_or_a_deal_never_made_is_no_deal(sentence: str) -> None:
    assert _BOTH not in pairs(extract(sentence))


def test_denying_a_statement_of_blocking_makes_no_party() -> None:
    # "denied it would block": a statement denied, not an ending refused
    sentence = "Halden Group denied it would block the merger of Osko Co with Vardeau Corp."
    assert not {frozenset({"Halden", "Osko"}), frozenset({"Halden", "Vardeau"})} & pairs(
        extract(sentence)
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Group acquired control over Vardeau Corp in 1985.",
        "Halden Group won control over Vardeau Corp in 1985.",
        "Halden Group gained control over Vardeau Corp, the French group, in 1985.",
        "Control over Vardeau Corp was acquired by Halden Group in 1985.",
    ],
)
def test_control_over_a_firm_is_bought(sentence: str) -> None:
    assert pairs(extract(sentence)) == {_BOTH}


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Group won control over the state of Hesse in 1985.",
        "Halden Group took control over day-to-day operations of Vardeau Corp.",
        "Halden Group gained control over Vardeau Corp's board in a proxy fight.",
        "Halden Group tried to gain control over Vardeau Corp in 1985.",
    ],
)
def test_control_over_no_firm_or_not_gained_is_no_purchase(sentence: str) -> None:
    assert _BOTH not in pairs(extract(sentence))


def test_control_over_a_place_is_no_purchase() -> None:
    assert pairs(extract("Halden Group acquired control over Bavaria in 1985.")) == set()
