"""Findings: which sentence answers a part."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pytest

from retrieval.index.embeddings import FloatMatrix, HashingEmbeddings, normalize_rows
from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights
from retrieval.reading.evidence import relevance as sentence_relevance
from retrieval.reading.findings import find_answers
from retrieval.reading.found import Finding, Reading
from retrieval.reading.list_details import MIN_DETAIL_SCORE, well_answered
from retrieval.reading.matching import ArticleNames
from retrieval.reading.selection import Selection
from tests.reading.conftest import evidence_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


def parse(texts: Sequence[str]) -> list[Doc]:
    return shared_pipeline().annotate(list(texts))


def findings(question: str, texts: list[str], relevance: list[float]) -> list[str]:
    """The sentences of the findings for the question's last part, best first, the
    article's sentences ranked with the given relevance."""
    return [f.sentence.text for f in found_for(question, texts, relevance)]


def found_for(question: str, texts: list[str], relevance: list[float]) -> list[Finding]:
    """The findings for the question's last part (see `findings`)."""
    article = evidence_of("a", texts)
    ranked = [(score, s, article) for score, s in zip(relevance, article.sentences, strict=True)]
    return _found(question, ranked)


def _found(
    question: str,
    ranked: list[tuple[float, Sentence, ArticleEvidence]],
    embedder: HashingEmbeddings | None = None,
) -> list[Finding]:
    """The findings for the question's last part among sentences ranked as given."""
    asked = understand(question, parse=lambda t: parse([t])[0])
    words = embedder or HashingEmbeddings(dimension=8)
    reading = Reading(Weights(lambda _: 1.0), parse, words)
    return find_answers(asked.parts[-1], asked, ranked, set(), reading)


def test_a_split_is_read_in_a_sentence_listing_the_shares_whatever_its_words() -> None:
    texts = [
        "Corvex said it agreed to buy Vetra's 13 pct stake in the Halcor venture.",
        "After that, Corvex will own 80 pct, Nordhaven 14 pct and Brantor six pct.",
    ]
    question = "Once Corvex takes over Vetra's stake, how will ownership of the venture be split?"
    # the listing sentence shares hardly a word with the question
    assert findings(question, texts, [0.4, 0.12])[0] == texts[1]


def test_a_noun_narrowed_by_another_name_is_anothers() -> None:
    # "in Walgreen stores" asked; the sentence speaks of Sears stores and never of Walgreen
    question = "How many hearing aid centers does Dahlberg operate in Walgreen stores?"
    other = "Dahlberg operates some 142 hearing aid centers in Sears stores."
    asked = "Dahlberg operates some 30 hearing aid centers in Walgreen stores."
    assert findings(question, [other], [0.6]) == []
    assert findings(question, [asked], [0.6]) == [asked]
    # a sentence contrasting the two still answers
    both = "Dahlberg runs 142 centers in Sears stores and 30 in Walgreen stores."
    assert findings(question, [both], [0.6]) == [both]


def test_a_noun_narrowed_by_a_place_or_another_spelling_is_still_the_asked_ones() -> None:
    question = "How many hearing aid centers does Dahlberg operate in Walgreen stores?"
    placed = "Dahlberg operates some 30 hearing aid centers in the chain's Florida stores."
    assert findings(question, [placed], [0.6]) == [placed]
    question = "How many service centers does Osko run in General Motors plants?"
    initials = "Osko runs 30 service centers in GM plants and 12 in Ford plants."
    assert findings(question, [initials], [0.6]) == [initials]
    question = "How many service centers does Osko run in Kmart stores?"
    spaced = "Osko runs 30 service centers in K mart stores."
    assert findings(question, [spaced], [0.6]) == [spaced]


def test_a_noun_narrowed_by_its_own_asked_name_is_the_asked_one() -> None:
    # the unit is "Investment Capital" in both; its owner is only "its" in the sentence
    question = "How big a stake in Halden did SCI's Investment Capital unit sell?"
    sentence = (
        "Service Corvex International said its Investment Capital Corp unit sold its "
        "entire 14.8 pct stake in Halden Corp."
    )
    assert findings(question, [sentence], [0.7]) == [sentence]
    # but a name the question gives another noun does not make the noun the asked one's
    plant = "Halden's plant in Ohio cost 50 mln dlrs."
    assert findings("What did Corvex's plant in Ohio cost Halden?", [plant], [0.7]) == []


