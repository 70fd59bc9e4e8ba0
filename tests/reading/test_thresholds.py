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
        "Above what price can Halden accept a rival offer?",
        "Halden accepted the 21 dlr a share offer from Corvex but may accept a competing "
        "offer of more than 23 dlrs.",
    )
    assert ties["23 dlrs"] > ties["21 dlr"]


@pytest.mark.parametrize(
    ("sentence", "plain"),
    [
        ("Corvex may match any offer of more than 24 dlrs.", False),
        ("Corvex may match offers above 24 dlrs.", False),
        ("Corvex must hold at least 24 pct.", False),
        ("Corvex offered 24 dlrs a share.", True),
        # a verb passing the figure, in any form, and a noun naming the bound
        ("Halden may accept a rival bid that tops 24 dlrs a share.", False),
        ("Halden accepted a rival bid that exceeded 24 dlrs a share.", False),
        ("24 dlrs a share is the floor for any rival bid.", False),
        ("Halden set a floor of 24 dlrs a share for rival bids.", False),
        ("The cap on any rival bid is 24 dlrs a share.", False),
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
