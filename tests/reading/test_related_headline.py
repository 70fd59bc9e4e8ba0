"""A sentence naming one of two related parties and another firm in that party's clause
states that party's deal with the other firm, whichever party the headline names
(related_firms.py); a party is found where the sentence writes it, not by one word another
name shares."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.related_firms import party_mentions
from retrieval.service import AllianceService
from tests.reading.conftest import module_service, titled_articles

ARTICLES = titled_articles(
    {
        "DUNMORE PIKE, KESTREL HOLDINGS EXPAND": (
            "Dunmore Pike Co said it agreed with Varro Bank to build a paper mill in Ohio.\n"
            "The mill will employ 300 people."
        ),
        "ORMAND FOODS TO BUY TALLIS DAIRY STAKE": (
            "Ormand Foods Inc will pay 40 mln dlrs to Corbel Investments for the stake.\n"
            "The deal needs the approval of regulators."
        ),
    }
)

service = module_service(ARTICLES, "related_headline")


def test_a_party_s_deal_with_a_third_firm_under_a_headline_naming_both(
    service: AllianceService,
) -> None:
    # the headline names both, but the sentence ties Dunmore Pike to Varro Bank, not Kestrel
    answer = service.ask("What did Kestrel Holdings and Dunmore Pike agree?")
    assert not answer.answered, answer.text


def test_a_firm_paid_under_a_headline_naming_the_other_party_still_answers(
    service: AllianceService,
) -> None:
    # Corbel is paid, not paying: the seller of the stake the headline names
    answer = service.ask("How much did Ormand Foods pay for its stake in Tallis Dairy?")
    assert answer.answered, answer.text
    assert "40 mln" in answer.text, answer.text


@pytest.mark.parametrize(
    ("sentence", "spelling", "found"),
    [
        # a name written with a comma inside it is still that name
        ("Varro Bank became a limited partner in Hollis, Marwick and Co.", "Hollis Marwick", True),
        # one word another firm's name shares is not the name
        ("A Varro Life Insurance Co official joined the board.", "Kestrel Life", False),
        ("Kestrel Life Insurance Co named a director.", "Kestrel Life", True),
    ],
)
def test_where_a_sentence_writes_a_party(sentence: str, spelling: str, found: bool) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    assert bool(party_mentions(doc, (spelling,))) is found