def test_a_figure_beside_only_the_buyers_name_is_no_price_it_paid() -> None:
    # the sentence speaks of the buyer, not of any payment or deal: its revenue is no price
    question = "What did Corvex pay for the Halcor food group?"
    revenue = "Corvex also said its revenue in the first quarter was 429 billion lire."
    price = "Corvex acquired the company for 300 billion lire."
    assert findings(question, [revenue], [0.5]) == []
    assert findings(question, [price], [0.5]) == [price]
    # a figure beside a word of paying answers, whoever the sentence names
    paid = "Corvex said it paid 300 billion lire in cash."
    assert findings(question, [paid], [0.5]) == [paid]


def test_a_firms_worth_is_no_price_paid_for_it() -> None:
    # "valued at" measures what the firm is worth on the market, not what anyone paid
    question = "How much did Corvex pay to acquire Halden?"
    worth = "With its shares closing at 873p, Halden is currently valued at 2.6bn euros."
    assert findings(question, [worth], [0.5]) == []
    # a deal or an offer valuing it is a price: the sentence speaks of the purchase
    deal = "Corvex bought Halden in a deal that valued it at 2.6bn euros."
    assert findings(question, [deal], [0.5]) == [deal]
    offer = "Corvex's offer for Halden, valued at 2.6bn euros, was accepted by its board."
    assert findings(question, [offer], [0.5]) == [offer]
    # an offer beside another figure does not make that figure a price
    sales = "Corvex's offer for Halden, which had 90 mln dlrs in sales, expires Friday."
    assert findings(question, [sales], [0.5]) == []


def test_an_amount_in_a_flow_measures_that_flow_not_a_payment() -> None:
    # "X in net income": "in" names the flow the amount measures
    question = "How much is Corvex paying to raise its stake in Halden above 44%?"
    income = "Halden - in which Corvex owns a 44% stake - contributed 1.7bn euros in net income."
    assert findings(question, [income], [0.5]) == []
    # what a payment is made in is no flow
    cash = "Corvex said it will pay 1.7bn euros in cash to raise its stake in Halden."
    assert findings(question, [cash], [0.5]) == [cash]
    # nor what a payment is made of ("in future profits": an earn-out)
    earn_out = "Corvex will pay up to 20 mln dlrs in future profits to raise its Halden stake."
    assert findings(question, [earn_out], [0.5]) == [earn_out]


def test_a_firms_revenue_is_no_price_paid_for_it() -> None:
    # revenue is money, but a flow of the firm's, not what anyone pays for it
    question = "How much is Corvex paying for the Halden magazines?"
    revenue = "The magazine group had revenues of eight mln dlrs last year, Corvex said."
    price = "Corvex said it will pay a price of 12 mln dlrs for the magazines."
    assert findings(question, [revenue], [0.5]) == []
    assert findings(question, [price], [0.5]) == [price]
    # a complex preposition measures the noun it follows, its "of" even typed twice
    asked = "What price is Corvex paying for Halden Foods?"
    for excess in ("in excess of", "in excess of of"):
        flow = f"Halden has revenues {excess} 100 mln dlrs, Corvex said."
        assert findings(asked, [flow], [0.5]) == []


def test_what_a_thing_costs_is_no_payment_between_firms() -> None:
    # the subject of "cost" is a thing: its price, not what the asked firm pays another
    question = "How much is Corvex paying Halden Inc for the right to sell its test kit?"
    cost = "Corvex said its test will cost about one dlr to 1.50 dlrs each, depending on volume."
    assert findings(question, [cost], [0.5]) == []
    paid = "Corvex said it will pay Halden five mln dlrs for the marketing rights."
    assert findings(question, [paid], [0.5]) == [paid]
    # what a thing costs still answers what it costs
    assert findings("What will the Corvex test kit cost?", [cost], [0.5]) == [cost]


def test_money_settling_a_debt_is_no_price_paid() -> None:
    question = "How much did Corvex pay Halden Inc for the Halden casino?"
    debt = "Corvex needs the cash to begin paying back a 1.6 mln dlrs mountain of debt."
    assert findings(question, [debt], [0.5]) == []
    # unless the debt is what is asked
    asked = "How much debt is Corvex paying back?"
    assert findings(asked, [debt], [0.5]) == [debt]


