"""Short forms a text defines for common nouns, found by their initials."""

from __future__ import annotations

import pytest

from retrieval.nlp.abbreviations import defined_abbreviations


@pytest.mark.parametrize(
    ("text", "defined"),
    [
        # the fewest words before the bracket that the short form spells
        (
            "The venture will make VHS-format video tape recorders (vtrs) in Brazil.",
            {"vtr": "video tape recorders"},
        ),
        ("It will ship liquefied natural gas (LNG) to Japan.", {"lng": "liquefied natural gas"}),
        # a plural ending is no initial
        ("Sales of personal computers (PCs) rose.", {"pc": "personal computers"}),
        # word beginnings, not only initials
        ("Earnings per share (EPS) rose.", {"eps": "earnings per share"}),
        # a bracket that spells nothing before it defines nothing
        ("The company (see below) said it would sell the unit.", {}),
        ("The plant makes steel tubes (Halden).", {}),
        # a short form that is also a function word would rewrite every "us"
        ("Exports to the United States (US) rose.", {}),
    ],
)
def test_defined_abbreviations(text: str, defined: dict[str, str]) -> None:
    assert defined_abbreviations(text) == defined
