from __future__ import annotations

import pytest

from retrieval.text import ALLIANCE_CONCEPT, split_sentences, terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geely's partners", ["geeli", "partner", ALLIANCE_CONCEPT]),
        ("The CFO signed", ["cfo", "chief", "financi", "offic", "sign"]),
        ("replacing Cheng Li", ["replac", "cheng", "li"]),
        ("of the and", []),
        # the ampersand of a short form is optional in writing: "AT&T" is also "ATT"
        ("AT&T and P&G", ["at&t", "att", "p&g", "pg"]),
        ("ATT", ["att"]),
        # a compound is written hyphenated or solid: "buy-out" is also "buyout"
        ("a buy-out offer", ["buy", "acquire~", "offer", "buyout"]),
        ("a buyout offer", ["buyout", "offer"]),
        ("the over-allotment", ["allot", "overallot"]),
    ],
)
def test_terms(text: str, expected: list[str]) -> None:
    assert terms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        (
            "Contemporary Amperex Technology Co. Limited signed. Next.",
            ["Contemporary Amperex Technology Co. Limited signed.", "Next."],
        ),
        (
            "in the field of X, a plan; in the field of Y, another",
            ["in the field of X, a plan;", "in the field of Y, another"],
        ),
        ("line one\nline two", ["line one", "line two"]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected
