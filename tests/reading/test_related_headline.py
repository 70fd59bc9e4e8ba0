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

# A firm reporting, advising in a clause joined by "and", bidding in one joined by "but",
# or not bidding is no side of the asked purchase; one paying for the seller is
# (review_third, problems 1-3).
_PROBES = [
    (
        "Halverson",
        "Brentwood",
        "The insurer will pay 538 mln dlrs for the Brentwood Sachs stake, Reuters reported.",
    ),
    (
        "Ashcombe",
        "Pellham",
        "Pellham Sachs will receive 538 mln dlrs from the insurer for the "
        "stake, Morgan Stanley and Co said.",
    ),
    (
        "Corriston",
        "Whitlow",
        "The insurer will pay 538 mln dlrs for 12.5 pct of Whitlow Sachs, "
        "and Salomon Brothers Inc advised it.",
    ),
    (
        "Dellabrook",
        "Marchetti",
        "Tamura Bank Ltd had offered 450 mln dlrs, but the insurer paid "
        "538 mln dlrs for the Marchetti Sachs stake.",
    ),
    (
        "Evenholt",
        "Quarrington",
        "Tamura Bank Ltd did not bid for the Quarrington Sachs stake, "
        "which the insurer bought for 538 mln dlrs.",
    ),
    (
        "Fernwick",
        "Stallard",
        "Tamura Bank Ltd paid 450 mln dlrs for the rest of Stallard Sachs.",
    ),
]

# Another firm thinking or expecting the party's act, or not doing one of its own: the
# sentence still answers.
_THINKING_PROBES = [
    (
        "Gorham",
        "Ravelston",
        "Salomon Brothers Inc estimated that the insurer will pay 538 mln dlrs for the "
        "Ravelston Sachs stake.",
    ),
    (
        "Hadley",
        "Sutterby",
        "Morgan Stanley and Co believes the insurer will pay 538 mln dlrs for the "
        "Sutterby Sachs stake.",
    ),
    (
        "Jarrow",
        "Umberley",
        "Salomon Brothers Inc expects the insurer to pay 538 mln dlrs for the Umberley "
        "Sachs stake.",
    ),
    (
        "Ingram",
        "Tolliver",
        "Tamura Bank Ltd declined to bid for the Tolliver Sachs stake, which the insurer "
        "bought for 538 mln dlrs.",
    ),
    (
        "Oakley",
        "Quentin",
        "Tamura Bank Ltd failed to buy the Quentin Sachs stake, which the insurer bought "
        "for 538 mln dlrs.",
    ),
]
# A third firm paying, in its own words or as agreed: another firm's deal.
_PAYING_PROBES = [
    (
        "Lomax",
        "Wexford",
        "Tamura Bank Ltd agreed to pay 450 mln dlrs for the rest of Wexford Sachs.",
    ),
    (
        "Merrow",
        "Yardley",
        "Tamura Bank Ltd said it will pay 450 mln dlrs for the rest of Yardley Sachs.",
    ),
    # the thinking firm may be the payer itself
    (
        "Norcott",
        "Zeller",
        "Tamura Bank Ltd believes it will pay 450 mln dlrs for the rest of Zeller Sachs.",
    ),
]

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
        # one buyer and one seller a headline (`_PROBES`)
        **{
            f"{buyer.upper()} LIFE TO BUY STAKE IN {seller.upper()} SACHS": (
                f"{sentence}\nThe deal needs the approval of regulators."
            )
            for buyer, seller, sentence in [*_PROBES, *_THINKING_PROBES, *_PAYING_PROBES]
        },
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


@pytest.mark.parametrize(("buyer", "seller", "sentence"), [*_PROBES[:5], *_THINKING_PROBES])
def test_a_firm_not_doing_the_asked_act_under_a_headline_still_answers(
    service: AllianceService, buyer: str, seller: str, sentence: str
) -> None:
    answer = service.ask(f"How much will {buyer} Life pay for its stake in {seller} Sachs?")
    assert answer.answered, (sentence, answer.text)
    assert "538 mln" in answer.text, answer.text


def test_a_third_firm_paying_under_a_headline_naming_the_buyer_is_no_answer(
    service: AllianceService,
) -> None:
    # Tamura Bank pays, for the rest of the firm: the sentence is another firm's deal
    answer = service.ask("How much will Fernwick Life pay for its stake in Stallard Sachs?")
    assert not answer.answered, answer.text


@pytest.mark.parametrize(("buyer", "seller", "sentence"), _PAYING_PROBES)
def test_a_third_firm_agreeing_or_saying_it_will_pay_is_no_answer(
    service: AllianceService, buyer: str, seller: str, sentence: str
) -> None:
    answer = service.ask(f"How much will {buyer} Life pay for its stake in {seller} Sachs?")
    assert not answer.answered, (sentence, answer.text)
