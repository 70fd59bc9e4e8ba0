"""A condition phrase between a verb of agreeing and its infinitive ("agreed subject to
board approval to acquire B") is an adjunct of the verb: the infinitive is still what was
agreed (retrieval.registry.conditions)."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "sentence",
    [
        # the parse hangs "acquire" on "approvals": the agreeing is above it
        "Kestrel Corp has agreed in principle subject to board approvals to acquire Osko Inc.",
        # the parse makes "subject" the object of "agreed": it controls no infinitive
        "Kestrel Corp has agreed in principle subject to board approvals to merge with Osko Inc.",
        "Kestrel Corp agreed subject to financing to acquire Osko Inc for 20 mln dlrs.",
    ],
)
def test_an_infinitive_after_a_condition_is_what_was_agreed(sentence: str) -> None:
    assert pairs(extract(sentence)) == {frozenset({"Kestrel", "Osko"})}


def test_an_agreement_in_principle_under_a_condition_stays_preliminary() -> None:
    found = extract(
        "Kestrel Corp has agreed in principle subject to board approvals to buy Osko Inc."
    )
    assert [a.kind for a in found] == ["memorandum of understanding"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Corp has not agreed subject to board approvals to acquire Osko Inc.",
        "Kestrel Corp may agree subject to board approvals to acquire Osko Inc.",
        "Kestrel Corp denied it had agreed subject to board approvals to acquire Osko Inc.",
        "Kestrel Corp plans subject to board approvals to acquire Osko Inc.",
        "Kestrel Corp proposed subject to board approvals to acquire Osko Inc.",
        "Kestrel Corp rejected subject to board approvals to acquire Osko Inc.",
        "Rumours said Kestrel Corp agreed subject to financing to acquire Osko Inc.",
        "Kestrel Corp is subject to rules to prevent it from acquiring Osko Inc.",
        "Kestrel Corp agreed subject to financing to talk with Osko Inc.",
    ],
)
def test_a_condition_lends_no_deal_to_a_denied_or_unsure_agreeing(sentence: str) -> None:
    assert extract(sentence) == []
