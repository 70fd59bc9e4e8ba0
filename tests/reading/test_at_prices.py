"""A price said by "at" on goods bought or sold is what each unit costs: it answers a
price asked per unit though the sentence names no unit; a whole's price "at" does not."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.at_prices import priced_at
from retrieval.reading.sentence_answers import MIN_TIE
from retrieval.reading.spans import candidates
from tests.reading.test_spans import part_of

PER_TONNE = "What did the Varga Ministry then offer per tonne for the rice?"


def test_a_price_at_on_goods_bought_answers_per_unit() -> None:
    sentence = "The Varga Ministry then offered to buy rice at 85 dlrs CAF for May delivery."
    part, names, text = part_of(PER_TONNE)
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, part, asked_names=names, question=text)
    assert [c.text for c in found if c.tie >= MIN_TIE] == ["85 dlrs"]


def _money(sentence: str) -> bool:
    doc = shared_pipeline().annotate([sentence])[0]
    span = next(e for e in doc.ents if e.label_ == "MONEY")
    return priced_at(span)


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Osko Oy agreed to sell maize at 120 dlrs FOB.", True),
        ("Osko Oy will buy 50,000 shares at 12 dlrs.", True),
        # a whole a determiner picks out: its price, not a unit's
        ("Osko Oy acquired the unit at 20 mln dlrs.", False),
        # a sum in millions is a total, whatever the object
        ("Osko Oy agreed to buy 20 pct of Halden Plc at 50 mln dlrs.", False),
        # a market price, not a trade's
        ("Halden shares traded at 34 dlrs on Friday.", False),
        # "at" a time, the amount elsewhere
        ("Osko Oy bought rice for 40 mln dlrs at the auction.", False),
    ],
)
def test_which_at_prices_are_a_units(sentence: str, unit: bool) -> None:
    assert _money(sentence) is unit


def _tied(question: str, sentence: str) -> list[str]:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    found = candidates(doc, part, asked_names=names, question=text)
    return [c.text for c in found if c.tie > 0]


EXERCISE = "What exercise price do the new Halden Plc warrants carry?"


def test_a_total_is_no_price_of_a_share_asked() -> None:
    # a conversion or exercise price is what one share costs: a sum in millions is none
    raised = "Halden Plc sold the new warrants to Osko Oy to raise 12.5 mln dlrs."
    assert _tied(EXERCISE, raised) == []


def test_a_price_of_a_share_answers_a_securitys_price() -> None:
    sentence = "The new Halden Plc warrants carry an exercise price of 12.50 dlrs."
    assert _tied(EXERCISE, sentence) == ["12.50 dlrs"]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a total asked: a sum in millions answers it
        (
            "What was the total subscription price of the Halden Plc rights issue?",
            "The Halden Plc rights issue at a subscription price of 120 mln dlrs was taken up.",
        ),
        # "exercised its option" names no exercise price
        (
            "What price did Osko Oy pay when it exercised its option on Halden Plc?",
            "Osko Oy exercised its option to buy the rest of Halden Plc for 120 mln dlrs.",
        ),
    ],
)
def test_a_total_answers_unless_a_securitys_price_is_named(question: str, sentence: str) -> None:
    assert _tied(question, sentence) == ["120 mln dlrs"]
