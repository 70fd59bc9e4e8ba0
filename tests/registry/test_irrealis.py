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
        # the frame hangs on the reporting verb; it frames the reported clause
        "Halden Group's chairman said under the plan it would take over Vardeau SA for "
        "30 dlrs a share.",
        # a plan agreed to under a negation is not accepted
        "Halden Group did not agree to a plan under which it would take over Vardeau SA.",
        "Under the plan, which both boards have not approved, Halden Group would take over "
        "Vardeau SA.",
        # "'d" before a bare verb is "would"
        "Halden Group said it'd buy Vardeau SA if prices fell.",
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
        # "will ... if" is the deal announced, with its condition
        "Halden Group said it will take over Vardeau SA if the regulators give their consent.",
        "Halden Group said under the agreement it would take over Vardeau SA for 30 dlrs a share.",
        # a relative clause in the realised past tells of what happened, terms or not
        "Shareholders still dispute the 1984 plan under which Halden Group took over Vardeau SA.",
        "The judge upheld the plan under which Halden Group has acquired Vardeau SA.",
        "Creditors sued over the plan under which Vardeau SA was sold to Halden Group.",
        # a plan agreed to, or approved as its participle or relative clause says
        "Halden Group agreed on a plan under which it would take over Vardeau SA.",
        "Halden Group said it had agreed to a plan under which it would take over Vardeau SA.",
        "Under the plan ratified by the two boards, Halden Group would take over Vardeau SA.",
        "Under the plan, which both boards adopted, Halden Group would take over Vardeau SA.",
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


@pytest.mark.xfail(strict=True, reason="the deal noun's plan is the deal's document (Left)")
@pytest.mark.parametrize(
    "sentence",
    [
        "Under the merger plan, Halden Group would take over Vardeau SA for 30 dlrs a share.",
        "Under the plan of merger, Halden Group would take over Vardeau SA for 30 dlrs a share.",
    ],
)
def test_the_plan_of_a_merger_gives_its_terms(sentence: str) -> None:
    assert _BOTH in pairs(extract(sentence))


@pytest.mark.xfail(strict=True, reason="backshifted 'would' under 'said' is a 'will' (Left)")
def test_a_backshifted_will_under_a_condition_is_a_deal() -> None:
    sentence = (
        "Halden Group said it would take over Vardeau SA if Vardeau holders back the merger "
        "agreement the two signed on Tuesday."
    )
    assert _BOTH in pairs(extract(sentence))


def test_had_contracted_to_d_is_no_modal() -> None:
    from retrieval.nlp.pipeline import shared_pipeline
    from retrieval.registry.irrealis import hypothetical

    doc = shared_pipeline().annotate(
        ["Halden Group said it'd bought Vardeau SA before prices fell."]
    )[0]
    bought = next(t for t in doc if t.lower_ == "bought")
    assert not hypothetical(bought)
