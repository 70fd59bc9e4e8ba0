"""An answer must be of the asked kind of sum: what a party puts into a venture is
capital, a sum of money (never a share such as "40 pct"), and what is paid "for each"
thing is a rate (never a whole contract's worth)."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asked_rates import asks_rate
from retrieval.reading.asking import understand
from retrieval.reading.kinds import Kind
from retrieval.reading.normalize import normalize_question
from retrieval.reading.sentence_answers import MIN_TIE
from retrieval.reading.spans import candidates
from retrieval.reading.sums_apart import another_sum


def tied(question: str, sentence: str) -> list[str]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, asked.parts[0], asked_names=asked.names, question=text)
    return [c.text for c in found if c.tie >= MIN_TIE]


def _kinds(question: str) -> list[Kind]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    return [part.kind for part in asked.parts]


def test_a_share_is_no_sum_put_into_a_venture() -> None:
    question = "How much is Corvex putting into the Halden venture?"
    assert tied(question, "Corvex will own 40 pct of the Halden venture.") == []
    put = "Corvex is putting 12 mln dlrs into the Halden venture."
    assert tied(question, put) == ["12 mln dlrs"]


def test_for_each_thing_asks_a_rate() -> None:
    assert asks_rate("How much does Corvex pay Halden for each hull inspection?")
    assert asks_rate("What will banks put in for every dollar of debt?")
    # "for each" with nothing after it is no unit
    assert not asks_rate("How many cars did they buy, and what did they pay for each?")


def test_for_each_thing_makes_no_amount_of_what_is_asked() -> None:
    # "for each" a thing asks a rate only of a part that already asks a sum
    assert _kinds("What did Corvex build for each customer?") != [Kind.MONEY]
    assert _kinds("How much does Corvex pay Halden for each hull inspection?") == [Kind.MONEY]


def test_a_contract_worth_is_no_price_for_each_thing() -> None:
    question = "How much does Corvex pay Halden for each hull inspection?"
    whole = "The contract under which Corvex pays Halden for hull inspections is worth 7 mln dlrs."
    assert tied(question, whole) == []
    each = "Corvex pays Halden 500 dlrs per hull inspection."
    assert tied(question, each) == ["500 dlrs"]


def test_a_percentage_of_a_worth_is_a_price() -> None:
    question = "What price will Corvex offer for Halden's class B shares?"
    priced = "The price offered for the class B shares will be 80 pct of their book value."
    assert "80 pct of their book value" in tied(question, priced)
    # a percentage of a thing counted is a part of it, never a price
    part = "Corvex will offer to buy 80 pct of the class B shares."
    assert tied(question, part) == []


def test_a_percentage_of_the_price_is_no_price() -> None:
    # a part of the asked sum, paid in cash or borrowed, is not the sum
    question = "How much will Corvex pay for Halden?"
    assert tied(question, "Corvex will pay about 80 pct of the price in cash.") == []
    assert tied(question, "Corvex will raise 80 pct of the purchase price from banks.") == []


def test_a_deal_size_is_no_fee() -> None:
    question = "What arranging fee is Corvex paying Halden Securities?"
    # the financing the fee is paid on is no fee
    financing = "Corvex said it arranged a 40 mln dlr financing with Halden Securities."
    assert tied(question, financing) == []
    assert tied(question, "Corvex will pay Halden Securities a 1.2 mln dlr fee.") == ["1.2 mln dlr"]
    # a payment may be the fee
    paid = "Corvex will make a 1.2 mln dlr payment to Halden Securities."
    assert tied(question, paid) == ["1.2 mln dlr"]
    # a fee named by a noun whose money sense is not its first sizes no other thing
    assert not _sizes_another(question, "Corvex will pay a 1.2 mln dlr commission to Halden.")
    assert not _sizes_another(question, "Corvex will pay Halden a 1.2 mln dlr success bonus.")
    assert _sizes_another(question, financing)


def _sizes_another(question: str, sentence: str) -> bool:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    doc = shared_pipeline().annotate([sentence])[0]
    return any(another_sum(e, asked.parts[0]) for e in doc.ents if e.label_ == "MONEY")


def test_a_scale_split_off_its_amount_is_no_thing_sized() -> None:
    # the parse may take the "m." of "£35m." at a sentence's end for a noun the amount sizes
    question = "What fee would Halden accept for Brill?"
    sentence = "Halden would however be happy with Brill's transfer for any fee over £35m."
    assert tied(question, sentence) != []
