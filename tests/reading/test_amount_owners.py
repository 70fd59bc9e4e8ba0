"""Whose an amount is, whatever unit the question asks it in: "how much did X get" asks
a sum X was paid, so a sum another firm paid to a third is no answer; and who does what
an infinitive after a noun says is the noun's possessor ("Halden Plc's plan to pay")."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers

SOLD = "How much did Corvex Corp get when it sold Halden Plc?"


def test_a_sum_another_paid_is_not_the_asked_firms() -> None:
    # Osko paid it, to someone the sentence does not say: not what Corvex got
    sentence = "Analysts noted that Osko Oy had paid around 125 mln dlrs for Halden Plc."
    assert answers(SOLD, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvex Corp got 125 mln dlrs for Halden Plc.",
        # paid to the asked firm: its own
        "Osko Oy paid Corvex Corp 125 mln dlrs for Halden Plc.",
        "Osko Oy said it paid 125 mln dlrs to Corvex Corp for Halden Plc.",
    ],
)
def test_a_sum_the_asked_firm_got_answers(sentence: str) -> None:
    assert answers(SOLD, sentence) == ["125 mln dlrs"]


def test_how_much_without_a_payment_keeps_any_owner() -> None:
    # a size is no party's: "how big" asks no payment
    sentence = "Osko Oy said Halden Plc's market is worth 125 mln dlrs."
    assert answers("How big is the market Halden Plc sells in?", sentence) == ["125 mln dlrs"]


def test_an_infinitive_after_a_noun_is_done_by_its_possessor() -> None:
    # "Halden Plc's plan to pay": Halden would pay, whoever welcomed the plan
    question = "How much will Corvex Corp pay for Osko Oy?"
    theirs = "Corvex Corp welcomed Halden Plc's plan to pay 380 mln dlrs for Osko Oy."
    assert answers(question, theirs) == []
    # "the management's plan": no other firm's, whoever cited it
    own = "Moody's cited the management's plan to pay up to 380 mln dlrs for Osko Oy."
    assert answers(question, own) == ["380 mln dlrs"]


OPTION = "At what price can Oskar Lind buy Halden Plc shares under his option?"


def test_a_noun_given_is_acted_on_by_its_receiver() -> None:
    # "granted Oskar Lind an option to buy": Lind would buy, not Halden, who grants it
    sentence = "Halden Plc granted Oskar Lind an option to buy 50,000 shares at 12.50 dlrs a share."
    assert answers(OPTION, sentence) == ["12.50 dlrs"]


def test_a_noun_given_to_another_is_not_the_givers() -> None:
    # the option is Lind's: what he may pay is no price of Halden's, who grants it
    question = "At what price can Halden Plc buy the shares?"
    sentence = "Halden Plc granted Oskar Lind an option to buy 50,000 shares at 12.50 dlrs a share."
    assert answers(question, sentence) == []


def test_a_proposal_sent_is_acted_on_by_its_sender() -> None:
    # a proposal, unlike an option, is carried out by who makes it, not who receives it
    question = "How much did Corvex Corp propose to pay for Halden Plc?"
    sentence = "Corvex Corp sent Halden Plc a proposal to acquire the company for 40 mln dlrs."
    assert answers(question, sentence) == ["40 mln dlrs"]
