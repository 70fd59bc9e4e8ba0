"""A part asked as later ("what did it later file for") is answered from a later report,
one asked as original ("what did it originally ask") from an earlier one."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.event_order import Order, asked_order
from retrieval.service import AllianceService
from tests.reading.conftest import module_service


@pytest.mark.parametrize(
    ("part", "order"),
    [
        ("what stake did it later file to buy?", Order.AFTER),
        ("who has since topped the offer?", Order.AFTER),
        ("what price did Harlow originally ask?", Order.BEFORE),
        ("when did Harlow first buy in?", Order.BEFORE),
        ("how many shares has it bought since March?", None),  # a preposition
        ("what were its first-quarter sales?", None),  # an adjective
        ("what stake does Harlow hold?", None),
    ],
)
def test_an_adverb_of_sequence_on_the_verb_orders_the_event(part: str, order: Order | None) -> None:
    assert asked_order(shared_pipeline().annotate([part])[0]) is order


ARTICLES = [
    {
        "id": "tavern-march",
        "title": "TAVERN GROUP HOLDS STAKE IN NORWELL FOODS",
        "date": "1987-03-10",
        "text": (
            "Tavern Group Inc said in a filing with the Securities and Exchange Commission "
            "that it holds 2.4 mln shares, or close to six pct, of Norwell Foods Corp.\n"
            "Tavern said it bought the Norwell Foods shares for investment purposes."
        ),
    },
    {
        "id": "tavern-october",
        "title": "TAVERN GROUP SEEKS CLEARANCE FOR NORWELL FOODS STAKE",
        "date": "1987-10-14",
        "text": (
            "Tavern Group Inc said it made filings with federal regulators that would let "
            "it raise its holding in Norwell Foods Corp to as much as 19.5 pct.\n"
            "Tavern said it had no present plans to seek control of Norwell Foods."
        ),
    },
]

service = module_service(ARTICLES, "order")


def test_a_part_asked_as_later_is_answered_from_the_later_report(
    service: AllianceService,
) -> None:
    answer = service.ask(
        "How many Norwell Foods shares did Tavern Group say it held in March, and what "
        "stake in Norwell Foods did Tavern later file to go up to?"
    )
    assert "2.4 mln" in answer.text, answer.text
    assert "19.5 pct" in answer.text, answer.text
