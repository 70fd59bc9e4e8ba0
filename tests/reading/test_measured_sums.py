"""An amount written before a sum noun measures that sum; a price's move is no price."""

from __future__ import annotations

import pytest

from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of

PROFIT = "Corvex Bank reported a 72.1 billion yen net profit in the 1985/86 year."
MOVE = "Halden Plc shares were 2p firmer at 134 after the news."


def tied(question: str, sentence: str) -> list[str]:
    return [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]


@pytest.mark.parametrize(
    "question",
    [
        "How big is the penalty tax the tax bureau imposed on Corvex Bank?",
    ],
)
def test_a_result_is_no_other_sum(question: str) -> None:
    # a profit is a firm's result; a tax or a fee is another sum, though both are money
    assert tied(question, PROFIT) == []


def test_the_result_asked_is_measured_by_the_amount_before_it() -> None:
    assert tied("How big was Corvex Bank's net profit in 1985/86?", PROFIT) == ["72.1 billion yen"]
    fee = "Corvex Bank will pay Halden Corp a 3 mln dlr licensing fee."
    assert tied("What licensing fee is Corvex Bank paying Halden Corp?", fee) == ["3 mln dlr"]


def test_how_far_a_price_moved_is_no_value() -> None:
    question = "What is the dollar value of Halden Plc's radar contract?"
    assert tied(question, MOVE) == []
    worth = "Halden Plc said the radar contract is worth 12 mln stg."
    assert tied(question, worth) == ["12 mln stg"]


@pytest.mark.parametrize(
    ("question", "sentence", "difference"),
    [
        (
            "How much higher is Halden Plc's new price than the old one?",
            "Halden Plc said its new price is still 14 dlrs higher than the old one.",
            "14 dlrs",
        ),
        ("By how much did Halden Plc shares rise?", MOVE, "2p"),
        (
            "By how much is Halden Plc's radar contract bigger?",
            "Halden Plc said the radar contract is 3 mln stg bigger than the last one.",
            "3 mln stg",
        ),
    ],
)
def test_a_difference_answers_a_question_comparing(
    question: str, sentence: str, difference: str
) -> None:
    assert tied(question, sentence)[:1] == [difference]


def test_a_comparative_before_the_amount_leaves_it_a_price() -> None:
    # "a higher 25 dlrs" is the price itself; "3 mln stg bigger" only how much bigger
    question = "What price per share did Corvex Bank offer for Halden Plc?"
    raised = "Corvex Bank raised its bid for Halden Plc to a higher 25 dlrs a share."
    assert tied(question, raised) == ["25 dlrs"]
    bigger = "Halden Plc said the radar contract is 3 mln stg bigger than the last one."
    assert tied("What is the value of Halden Plc's radar contract?", bigger) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Moody's said it affirmed the ratings on 12 billion dlrs of debt of Corvex Corp.",
        "Corvex Corp said it received 33 mln dlrs in debt on its clinic in Halden.",
        "Corvex Corp took on a 12 billion dlr debt to fund the purchase.",
    ],
)
def test_an_amount_of_the_asked_noun_is_tied_to_it(sentence: str) -> None:
    # "12 billion dlrs of debt", "in debt", "a ... dlr debt": the amount measures the noun
    (best, *_) = candidates_of("How much debt does Corvex Corp have?", sentence)
    assert best.tie >= 0.8


@pytest.mark.parametrize(
    "sentence",
    [
        # a percentage of a part of a whole, or of a thing, gives no rate
        "Seneca will provide Argo with a credit line to finance its 25 pct share of the costs.",
        "The plan gives Seneca a 75 pct interest in Argo's oil and gas properties.",
        "The plan calls for Seneca to receive 75 pct of Argo's producing oil assets.",
        # a percentage a verb takes of an owned whole is a part of it
        "Bank debt accounts for about 70 pct of Argo's overall debt.",
        "The credit line makes up 40 pct of the company's borrowings.",
        "The credit line represents 40 pct of the company's borrowings.",
        # payments of the charge, not the charge, amount to the part
        "Interest payments account for 12 pct of Argo's costs.",
    ],
)
def test_a_part_of_a_whole_is_no_rate(sentence: str) -> None:
    question = "What interest rate will Seneca charge Argo on the credit line?"
    assert tied(question, sentence) == []


