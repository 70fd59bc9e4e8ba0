"""What a firm is worth is no money passing; what an offer or a deal is valued at is its
price."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.payments import a_repayment, speaks_of_payment, worth_of_a_firm
from tests.reading.test_spans import part_of


def _money_worth(sentence: str) -> bool:
    doc = shared_pipeline().annotate([sentence])[0]
    [money] = [e for e in doc.ents if e.label_ == "MONEY"]
    return worth_of_a_firm(money)


@pytest.mark.parametrize(
    ("sentence", "repaid"),
    [
        ("The company needs the cash to begin paying back a 1.6 mln dlrs mountain of debt.", True),
        ("Corvex will repay 50 mln dlrs of bank loans.", True),
        ("Corvex will pay off 50 mln dlrs of debt.", True),
        # the sum's own noun says it is debt: what is owed, paid
        ("Corvex is required to pay 90 mln dlrs in bank debt by June 30.", True),
        ("Corvex will pay 40 mln dlrs of its loans this year.", True),
        # debt only coordinated with the means is part of a price
        ("Corvex will pay 90 mln dlrs in cash and assumed debt for Halden.", False),
        # debt joined to another means, and a price paid "for" a firm: no repayment
        ("Corvex Corp will pay 90 mln dlrs in debt and cash for Halden Plc.", False),
        # a price, and money paid out with no debt settled
        ("Corvex will pay 50 mln dlrs for Halden Foods.", False),
        ("Corvex will pay back 50 mln dlrs to Halden's holders.", False),
    ],
)
def test_money_settling_a_debt_is_a_repayment(sentence: str, repaid: bool) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    [money] = [e for e in doc.ents if e.label_ == "MONEY"]
    assert a_repayment(money) is repaid


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
        # only a firm has a capitalisation, whatever the tagger makes of its name
        ("Activision has a stock market capitalisation of about 2.95 billion dlrs.", True),
        ("Corvex made an offer, valued at 50 mln dlrs, for Halden.", False),
        # what is valued is the phrase before the comma, not the name inside it
        ("Corvex's offer for Halden, valued at 50 mln dlrs, was accepted.", False),
        ("Corvex will pay 50 mln dlrs for Halden Foods.", False),
    ],
)
def test_worth_of_a_firm(sentence: str, worth: bool) -> None:
    assert _money_worth(sentence) is worth


def test_one_sale_speaks_of_a_payment_sales_do_not() -> None:
    part = part_of("How much is Corvex paying Halden for its mills?")[0]
    sale = shared_pipeline().annotate(["Halden announced the 40 mln rand cash sale today."])[0]
    assert speaks_of_payment(sale, part)
    sales = shared_pipeline().annotate(["Halden had 40 mln rand in sales last year."])[0]
    assert not speaks_of_payment(sales, part)
