"""A bound asked ("above what price") is answered by a figure a comparative bounds ("more
than 23 dlrs", "above 23 dlrs"), not by a plain amount. Sentences made up for these tests."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.spans import candidates
from retrieval.reading.thresholds import asks_a_bound, unbounded
from tests.reading.test_spans import part_of

ABOVE = "Above what price can Corvex match a rival offer for Halden?"


def _ties(question: str, sentence: str) -> dict[str, float]:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    return {c.text: c.tie for c in candidates(doc, part, asked_names=names, question=text)}


def test_the_bounded_figure_outranks_the_plain_offer() -> None:
    ties = _ties(
        ABOVE,
        "Corvex made a 19 dlr a share offer for Halden and may match any rival offer of "
        "more than 24 dlrs.",
    )
    assert ties["24 dlrs"] > ties["19 dlr"]


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Corvex may match any offer of more than 24 dlrs.", False),
        ("Corvex may match offers above 24 dlrs.", False),
        ("Corvex must hold at least 24 pct.", False),
        ("Corvex offered 24 dlrs a share.", True),
    ],
)
def test_a_figure_is_bounded_by_a_comparative(sentence: str, plain: bool) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    span = next(e for e in doc.ents if e.label_ in ("MONEY", "PERCENT"))
    assert unbounded(span) is plain


def test_only_a_bound_preposition_asks_a_bound() -> None:
    assert asks_a_bound(part_of(ABOVE)[0])
    assert not asks_a_bound(part_of("What price did Corvex offer for Halden?")[0])
    # "over what period" asks a length of time, not a bound
    assert not asks_a_bound(part_of("Over what period will Corvex pay for Halden?")[0])
