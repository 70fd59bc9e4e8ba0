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
        # Reuters capitalises the word after "U.S.": a common word gets its lower case back
        (
            "technology developed by the U.S. Firm which uses",
            "technology developed by the U.S. firm which uses",
        ),
        ("6.28 billion U.S. Dlrs at end-January", "6.28 billion U.S. dlrs at end-January"),
        ("the U.S. Has been seeking", "the U.S. has been seeking"),
        ("between the U.S. And Japan", "between the U.S. and Japan"),
        # ... and after "U.K.", which Reuters writes the same way
        ("trade between the U.K. And France", "trade between the U.K. and France"),
        ("the U.K. Firm which owns it", "the U.K. firm which owns it"),
        ("Corvex U.K. Ltd said", "Corvex U.K. Ltd said"),
        (
            "offer for Cyclops of the U.S. Expired at midnight",
            "offer for Cyclops of the U.S. expired at midnight",
        ),
        # ... but a name going on in capitals, or through "of", keeps them
        ("The U.S. Agriculture Department said", "The U.S. Agriculture Department said"),
        ("with the U.S. Department of Energy", "with the U.S. Department of Energy"),
        ("U.S. Home Corp said", "U.S. Home Corp said"),
        ("exports to the U.S. May 5 rose", "exports to the U.S. May 5 rose"),
        # a firm is named without an article; a body WordNet capitalises stays one; a word
        # that may open a sentence may have opened one
        ("How much did U.S. Air pay for Piedmont?", "How much did U.S. Air pay for Piedmont?"),
        ("sold its routes to U.S. Air, which flies", "sold its routes to U.S. Air, which flies"),
        ("awarded by the U.S. Navy for radar", "awarded by the U.S. Navy for radar"),
        ("exports rose to the U.S. The company said", "exports rose to the U.S. The company said"),
        # a name some stories bracket with parentheses loses them, a year inside it kept
        (
            "agreed to buy (Halden (1982) Ltd) and (Tolan Cie Ltd) for cash",
            "agreed to buy  Halden (1982) Ltd  and  Tolan Cie Ltd  for cash",
        ),
        # ... but a remark in brackets, or a short form, is no such name
        (
            "profit rose (see table) and Corvex (CRV) said",
            "profit rose (see table) and Corvex (CRV) said",
        ),
        ("said (Corvex Inc is based in Ohio).", "said (Corvex Inc is based in Ohio)."),
        # ... nor a legal form's word alone, nor a symbol in parentheses
        ("the Corvex Press Agency (SPA) said", "the Corvex Press Agency (SPA) said"),
        ("producer Corvex A/S (CRV.CO) said", "producer Corvex A/S (CRV.CO) said"),
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