def test_money_paid_for_what_is_the_payers_own_is_no_price_paid_another() -> None:
    question = "What price is Corvex paying for the 60 pct of Halden it does not own?"
    own = "Corvex also said it will pay 900,000 dlrs to cancel 711,192 of its own shares."
    assert findings(question, [own], [0.5]) == []
    # unless its own shares are what is asked
    asked = "How much will Corvex pay to cancel its own shares?"
    assert findings(asked, [own], [0.5]) == [own]
    # where the money comes from is no thing paid for
    pockets = "Ten of the directors will pay 13 mln dlrs from their own pockets."
    assert findings("How much will the directors pay?", [pockets], [0.5]) == [pockets]


def test_a_payment_to_buy_another_firm_is_no_price_of_the_asked_one() -> None:
    # "pay N to buy X": the purpose clause says what the money was for
    question = "How much did Corvex pay to acquire Osko?"
    other = (
        "Osko employs 900 people and has itself been active in the sector, paying 328 mln "
        "dlrs to buy Tessik Ltd."
    )
    asked = "Corvex paid 900 mln dlrs to buy Osko."
    assert findings(question, [other], [0.6]) == []
    assert findings(question, [asked], [0.6]) == [asked]


def test_the_price_of_a_firms_unit_is_no_price_of_the_firm() -> None:
    question = "How much did Corvex offer for the whole of Halden Chemical?"
    unit = "Corvex bought Halden Chemical's graphic arts group for 550 mln dlrs last year."
    whole = "Corvex offered 1.2 billion dlrs for Halden Chemical last year."
    assert findings(question, [unit], [0.6]) == []
    assert findings(question, [whole], [0.6]) == [whole]
    # asked about the unit itself, its price answers
    asked = "How much did Corvex pay for Halden Chemical's graphic arts group?"
    assert findings(asked, [unit], [0.6]) == [unit]


def test_the_price_of_a_unit_asked_by_its_own_name_answers() -> None:
    # the unit is named after its owner: the asked name is the unit's, not the owner's
    sentence = (
        "Corvex Inc said it agreed to acquire Halden Corp's Halden Marine Systems unit for"
        " about 5,300,000 dlrs."
    )
    question = "How much is Corvex paying for Halden Marine Systems?"
    assert findings(question, [sentence], [0.6]) == [sentence]


def test_a_ratio_is_no_sum_of_money_nor_a_stake() -> None:
    question = "What share-exchange ratio did Corvex use when it absorbed Halden Bank?"
    deposits = "Corvex, with deposits of 23.9 trillion yen, merged with Halden Bank in October."
    stake = "Corvex agreed to pay 500 mln dlrs for a 12.5 pct stake in Halden Bank."
    ratio = "Corvex gave 0.82 of its shares for each Halden Bank share."
    assert findings(question, [deposits], [0.6]) == []
    assert findings(question, [stake], [0.6]) == []
    assert findings(question, [ratio], [0.6]) == [ratio]
    # asked a ratio or a price, a price answers
    either = "What ratio or price did Corvex set for Halden Bank?"
    assert findings(either, ["Corvex set a price of 20 dlrs a share for Halden Bank."], [0.6])


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a payment worded without a word of paying, between the two asked firms
        (
            "How much did Corvex pay for Halden Steel?",
            "Halden Steel AG agreed to be taken over by Corvex Inc for 300 mln dlrs.",
        ),
        (
            "How much will Corvex invest in Halden Steel?",
            "Corvex Inc will put 50 mln dlrs into Halden Steel AG under a rescue plan.",
        ),
        # a purpose that is no purchase says why, not what for
        (
            "How much is Corvex paying for Halden Steel?",
            "Corvex Inc said it is paying 40 dlrs a share for Halden Steel AG to strengthen "
            "its position in the United States.",
        ),
        # a unit asked in other words; a firm's assets may be the whole of it
        (
            "How much did Corvex pay for Halden Steel's shipping unit?",
            "Corvex Inc bought Halden Steel AG's shipping division for 100 mln dlrs.",
        ),
        (
            "How much is Corvex paying for Halden Steel?",
            "Corvex Inc agreed to buy Halden Steel AG's assets for 300 mln dlrs in cash.",
        ),
        # what a contract brings in is what it is worth
        (
            "How much is the Halden contract worth?",
            "Corvex Inc said the contract with Halden Steel AG will generate revenues of "
            "200 mln dlrs over three years.",
        ),
    ],
)
def test_prices_worded_every_way_still_answer(question: str, sentence: str) -> None:
    assert findings(question, [sentence], [0.6]) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # the "to" of a verb of change gives the new measure of what changes
        "Earnings at Corvex Capital rose 25% to 1.04bn euros, but investment held back growth.",
        # ... however low the parse hangs it
        "Corvex has reduced the debt it took on to fund the Osko purchase to just 1.8bn euros.",
    ],
)
def test_what_a_quantity_changed_to_is_no_price(sentence: str) -> None:
    assert findings("How much did Corvex pay to acquire Halden?", [sentence], [0.6]) == []


