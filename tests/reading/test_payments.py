"""What a firm is worth is no money passing; what an offer or a deal is valued at is its
price."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.payments import worth_of_a_firm


def _money_worth(sentence: str) -> bool:
    doc = shared_pipeline().annotate([sentence])[0]
    [money] = [e for e in doc.ents if e.label_ == "MONEY"]
    return worth_of_a_firm(money)


@pytest.mark.parametrize(
    ("sentence", "worth"),
    [
        # a participle set off after the firm, wherever the parse hangs it
        (
            "Corvex said it will sign in April to buy 50 pct of Halden Foods Co Ltd, "
            "capitalised at four billion yen, from its partner.",
            True,
        ),
        ("Halden Foods is capitalised at four billion yen.", True),
        ("Corvex made an offer, valued at 50 mln dlrs, for Halden.", False),
        # what is valued is the phrase before the comma, not the name inside it
        ("Corvex's offer for Halden, valued at 50 mln dlrs, was accepted.", False),
        ("Corvex will pay 50 mln dlrs for Halden Foods.", False),
    ],
)
def test_worth_of_a_firm(sentence: str, worth: bool) -> None:
    assert _money_worth(sentence) is worth
