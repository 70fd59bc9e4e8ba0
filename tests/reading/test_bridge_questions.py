"""Whole questions over made-up articles: a question whose scene has an indefinite noun
phrase and whose question a demonstrative ("... a supply deal ... that deal") is asked of
a party by name only when the scene introduces a firm there, and found in the stating
sentence where the scene puts it. Otherwise the answer is the one the question's own words
find (the review of branch bridge, s88: each wrong answer named an analyst's or adviser's
firm from the scene's article and gave a figure from that firm's own story)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from retrieval.service import AllianceService
from tests.reading.conftest import ingested, titled_articles

# Each case: its articles (title: text), the question, what the answer must say and what
# it must not. The scene's article names a third firm (an analyst's, an adviser's), and
# that firm's own article has a figure of the asked kind.
CASES = {
    "deal": (
        {
            "ACME SIGNS SUPPLY DEAL WITH BETA": (
                "Acme Corp signed a supply deal with Beta Inc, Gamma Securities Inc analysts "
                "said.\nThe deal is worth about 40 mln dlrs over three years, the analysts said."
            ),
            "GAMMA SECURITIES PROFIT RISES": (
                "Gamma Securities Inc said its net profit was worth 7 mln dlrs last year.\n"
                "Gamma Securities said its revenues rose 12 pct."
            ),
        },
        "Acme Corp signed a supply deal with Beta Inc. What is that deal worth?",
        "40 mln dlrs",
        "Gamma",
    ),
    "stake": (
        {
            "ACME BUYS BETA STAKE": (
                "Acme Corp bought a stake in Beta Inc from Gamma Holdings Ltd.\n"
                "The stake amounts to 14.5 pct of Beta's common stock, Acme said."
            ),
            "GAMMA HOLDINGS STAKE IN DELTA": (
                "Gamma Holdings Ltd said it holds a 30 pct stake in Delta Corp.\n"
                "Gamma Holdings said it may raise the stake."
            ),
        },
        "Acme Corp bought a stake in Beta Inc. How big is that stake?",
        "14.5 pct",
        "Gamma",
    ),
    "price": (
        {
            "ACME SETS PRICE FOR BETA TENDER": (
                "Acme Corp set a price of 20 dlrs a share for Beta Inc in its tender offer, "
                "Gamma Securities Inc said.\n"
                "Acme said about 2 mln shares were tendered at that price."
            ),
            "ZETA TENDER ENDS": (
                "Gamma Securities Inc said 9 mln shares were tendered in its offer for "
                "Zeta Corp.\nGamma Securities said it will buy all the shares tendered."
            ),
        },
        "Acme Corp set a price of 20 dlrs a share for Beta Inc. How many shares were "
        "tendered at that price?",
        "2 mln",
        "Gamma",
    ),
    # a predicate: "a chip maker" is Acme, no new firm
    "predicate": (
        {
            "ACME CHIP SALES RISE": (
                "Acme Corp is a chip maker that supplies Gamma Computer Inc.\n"
                "Acme Corp earned 8 mln dlrs in 1986, up from 6 mln dlrs in 1985."
            ),
            "GAMMA COMPUTER EARNINGS": (
                "Gamma Computer Inc earned 30 mln dlrs in 1986.\n"
                "Gamma Computer said its sales rose 20 pct."
            ),
        },
        "Acme Corp is a chip maker. How much did this company earn in 1986?",
        "8 mln dlrs",
        "Gamma",
    ),
    # a modal: no chip maker is bought yet, "this company" is Acme
    "modal": (
        {
            "ACME MAY BUY CHIP MAKER": (
                "Acme Corp may buy a chip maker this year, said Gamma Securities Inc analyst "
                "John Hale.\nAcme Corp earned 8 mln dlrs in 1986, up from 6 mln dlrs in 1985."
            ),
            "GAMMA SECURITIES EARNINGS": (
                "Gamma Securities Inc earned 3 mln dlrs in 1986.\n"
                "Gamma Securities said its commissions rose 10 pct."
            ),
        },
        "Acme Corp may buy a chip maker. How much did this company earn in 1986?",
        "8 mln dlrs",
        "Gamma",
    ),
    # an apposition: "a maker of valves" is Acme
    "appositive": (
        {
            "ACME BUYS BETA": (
                "Acme Corp, a maker of valves, bought Beta Inc from Gamma Holdings Ltd.\n"
                "Acme Corp earned 12 mln dlrs in 1986, up from 9 mln dlrs in 1985."
            ),
            "GAMMA HOLDINGS SELLS BETA": (
                "Gamma Holdings Ltd said it sold Beta Inc to raise cash.\n"
                "Gamma Holdings earned 4 mln dlrs in 1986."
            ),
        },
        "Acme Corp, a maker of valves, bought Beta Inc. How much did that company earn in 1986?",
        "12 mln dlrs",
        "Gamma",
    ),
    # the scene introduces a firm; the sentence stating the scene names it where the scene
    # has its noun phrase ("buy a valve maker": "buy Delta Valve Co")
    "introduced": (
        {
            "ACME TO BUY DELTA VALVE": (
                "Acme Corp agreed to buy Delta Valve Co from Gamma Holdings Ltd, Acme said.\n"
                "Acme said the purchase will be completed in June."
            ),
            "DELTA VALVE EARNINGS": (
                "Delta Valve Co earned 5 mln dlrs in 1986.\nDelta Valve said its sales rose 8 pct."
            ),
        },
        "Acme Corp agreed to buy a valve maker from Gamma Holdings. How much did that "
        "company earn in 1986?",
        "Delta Valve Co",
        "Gamma",
    ),
    # a relative clause: the party is the firm where its pronoun stands ("that Acme agreed
    # to buy": "agreed to buy Delta Valve Co"), not the analysts' firm reporting it
    "relative": (
        {
            "ACME TO BUY DELTA VALVE": (
                "Gamma Securities Inc said Acme Corp agreed to buy Delta Valve Co.\n"
                "Gamma Securities said the purchase will be completed in June."
            ),
            "DELTA VALVE EARNINGS": (
                "Delta Valve Co earned 5 mln dlrs in 1986.\nDelta Valve said its sales rose 8 pct."
            ),
            "GAMMA SECURITIES EARNINGS": (
                "Gamma Securities Inc earned 3 mln dlrs in 1986.\n"
                "Gamma Securities said its commissions rose 10 pct."
            ),
        },
        "The company that Acme Corp agreed to buy earned how much in 1986?",
        "5 mln dlrs",
        "Gamma",
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def case(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[AllianceService, str, str, str]]:
    texts, question, said, unsaid = CASES[request.param]
    with ingested(titled_articles(texts), tmp_path_factory.mktemp(request.param)) as service:
        yield service, question, said, unsaid


def test_a_bridge_only_to_a_firm_the_scene_introduces(
    case: tuple[AllianceService, str, str, str],
) -> None:
    service, question, said, unsaid = case
    answer = service.ask(question)
    answered = answer.text.split("“")[0]  # the answer, before the quoted sentences
    assert said in answered, answer.text
    assert unsaid not in answered, answer.text
