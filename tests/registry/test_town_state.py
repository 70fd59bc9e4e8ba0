"""Town-and-state qualifiers: left out for the parser only where they qualify a noun."""

from __future__ import annotations

import pytest

from retrieval.registry import parse_text
from retrieval.registry.parse_text import without_town_state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("to buy Englewood, Colo., homebuilder Winley", "to buy homebuilder Winley"),
        ("bought Falmouth, Maine-based Bass Co", "bought Bass Co"),
        # "-based" makes them a modifier, whatever word comes before
        ("to sell it to Troy, Michigan-based MLX Corp", "to sell it to MLX Corp"),
        ("the Wallaceburg, Ontario, can plant", "the can plant"),
        # where something is, not a qualifier
        ("Acme Corp of Houston, Texas, said", "Acme Corp of Houston, Texas, said"),
        ("plants in Akron, Ohio, and Gary", "plants in Akron, Ohio, and Gary"),
        ("Acme, Texas, Corp", "Acme, Texas, Corp"),  # a capital after the comma
        ("Osko, Halden, owner of", "Osko, Halden, owner of"),  # no state
        ("in Rouyn-Noranda, Quebec, mines", "in Rouyn-Noranda, Quebec, mines"),
        # a firm's name before the comma, with its legal form
        ("Harlow Industries Inc, Texas, agreed", "Harlow Industries Inc, Texas, agreed"),
        ("to buy Benton Corp, Calif., subject to", "to buy Benton Corp, Calif., subject to"),
        ("Zembla Corp, Texas-based toolmaker", "Zembla Corp, Texas-based toolmaker"),
    ],
)
def test_a_town_and_state_are_left_out_before_the_noun_they_qualify(
    text: str, expected: str
) -> None:
    assert without_town_state(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a note's label is left out, and a short name's ticker after it still goes
        ("NOTE: results of IBM <IBM> rose.", "results of IBM rose."),
        ("Note: the deal with GE <GE> closed.", "the deal with GE closed."),
    ],
)
def test_a_label_opening_a_note_is_left_out_of_the_parse(text: str, expected: str) -> None:
    assert parse_text.for_parsing(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ticker after a name, or after a firm noun closing one, goes
        ("the Harlow group <HRLW.PA> and", "the Harlow group and"),
        ("the Benton electronics group <BENT> said", "the Benton electronics group said"),
        ("the state-owned group <BENT.PA> said", "the state-owned group said"),
        # after a common noun the firm noun closes no name: the bracket is the name
        ("to buy boot manufacturer <CFAS> from", "to buy boot manufacturer CFAS from"),
    ],
)
def test_a_bracket_after_a_firm_noun_is_a_ticker_only_after_a_name(
    text: str, expected: str
) -> None:
    assert parse_text.for_parsing(text) == expected
