"""A name Reuters brackets is one organisation, whatever words it holds."""

from __future__ import annotations

import pytest

from retrieval.nlp.newswire import bracketed_names
from retrieval.nlp.pipeline import shared_pipeline
from tests.nlp.test_joined_names import organisations


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # "and" between a place and a firm's words
        ("Halden Corp sold two blocks to <Midland and Fenwick Resources Ltd>.",
         "Midland and Fenwick Resources Ltd"),
        ("The assets went to <Northern Oil and Gas Corp> last year.", "Northern Oil and Gas Corp"),
        # a bracket of the name's own
        ("<Corvex Petroleum (U.K.) Ltd> said it sold its interests.",
         "Corvex Petroleum (U.K.) Ltd"),
        # a place after a comma
        ("IDBI gave <Morvan Guaranty Ltd, Hong Kong> the mandate to arrange a loan.",
         "Morvan Guaranty Ltd, Hong Kong"),
        # a possessive or a stop bracketed with the name is not the name's
        ("It will sell <Corvex Builders'> Focus language.", "Corvex Builders"),
        ("It will sell <Halden Technology Inc's> Ingres database.", "Halden Technology Inc"),
        ("The stock was bought from <Halden Ventures Limited Partnership.>",
         "Halden Ventures Limited Partnership"),
    ],
)  # fmt: skip
def test_a_bracketed_name_is_one_organisation(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


def test_a_one_word_name_with_initials_is_a_name_not_a_symbol() -> None:
    text = "Halden sold the unit to <A.Corvex> last year."
    assert [text[start:end] for start, end in bracketed_names(text)] == ["A.Corvex"]


def test_two_bracketed_names_side_by_side_stay_two() -> None:
    found = organisations("<Corvex Oil and Gas Ltd> and <Halden Mining and Smelting Co> agreed.")
    assert "Corvex Oil and Gas Ltd" in found
    assert "Halden Mining and Smelting Co" in found


@pytest.mark.parametrize(
    "text",
    [
        "Halden Oy <HALD.HE> said",  # a symbol in capitals
        "Neste Oy <Neoy.He> said",  # one word with an exchange's suffix
        "the index <lower case> rose",  # no capital: no name
    ],
)
def test_what_is_no_bracketed_name(text: str) -> None:
    assert bracketed_names(text) == []


def test_a_symbol_in_mixed_case_is_no_part_of_any_name() -> None:
    doc = shared_pipeline().annotate(["Neste Oy <Neoy.He> bought shares in Halden."])[0]
    assert not any("Neoy" in e.text for e in doc.ents)