def test_a_rate_is_answered_by_a_rate_and_a_stake_by_a_stake() -> None:
    rate = "Seneca will charge Argo interest at a rate of 9.5 pct on the credit line."
    assert tied("What interest rate will Seneca charge Argo on the credit line?", rate) == [
        "9.5 pct"
    ]
    assert tied("What stake does Seneca hold in Argo?", rate) == []
    stake = "Seneca holds a 25 pct stake in Argo."
    assert tied("What stake does Seneca hold in Argo?", stake) == ["25 pct"]


def test_an_asked_interest_may_be_a_charge() -> None:
    # "interest" names a charge as well as a holding: asked, it may be a rate's
    notes = "The debentures will carry a 13 pct annual interest rate, Emery said."
    assert tied("What interest will Emery's debentures carry?", notes) == ["13 pct"]


@pytest.mark.parametrize(
    ("question", "sentence", "rate"),
    [
        # a percentage of a base is a rate: only a part held or handed over is not
        (
            "What royalty rate will Halden pay Corvex?",
            "Halden will pay Corvex royalties of 5 pct of net sales.",
            "5 pct",
        ),
        (
            "At what rate of capacity did U.S. industry operate in February?",
            "U.S. industry operated at 79.7 pct of capacity in February.",
            "79.7 pct",
        ),
        # a noun's measure of a base stays a rate, the base owned or not
        (
            "What royalty rate will Halden pay Corvex?",
            "Halden will pay Corvex a royalty of 5 pct of its sales.",
            "5 pct",
        ),
        # other verbs take rates of an owned base: only verbs of being a part of take shares
        (
            "What interest rate will Seneca charge Argo on the credit line?",
            "Seneca will charge Argo interest at 110 pct of the bank's prime rate.",
            "110 pct",
        ),
        (
            "What interest rate will the loan carry?",
            "The loan will carry interest set at 75 pct of the bank's base rate.",
            "75 pct",
        ),
        (
            "What royalty rate will Halden pay Corvex?",
            "Halden will pay Corvex 5 pct of its sales.",
            "5 pct",
        ),
        (
            "At what rate of capacity did Corvex operate in February?",
            "Corvex operated at 79.7 pct of its capacity in February.",
            "79.7 pct",
        ),
        (
            "What fee rate will Seneca charge Argo?",
            "Seneca will charge Argo 3 pct of the loan's value as a fee.",
            "3 pct",
        ),
        # "interest in cash" is how it is paid, not a holding
        (
            "What interest rate will Emery's senior notes pay?",
            "The notes will pay 13 pct interest in cash or in additional notes.",
            "13 pct",
        ),
        # what amounts to a part of a base is the asked rate, or the charge asked about:
        # its percentage is that rate
        (
            "What interest rate will Seneca charge Argo on the credit line?",
            "The interest rate represents 110 pct of the bank's prime rate.",
            "110 pct",
        ),
        (
            "What royalty rate will Halden pay Corvex?",
            "The royalty that Halden will pay Corvex represents 5 pct of its sales.",
            "5 pct",
        ),
        (
            "What fee rate will Seneca charge Argo?",
            "The fee that Seneca will charge Argo makes up 3 pct of the loan's value.",
            "3 pct",
        ),
    ],
)
def test_a_percentage_of_a_base_is_a_rate(question: str, sentence: str, rate: str) -> None:
    assert tied(question, sentence) == [rate]


@pytest.mark.parametrize(
    "sentence",
    [
        # a percentage of a firm's shares, or a holding in things, is no rate
        "The notes will be convertible into 20 pct of Marston's common stock.",
        "Corvex holds a 20 pct interest in offshore leases.",
    ],
)
def test_a_part_of_shares_or_of_things_held_is_no_rate(sentence: str) -> None:
    assert tied("What interest rate will Marston's notes carry?", sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a sum written before a noun says how big that thing is, not what was paid
        "Corvex Corp said it has received a 15 mln dlr renewal of its supply agreement.",
        "Corvex Corp booked a 69 mln dlr gain on the sale of its Halden unit.",
    ],
)
def test_a_sum_before_another_noun_sizes_that_noun(sentence: str) -> None:
    assert tied("How much did Corvex Corp pay for its stake in Halden Plc?", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        # ...but a deal's or an offer's size is what is paid or offered for it
        ("Corvex Corp completed its 15 mln dlr acquisition of Halden Plc.", "15 mln dlr"),
        ("Corvex Corp made a 15 mln dlr offer for Halden Plc.", "15 mln dlr"),
        ("Corvex Corp paid a 15 mln dlr fee to Halden Plc.", "15 mln dlr"),
    ],
)
def test_a_sum_before_a_deal_or_an_offer_is_paid(sentence: str, paid: str) -> None:
    assert tied("How much did Corvex Corp pay Halden Plc?", sentence) == [paid]


