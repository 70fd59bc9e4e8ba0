"""Irrealis read from the parse (retrieval.registry.irrealis): a conditional consequent
and the terms of a proposal are no deal; the terms of an agreement, and a condition on
an agreement made, are."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

_BOTH = frozenset({"Halden", "Vardeau"})


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Group said it would sell its pipeline unit to Vardeau SA if prices recovered.",
        "Halden Group said it would merge with Vardeau SA unless regulators objected.",
        "Halden Group tabled a proposal under which it would merge with Vardeau SA.",
        "Halden Group put forward a plan whereby Vardeau SA would take over its mills.",
        "Under the proposal, Halden Group would acquire Vardeau SA for 40 dlrs a share.",
        "Halden Group turned down an offer under which Vardeau SA would acquire it.",
    ],
)
def test_a_hypothetical_deal_is_no_deal(sentence: str) -> None:
    assert _BOTH not in pairs(extract(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition on what was agreed: the agreement is made
        "Halden Group agreed to sell its pipeline unit to Vardeau SA if holders approve.",
        # the terms of an agreement are what was agreed
        "Halden Group signed an agreement under which it would acquire Vardeau SA if "
        "holders approved.",
        "Under the agreement, Halden Group would acquire Vardeau SA if holders approved.",
        # a proposal the boards approved is a decision
        "The boards approved a proposal under which Halden Group would acquire Vardeau SA.",
        # "would" alone is a reported "will"
        "Halden Group said it would acquire Vardeau SA for 40 dlrs a share.",
        # "whether" opens a question, not a condition, and "would" here is no deal verb's
        "Halden Group said it would acquire Vardeau SA whether or not prices recovered.",
    ],
)
def test_an_agreed_deal_under_a_condition_is_a_deal(sentence: str) -> None:
    assert _BOTH in pairs(extract(sentence))


def test_what_is_done_under_an_offer_is_no_hypothesis() -> None:
    from retrieval.nlp.pipeline import shared_pipeline
    from retrieval.registry.modality import deal_status

    doc = shared_pipeline().annotate(
        ["Halden Group said 90 pct of the Vardeau SA shares were tendered under its offer."]
    )[0]
    tendered = next(t for t in doc if t.lower_ == "tendered")
    assert deal_status(tendered) == "deal"
