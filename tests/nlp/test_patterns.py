"""Newswire units the statistical NER does not know are labelled by the entity patterns."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline


@pytest.mark.parametrize(
    ("sentence", "entity", "label"),
    [
        ("Corvex bought 51 pct of Halden.", "51 pct", "PERCENT"),
        ("Corvex will pay 300 mln Canadian dlrs.", "300 mln Canadian dlrs", "MONEY"),
        # Reuters' Swedish kronor
        ("Corvex will buy Halden at a price of 5.8 billion crowns.", "5.8 billion crowns", "MONEY"),
        # the other currencies the corpora name, with the country's adjective
        ("Its output will be worth 50 mln Kenyan shillings.", "50 mln Kenyan shillings", "MONEY"),
        ("Corvex paid 1.2 billion bolivars.", "1.2 billion bolivars", "MONEY"),
        # Reuters writes cents "cts"
        ("The price will be 79.6 cts per share.", "79.6 cts", "MONEY"),
        # BBC writes the scale on the number
        ("Sales of stakes in firms raised 1.17bn euros.", "1.17bn euros", "MONEY"),
        # ... and after its currency's symbol, which the NER drops or misses with it
        ("Corvex said it will be seeking damages of $20bn.", "$20bn", "MONEY"),
        ("Corvex will sue Halden for $20bn in damages.", "$20bn", "MONEY"),
        ("Corvex will invest £1.5bn in Halden.", "£1.5bn", "MONEY"),
        # British pence written on the number
        ("Corvex made a 700p offer for Halden ordinary shares.", "700p", "MONEY"),
        ("Halden shares firmed to 670p from 480p.", "480p", "MONEY"),
        # an amount hyphenated into a modifier
        ("Halden rejected the 43-dlr-a-share offer from Corvex.", "43-dlr", "MONEY"),
        ("Corvex made a 700-mln-dlr bid for Halden.", "700-mln-dlr", "MONEY"),
        ("Corvex will buy a 12-pct interest in Halden.", "12-pct", "PERCENT"),
        # a mixed number hyphenated, whole and fraction: the amount is whole
        ("The Corvex notes carry an 8-1/4 pct coupon.", "8-1/4 pct", "PERCENT"),
        ("Corvex will pay 20-1/2 dlrs a share for Halden.", "20-1/2 dlrs", "MONEY"),
        # a decimal fraction (an exchange ratio) the NER leaves unlabelled
        (
            "The exchange ratio was set at 0.5165 Corvex common share for each Halden share.",
            "0.5165",
            "CARDINAL",
        ),
        ("Holders get warrants to buy about .06 shares of Halden common.", ".06", "CARDINAL"),
        # ... but not one within an amount the patterns label
        ("The dividend is 0.25 dlrs a share.", "0.25 dlrs", "MONEY"),
    ],
)
def test_newswire_units(sentence: str, entity: str, label: str) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    assert (entity, label) in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex said it now has 1.2bn real users.",
        "Corvex's 1.4bn won the vote.",
        # a currency named after a person or a place is money only after a scale word
        "In 1830 Bolivar died.",
        "The town has 200 Sucre residents.",
    ],
)
def test_a_currency_name_that_is_another_word_makes_no_money(sentence: str) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    assert "MONEY" not in [e.label_ for e in doc.ents]