def test_a_flow_is_no_price_when_the_price_noun_leads_the_question() -> None:
    # "what price did ... pay": the money noun is the predicate, the verb still pays
    sentence = "Corvex said Osko turnover had grown in recent years to 30 mln guilders in 1986."
    assert findings("What price did Corvex pay Halden for its Osko unit?", [sentence], [0.6]) == []
    # ... or said with a copula
    copula = "Corvex said Osko's sales for the fiscal year were 7.6 mln dlrs."
    assert findings("How much did Corvex pay for Osko?", [copula], [0.6]) == []
    price = "Corvex said the purchase price for Osko was 7.6 mln dlrs."
    assert findings("How much did Corvex pay for Osko?", [price], [0.6]) == [price]
    priced = "Corvex said it paid Halden 30 mln guilders for its Osko unit."
    assert findings("What price did Corvex pay Halden for its Osko unit?", [priced], [0.6])


def test_a_share_a_bid_is_for_is_not_yet_held() -> None:
    question = "What share of Halden does Corvex already hold?"
    bid = "Regulators blocked Corvex's bid for 49 pct of Halden common shares."
    held = "Corvex, which already holds 17.4 pct of Halden, said it would appeal."
    assert findings(question, [bid, held], [0.95, 0.4])[0] == held
    # asked about the offer, the share it is for answers
    offer = "What share of Halden is Corvex's bid for?"
    assert findings(offer, [bid], [0.6]) == [bid]


def test_how_soon_something_happens_is_not_how_long_it_lasts() -> None:
    question = "How long does Corvex's contract to market Halden condoms last?"
    soon = "Corvex expects to sign a written contract with Halden within a week to ten days."
    lasts = "Corvex's contract to market Halden condoms runs for three years."
    assert findings(question, [soon], [0.6]) == []
    assert findings(question, [lasts], [0.6]) == [lasts]
    asked = "Within how many days will Corvex sign a contract with Halden?"
    assert findings(asked, [soon], [0.6]) == [soon]


def test_what_is_bought_from_the_asked_payer_is_paid_to_it() -> None:
    question = "What did Nortek pay for its 9.1 pct Halden stake?"
    repurchase = (
        "Halden Corp said it has repurchased 9.1 pct of its shares from Nortek Inc for 42 dlrs "
        "each."
    )
    paid = "Nortek Inc said it paid 38 dlrs a share for its 9.1 pct Halden stake."
    assert findings(question, [repurchase], [0.6]) == []
    assert findings(question, [paid], [0.6]) == [paid]
    # asked what the seller received, the price is its answer
    received = "How much did Nortek receive for its Halden shares?"
    assert findings(received, [repurchase], [0.6]) == [repurchase]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # received "from" the asked payer: it paid
        (
            "How much did Corvex invest in Halden?",
            "Halden received 50 mln dlrs in new capital from Corvex.",
        ),
        # how long something takes, or how long one has, is a deadline
        (
            "How long will it take Corvex to complete the merger with Halden?",
            "Corvex expects to complete the merger with Halden within six months.",
        ),
        (
            "How many days does Halden have to respond to Corvex's offer?",
            "Halden must respond to Corvex's offer within 10 days.",
        ),
        # an offer raised to a sum is a price offered
        (
            "How much will Corvex pay for Halden?",
            "Corvex raised its offer for Halden to 1.2 bln dlrs.",
        ),
        # "equal to" is no verb's "to"
        (
            "How much did Corvex pay for Halden?",
            "Corvex's debt rose when it paid Halden's owners a sum equal to 300 mln dlrs.",
        ),
    ],
)
def test_review_cases_still_answer(question: str, sentence: str) -> None:
    assert findings(question, [sentence], [0.6]) == [sentence]


