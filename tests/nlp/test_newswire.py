"""Reuters' bracketed names and stock symbols, as the parser reads them."""

from __future__ import annotations

import pytest

from retrieval.nlp.newswire import for_parsing
from retrieval.nlp.pipeline import shared_pipeline


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        # a stock symbol after a name is blanked
        ("Corvex Plc <CRVX.L> will bid.", "Corvex Plc          will bid."),
        # a bracketed name keeps its words, its brackets become spaces
        ("to buy <Halden Steel AG>, it said", "to buy  Halden Steel AG , it said"),
        # a bracketed capital word opening the text is a name, not a symbol after one
        ("<HALCOR> said", " HALCOR  said"),
        ("no brackets here", "no brackets here"),
        # a symbol with its exchange after a space, or written in lower case, is a symbol
        ("Corvex AB <CRVX ST> said", "Corvex AB " + " " * 9 + " said"),
        ("Corvex AB <crvx.St.> said", "Corvex AB " + " " * 10 + " said"),
        # a legal form after a space is a name's, not an exchange
        ("a venture with <HALCO AG>", "a venture with  HALCO AG "),
        ("a venture with <HALCO BV>", "a venture with  HALCO BV "),
    ],
)
def test_for_parsing(text: str, parsed: str) -> None:
    assert for_parsing(text) == parsed
    assert len(for_parsing(text)) == len(text)  # offsets point into the original


def test_the_parser_takes_the_name_not_its_symbol_for_the_subject() -> None:
    doc = shared_pipeline().annotate(
        [
            "Willis Faber Plc <WIFL.L> will make an agreed 302.6 mln stg offer for <Stewart "
            "Wrightson Plc>, a joint statement said."
        ]
    )[0]
    make = next(t for t in doc if t.lemma_ == "make")
    subjects = [c.text for c in make.children if c.dep_ == "nsubj"]
    assert subjects == ["Plc"]
    assert "302.6 mln stg" in [e.text for e in doc.ents]