def test_a_sum_before_above_is_a_margin_no_price() -> None:
    # "$3,000 above that of a car": how much more one costs, not a fee anyone pays
    question = "What licensing fee is Corvex Bank paying Halden Corp for its technology?"
    margin = (
        "Watchers say the price tag on a hybrid - upwards of $3,000 above that of an "
        "equivalent car - may cool its attraction."
    )
    assert tied(question, margin) == []
    asked = "How far above the market price was Corvex Bank's bid for Halden Corp?"
    above = "Corvex Bank bid 25 dlrs a share for Halden Corp, 3 dlrs above the market price."
    assert "3 dlrs" in tied(asked, above)
    # "above" in a question that asks the price itself asks no difference
    price = "At what price above the market did Corvex Bank bid for Halden Corp?"
    assert "3 dlrs" not in tied(price, above)


def test_money_invested_is_no_fee() -> None:
    question = "What licensing fee is Corvex Corp paying Halden Plc for its engine technology?"
    invested = "This follows the company's proposal to invest about 400 mln pesos in a plant."
    assert tied(question, invested) == []
    fee = "Corvex Corp will pay Halden Plc a licensing fee of 400 mln pesos for the technology."
    assert tied(question, fee) == ["400 mln pesos"]
    asked = "How much is Corvex Corp investing in Halden Plc's engine plant?"
    assert tied(asked, "Corvex Corp will invest about 400 mln pesos in the engine plant.") == [
        "400 mln pesos"
    ]


def test_money_invested_is_no_price_nor_worth() -> None:
    invested = "Before the launch, Corvex Corp had invested some 280 mln dlrs in the car's plant."
    assert tied("What price will Corvex Corp's new car sell for?", invested) == []
    assert tied("What is the value of Corvex Corp's supply contract with Halden?", invested) == []
    # a word merely spelled like "invest" speaks of no investing
    asked = "What is the value of Corvex Corp's investigation contract with Halden?"
    assert tied(asked, invested) == []
    # what the money is put into costs it, asked in the question's own words
    plant = "Corvex Corp will invest about 400 mln pesos in the new engine plant."
    assert tied("How much will Corvex Corp's new engine plant cost?", plant) == ["400 mln pesos"]
    assert tied("What is the cost of Corvex Corp's new engine plant?", plant) == ["400 mln pesos"]
    # a stake bought is an investment: what was invested may be its price
    stake = "Corvex Corp invested 280 mln dlrs for a 20 pct stake in Halden Plc."
    assert tied("What price did Corvex Corp pay for its stake in Halden Plc?", stake) == [
        "280 mln dlrs"
    ]


@pytest.mark.parametrize(
    ("sentence", "paid"),
    [
        # the act noun of selling or of parting with a thing, sized by a sum, is one deal:
        # the sum is its price, whichever side the sentence tells it from
        ("Halden Plc announced the 40 mln rand cash sale on Monday.", "40 mln rand"),
        ("Halden Plc completed a 40 mln dlr disposal of its mills.", "40 mln dlr"),
        ("Halden Plc agreed a 40 mln dlr divestiture of its mills.", "40 mln dlr"),
    ],
)
def test_a_sum_before_a_sale_is_its_price(sentence: str, paid: str) -> None:
    assert tied("What is Corvex Corp paying Halden Plc for its mills?", sentence) == [paid]


def test_sales_in_the_plural_are_a_flow_no_price() -> None:
    # "sales" of a year are a firm's revenue, however near "sale" in form
    sentence = "Halden Plc had sales of 40 mln dlrs last year, and a deal is near."
    assert tied("What is Corvex Corp paying Halden Plc for its mills?", sentence) == []