def test_a_share_sought_answers_what_will_be_held() -> None:
    question = "What stake in Halden will Corvex hold if the takeover succeeds?"
    offer = "Corvex launched an offer for 100 pct of Halden on Monday."
    assert findings(question, [offer], [0.6]) == [offer]
    # "a bid for a 49 pct stake" is sought too
    held = "What share of Halden does Corvex already hold?"
    bid = "Regulators blocked Corvex's bid for a 49 pct stake in Halden."
    holds = "Corvex, which already holds 17.4 pct of Halden, said it would appeal."
    assert findings(held, [bid, holds], [0.95, 0.4])[0] == holds


def test_an_answer_whose_stock_symbol_gives_the_asked_nationality_leads() -> None:
    # nothing in the article calls Kanto Shoji Japanese but its Tokyo stock symbol
    texts = [
        "Corvex Ltd <CVX.L> will import coal from Halden Pty of Australia through "
        "Kanto Shoji Corp <KANS.T>, it said."
    ]
    question = "Which Japanese trading house is handling Corvex's coal imports?"
    (found,) = found_for(question, texts, [0.6])
    assert found.answers[0].text == "Kanto Shoji Corp"


def test_a_listed_firm_in_another_role_does_not_lead() -> None:
    # the adviser's Tokyo symbol does not make it the buyer the question asks for
    texts = [
        "Corvex Inc said it will sell its stake in Brantor Inc to Halden Corp, with "
        "Kanto Securities Co <KANS.T> acting as adviser on the sale."
    ]
    question = "Which Japanese company will buy Corvex's stake in Brantor?"
    assert found_for(question, texts, [0.6]) == []


def test_a_pronoun_subject_of_a_reported_clause_does_the_asked_act() -> None:
    # "Vardeau SA said it sold ...": Vardeau sold, the buyer after "to" did not
    texts = ["Vardeau SA said it sold its packaging unit Cartonne to Elvane Corp."]
    (found,) = found_for("Which company sold Cartonne?", texts, [0.6])
    seller = found.answers[0]
    assert (seller.text, seller.tie) == ("Vardeau SA", 1.0)  # in the asked slot: a full tie


def test_a_pronoun_subject_does_not_act_on_another_firms_thing() -> None:
    # Vardeau bought Elvane's shares; Elvane bought Cartonne
    texts = ["Vardeau SA said it bought 1.2 mln shares of Elvane Corp, which bought Cartonne."]
    (found,) = found_for("Which company bought Cartonne?", texts, [0.6])
    assert found.answers[0].text == "Elvane Corp"


@pytest.mark.parametrize(
    "sentence",
    [
        # "they" stands for both firms of the coordination
        "Vardeau SA and Osko Corp said they sold their Cartonne unit to Elvane Corp.",
        # an infinitive without a subject of its own takes its clause's
        "Osko Corp said it agreed to sell its Cartonne unit to Elvane Corp.",
    ],
)
def test_a_pronoun_subject_stands_for_every_firm_and_clause_it_covers(sentence: str) -> None:
    (found,) = found_for("Which company sold the Cartonne unit?", [sentence], [0.6])
    # coordinated firms are given together ("Vardeau SA and Osko Corp")
    assert any("Osko Corp" in a.text and a.tie == 1.0 for a in found.answers)


def test_a_phrasal_verb_of_paying_in_the_article_states_the_payment() -> None:
    sentence = "Corvex Inc laid out 50 mln dlrs for Halden Ltd, a maker of auto parts."
    (found,) = found_for("What did Corvex lay out for Halden?", [sentence], [0.6])
    assert found.answers[0].text == "50 mln dlrs"


def test_a_verb_of_buying_with_a_price_states_what_the_buyer_pays() -> None:
    bought = (
        "Corvex Publications Inc said it agreed to acquire all the outstanding stock of "
        "Halden Publications Inc for 100 mln dlrs in cash."
    )
    question = "How much is Corvex Publications paying for Halden Publications?"
    (found,) = found_for(question, [bought], [0.6])
    assert found.answers[0].text == "100 mln dlrs in cash"  # with what it is paid in
    # the amount modifying the preposition's object: "for 1.6 mln dlrs cash"
    cash = "Corvex Inc agreed to acquire Halden Inc's 1.6 mln shares for 1.6 mln dlrs cash."
    (found,) = found_for("How much is Corvex paying for Halden?", [cash], [0.6])
    assert found.answers[0].text == "1.6 mln dlrs"
    # what a proposal (or plan) to buy names is not paid
    proposed = (
        "Halden Publications Inc said Corvex Publications Inc has withdrawn its proposal "
        "to acquire all the outstanding stock of Halden for 43 dlrs per share."
    )
    assert found_for("What did Corvex Publications pay for Halden?", [proposed], [0.6]) == []


