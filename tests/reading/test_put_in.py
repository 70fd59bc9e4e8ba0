"""What a party 'puts in' a venture or 'on the table' of a deal is money: it contributes or
offers a sum (not 'put in place')."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.kinds import Kind
from retrieval.reading.normalize import normalize_question


def _kinds(question: str) -> list[Kind]:
    text = normalize_question(question)
    asked = understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])
    return [part.kind for part in asked.parts]


@pytest.mark.parametrize(
    "question",
    [
        "What did Corvex put on the table for Halden's steel arm?",
        "What has Corvex put in so far?",
    ],
)
def test_what_a_party_puts_in_or_on_the_table_is_money(question: str) -> None:
    assert _kinds(question) == [Kind.MONEY]


def test_what_is_put_in_place_is_no_sum() -> None:
    assert _kinds("What has Corvex put in place to fend off Halden?") == [Kind.THING]


@pytest.mark.parametrize(
    "question",
    [
        "How much is Corvex putting into the Halden venture?",
        "How much are Corvex and Brill putting into their new steel venture?",
        "How much has Corvex put into Halden Ltd?",
    ],
)
def test_how_much_a_party_puts_into_an_enterprise_is_money(question: str) -> None:
    # what goes into a firm or a venture is capital: a sum, never a share ("50 pct")
    assert _kinds(question) == [Kind.MONEY]


@pytest.mark.parametrize(
    "question",
    [
        "How much are the refiners putting into storage?",
        "How much effort has Corvex put into the bid?",
    ],
)
def test_what_is_put_into_a_state_or_an_act_is_no_sum(question: str) -> None:
    assert _kinds(question) == [Kind.AMOUNT]
