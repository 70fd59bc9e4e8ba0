"""A verbless question asks for its phrase's head, not a word modifying it."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.kinds import Kind


def _part(question: str) -> tuple[Kind, str | None]:
    parse = shared_pipeline().annotate
    (part,) = understand(question, parse=lambda t: parse([t])[0]).parts
    return part.kind, part.focus


@pytest.mark.parametrize(
    ("question", "focus"),
    [("pension fund - total assets?", "asset"), ("corvex mill merger - total output?", "output")],
)
def test_total_asks_the_amount_of_the_noun_it_modifies(question: str, focus: str) -> None:
    assert _part(question) == (Kind.AMOUNT, focus)


@pytest.mark.parametrize(
    ("question", "focus"),
    [("acme merger - total stores?", "store"), ("bank deal - total branches?", "branch")],
)
def test_total_of_countable_things_asks_how_many(question: str, focus: str) -> None:
    assert _part(question) == (Kind.COUNT, focus)


def test_a_head_of_a_kind_is_still_asked() -> None:
    assert _part("Osko unit sale - price?") == (Kind.MONEY, "price")