def test_a_verb_the_lemmatizer_misreads_is_read_alike_in_question_and_text() -> None:
    # "scraped" is lemmatised "scrap" by the tagger, "scrape" when corrected: both sides
    # must be corrected alike for the subject to do the asked act
    sentence = "Lanx Corp said Corvex Inc scraped together financing for Halden Ltd."
    (found,) = found_for("Which company scraped together financing for Halden?", [sentence], [0.6])
    assert (found.answers[0].text, found.answers[0].tie) == ("Corvex Inc", 1.0)


def test_a_detail_read_weakly_beside_a_list_becomes_missing() -> None:
    chunk = Chunk(chunk_id="c", article_id="a", source="news#a", title="T", position=0, text="x")
    sentence = Sentence("a", 0, "x")
    article = ArticleEvidence(chunk, 0, [sentence], ArticleNames("x"))
    asked = understand(
        "How much is Vetra paying, and when will the deal close?",
        parse=lambda t: parse([t])[0],
    )
    price, date = asked.parts
    strong = Finding(price, article, sentence, (), MIN_DETAIL_SCORE + 0.1)
    weak = Finding(date, article, sentence, (), MIN_DETAIL_SCORE - 0.1)
    selection = Selection((strong, weak), (), None, corroborating={0: (strong,), 1: (weak,)})
    kept = well_answered(selection)
    assert kept.findings == (strong,)
    assert kept.missing == (date,)
    assert kept.corroborating == {0: (strong,)}


def test_a_verb_of_the_asked_kind_still_takes_the_asked_subject_without_the_asked_verb() -> None:
    # no "earn" here: "buy" stands for it, and Vardeau buying is not Halden earning
    sentence = "Vardeau Inc said it would buy a 50 pct interest in the Tarn gold mine."
    question = "What interest can Halden Corp and Osko Ltd earn in the Tarn mine?"
    assert found_for(question, [sentence], [0.6]) == []


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        (
            "What percentage of Halden does Corvex hold?",
            "Corvex said it holds 416,668 Halden shares, or the equivalent of 8.2 pct of"
            " Halden's common stock.",
            "8.2 pct",
        ),
        (
            "How much are Corvex and Halden investing in the venture?",
            "Corvex and Halden said they will invest a total of 20 mln dlrs in the venture.",
            "20 mln dlrs",
        ),
    ],
)
def test_a_noun_quantifying_its_of_measures_nothing_else(
    question: str, sentence: str, answer: str
) -> None:
    (found,) = found_for(question, [sentence], [0.6])
    assert found.answers[0].text == answer


def test_money_measuring_a_deal_is_its_price_and_a_firms_sales_are_not() -> None:
    question = "How much did Corvex pay for Halden?"
    deal = "Corvex bought Halden Corp in a transaction giving Halden holders 24.40 dlrs a share."
    sales = "Corvex said Halden had sales of 181 mln dlrs last year."
    assert findings(question, [deal], [0.6]) == [deal]
    assert findings(question, [sales], [0.6]) == []


@pytest.mark.parametrize(
    ("question", "sentence", "answer"),
    [
        # Halden and Osko earn the interest; Vardeau, who holds the option, would buy the
        # mine: a sentence with the asked verb gives its other verbs their own subjects
        (
            "What interest can Halden Corp and Osko Ltd earn in Vardeau's option?",
            "Halden Corp said it and Osko Ltd can earn a 50 pct interest in Vardeau Inc's"
            " option to buy the Tarn gold mine by spending up to five mln dlrs.",
            "50 pct",
        ),
        # "which" is Halden Oil Co of Texas, not Texas: a relative clause after "Name of
        # Place" is about the firm
        (
            "What stake does Halden Oil hold in Corvex Engineering?",
            "Halden Oil Co of Texas, which has a 9.8 pct stake in Corvex Engineering Group"
            " Inc, said its chairman was appointed to the Corvex board.",
            "9.8 pct",
        ),
    ],
)
def test_the_asked_partys_figure_among_other_parties(
    question: str, sentence: str, answer: str
) -> None:
    (found,) = found_for(question, [sentence], [0.6])
    assert found.answers[0].text == answer


