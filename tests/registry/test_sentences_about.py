"""Which later sentences are about a deal told before (details.about)."""

from __future__ import annotations

import pytest

from retrieval.registry.details import ArticleSentence, about

DEAL = ArticleSentence(0, "Halden Corp agreed to buy Vardeau Inc.", ("Halden", "Vardeau"), ())


def _about(later: str) -> bool:
    sentence = ArticleSentence(1, later, (), ())
    return sentence in about(["Halden", "Vardeau"], [0], [DEAL, sentence])


@pytest.mark.parametrize(
    "later", ["The proposed acquisition will close in May.", "The KMA joint venture was formed."]
)
def test_a_definite_deal_noun_with_its_modifiers_refers_back(later: str) -> None:
    assert _about(later)


@pytest.mark.parametrize(
    "later",
    [
        "The company will purchase 5 mln shares of its own stock.",
        "The company would deal directly with dealers.",
        "The group can contract out work.",
    ],
)
def test_a_verb_spelled_like_a_deal_noun_refers_to_no_deal(later: str) -> None:
    # a modal or "to" puts a verb after it, never a noun: "will purchase" is no purchase
    assert not _about(later)
