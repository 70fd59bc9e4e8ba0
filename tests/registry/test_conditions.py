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


@pytest.mark.parametrize(
    "sentence",
    [
        # the right, the decision, the consent is another's (its possessor)
        "Kestrel Corp agreed subject to Halden Corp's right to acquire Osko Inc.",
        # nouns that take an infinitive of their own: a pact, an obligation, pressure
        "Kestrel Corp agreed subject to a standstill pact to buy no more Osko Inc shares.",
        # no verb of agreeing above "subject": a copula, a verb that takes no infinitive
        "Kestrel Corp was subject to pressure to merge with Osko Inc.",
        "Kestrel Corp became subject to an obligation to buy Osko Inc.",
        "Kestrel Corp won the contract subject to a requirement to buy Osko Inc parts.",
    ],
)
def test_an_infinitive_of_the_condition_s_own_noun_is_no_deal(sentence: str) -> None:
    assert extract(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Corp agreed subject to Osko Inc's consent to buy the Halden Corp unit.",
        "Kestrel Corp agreed subject to the Osko Inc board's decision to merge with Halden Corp.",
    ],
)
def test_the_agreeing_party_is_not_the_subject_of_another_s_infinitive(sentence: str) -> None:
    assert frozenset({"Kestrel", "Halden"}) not in pairs(extract(sentence))


def test_a_conditional_agreeing_under_a_condition_is_no_deal() -> None:
    assert (
        extract(
            "Kestrel Corp said it would agree subject to financing to acquire Osko Inc if the "
            "price fell."
        )
        == []
    )