def test_how_a_buyer_pays_is_answered_by_what_is_given_for_the_purchase() -> None:
    texts = [
        "Corvex Energy said it agreed to purchase an 80 pct interest in a plastics maker.",
        "Corvex said the acquisition would be made for promissory notes and common stock.",
    ]
    found = found_for("How will Corvex Energy pay for the interest?", texts, [0.8, 0.4])
    assert found[0].sentence.text == texts[1]
    # no sentence says what is given: the most relevant one answers
    found = found_for("How will Corvex Energy pay for the interest?", texts[:1], [0.8])
    assert found[0].sentence.text == texts[0]


def test_another_party_in_one_clause_leaves_the_asked_ones_clause() -> None:
    question = "What share will Corvex hold in the Halden Marine joint venture?"
    # the asked party's share, and another's in a clause of its own
    both = (
        "A Corvex statement said the company will have a 26 pct share in Halden Marine Ltd, "
        "while Osko Scientific Ltd will own the remaining stake."
    )
    [found] = found_for(question, [both], [0.9])
    assert [a.text for a in found.answers] == ["26 pct"]
    # the relation given to another party in the amount's own clause answers nothing
    assert (
        found_for(question, ["Osko Scientific Ltd will own 74 pct of Halden Marine."], [0.9]) == []
    )


def test_which_things_is_answered_where_they_are_named() -> None:
    question = "Which Winnipeg newspapers did Corvex acquire?"
    bought = "Corvex said it acquired three community newspapers in Winnipeg."
    named = "Corvex said the newspapers, The Herald, The Lance and Metro One, will be printed."
    assert findings(question, [bought, named], [1.0, 0.5])[0] == named


def test_a_dividend_is_no_price_wherever_the_parse_hangs_its_amount() -> None:
    question = "What did Corvex Group pay for its stake in Halden Coat?"
    # the parse hangs "of 10 cts" on the year, not on the dividend
    dividend = (
        "<Corvex Group Inc>, formerly Corvex Carpets Ltd, said it declared its first dividend "
        "since fiscal 1978 of 10 cts per subordinate voting share and multiple voting share, "
        "pay April 15, record April 8."
    )
    assert findings(question, [dividend], [0.5]) == []


def test_a_sentence_naming_no_one_may_say_the_asked_party_is_unnamed() -> None:
    # the seller is "an unnamed company"; a firm in another article's sentence about
    # something else is no seller, though a sentence naming no one is not read for names
    question = "Which company sold Corvex the patent covering its blood therapy?"
    deal = evidence_of("a", ["The company said the patent was acquired from an unnamed company."])
    other = evidence_of(
        "b", ["Corvex Inc said it expects the Food and Drug Administration to approve its therapy."]
    )
    ranked = [(0.6, deal.sentences[0], deal), (0.58, other.sentences[0], other)]
    assert _found(question, ranked) == []


def test_a_sentence_saying_who_does_the_asked_act_outweighs_a_silent_restatement() -> None:
    # the launch restates the question and names no manager; the second sentence says
    # outright who will manage the fund
    question = "Which firm will manage the bond fund Corvex introduced for pension plans?"
    texts = [
        "Corvex Corp said it introduced a bond fund designed for pension plans managing assets.",
        "The company said the fund will be managed by <Halden Investment Advisors>.",
    ]
    found = found_for(question, texts, [0.9, 0.45])
    assert [a.text for a in found[0].answers] == ["Halden Investment Advisors"]


class _DrugSpace(HashingEmbeddings):
    """Medicine and drug near each other; every other word far from both."""

    def embed_matrix(self, texts: list[str]) -> FloatMatrix:
        near = {"medicine": [1.0, 0.1, 0.0], "drug": [0.9, 0.2, 0.0]}
        return normalize_rows(np.array([near.get(t, [0.0, 0.0, 1.0]) for t in texts]))


def test_a_thing_picked_out_is_found_under_a_noun_near_the_asked_one() -> None:
    question = "Which anxiety medicine will Corvex distribute?"
    sentence = "Corvex will distribute chlorazepate dipotassium, an anti-anxiety drug."
    article = evidence_of("a", [sentence])
    [found] = _found(question, [(0.7, article.sentences[0], article)], _DrugSpace(dimension=3))
    assert [a.text for a in found.answers] == ["chlorazepate dipotassium"]


