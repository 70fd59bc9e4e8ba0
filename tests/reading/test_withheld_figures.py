"""An article naming the asked figure as withheld ("The value of the offering was
undisclosed") gives another figure elsewhere, no answer to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.withheld_figures import withholds_the_figure
from tests.reading.conftest import ask_one

VALUE = "What is the value of the upgrade offer Halden introduced?"
PRICE = "At what price did Brixton Securities buy the notes?"
CONTRACT = "What is the value of the Corvex contract?"
PAYING = "How much is Acme paying for Corvex?"


def _parse(text: str):  # type: ignore[no-untyped-def]
    return shared_pipeline().annotate([text])[0]


@pytest.mark.parametrize(
    ("question", "sentence", "withheld"),
    [
        (VALUE, "The value of the offering was undisclosed.", True),
        (VALUE, "Halden did not disclose the value of the offer.", True),
        (PRICE, "Morgan declined to disclose the level at which Brixton purchased them.", True),
        ("What did Brixton pay for the notes?", "Morgan would not reveal the price it paid.", True),
        # another thing's value, a value told, another act's level
        (VALUE, "The value of the merger was not disclosed.", False),
        (VALUE, "The value of the offering was disclosed on Monday.", False),
        (VALUE, "The value of the offering was not undisclosed.", False),
        (PRICE, "Morgan did not disclose the level at which Brixton sold the bonds.", False),
        # another deal's figure: its thing, its possessor, its relative clause's object
        (CONTRACT, "The value of the Corvex contract was not disclosed.", True),
        (CONTRACT, "The value of the Brixton contract was undisclosed.", False),
        (CONTRACT, "The value of Halden's deal with Brixton was not disclosed.", False),
        (CONTRACT, "Its value was not disclosed.", False),
        (PAYING, "Acme did not disclose the price it paid for Corvex.", True),
        (PAYING, "Acme did not disclose the price it paid for the Iowa mill.", False),
    ],
)
def test_a_figure_withheld_by_name(question: str, sentence: str, withheld: bool) -> None:
    part = understand(question, parse=_parse).parts[0]
    assert withholds_the_figure(_parse(sentence), part) is withheld


ARTICLE = (
    "Halden Corp introduced a special upgrade offer for Corvex system customers moving to "
    "its model 600. Halden also cut the price of its memory boards to 3,500 dlrs a megabyte. "
    "The value of the offering was undisclosed."
)


def test_a_value_withheld_is_not_answered_by_another_price(tmp_path: Path) -> None:
    question = "What is the value of the special upgrade offer Halden introduced?"
    answer = ask_one("HALDEN UPGRADE OFFER", ARTICLE, question, tmp_path)
    assert not answer.answered, answer.text


def test_the_other_price_still_answers_its_own_question(tmp_path: Path) -> None:
    question = "What does a megabyte of Halden memory cost?"
    answer = ask_one("HALDEN UPGRADE OFFER", ARTICLE, question, tmp_path)
    assert answer.answered and "3,500" in answer.text, answer.text


def test_another_deals_value_withheld_leaves_the_asked_one(tmp_path: Path) -> None:
    text = (
        "Acme Corp agreed to buy Corvex Inc. The deal is worth about 3.1 mln dlrs, Acme said. "
        "The value of Acme's deal for the Iowa mill was undisclosed."
    )
    question = "What is the value of Acme's deal for Corvex?"
    answer = ask_one("ACME TO BUY CORVEX", text, question, tmp_path)
    assert answer.answered and "3.1" in answer.text, answer.text