def test_a_sentence_naming_the_asked_things_beats_one_giving_their_price() -> None:
    # "which N did X buy" is answered where the N are named, though the sentence with the
    # price restates more of the question
    priced = (
        "Corvex said it agreed to buy two Halden radio stations from Osko Corp for 24 mln dlrs."
    )
    named = "Corvex said the two stations are KTBX-AM and KTBY-FM."
    question = "Which two radio stations is Corvex buying from Osko?"
    assert findings(question, [priced, named], [1.0, 0.5])[0] == named


def test_a_payer_described_by_its_country_is_not_another_than_the_asked() -> None:
    # the question names no party, only where the payer is from: the sentence's payer,
    # named, is the described one, not another
    sentence = (
        "Corvex Corp, which ranks as the largest copper producer in the U.S., last year"
        " paid 240 mln dlrs for Halden Chemicals Co, a maker of carbon black."
    )
    question = "What did the largest US copper producer pay last year for its carbon black maker?"
    (found,) = found_for(question, [sentence], [0.8])
    assert found.answers[0].text == "240 mln dlrs"
    # a payer the question names is still checked against the sentence's
    assert found_for("What did Osko pay for Halden Chemicals?", [sentence], [0.8]) == []


def test_a_name_dating_the_question_owns_no_amount_it_asks() -> None:
    # the court only dates the payment: the amount another party is ordered to pay is
    # not ruled out for being no court's
    texts = ["A court ruled that Bruvik would have to pay 100,000 kroner to the music industry."]
    question = "How much must the student pay the music industry after the Halden Court ruling?"
    (finding,) = found_for(question, texts, [0.8])
    assert finding.answers[0].text == "100,000 kroner"


def test_the_full_name_of_an_asked_short_form_is_the_asked_party() -> None:
    # the article defines "PwC": the sentence naming the firm in full is no other party's
    texts = [
        "Advisers PricewaterhouseCoopers (PwC) ran the survey.",
        "For the survey, PricewaterhouseCoopers interviewed 1,324 chief executives.",
    ]
    found = found_for("How many chief executives did PwC interview?", texts, [0.3, 0.8])
    assert found[0].answers[0].text == "1,324"


def test_a_sentence_writing_out_the_asked_initials_names_the_asked_firm() -> None:
    # the article never writes "KBA"; its "Kestrel Bay Airlines" is the firm asked about
    texts = [
        "Boeing has orders for 56 of the jets so far.",
        "Kestrel Bay Airlines has made a firm order for 30 of the jets.",
    ]
    question = "How many jets has KBA ordered?"
    assert findings(question, texts, [0.5, 0.5])[0] == texts[1]


def test_a_sentence_writing_out_the_asked_initials_has_the_asked_name_among_its_words() -> None:
    # relevance counts "KBA" as covered by the article's "Kestrel Bay Airlines"
    texts = [
        "Boeing has orders for 56 of the jets so far.",
        "Kestrel Bay Airlines has orders for 30 of the jets so far.",
    ]
    asked = understand("How many jets has KBA ordered?", parse=lambda t: parse([t])[0])
    article = evidence_of("a", texts)
    weights = Weights(lambda _: 1.0)
    other, own = (
        sentence_relevance(s, article, asked.parts[-1], asked, weights, similarity=0.0)
        for s in article.sentences
    )
    assert own > other


def test_a_sentence_printed_again_in_another_article_is_read_there_too() -> None:
    # a story run twice: its answering sentence is read in each copy, however far down the
    # ranking the copy comes, so that both can be cited
    answer = "The engines for the Corvex jet will be supplied by Halden Motoren."
    others = [f"Corvex showed the jet to buyers in Paris on day {n}." for n in range(1, 6)]
    first = evidence_of("a", [*others, answer])
    copy = evidence_of("b", [*others, answer])
    ranked = [(0.9 - 0.05 * i, s, first) for i, s in enumerate(first.sentences)]
    ranked += [(0.5 - 0.05 * i, s, copy) for i, s in enumerate(copy.sentences)]
    found = _found("Which company will supply the engines for the Corvex jet?", ranked)
    stating = {f.article.article_id for f in found if f.sentence.text == answer}
    assert stating == {"a", "b"}
